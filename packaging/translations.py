"""The window's translation files: update them from the sources, compile them, or check them.

Usage: python packaging/translations.py [--check]

Without arguments: `pyside6-lupdate` reads every user-visible string of the window
(consult/ui) and the domain's message templates (`consult.domain.messages.ENGLISH`, worded
by the window from their codes) into resources/i18n/consult_<language>.ts, for each language
a translator works on; then `pyside6-lrelease` compiles each shipped language's .ts into the
.qm beside it, which the window loads (consult/ui/i18n.py). consult_en.ts holds only
English's plural forms, as a source string holds one form ("%n sessions"). One command after
new strings are merged; commit the .ts and .qm files it changes.

With --check nothing is written: it exits 1 naming each file that running it would change
(new strings not yet in a .ts, a .qm older than its .ts). The suite runs the same check.

No source locations are kept in the .ts files: line numbers would change them with every
edit elsewhere in a file, so a stale file would mean nothing but a moved line.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TOP = Path(__file__).resolve().parents[1]
SOURCES = TOP / "consult" / "ui"
FOLDER = TOP / "resources" / "i18n"
# Every language a translator works on has its .ts; only the finished ones are shipped.
LANGUAGES = ("fr", "de", "es", "pt_BR")
# The context of the domain's message templates; the message code disambiguates them.
MESSAGE_CONTEXT = "Message"


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"consult_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"consult_{language}.qm"


def shipped() -> tuple[str, ...]:
    """The languages whose .qm is made: English's plural forms, and each finished language."""
    sys.path.insert(0, str(TOP))
    from consult.ui.i18n import SHIPPED_LANGUAGES, SOURCE_LANGUAGE

    return (SOURCE_LANGUAGE, *SHIPPED_LANGUAGES)


def _tool(name: str) -> str:
    """A Qt tool PySide6 installs: beside this Python (a virtual environment) or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (pip install PySide6)")
    return found


def _message_source(folder: Path) -> Path:
    """The domain's templates as calls lupdate reads (it reads no dictionaries)."""
    sys.path.insert(0, str(TOP))
    from consult.domain.messages import ENGLISH

    lines = [
        f"QCoreApplication.translate({json.dumps(MESSAGE_CONTEXT)}, "
        f"{json.dumps(template, ensure_ascii=False)}, {json.dumps(code)})\n"
        for code, template in ENGLISH.items()
    ]
    path = folder / "messages.py"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def update(folder: Path = FOLDER) -> None:
    """Bring the .ts files in `folder` up to date with the sources."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="consult-lupdate-") as scratch:
        sources = [*sorted(SOURCES.rglob("*.py")), _message_source(Path(scratch))]
        lupdate = [_tool("pyside6-lupdate"), *map(str, sources), "-locations", "none"]
        lupdate += ["-no-obsolete", "-silent"]
        targets = [str(ts_file(language, folder)) for language in LANGUAGES]
        subprocess.run([*lupdate, "-ts", *targets], check=True)
        # English needs only the singular of each plural ("%n session" for "%n sessions").
        subprocess.run([*lupdate, "-pluralonly", "-ts", str(ts_file("en", folder))], check=True)


def compile_shipped(folder: Path = FOLDER, out: Path = FOLDER) -> None:
    """Compile each shipped language's .ts in `folder` into its .qm in `out`."""
    for language in shipped():
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(ts_file(language, folder)),
                "-qm",
                str(qm_file(language, out)),
            ],
            check=True,
        )


def stale() -> list[str]:
    """The files `update` and `compile_shipped` would change, by name."""
    with tempfile.TemporaryDirectory(prefix="consult-i18n-check-") as scratch:
        copy = Path(scratch)
        for language in ("en", *LANGUAGES):
            if ts_file(language).exists():
                shutil.copy(ts_file(language), ts_file(language, copy))
        update(copy)
        compile_shipped(FOLDER, copy)
        names = [ts_file(language).name for language in ("en", *LANGUAGES)]
        names += [qm_file(language).name for language in shipped()]
        return [
            name
            for name in names
            if not (FOLDER / name).exists() or not filecmp.cmp(FOLDER / name, copy / name, False)
        ]


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        changed = stale()
        for name in changed:
            print(f"translations: {name} is not up to date: run python packaging/translations.py")
        return 1 if changed else 0
    if argv:
        print("usage: python packaging/translations.py [--check]", file=sys.stderr)
        return 2
    update()
    compile_shipped()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
