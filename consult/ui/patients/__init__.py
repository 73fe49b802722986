"""The patient list, the patient's page and the patient dialog."""
