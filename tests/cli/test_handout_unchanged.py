"""The example's handout and consent form, byte for byte, as the program printed them before
the assessment document's shape was declared in one place (issue 16): a refactoring of how
documents are read must not change a single printed byte.

The digests were taken from `consult handout resources/examples/assessment.json` with
reportlab's invariant mode (no creation date nor random document id). A new reportlab or a
new font file changes them too: check the printed pages, then take the new digests. Taken
again when dates became one long form each, from Babel (issue 23/24): no weekday, no ISO copy."""

import hashlib
import os
import subprocess
import sys

from consult.config import resource_path

HANDOUT_SHA256 = "a340139ffbfadacd7880e1a1f2f6634c6295ac01afb5805ef0c3a613b4554a21"
CONSENT_SHA256 = "58b23b206f33f6df3523eb1400a9200801879c28498c4aa0179c1141a7ae8de3"


def test_the_example_prints_the_same_bytes_as_before(tmp_path):
    handout, consent = tmp_path / "handout.pdf", tmp_path / "consent.pdf"
    example = resource_path("examples", "assessment.json")
    # reportlab reads RL_invariant at import: the same document gives the same bytes.
    environment = {**os.environ, "RL_invariant": "1"}
    command = ["handout", str(example), "-o", str(handout), "--consent", str(consent)]
    done = subprocess.run(
        [sys.executable, "-m", "consult", *command],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert hashlib.sha256(handout.read_bytes()).hexdigest() == HANDOUT_SHA256
    assert hashlib.sha256(consent.read_bytes()).hexdigest() == CONSENT_SHA256
