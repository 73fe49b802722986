"""Issue 14, point 11: input quoted in a message is escaped and cut, and a NUL or half a
character (a lone surrogate) in a name is bad input: exit 2 and one short line, never a
traceback, nothing written."""

import copy
import json
import subprocess
import sys

import pytest

from consult.cli import main

DOCUMENT = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {"name": "Ana Moreno", "date_of_birth": "1990-05-01", "fitzpatrick": "III"},
    "findings": [{"zone": "cheek_left", "type": "icepick", "count": 3}],
}
BIG = 2 * 1024 * 1024
ANSI = "\x1b[31mred\x1b[0m\n\rINJECTED"
# The longest line a refusal may take: the field, the problem (with the list of known scar
# types, the longest) and ~80 characters of the value.
LINE_MAX = 400


def changed(path: list[str], value) -> dict:
    """DOCUMENT with the value at `path` replaced (or added)."""
    document = copy.deepcopy(DOCUMENT)
    target = document
    for step in path[:-1]:
        target = target.setdefault(step, {})
    target[path[-1]] = value
    return document


def finding(**values) -> dict:
    return changed(["findings"], [{"zone": "chin", "type": "icepick", "count": 1, **values}])


def write(tmp_path, document) -> str:
    path = tmp_path / "assessment.json"
    # ensure_ascii: the JSON text stays valid UTF-8 even with a lone surrogate in it.
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def refused_in_one_short_line(capsys, code: int) -> str:
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err[:500]
    line = lines[0]
    assert len(line) <= LINE_MAX, line
    assert line.isprintable(), line
    return line


HOSTILE = [
    ("key with ANSI escapes", changed(["patient", ANSI], 1), "unknown field"),
    ("key of a megabyte", changed(["patient", "k" * (1024 * 1024)], 1), "unknown field"),
    ("top-level hostile key", changed([ANSI], 1), "unknown field"),
    ("screening item key", changed(["screening"], {ANSI: True}), "unknown screening item"),
    ("zone with ANSI escapes", finding(zone=ANSI), "unknown zone"),
    ("zone of 2 MB", finding(zone="z" * BIG), "unknown zone"),
    ("scar type of 2 MB", finding(type="t" * BIG), "unknown scar type"),
    ("schema of 2 MB", changed(["schema"], "s" * BIG), "schema: must be"),
    ("schema as a huge list", changed(["schema"], ["x"] * 300_000), "schema: must be"),
    ("name of 2 MB", changed(["patient", "name"], "n" * BIG), "patient.name: must be at most"),
    (
        "name with a lone surrogate",
        changed(["patient", "name"], "Ana \ud800 Moreno"),
        "patient.name: must not contain a broken character (\\ud800)",
    ),
    (
        "name with a NUL",
        changed(["patient", "name"], "Ana\x00Moreno"),
        "patient.name: must not contain a NUL character (\\x00)",
    ),
    (
        "contact with a NUL",
        changed(["patient", "contact"], "0123\x00"),
        "patient.contact: must not contain a NUL",
    ),
]


@pytest.mark.parametrize(("case", "document", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
@pytest.mark.parametrize("command", ["assess", "handout"])
def test_point11_hostile_documents_give_one_short_escaped_line_and_exit_2(
    tmp_path, capsys, case, document, expected, command
):
    out = tmp_path / "h.pdf"
    extra = ["-o", str(out)] if command == "handout" else ["--json"]
    line = refused_in_one_short_line(capsys, main([command, write(tmp_path, document), *extra]))
    assert expected in line
    assert not out.exists()


def test_point11_a_hostile_key_is_shown_escaped_and_recognisable(tmp_path, capsys):
    document = changed(["patient", ANSI], 1)
    line = refused_in_one_short_line(capsys, main(["assess", write(tmp_path, document)]))
    assert line.startswith("consult: patient.\\x1b[31mred\\x1b[0m\\n\\rINJECTED: unknown field")


def test_point11_a_2_mb_value_is_quoted_cut_with_its_length(tmp_path, capsys):
    document = changed(["findings"], [{"zone": "z" * BIG, "type": "icepick", "count": 1}])
    line = refused_in_one_short_line(capsys, main(["assess", write(tmp_path, document)]))
    assert f"unknown zone '{'z' * 80}…' ({BIG:,} characters)" in line


def test_point11_a_duplicate_hostile_key_is_escaped(tmp_path, capsys):
    path = tmp_path / "twice.json"
    key = json.dumps(ANSI)
    path.write_text(f'{{"schema": "consult.assessment/1", {key}: 1, {key}: 2}}', "utf-8")
    line = refused_in_one_short_line(capsys, main(["assess", str(path)]))
    assert "appears twice" in line and "\\x1b[31m" in line


HANDOUT = ["handout", "a.json", "-o", "x.pdf"]
HOSTILE_ARGUMENTS = [
    ("patient id with escapes", ["export", "\x1b[2J1"], "is not a patient id"),
    ("patient id of 2 MB", ["export", "9" * 10 + "x" * BIG], "is not a patient id"),
    ("seed of 2 MB", ["demo", "--patients", "1", "--seed", "s" * BIG], "invalid int value"),
    ("unknown arguments with escapes", ["assess", "a.json", ANSI], "unrecognized arguments"),
    ("unknown command of 2 MB", ["c" * BIG], "invalid choice"),
    (
        "practitioner with a lone surrogate",
        [*HANDOUT, "--practitioner", "Dr \udcff"],
        "--practitioner: must not contain a broken character (\\udcff)",
    ),
    ("practitioner with a NUL", [*HANDOUT, "--practitioner", "Dr\x00"], "must not contain a NUL"),
    ("practitioner of 2 MB", [*HANDOUT, "--practitioner", "p" * BIG], "must be at most 200"),
]


@pytest.mark.parametrize(
    ("case", "arguments", "expected"), HOSTILE_ARGUMENTS, ids=[h[0] for h in HOSTILE_ARGUMENTS]
)
def test_point11_hostile_arguments_give_one_short_escaped_line_and_exit_2(
    tmp_path, monkeypatch, capsys, case, arguments, expected
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps(DOCUMENT), "utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(arguments)
    line = refused_in_one_short_line(capsys, stopped.value.code)
    assert expected in line
    assert not (tmp_path / "x.pdf").exists()


def test_point11_a_2_mb_output_name_is_refused_in_one_short_line(tmp_path, capsys):
    path = write(tmp_path, DOCUMENT)
    line = refused_in_one_short_line(
        capsys, main(["handout", path, "-o", str(tmp_path / ("o" * BIG))])
    )
    assert "cannot be used" in line


def test_point11_as_a_process_a_surrogate_name_exits_2_without_a_traceback():
    document = json.dumps(changed(["patient", "name"], "\udc80"))
    done = subprocess.run(
        [sys.executable, "-m", "consult", "assess", "-"],
        input=document,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == "consult: patient.name: must not contain a broken character (\\udc80)\n"
