"""The PySide6 desktop window."""
