"""Backups of the journal: checked copies, the list, rotation, and restoring one.

Copies are taken with ``VACUUM INTO`` (never a file copy, which could catch the file half-way
through a write): one consistent snapshot, compact, safe while the journal is open. Each copy
is written under a temporary name in the backups folder, synced, checked with
``PRAGMA integrity_check`` and only then renamed to ``journal-<reason>-<UTC time>.sqlite``, so
a name in the list is always a whole, checked copy. Files are owner-only.

Rotation (``rotate``) thins the automatic backups with ``domain.backups.keep`` and never
touches other files: backups made before a restore, an import or a migration are kept for a
year, damaged journals moved aside are kept, and files we did not name are strangers.
"""

import contextlib
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop.domain.backups import keep
from mbc_desktop.storage import cipher
from mbc_desktop.storage.database import Database
from mbc_desktop.storage.errors import (
    BACKUP_CHECK_FAILED,
    BACKUP_FOLDER_MISSING,
    BACKUP_JOURNAL_DAMAGED,
    BACKUP_NOT_WRITTEN,
    RESTORE_BACKUP_DAMAGED,
    RESTORE_FAILED,
    RESTORE_LOCKED,
    RESTORE_NOT_A_BACKUP,
    RESTORE_TOO_NEW,
    BackupError,
)
from mbc_desktop.storage.files import OWNER_ONLY_FILE, SIDE_FILES, ensure_private_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine

from mbc_desktop.storage.health import (
    Health,
    integrity_check,
    is_damage,
    looks_like_sqlite,
    quick_check,
    read_only_uri,
    side_file,
)

log = logging.getLogger(__name__)

# Why a backup was made; the reason is part of its name.
REASON_AUTOMATIC = "automatic"  # every 30 minutes when something changed
REASON_ON_EXIT = "on-exit"
REASON_MANUAL = "manual"  # "Back up now" and "Back up to…"
REASON_BEFORE_RESTORE = "before-restore"
REASON_BEFORE_IMPORT = "before-import"
REASON_BEFORE_MIGRATION = "before-migration"  # migrate.py's are "before-schema-NNNN"
REASON_DAMAGED = "damaged"  # a damaged journal that restore() moved aside
# The ones rotation thins. The others are made before something that replaces the journal's
# contents ("before-…", kept for PROTECTED_FOR) or are damaged files (never deleted).
ROTATED_REASONS = frozenset({REASON_AUTOMATIC, REASON_ON_EXIT, REASON_MANUAL})
PROTECTED_PREFIX = "before-"
PROTECTED_FOR = timedelta(days=365)

# Schema revisions may hold "_" (a test's fake next revision does).
_REASON = re.compile(r"[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*")
_NAME = re.compile(
    r"journal-(?P<reason>[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*?)-(?P<stamp>\d{8}-\d{6})"
    r"(?:-(?P<copy>\d+))?\.sqlite"
)
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when it was made (UTC, to the second), its size and why."""

    path: Path
    made_at: datetime
    size: int
    reason: str


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup_to(source: "Database | Engine", destination: Path) -> Path:
    """Write a consistent, compact copy of the database to ``destination``, owner-only.

    ``VACUUM INTO`` reads one snapshot and writes a fresh file, so it is safe while the
    journal is open. It never overwrites a file: an existing ``destination`` raises
    FileExistsError. Not checked afterwards: ``make_backup`` is the checked kind.
    """
    ensure_private_dir(destination.parent)
    _create_private(destination)
    try:
        _vacuum_into(source, destination)
    except BaseException:
        destination.unlink(missing_ok=True)  # the empty file made above, or half a copy
        raise
    return destination


def timestamped_name(label: str, now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).strftime(_STAMP)
    return f"journal-{label}-{moment}.sqlite"


def unused_path(path: Path) -> Path:
    """``path``, or ``name-2.sqlite``, ``name-3.sqlite``… if taken (VACUUM INTO won't overwrite)."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def parse_name(name: str) -> tuple[str, datetime, int] | None:
    """(reason, UTC time, copy number) of a backup's file name; None for any other name."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return match["reason"], made_at, int(match["copy"] or 1)


def make_backup(
    source: "Database | Engine | Path",
    reason: str,
    folder: Path | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back the journal up into ``folder`` (by default its backups folder, made if missing).

    ``source`` is the open journal (its ``Database``; a SQLAlchemy engine during a
    migration), or the path of a journal no one has open. The
    copy is checked with ``integrity_check`` before it gets its name; a copy that fails is
    deleted and BackupError says so. Raises BackupError if the copy cannot be written (no
    space, no permission), if SQLite finds the journal damaged while copying it, or if a
    chosen ``folder`` is not there. Nothing of the journal changes.
    """
    if _REASON.fullmatch(reason) is None:
        raise ValueError(f"not a backup reason: {reason!r}")
    database = _database_of(source)
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    if folder is None:
        folder = backup_folder(database)
        ensure_private_dir(folder)
    elif not folder.is_dir():
        raise BackupError(BACKUP_FOLDER_MISSING)
    final_name = timestamped_name(reason, moment)
    temporary = folder / f".{final_name}.{secrets.token_hex(4)}.tmp"
    try:
        _create_private(temporary)
        _vacuum_into(source, temporary)
        _fsync_file(temporary)
    except cipher.sqlite_errors(OSError) as error:
        temporary.unlink(missing_ok=True)
        log.error("Backup not written: %s", error)
        damaged = isinstance(error, cipher.sqlite_errors()) and is_damage(error)
        raise BackupError(BACKUP_JOURNAL_DAMAGED if damaged else BACKUP_NOT_WRITTEN) from error
    health = _checked(temporary)
    if not health.ok:
        temporary.unlink(missing_ok=True)
        log.error("Backup copy failed its check: %s", "; ".join(health.problems))
        raise BackupError(BACKUP_CHECK_FAILED)
    final = unused_path(folder / final_name)
    try:
        os.rename(temporary, final)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise BackupError(BACKUP_NOT_WRITTEN) from error
    _fsync_folder(folder)
    info = BackupInfo(final, moment, final.stat().st_size, reason)
    log.info(
        "Backup made: %s (%d bytes, checked in %.0f ms)", final.name, info.size, health.milliseconds
    )
    return info


def backup_to_folder(source: "Database | Engine", folder: Path) -> BackupInfo:
    """ "Back up to…": a checked backup into a folder the person chose (a USB stick…).

    The folder must exist (BackupError otherwise); the file is named like the automatic
    ones, with the reason "manual", and is not rotated (rotation only looks in the journal's
    own backups folder).
    """
    return make_backup(source, REASON_MANUAL, folder=folder)


def list_backups(database: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups in ``folder`` (by default the journal's backups folder), newest first.

    Only files named as we name backups; anything else in the folder is left out. Damaged
    journals moved aside by ``restore`` are listed with the reason ``REASON_DAMAGED``.
    """
    folder = backup_folder(database) if folder is None else folder
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found: list[tuple[datetime, int, BackupInfo]] = []
    for path in entries:
        parsed = parse_name(path.name)
        if parsed is None:
            continue
        reason, made_at, copy = parsed
        try:
            size = path.stat().st_size
        except OSError:
            continue  # deleted meanwhile, or unreadable
        if not path.is_file():
            continue
        found.append((made_at, copy, BackupInfo(path, made_at, size, reason)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _made_at, _copy, info in found]


def newest_good_backup(database: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes its own ``quick_check`` (damaged files left out)."""
    for info in list_backups(database, folder):
        if info.reason == REASON_DAMAGED or info.size == 0:
            continue
        try:
            if quick_check(info.path).ok:
                return info
        except OSError:
            continue
    return None


def rotate(database: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the rotation rule lets go; returns the deleted files.

    Looks only in the journal's own backups folder and only at the files we named. Backups of
    ``ROTATED_REASONS`` are thinned with ``domain.backups.keep``; those made before a restore,
    an import or a migration ("before-…") go only once older than a year; damaged journals
    moved aside and files of any other reason stay. A file that cannot be deleted is logged
    and left.
    """
    moment = now or datetime.now(UTC)
    backups = list_backups(database)
    rotated = [info for info in backups if info.reason in ROTATED_REASONS]
    kept = keep([info.made_at for info in rotated], moment)
    doomed = [info for info in rotated if info.made_at not in kept]
    doomed += [
        info
        for info in backups
        if info.reason.startswith(PROTECTED_PREFIX) and moment - info.made_at > PROTECTED_FOR
    ]
    deleted = []
    for info in doomed:
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("Old backup %s not deleted: %s", info.path.name, error)
            continue
        deleted.append(info.path)
    if deleted:
        _fsync_folder(backup_folder(database))
        log.info("Rotation deleted %d old backups", len(deleted))
    return deleted


def restore(backup: Path, database: Path, now: datetime | None = None) -> BackupInfo | None:
    """Put the backup at ``backup`` in place of the journal at ``database``.

    Call it with no Store open on ``database`` (close the journal first): it replaces the file
    under any open connection. In order:

    1. The backup is checked (``quick_check``, an MBC Desktop journal of a schema this app
       knows) and copied, with ``VACUUM INTO``, to a temporary file next to the journal, which
       is checked again (``integrity_check``) and synced. A bad backup raises BackupError with
       a plain message, and nothing has changed.
    2. A healthy current journal is backed up (reason "before-restore"); a damaged one is
       moved aside untouched into the backups folder as ``journal-damaged-<time>.sqlite``
       (with its ``-wal``, if any). Stale ``-wal``/``-shm``/``-journal`` files go, so SQLite
       can never replay them onto the restored file.
    3. The copy replaces the journal with ``os.replace`` (atomic), and the folder is synced.

    Returns the before-restore backup, or the damaged file moved aside, or None if there was
    no journal. At any moment a crash leaves either the old journal or the restored one.
    """
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    refuse_a_bad_backup(backup)
    ensure_private_dir(database.parent)
    temporary = database.with_name(f".{database.name}.restore-{secrets.token_hex(4)}.tmp")
    try:
        _create_private(temporary)
        _vacuum_into(backup, temporary)
        temporary = _encrypted_as(database, temporary)
        _fsync_file(temporary)
    except cipher.sqlite_errors(OSError) as error:
        temporary.unlink(missing_ok=True)
        log.error("Restore: copy not written: %s", error)
        raise BackupError(RESTORE_FAILED) from error
    try:
        if not _checked(temporary).ok:
            raise BackupError(RESTORE_BACKUP_DAMAGED)
        previous = _set_current_aside(database, moment)
        for ending in (*SIDE_FILES, "-journal"):
            side_file(database, ending).unlink(missing_ok=True)
        os.replace(temporary, database)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(database.parent)
    log.info("Restored %s", backup.name)
    return previous


# --- helpers ----------------------------------------------------------------------------------


def _checked(path: Path) -> Health:
    """The check a fresh copy must pass (a module-level name, so tests can make it fail)."""
    return integrity_check(path)


def _database_of(source: "Database | Engine | Path") -> Path:
    if isinstance(source, Path):
        return source
    if isinstance(source, Database):
        return source.path
    name = source.url.database
    if not name:
        raise ValueError("the engine is not on a database file")
    return Path(name)


def _encrypted_as(database: Path, copy: Path) -> Path:
    """``copy``, encrypted or plain as the journal at ``database`` is meant to be: a plain
    backup restored into an encrypted journal's place is encrypted, and an encrypted one
    restored where encryption is off is made plain. Returns the file to use (the same path)."""
    key = cipher.current_key()
    wanted = key if cipher.key_file_path(database).exists() and key is not None else None
    if cipher.is_encrypted(copy) == (wanted is not None):
        return copy
    converted = copy.with_name(copy.name + ".convert")
    try:
        _create_private(converted)  # empty and owner-only: SQLite fills it
        source_key = key if cipher.is_encrypted(copy) else None
        cipher.export_copy(copy, converted, wanted, source_key=source_key)
        os.replace(converted, copy)
    except BaseException:
        converted.unlink(missing_ok=True)
        raise
    return copy


def _create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only; FileExistsError if it is there."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY_FILE)
    try:
        if os.name == "posix":
            # Whatever the umask. A USB stick's file system may not keep modes: the copy is
            # then as private as that file system allows.
            with contextlib.suppress(OSError):
                os.fchmod(fd, OWNER_ONLY_FILE)
    finally:
        os.close(fd)


def _vacuum_into(source: "Database | Engine | Path", destination: Path) -> None:
    """``VACUUM INTO`` from the open journal, or from a file no one has open (read-only, so
    SQLite leaves no -wal or -shm files beside it)."""
    if isinstance(source, Path):
        if not source.is_file():
            raise FileNotFoundError(source)
        with contextlib.closing(
            cipher.connect(source, uri=read_only_uri(source), timeout=5)
        ) as connection:
            connection.execute("VACUUM INTO ?", (str(destination),))
        return
    if isinstance(source, Database):
        source.connection().execute("VACUUM INTO ?", (str(destination),))
        return
    raw = source.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("VACUUM INTO ?", (str(destination),))
    finally:
        raw.close()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename or a deletion in ``folder`` durable (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def refuse_a_bad_backup(backup: Path) -> None:
    """BackupError unless ``backup`` is a whole journal of a schema this app can open."""
    from mbc_desktop.storage.migrate import SCHEMA_HEAD, known_revisions

    key = cipher.current_key()
    if key is not None and cipher.is_encrypted(backup) and not cipher.verify_key(backup, key):
        raise BackupError(RESTORE_LOCKED)
    try:
        health = quick_check(backup)
        is_database = looks_like_sqlite(backup)
    except cipher.LockedError as error:
        raise BackupError(RESTORE_LOCKED) from error
    except OSError as error:
        raise BackupError(RESTORE_NOT_A_BACKUP) from error
    if not health.ok:
        log.error("Restore: backup failed its check: %s", "; ".join(health.problems))
        raise BackupError(RESTORE_BACKUP_DAMAGED if is_database else RESTORE_NOT_A_BACKUP)
    try:
        with contextlib.closing(
            cipher.connect(backup, uri=read_only_uri(backup), timeout=5)
        ) as connection:
            tables = {
                str(name)
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if not {"questions", "alembic_version"} <= tables:
                raise BackupError(RESTORE_NOT_A_BACKUP)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.sqlite_errors() as error:
        raise BackupError(RESTORE_NOT_A_BACKUP) from error
    if revision is None:
        raise BackupError(RESTORE_NOT_A_BACKUP)
    if str(revision[0]) != SCHEMA_HEAD and str(revision[0]) not in known_revisions():
        raise BackupError(RESTORE_TOO_NEW)


def _set_current_aside(database: Path, moment: datetime) -> BackupInfo | None:
    """Back up a healthy journal, or move a damaged one aside; None if there is none."""
    if not database.exists():
        return None
    try:
        healthy = quick_check(database).ok
    except OSError:
        healthy = False
    if healthy:
        if database.stat().st_size == 0:
            return None  # a new, empty journal: nothing to keep
        return make_backup(database, REASON_BEFORE_RESTORE, now=moment)
    folder = backup_folder(database)
    ensure_private_dir(folder)
    aside = unused_path(folder / timestamped_name(REASON_DAMAGED, moment))
    # A hard link keeps the damaged file reachable under both names until the restored copy
    # has replaced it, so a crash never leaves the journal missing. Without hard links
    # (some file systems), a byte-for-byte copy.
    try:
        os.link(database, aside)
    except OSError:
        _copy_bytes(database, aside)
    for ending in ("-wal", "-journal"):
        side = side_file(database, ending)
        if side.exists():
            os.replace(side, side_file(aside, ending))
    _fsync_folder(folder)
    log.warning("Damaged journal moved aside as %s", aside.name)
    return BackupInfo(aside, moment, aside.stat().st_size, REASON_DAMAGED)


def _copy_bytes(source: Path, destination: Path) -> None:
    _create_private(destination)
    with source.open("rb") as reading, destination.open("r+b") as writing:
        while chunk := reading.read(1 << 20):
            writing.write(chunk)
        writing.flush()
        os.fsync(writing.fileno())


def changed_since_backup(database: Path) -> bool:
    """Whether the journal (or its -wal, where a commit lands first) was written after the
    newest backup in its backups folder; True when there is no backup yet."""
    backups = list_backups(database)
    if not backups:
        return database.exists()
    # The backup file's own time: when its copy was finished (its name has whole seconds).
    newest = backups[0].path.stat().st_mtime
    written = [
        path.stat().st_mtime
        for path in (database, database.with_name(database.name + "-wal"))
        if path.exists()
    ]
    return any(moment > newest for moment in written)


def back_up_if_changed(
    source: "Database | Engine", database: Path, reason: str
) -> BackupInfo | None:
    """A checked backup when something was written since the newest one, then the rotation;
    None when nothing changed. Raises BackupError as ``make_backup`` does."""
    if not changed_since_backup(database):
        return None
    made = make_backup(source, reason)
    rotate(database)
    return made
