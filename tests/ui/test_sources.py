"""The window's process keeps no module sources read at import (PySide6 reads them all)."""

import json
import subprocess
import sys
import textwrap


def test_module_sources_read_at_import_are_not_kept_but_lines_made_in_memory_are(tmp_path):
    """In a process of its own: the audit hook stays for the life of the process."""
    (tmp_path / "first_module.py").write_text("FIRST = 1\n")
    (tmp_path / "second_module.py").write_text("SECOND = 2\n")
    probe = textwrap.dedent(
        f"""
        import json
        import linecache
        import sys

        sys.path.insert(0, {str(tmp_path)!r})
        import consult.ui.app

        linecache.cache["<made in memory>"] = (4, None, ["x=1\\n"], "<made in memory>")
        import first_module

        read = sorted(name for name in linecache.cache if name.endswith("_module.py"))
        import second_module

        kept = sorted(name for name in linecache.cache if name.endswith("_module.py"))
        print(json.dumps([read, kept, "<made in memory>" in linecache.cache]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    read, kept, in_memory = json.loads(done.stdout)
    # PySide6 read the first module's source at its import; the next import let it go.
    assert read == [str(tmp_path / "first_module.py")]
    assert kept == [str(tmp_path / "second_module.py")]
    assert in_memory
