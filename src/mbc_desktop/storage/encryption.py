"""Turning encryption on, changing the passphrase, turning it off; and finishing a switch that
a crash interrupted. The keys and the key file are in ``cipher``.

Every switch works on a closed journal and keeps one rule: at every moment, a crash leaves
either the old journal or the new one whole under ``journal.sqlite`` — never neither, never
half of one. In order:

1. A copy in the new form is written beside the journal (``journal.sqlite.switch``, by
   ``sqlcipher_export``), checked (``integrity_check``, and the same number of rows in every
   table), and synced.
2. Turning on: the key file is written (atomically) before the journal changes, so the
   encrypted journal never exists without it. A plain journal with a key file beside it is
   simply a plain journal (the file's first bytes say so).
3. The old journal gets a second name (``journal.sqlite.old``, a hard link); the copy then
   replaces ``journal.sqlite`` in one rename; the folder is synced.
4. Each backup is switched the same way, one at a time (each file is plain or encrypted by
   its own first bytes, so a half-done folder opens fine).
5. The old files are overwritten with zeros, synced and deleted ("securely replaced", as far
   as a file system allows: a copy-on-write file system or an SSD may keep old blocks; only
   full-disk encryption covers those). Turning off: the key file goes last.

``finish_interrupted`` runs before every open and tidies what a crash left: an unfinished
copy is wiped (the journal is still the old one), a leftover old journal is wiped (the
journal is already the new one), and once the key is known, backups still in the old form
are switched.
"""

import contextlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mbc_desktop.storage import cipher
from mbc_desktop.storage.backup import backup_folder
from mbc_desktop.storage.errors import JournalError
from mbc_desktop.storage.files import OWNER_ONLY_FILE, SIDE_FILES
from mbc_desktop.storage.health import Health, integrity_check, side_file

log = logging.getLogger(__name__)

SWITCH = ".switch"
OLD = ".old"

SWITCH_FAILED = (
    "Encryption could not be changed, and your journal was not changed. Make sure the data "
    "folder has free space, then try again."
)
JOURNAL_MISSING = "There is no journal to encrypt yet."
ALREADY_ENCRYPTED = "The journal is already encrypted."
NOT_ENCRYPTED = "The journal is not encrypted."


class EncryptionError(JournalError):
    """A switch that could not be done; the journal is as it was."""

    def __init__(self, message: str = SWITCH_FAILED) -> None:
        super().__init__(message)


@dataclass
class SwitchResult:
    """What a switch did: how many backups were switched, and any that could not be (a
    damaged file moved aside, say), which stay as they were."""

    backups_switched: int = 0
    backups_left: list[Path] = field(default_factory=list)


def turn_on(journal: Path, key: cipher.Key, key_file: cipher.KeyFile) -> SwitchResult:
    """Encrypt the closed, plain journal at ``journal`` and its backups with ``key``; the key
    file (``key_file``: ``key`` locked with the passphrase) is written beside it. From then
    on the process knows ``key``."""
    if not journal.exists() or journal.stat().st_size == 0:
        raise EncryptionError(JOURNAL_MISSING)
    finish_interrupted(journal, None)
    if cipher.is_encrypted(journal):
        raise EncryptionError(ALREADY_ENCRYPTED)
    _write_switch_copy(journal, source_key=None, key=key)
    try:
        cipher.write_key_file(journal, key_file)
    except OSError as error:
        _wipe(side_file(journal, SWITCH))
        raise EncryptionError() from error
    _put_in_place(journal)
    cipher.use_key(key)
    result = _switch_backups(journal, old_key=None, key=key)
    log.info(
        "Encryption turned on (%d backups encrypted, %d left)",
        result.backups_switched,
        len(result.backups_left),
    )
    return result


def change_passphrase(journal: Path, key: cipher.Key, passphrase: str) -> None:
    """Lock the same data key with a new passphrase: only the key file changes, so the
    journal, every backup and the recovery key stay as they are."""
    cipher.write_key_file(journal, cipher.lock_with_passphrase(key, passphrase))
    log.info("Passphrase changed")


def turn_off(journal: Path, key: cipher.Key) -> SwitchResult:
    """Give back a plain journal and plain backups; the key file goes last, and the process
    forgets the key."""
    finish_interrupted(journal, key)
    if not cipher.is_encrypted(journal):
        raise EncryptionError(NOT_ENCRYPTED)
    _write_switch_copy(journal, source_key=key, key=None)
    _put_in_place(journal)
    result = _switch_backups(journal, old_key=key, key=None)
    if result.backups_left:
        # The key file stays, so those can still be opened with the passphrase.
        log.warning("Encryption off; %d backups stay encrypted", len(result.backups_left))
    else:
        with contextlib.suppress(FileNotFoundError):
            cipher.key_file_path(journal).unlink()
        cipher.sync_folder(journal.parent)
    cipher.forget_key()
    log.info("Encryption turned off (%d backups made plain)", result.backups_switched)
    return result


def finish_interrupted(journal: Path, key: cipher.Key | None) -> None:
    """Tidy what an interrupted switch left (see the module's text). With ``key`` (the
    journal is encrypted and unlocked), backups still plain are encrypted too."""
    for leftover in _switch_leftovers(journal):
        log.warning("Removing what an interrupted switch left: %s", leftover.name)
        _wipe(leftover)
    if cipher.is_encrypted(journal):
        if key is not None:
            _switch_backups(journal, old_key=key, key=key)
        return
    key_file = cipher.key_file_path(journal)
    if key_file.exists() and not any(cipher.is_encrypted(b) for b in _backups(journal)):
        # A plain journal whose encryption never finished starting (or finished stopping).
        log.info("Removing the key file of a journal that is not encrypted")
        key_file.unlink()
        cipher.sync_folder(journal.parent)


# --- steps -------------------------------------------------------------------------------------


def _write_switch_copy(
    journal: Path, source_key: cipher.Key | None, key: cipher.Key | None
) -> Path:
    """Step 1: the checked, synced copy of ``journal`` in the new form, as ``.switch``."""
    copy = side_file(journal, SWITCH)
    _wipe(copy)
    if not cipher.is_encrypted(journal):
        source_key = None
    try:
        _create_private(copy)
        cipher.export_copy(journal, copy, key, source_key=source_key)
        _fsync(copy)
        health = integrity_check(copy) if key is None else _with_key(key, integrity_check, copy)
        if not health.ok:
            raise EncryptionError()
        if _row_counts(journal, source_key) != _row_counts(copy, key):
            log.error("The switched copy does not hold the same rows")
            raise EncryptionError()
    except cipher.sqlite_errors(OSError) as error:
        log.error("Switch copy not written: %s", error)
        _wipe(copy)
        raise EncryptionError() from error
    except BaseException:
        _wipe(copy)
        raise
    # The journal's -wal was merged and removed when export_copy closed the last connection;
    # one still holding pages would be replayed onto the new file: never switch then.
    wal = side_file(journal, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _wipe(copy)
        raise EncryptionError()
    return copy


def _put_in_place(journal: Path) -> None:
    """Step 3 and 5 for the journal: old one kept under a second name, copy renamed in, old
    one wiped."""
    copy = side_file(journal, SWITCH)
    old = side_file(journal, OLD)
    _wipe(old)
    try:
        os.link(journal, old)
    except OSError:
        old = journal  # no hard links here: the old bytes cannot be wiped, only replaced
    for ending in SIDE_FILES:
        side_file(journal, ending).unlink(missing_ok=True)
    os.replace(copy, journal)
    cipher.sync_folder(journal.parent)
    if old != journal:
        _wipe(old)


def _switch_backups(
    journal: Path, old_key: cipher.Key | None, key: cipher.Key | None
) -> SwitchResult:
    result = SwitchResult()
    for backup in _backups(journal):
        if cipher.is_encrypted(backup) == (key is not None):
            continue
        try:
            _write_switch_copy(backup, source_key=old_key, key=key)
            _put_in_place(backup)
        except (EncryptionError, OSError) as error:
            log.warning("Backup %s not switched: %s", backup.name, error)
            result.backups_left.append(backup)
            continue
        result.backups_switched += 1
    return result


# --- helpers -----------------------------------------------------------------------------------


def _backups(journal: Path) -> list[Path]:
    folder = backup_folder(journal)
    try:
        return sorted(
            path
            for path in folder.iterdir()
            if path.suffix == ".sqlite" and path.is_file() and not path.name.startswith(".")
        )
    except (FileNotFoundError, NotADirectoryError):
        return []


def _switch_leftovers(journal: Path) -> Iterable[Path]:
    for database in (journal, *_backups(journal)):
        for ending in (SWITCH, OLD):
            leftover = side_file(database, ending)
            if leftover.exists():
                yield leftover


def _with_key(key: cipher.Key, check: Callable[[Path], Health], path: Path) -> Health:
    """Run ``check(path)`` with ``key`` as the process's key for the moment."""
    previous = cipher.swap_key(key)
    try:
        return check(path)
    finally:
        cipher.swap_key(previous)


def _row_counts(path: Path, key: cipher.Key | None) -> dict[str, int]:
    with contextlib.closing(cipher.connect(path, key=key)) as connection:
        tables = [
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in tables
        }


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY_FILE)
    os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _wipe(path: Path) -> None:
    """Overwrite the file with zeros, sync, delete. Missing: nothing to do.

    A file that has another name too is only deleted, not overwritten: its bytes are the
    file under that other name (``journal.sqlite.old`` left by a crash between step 3's link
    and its rename is the journal itself)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        info = os.fstat(fd)
        if info.st_nlink == 1:
            zeros = bytes(1 << 20)
            written = 0
            while written < info.st_size:
                written += os.write(fd, zeros[: min(len(zeros), info.st_size - written)])
            os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)
    for ending in SIDE_FILES:
        side_file(path, ending).unlink(missing_ok=True)
