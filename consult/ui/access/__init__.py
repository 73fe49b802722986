"""The room of who is at the keyboard: setting up, signing in, the lock, users, audit log."""
