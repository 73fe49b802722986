"""The clinical rules shipped with the app (kept apart so `assess` loads no database code).

Their TOML is parsed once per content: the parsed data is kept in the user cache folder
beside the bytes it came from, and read back (marshal, well under 1 ms) by every later
process whose files hold the same bytes. Parsing the seven files and importing tomllib took
12-15 ms of each `consult assess`, whose whole run is budgeted at 3 times Python importing
json. The checks still run on every load: only the parsing is skipped.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from consult.config import cache_dir, resource_path
from consult.domain.errors import RulesError
from consult.domain.rule_labels import RuleLabels, rule_labels
from consult.domain.rules import RULE_FILES, Rules, rules_from_data
from consult.domain.toml_tables import parse_toml, read_bytes

# Marshal's format changes between Python versions: each keeps its own file.
CACHE_NAME = f"rules-py{sys.version_info[0]}{sys.version_info[1]}.marshal"


def load_default_rules() -> Rules:
    """The rules shipped in `resources/rules`; raises `RulesError` naming a bad file and key."""
    folder = resource_path("rules")
    return rules_from_data(folder, parsed_rules(folder, cache_dir() / CACHE_NAME))


def parsed_rules(folder: Path, kept: Path) -> dict[str, Mapping[str, Any]]:
    """The TOML data of the rules files in `folder` by name, taken from the file `kept` for
    each file whose bytes it was parsed from, parsed (and `kept` rewritten) for the others.
    A cache that cannot be read or written only costs the parsing."""
    cached = _read_cache(kept)
    raws = {name: read_bytes(folder, name) for name in RULE_FILES}
    data: dict[str, Mapping[str, Any]] = {}
    for name, raw in raws.items():
        entry = cached.get(name)
        if entry is not None and entry[0] == raw:
            data[name] = entry[1]
        else:
            data[name] = parse_toml(str(folder / name), raw)
    if any(cached.get(name, (None,))[0] != raw for name, raw in raws.items()):
        with contextlib.suppress(OSError, ValueError):
            _write_whole(kept, marshal.dumps({n: (raws[n], data[n]) for n in RULE_FILES}))
    return data


def _read_cache(kept: Path) -> dict[str, tuple[bytes, Mapping[str, Any]]]:
    """What `kept` holds, or nothing when it is missing, unreadable or not of this shape."""
    # marshal raises these for a cut or foreign file; a wrong shape is refused below.
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        loaded = marshal.loads(kept.read_bytes())
        if isinstance(loaded, dict) and all(
            isinstance(entry, tuple)
            and len(entry) == 2
            and isinstance(entry[0], bytes)
            and isinstance(entry[1], dict)
            for entry in loaded.values()
        ):
            return loaded
    return {}


def _write_whole(path: Path, data: bytes) -> None:
    """Write through a temporary file: a process reading meanwhile never sees half of it."""
    import tempfile  # only when the rules changed: it costs a few ms to import

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def rule_labels_file(language: str) -> Path:
    """Where the rules' texts in `language` ("fr", "pt-BR") are kept, shipped or not."""
    return resource_path("rules") / "i18n" / f"{language}.toml"


def load_rule_labels(rules: Rules, language: str) -> RuleLabels | None:
    """The rules' texts in `language` ("fr", "pt-BR"), or None when none ship (English);
    raises `RulesError` naming the file and key of a text that does not fit the rules."""
    path = rule_labels_file(language)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise RulesError(str(path), "", f"cannot be read ({error.strerror})") from None
    return rule_labels(rules, language, parse_toml(str(path), raw), str(path))
