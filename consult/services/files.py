"""Files the command line and the window write for the user (exports, documents)."""

from consult.store.files import write_all_private, write_private

__all__ = ["write_all_private", "write_private"]
