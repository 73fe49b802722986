"""The photos room: the gallery on the patient page, the import dialog, consent per use,
the compare view and the progress report."""
