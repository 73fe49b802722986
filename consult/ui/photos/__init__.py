"""The photos room: comparing a patient's photos across visits."""
