"""The Help menu's windows: the guide and the keyboard shortcuts."""
