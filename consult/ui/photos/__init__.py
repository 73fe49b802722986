"""The photos room: the gallery on the patient page, the import dialog, consent per use."""
