"""Encryption at rest: the journal's key, the key file beside it, and opening encrypted files.

How it fits together (docs/architecture.md, "Encryption"):

- The journal, its ``-wal`` and every backup are SQLCipher files encrypted with one random
  256-bit **data key**, given to SQLCipher as a raw key (``PRAGMA key = "x'…'"``), so SQLCipher
  runs no key derivation of its own and opening costs about a millisecond.
- The **recovery key** is that data key itself, written as 13 groups of 4 letters and digits
  (RFC 4648 base32). It opens the journal and any backup with nothing else: not the key file,
  not the passphrase. This is what keeps a person from ever being locked out of their record.
- The **passphrase** is stretched with argon2id (salt and costs in the key file) into a
  256-bit wrapping key, and the key file holds the data key XOR that wrapping key, plus a
  check value (an HMAC of the data key) that tells a wrong passphrase from a right one
  without touching the journal. A new salt is drawn for every passphrase, so a wrapping key
  is never used twice. Changing the passphrase rewrites only the key file: the journal, the
  backups and the recovery key stay as they are.
- The key file (``journal.key``) is plain JSON and holds nothing secret on its own.

Which files are encrypted is read from the files themselves: a journal or backup that starts
with SQLite's header is plain, anything else is opened with the key (a wrong key or a
non-database then fails as "file is not a database"). One key is known to the process at a
time (``use_key``); ``forget_key`` wipes it, as far as Python allows: the bytes are
overwritten, but copies the interpreter made on the way (hex text handed to SQLite) may live
until the memory is reused.
"""

import base64
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from mbc_desktop.storage.errors import JournalError

KEY_FILE_NAME = "journal.key"
KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4's default page size, which we never change
_PLAIN_HEADER = b"SQLite format 3\x00"
_CHECK_MESSAGE = b"MBC Desktop data key check, version 1"
_FORMAT = "mbc-desktop-key"
_VERSION = 1

# argon2-cffi's defaults, RFC 9106's second recommendation: 3 passes over 64 MiB, 4 lanes.
# About 0.13 s on a 2-core machine (platform-notes, section 5).
TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 4

WRONG_SECRET = "That passphrase or recovery key does not open this journal."
KEY_FILE_UNREADABLE = (
    "The file that holds the journal's key (journal.key) cannot be read. Your recovery key "
    "still opens the journal."
)
KEY_FILE_TOO_NEW = (
    "The journal's key file was written by a newer version of MBC Desktop. Install that "
    "version to use your passphrase; your recovery key still opens the journal."
)
LOCKED = "The journal is encrypted. Unlock it with your passphrase or recovery key first."


class WrongSecretError(JournalError):
    """The passphrase or recovery key does not open this journal."""

    def __init__(self) -> None:
        super().__init__(WRONG_SECRET)


class KeyFileError(JournalError):
    """The key file is missing, unreadable or not ours."""

    def __init__(self, message: str = KEY_FILE_UNREADABLE) -> None:
        super().__init__(message)


class LockedError(JournalError):
    """An encrypted file was to be opened, but no key is known."""

    def __init__(self) -> None:
        super().__init__(LOCKED)


class Key:
    """The data key: 32 bytes, in a bytearray so that ``wipe`` can overwrite them."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes | bytearray) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = bytearray(raw)

    @classmethod
    def new(cls) -> "Key":
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_recovery_key(cls, text: str) -> "Key | None":
        """The key a recovery key stands for; None if ``text`` is not shaped like one. Spaces,
        dashes and case do not matter, and 0/1/8 typed for O/I/B are read as meant."""
        letters = "".join(ch for ch in text.upper() if ch.isalnum())
        letters = letters.translate(str.maketrans("018", "OIB"))
        if len(letters) != 52:
            return None
        try:
            raw = base64.b32decode(letters + "====")
        except ValueError:
            return None
        return cls(raw) if len(raw) == KEY_BYTES else None

    def recovery_key(self) -> str:
        """13 groups of 4: "ABCD-EFGH-…" (base32, so no 0, 1 or 8 to confuse)."""
        letters = base64.b32encode(bytes(self._raw)).decode("ascii").rstrip("=")
        return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))

    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{self._raw.hex()}'\""

    def raw(self) -> bytes:
        return bytes(self._raw)

    def check_value(self) -> str:
        return hmac.new(bytes(self._raw), _CHECK_MESSAGE, hashlib.sha256).hexdigest()

    def wipe(self) -> None:
        for index in range(len(self._raw)):
            self._raw[index] = 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:  # keys are compared, never kept in sets
        raise TypeError("a Key is not hashable")

    def __repr__(self) -> str:
        return "Key(…)"


# --- the key file --------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFile:
    """What ``journal.key`` holds: how the passphrase is stretched, and the wrapped data key."""

    salt: bytes
    time_cost: int
    memory_kib: int
    parallelism: int
    wrapped: bytes
    check: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": _FORMAT,
                "version": _VERSION,
                "about": (
                    "MBC Desktop: the journal's key, locked with your passphrase. "
                    "Not readable without it. Keep it beside journal.sqlite."
                ),
                "kdf": {
                    "name": "argon2id",
                    "time_cost": self.time_cost,
                    "memory_kib": self.memory_kib,
                    "parallelism": self.parallelism,
                    "salt": base64.b64encode(self.salt).decode("ascii"),
                },
                "wrapped_key": base64.b64encode(self.wrapped).decode("ascii"),
                "check": self.check,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> "KeyFile":
        try:
            data = json.loads(text)
            kdf = data["kdf"]
            if data.get("format") != _FORMAT or kdf.get("name") != "argon2id":
                raise KeyFileError()
            if int(data.get("version", 0)) > _VERSION:
                raise KeyFileError(KEY_FILE_TOO_NEW)
            made = cls(
                salt=base64.b64decode(kdf["salt"], validate=True),
                time_cost=int(kdf["time_cost"]),
                memory_kib=int(kdf["memory_kib"]),
                parallelism=int(kdf["parallelism"]),
                wrapped=base64.b64decode(data["wrapped_key"], validate=True),
                check=str(data["check"]),
            )
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeyFileError() from error
        if len(made.wrapped) != KEY_BYTES or len(made.salt) < 16:
            raise KeyFileError()
        # Costs a tampered file could use to hang the app (or weaken nothing: they are ours).
        if not (1 <= made.time_cost <= 64 and 8 <= made.memory_kib <= 4 * 1024 * 1024):
            raise KeyFileError()
        if not 1 <= made.parallelism <= 64:
            raise KeyFileError()
        return made


def _stretch(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=lanes,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _xor(first: bytes | bytearray, second: bytes | bytearray) -> bytes:
    return bytes(a ^ b for a, b in zip(first, second, strict=True))


def lock_with_passphrase(key: Key, passphrase: str) -> KeyFile:
    """A key file for ``key`` under ``passphrase``, with a fresh salt."""
    salt = secrets.token_bytes(16)
    wrapping = _stretch(passphrase, salt, TIME_COST, MEMORY_KIB, PARALLELISM)
    return KeyFile(
        salt=salt,
        time_cost=TIME_COST,
        memory_kib=MEMORY_KIB,
        parallelism=PARALLELISM,
        wrapped=_xor(key.raw(), wrapping),
        check=key.check_value(),
    )


def unlock_with_passphrase(key_file: KeyFile, passphrase: str) -> Key:
    """The data key, or WrongSecretError."""
    wrapping = _stretch(
        passphrase, key_file.salt, key_file.time_cost, key_file.memory_kib, key_file.parallelism
    )
    key = Key(_xor(key_file.wrapped, wrapping))
    if not hmac.compare_digest(key.check_value(), key_file.check):
        key.wipe()
        raise WrongSecretError()
    return key


def key_file_path(journal: Path) -> Path:
    return journal.with_name(KEY_FILE_NAME)


def read_key_file(journal: Path) -> KeyFile:
    try:
        text = key_file_path(journal).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileError() from error
    return KeyFile.from_json(text)


def write_key_file(journal: Path, key_file: KeyFile) -> None:
    """Write ``journal.key`` whole or not at all: a temporary file, synced, renamed over."""
    target = key_file_path(journal)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(key_file.to_json())
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename or a removal in ``folder`` durable (POSIX; Windows has no folder sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def unlock(journal: Path, secret: str) -> Key:
    """The key for ``journal`` from a passphrase or a recovery key. With a readable key file,
    its check value decides (so a damaged journal still gets its key, and then the damaged-
    journal page). Without one, only a recovery key can open it, and it must open the journal
    itself (or, for a journal that is plain or not there, be well formed). Raises
    WrongSecretError, or KeyFileError for a passphrase with no key file to check it against."""
    try:
        read_key_file(journal)
        has_key_file = True
    except KeyFileError:
        has_key_file = False
    key = key_from_secret(journal, secret)
    if has_key_file or not is_encrypted(journal) or verify_key(journal, key):
        return key
    key.wipe()
    raise WrongSecretError()


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` may well be an encrypted journal or backup even with no key file
    beside it: not plain SQLite, whole 4 KiB pages, and no schema text readable in it (a plain
    journal whose header was damaged still shows "CREATE TABLE")."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            start = file.read(1 << 20)
    except OSError:
        return False
    return (
        size >= PAGE_SIZE
        and size % PAGE_SIZE == 0
        and not start.startswith(_PLAIN_HEADER)
        and b"CREATE TABLE" not in start
    )


def key_from_secret(journal: Path, secret: str) -> Key:
    """The data key for a passphrase or a recovery key (told apart by shape), checked against
    the key file when there is one. A recovery key is also accepted with no key file; the
    caller then checks it against the journal itself (``verify_key``).
    """
    recovered = Key.from_recovery_key(secret)
    if recovered is not None:
        try:
            key_file = read_key_file(journal)
        except KeyFileError:
            return recovered  # checked against the journal by the caller
        if hmac.compare_digest(recovered.check_value(), key_file.check):
            return recovered
        recovered.wipe()
        # A passphrase can look like a recovery key (52 letters): try it as one too.
    return unlock_with_passphrase(read_key_file(journal), secret)


# --- the key this process knows ------------------------------------------------------------

_current: Key | None = None


def use_key(key: Key) -> None:
    """From now on, encrypted files are opened with ``key``."""
    global _current
    if _current is not None and _current is not key:
        _current.wipe()
    _current = key


def forget_key() -> None:
    """Wipe the known key; encrypted files can no longer be opened (LockedError)."""
    global _current
    if _current is not None:
        _current.wipe()
    _current = None


def current_key() -> Key | None:
    return _current


def swap_key(key: Key | None) -> Key | None:
    """Make ``key`` the known key for a moment, without wiping the one it replaces (which is
    returned, to be swapped back)."""
    global _current
    previous, _current = _current, key
    return previous


# --- files -----------------------------------------------------------------------------------


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` holds something other than a plain SQLite file (an encrypted one, or
    something that is not a database at all: opening tells). Empty or missing: False."""
    try:
        with path.open("rb") as file:
            start = file.read(len(_PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return bool(start) and start != _PLAIN_HEADER


def journal_is_encrypted(path: Path) -> bool:
    """An encrypted journal or backup: not plain SQLite, and the data folder has a key file
    (or it is not a journal at all, which opening will say). A backup in the data folder's
    ``backups`` folder goes by the data folder's key file."""
    if not is_encrypted(path):
        return False
    near = [key_file_path(path)]
    if path.parent.name == "backups":
        near.append(path.parent.parent / KEY_FILE_NAME)
    return any(candidate.exists() for candidate in near)


class DbApiModule(Protocol):
    Error: type[Exception]
    DatabaseError: type[Exception]

    def connect(self, *args: Any, **kwargs: Any) -> Any: ...


_quiet = False


def sqlcipher() -> DbApiModule:
    """SQLCipher's DB-API module (the same API as sqlite3), imported when first needed."""
    global _quiet
    import sqlcipher3.dbapi2 as module

    if not _quiet:
        # SQLCipher writes its own lines to standard error by default ("hmac check failed"
        # for a wrong key); we log what matters ourselves. The setting is process-wide.
        with module.connect(":memory:") as connection:
            connection.execute("PRAGMA cipher_log_level = NONE")
        _quiet = True
    return module  # type: ignore[no-any-return]  # untyped


def database_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """sqlite3.DatabaseError, and SQLCipher's once SQLCipher is in use, and ``also``
    (``except`` takes the tuple when the error happens, so a plain run never imports
    SQLCipher)."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    theirs = () if module is None else (module.DatabaseError,)
    return (sqlite3.DatabaseError, *theirs, *also)


def sqlite_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """sqlite3.Error, and SQLCipher's once SQLCipher is in use, and ``also``."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    theirs = () if module is None else (module.Error,)
    return (sqlite3.Error, *theirs, *also)


def connect(
    path: Path,
    *,
    uri: str | None = None,
    key: Key | None = None,
    timeout: float = 5.0,
) -> Any:
    """A DB-API connection to the file at ``path`` (through ``uri`` if given: read-only or
    immutable opening): stdlib sqlite3 for a plain file, SQLCipher with the key for an
    encrypted one. ``key`` overrides the known key. Raises LockedError for an encrypted file
    when no key is known.
    """
    target = uri if uri is not None else str(path)
    use = key if key is not None else (_current if is_encrypted(path) else None)
    if use is None and journal_is_encrypted(path):
        raise LockedError()
    if use is None:
        return sqlite3.connect(target, uri=uri is not None, timeout=timeout)
    connection = sqlcipher().connect(target, uri=uri is not None, timeout=timeout)
    connection.execute(use.pragma())
    return connection


def connector(path: Path, key: Key) -> Callable[[], Any]:
    """For SQLAlchemy's ``creator``: a new SQLCipher connection to ``path`` with ``key``."""

    def make() -> Any:
        connection = sqlcipher().connect(str(path), check_same_thread=False, timeout=5.0)
        connection.execute(key.pragma())
        return connection

    return make


def verify_key(path: Path, key: Key) -> bool:
    """Whether ``key`` opens the encrypted file at ``path`` (reads its first page)."""
    import contextlib

    module = sqlcipher()
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        with contextlib.closing(module.connect(uri, uri=True, timeout=5.0)) as connection:
            connection.execute(key.pragma())
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        return False
    return True


def export_copy(
    source: Path, destination: Path, key: Key | None, *, source_key: Key | None
) -> None:
    """Write a copy of the database at ``source`` (no one writing to it) to the new file
    ``destination``: encrypted with ``key``, or plain if None. ``source_key`` opens an
    encrypted source. SQLCipher's ``sqlcipher_export`` copies the schema and every row.
    """
    import contextlib

    module = sqlcipher()
    with contextlib.closing(
        module.connect(str(source), timeout=5.0, isolation_level=None)
    ) as connection:
        if source_key is not None:
            connection.execute(source_key.pragma())
        attach_key = f"x'{key.raw().hex()}'" if key is not None else ""
        connection.execute(f'ATTACH DATABASE ? AS target KEY "{attach_key}"', (str(destination),))
        try:
            connection.execute("SELECT sqlcipher_export('target')")
        finally:
            connection.execute("DETACH DATABASE target")
