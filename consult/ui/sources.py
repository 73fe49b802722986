"""Module sources read at import, not kept for the life of the window.

PySide6 (6.11) reads the source of every module imported after it (`inspect.getsource`, to see
whether the module names PySide6 and may use `__feature__`), and Python's `linecache` keeps what
was read: by the end of a consultation about 700 files, 12 MB of text and some 25 MB of memory
(SQLAlchemy alone 5.5 MB of text). The window needs none of it; a traceback reads its lines again.
"""

from __future__ import annotations

import linecache
import sys

_installed = False


def forget_sources_read_on_import() -> None:
    """From now on, each import first drops the module sources kept so far (an audit hook,
    installed once: it cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_on_audit_event)
        _installed = True


def _on_audit_event(event: str, _args: tuple[object, ...]) -> None:
    # Raised before a module not yet imported is loaded, on whichever thread imports it; the
    # previous module's source, read after it ran, goes then.
    if event == "import":
        forget_file_sources()


def forget_file_sources() -> None:
    """Drop the sources `linecache` read from files. Lines it holds without a modification
    time were made in memory (SQLAlchemy's generated functions) and could not be read again,
    so they stay."""
    cache = linecache.cache
    # A copy: another thread may read a source meanwhile.
    for name, entry in list(cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            cache.pop(name, None)
