"""The fonts' parsed tables kept between processes: the same documents, whatever the cache
holds. Each process registers its fonts once, so each case is a process of its own."""

import os
import subprocess
import sys

from consult.config import resource_path

# Latin, Vietnamese and Greek (DejaVu Sans), Korean and Chinese (the fallback fonts).
NAME = "Nguyễn Παπαδοπούλου 김민준 王小明"
PROBE = f"""
import hashlib, sys
from pathlib import Path
from reportlab import rl_config
rl_config.invariant = 1  # no date nor random id: the same document gives the same bytes
from consult.handout import fonts
from consult.services.assessment import assess_text
from consult.services.handout import HandoutMaker, handout_input
from consult.services.rules import load_default_rules

rules = load_default_rules()
maker = HandoutMaker(rules)
if sys.argv[1] == "parsed":
    fonts.keep_parsed_fonts_in(None)
text = Path("{{example}}").read_text(encoding="utf-8").replace("Sample Patient", {NAME!r})
files = maker.build(handout_input(assess_text(text, rules), None), consent=True)
assert not files.warnings, files.warnings
print(hashlib.sha256(files.pdf + files.consent).hexdigest())
"""


def _documents(home, how):
    """The handout and consent form of one process, as a digest."""
    probe = PROBE.replace("{example}", str(resource_path("examples", "assessment.json")))
    environment = {**os.environ, "CONSULT_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", probe, how], capture_output=True, text=True, env=environment
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_documents_are_the_same_with_the_fonts_read_back_from_the_cache(tmp_path):
    parsed = _documents(tmp_path, "parsed")
    assert not (tmp_path / "cache" / "fonts").exists()  # (the rules' parsed TOML is kept)
    assert _documents(tmp_path, "kept") == parsed  # parses, and keeps the tables
    kept = sorted((tmp_path / "cache" / "fonts").iterdir())
    assert len(kept) == 4  # the two DejaVu Sans and both fallback fonts
    assert _documents(tmp_path, "kept") == parsed  # reads them back


def test_a_damaged_cache_costs_a_parse_and_is_made_again(tmp_path):
    parsed = _documents(tmp_path, "parsed")
    _documents(tmp_path, "kept")
    kept = sorted((tmp_path / "cache" / "fonts").iterdir())
    whole = {path: path.read_bytes() for path in kept}
    kept[0].write_bytes(whole[kept[0]][: len(whole[kept[0]]) // 2])
    kept[1].write_bytes(b"\x00not marshal at all")
    assert _documents(tmp_path, "kept") == parsed
    assert {path: path.read_bytes() for path in kept} == whole
