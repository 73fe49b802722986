"""The data key of an encrypted database and the key slots that wrap it (like LUKS).

An encrypted SQLite database is keyed with one random 256-bit data key (SQLCipher's raw key:
no key derivation per connection, so opening stays fast); photos and thumbnails are sealed
with the same key. The key itself is kept only wrapped, in a small file beside the database
(`<database>.keys`): one slot per user, wrapped with a key derived from that user's password
(Argon2id), and one slot for the recovery key shown once at setup. Changing a password
rewrites one slot; the data, photos and backups are not touched.

A slot's wrapping key and check key come from one Argon2id derivation with a fresh salt, so
each wrap uses its own 256-bit mask: XOR with it is a one-time pad, and an HMAC-SHA256 over
the slot says whether the password was right. This needs the standard library only, which
keeps the sign-in fast (the AES code of `cryptography` takes 30 ms to import).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from consult.domain.access import PASSWORD_HASHING, Argon2Parameters
from consult.store.errors import StoreError

FORMAT = "consult.keyslots/1"
KEY_BYTES = 32
SALT_BYTES = 16
RECOVERY = "recovery"
PASSWORD = "password"
# Base32 without padding, read in groups of four: 160 bits in 32 characters.
_RECOVERY_BYTES = 20
_CONFUSED = str.maketrans({"0": "O", "1": "I", "8": "B"})


class WrongSecret(StoreError):
    """No slot opens with the password or recovery key given (nothing was changed)."""


class MissingKeys(StoreError):
    """An encrypted database whose key file is missing or unreadable."""


def key_file(database: Path) -> Path:
    """Where the key slots of the database file `database` are kept."""
    return database.with_name(f"{database.name}.keys")


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """A recovery key to print or write down: 32 letters and digits in groups of four."""
    text = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[start : start + 4] for start in range(0, len(text), 4))


def normalized_recovery_key(text: str) -> str | None:
    """The recovery key as typed (any case, spaces or dashes, 0/1/8 for O/I/B) in its
    canonical form; None when the text cannot be a recovery key."""
    letters = "".join(text.split()).replace("-", "").upper().translate(_CONFUSED)
    if len(letters) != 32:
        return None
    try:
        base64.b32decode(letters)
    except ValueError:
        return None
    return "-".join(letters[start : start + 4] for start in range(0, 32, 4))


def raw_key_pragma(key: bytes) -> str:
    """The SQLCipher statement that opens a database with the raw data `key`."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _derive(secret: str, salt: bytes, parameters: Argon2Parameters) -> tuple[bytes, bytes]:
    # argon2-cffi's own bindings, called as its `low_level.hash_secret_raw` calls them:
    # importing the `argon2` package (its password hasher and profiles) takes 20 ms of the
    # window's start, its bindings 1 ms.
    from _argon2_cffi_bindings import ffi, lib

    data = secret.encode("utf-8")
    derived = ffi.new("uint8_t[]", 2 * KEY_BYTES)
    result = lib.argon2_hash(
        parameters.time_cost,
        parameters.memory_cost,
        parameters.parallelism,
        ffi.new("uint8_t[]", data),
        len(data),
        ffi.new("uint8_t[]", salt),
        len(salt),
        derived,
        2 * KEY_BYTES,
        ffi.NULL,
        0,
        lib.Argon2_id,
        lib.ARGON2_VERSION_NUMBER,
    )
    if result != lib.ARGON2_OK:
        reason = ffi.string(lib.argon2_error_message(result)).decode("ascii")
        raise StoreError(f"the key could not be derived from the password ({reason})")
    output = bytes(ffi.buffer(derived, 2 * KEY_BYTES))
    return output[:KEY_BYTES], output[KEY_BYTES:]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Slot:
    kind: str  # PASSWORD or RECOVERY
    user: str | None  # the user name of a password slot
    salt: bytes
    parameters: Argon2Parameters
    wrapped: bytes
    check: bytes

    def _bound(self) -> bytes:
        return f"{FORMAT}|{self.kind}|{self.user or ''}".encode() + self.salt + self.wrapped

    @classmethod
    def wrap(
        cls,
        kind: str,
        user: str | None,
        secret: str,
        data_key: bytes,
        parameters: Argon2Parameters = PASSWORD_HASHING,
    ) -> Slot:
        salt = secrets.token_bytes(SALT_BYTES)
        mask, check_key = _derive(secret, salt, parameters)
        wrapped = bytes(a ^ b for a, b in zip(data_key, mask, strict=True))
        slot = cls(kind, user, salt, parameters, wrapped, b"")
        return replace(slot, check=hmac.digest(check_key, slot._bound(), hashlib.sha256))

    def unwrap(self, secret: str) -> bytes | None:
        """The data key, or None when `secret` is not this slot's."""
        mask, check_key = _derive(secret, self.salt, self.parameters)
        if not hmac.compare_digest(
            hmac.digest(check_key, self._bound(), hashlib.sha256), self.check
        ):
            return None
        return bytes(a ^ b for a, b in zip(self.wrapped, mask, strict=True))

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "user": self.user,
            "kdf": "argon2id",
            "salt": _b64(self.salt),
            "time_cost": self.parameters.time_cost,
            "memory_cost": self.parameters.memory_cost,
            "parallelism": self.parameters.parallelism,
            "wrapped": _b64(self.wrapped),
            "check": _b64(self.check),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Slot:
        def raw(name: str) -> bytes:
            return base64.b64decode(str(data[name]), validate=True)

        def number(name: str) -> int:
            value = data[name]
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(name)
            return value

        kind = str(data["kind"])
        user = data.get("user")
        if kind not in (PASSWORD, RECOVERY) or data.get("kdf") != "argon2id":
            raise ValueError("kind")
        parameters = Argon2Parameters(
            number("time_cost"), number("memory_cost"), number("parallelism")
        )
        slot = cls(
            kind,
            None if user is None else str(user),
            raw("salt"),
            parameters,
            raw("wrapped"),
            raw("check"),
        )
        if len(slot.wrapped) != KEY_BYTES:
            raise ValueError("wrapped")
        return slot


@dataclass
class KeySlots:
    """The slots of one database's data key, as kept in its key file."""

    slots: list[Slot] = field(default_factory=list)

    @classmethod
    def new(cls, data_key: bytes, user: str, password: str, recovery_key: str) -> KeySlots:
        """The slots of a new database: its first user's and the recovery key's."""
        return cls(
            [
                Slot.wrap(PASSWORD, user, password, data_key),
                Slot.wrap(RECOVERY, None, recovery_key, data_key),
            ]
        )

    def users(self) -> list[str]:
        return [slot.user for slot in self.slots if slot.kind == PASSWORD and slot.user]

    def unlock(self, secret: str, user: str | None = None) -> tuple[bytes, Slot]:
        """The data key and the slot that `secret` opens: the password of `user` (of any user
        when None), or the recovery key. Raises `WrongSecret`."""
        recovery = normalized_recovery_key(secret)
        for slot in self.slots:
            if slot.kind == PASSWORD and user not in (None, slot.user):
                continue
            if slot.kind == RECOVERY and recovery is None:
                continue
            key = slot.unwrap(recovery if slot.kind == RECOVERY and recovery else secret)
            if key is not None:
                return key, slot
        raise WrongSecret("the password is not right (nothing was opened)")

    def set_password(self, user: str, password: str, data_key: bytes) -> None:
        """Give `user` a slot for `password`, replacing the one they had."""
        self.remove(user)
        self.slots.append(Slot.wrap(PASSWORD, user, password, data_key))

    def set_recovery_key(self, recovery_key: str, data_key: bytes) -> None:
        self.slots = [slot for slot in self.slots if slot.kind != RECOVERY]
        self.slots.append(Slot.wrap(RECOVERY, None, recovery_key, data_key))

    def remove(self, user: str) -> None:
        self.slots = [slot for slot in self.slots if slot.user != user]

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "slots": [slot.to_json() for slot in self.slots]}
        return (json.dumps(data, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, where: str) -> KeySlots:
        try:
            parsed = json.loads(data.decode("utf-8"))
            if parsed.get("format") != FORMAT:
                raise ValueError("format")
            return cls([Slot.from_json(slot) for slot in parsed["slots"]])
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise MissingKeys(
                f"the key file {where} cannot be read (it is not a consult key file, or it "
                "was changed): the database it opens was left as it is. Put back the key "
                "file from a backup archive (it holds one), or restore that backup"
            ) from None

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise MissingKeys(
                f"the database beside {path} is encrypted and its key file {path.name} is "
                "missing: nothing was changed. Put the key file back (each backup archive "
                "holds one), or restore a backup"
            ) from None
        except OSError as error:
            raise MissingKeys(f"the key file {path} cannot be read ({error.strerror})") from None
        return cls.from_bytes(data, str(path))

    def save(self, path: Path) -> None:
        """Write the slots to `path` private to the user, whole or not at all."""
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            descriptor = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(self.to_bytes())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise StoreError(
                f"the key file {path} could not be written ({error.strerror}): nothing was changed"
            ) from None
