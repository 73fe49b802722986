"""The command line as argparse reads it, with only the named sub-command's arguments built."""

import shutil
from pathlib import Path

import pytest

from consult.cli import main

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "assessment.json"
COMMANDS = ("start", "assess", "handout", "export", "progress", "backup", "restore", "demo")


def test_the_overall_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])

    assert stopped.value.code == 0
    listed = capsys.readouterr().out
    assert all(f"    {name} " in listed for name in COMMANDS)


@pytest.mark.parametrize("asking", [["--help", "assess"], ["assess", "-h"]])
def test_help_around_a_command_is_given(capsys, asking):
    with pytest.raises(SystemExit) as stopped:
        main(asking)

    assert stopped.value.code == 0
    assert "usage: consult" in capsys.readouterr().out


def test_a_command_s_help_shows_its_arguments(capsys):
    with pytest.raises(SystemExit):
        main(["handout", "--help"])

    shown = capsys.readouterr().out
    assert all(option in shown for option in ("-o OUT.pdf", "--ics", "--consent", "--db"))


def test_an_unknown_command_is_refused_naming_the_commands(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["asses", "file.json"])

    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "invalid choice" in said
    assert "assess" in said


@pytest.mark.parametrize(
    "arguments",
    [
        ["--db", "handout", "assess", "assessment.json"],  # a database named like a command
        ["assess", "handout"],  # a document named like one
    ],
)
def test_names_of_commands_given_as_values_leave_the_command_to_argparse(
    tmp_path, monkeypatch, capsys, arguments
):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(EXAMPLE, tmp_path / "assessment.json")
    shutil.copyfile(EXAMPLE, tmp_path / "handout")

    assert main(arguments) == 0
    assert capsys.readouterr().out.startswith("Assessment of ")
