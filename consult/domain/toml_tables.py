"""Reading the TOML data files (rules, handout texts) with checks that name file and key."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from consult.domain.errors import RulesError


class Table:
    """A TOML table being read: typed access, errors naming file and key, unknown keys refused."""

    def __init__(self, file: str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.file = file
        self.data = data
        self.prefix = prefix
        self.used: set[str] = set()

    def _key(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def fail(self, key: str, problem: str) -> RulesError:
        return RulesError(self.file, self._key(key) if key else self.prefix, problem)

    def _get(self, key: str, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data:
            if required:
                raise self.fail(key, "missing")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be non-empty text")
        return value

    def whole(self, key: str, required: bool = True, minimum: int | None = None) -> int | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "must be a whole number")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"must be at least {minimum}")
        return value

    def number(self, key: str, required: bool = True) -> float | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, "must be a number")
        return float(value)

    def flag(self, key: str, required: bool = True, default: bool = False) -> bool:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def choice(self, key: str, allowed: Iterator[str] | tuple[str, ...] | frozenset[str]) -> str:
        allowed = tuple(allowed)
        value = self.text(key)
        if value not in allowed:
            raise self.fail(key, f"must be one of {', '.join(allowed)}, not {value!r}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, True)
        if not isinstance(value, list) or not value:
            raise self.fail(key, "must be a non-empty list of text")
        if not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a non-empty list of text")
        return tuple(value)

    def table(self, key: str) -> Table:
        value = self._get(key, True)
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        return Table(self.file, value, self._key(key))

    def tables(self, key: str) -> list[Table]:
        value = self._get(key, True)
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, "must be a non-empty array of tables")
        return [Table(self.file, v, f"{self._key(key)}[{i}]") for i, v in enumerate(value)]

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.fail(unknown[0], "unknown key (a typo?)")


def read_bytes(folder: Path, name: str) -> bytes:
    """The bytes of a data file; raises `RulesError` naming it when it cannot be read."""
    path = folder / name
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise RulesError(str(path), "", "file not found") from None
    except OSError as error:
        raise RulesError(str(path), "", f"cannot be read ({error.strerror})") from None


def parse_toml(file: str, raw: bytes) -> dict[str, Any]:
    """A data file's bytes as TOML data; raises `RulesError` naming `file` if it is not."""
    # Imported here: compiling its patterns costs 5-10 ms, and a process that finds the rules
    # already parsed in the user cache (services.rules) parses no TOML at all.
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise RulesError(file, "", "not valid TOML (not UTF-8 text)") from None
    except tomllib.TOMLDecodeError as error:
        raise RulesError(file, "", f"not valid TOML ({error})") from None


def read_table(folder: Path, name: str) -> Table:
    path = folder / name
    return Table(str(path), parse_toml(str(path), read_bytes(folder, name)))


def source_of(table: Table, sources: Mapping[str, Any], key: str = "source") -> str:
    value = table.text(key)
    if value not in sources:
        raise table.fail(key, f"unknown source {value!r} (not in sources.toml)")
    return value
