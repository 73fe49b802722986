"""The window's tools for the records as a whole: backup, restore, export, erasure."""
