"""Storage: the SQLite journal file, its schema and migrations. The only layer using SQLAlchemy."""

import logging
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from mbc_desktop.storage import cipher
from mbc_desktop.storage.backup import BackupInfo, newest_good_backup
from mbc_desktop.storage.encryption import finish_interrupted
from mbc_desktop.storage.engine import make_engine
from mbc_desktop.storage.errors import (
    DAMAGED_AT_START,
    NOT_READABLE,
    BackupError,
    DamagedJournalError,
    JournalError,
    JournalTooNewError,
    NotAJournalError,
    SalvageError,
)
from mbc_desktop.storage.exchange_repository import ExchangeRepository, exchange_repository
from mbc_desktop.storage.health import Health, is_damage, looks_like_sqlite, quick_check
from mbc_desktop.storage.migrate import SCHEMA_HEAD, migrate
from mbc_desktop.storage.store import Store, Transaction

__all__ = [
    "SCHEMA_HEAD",
    "BackupError",
    "BackupInfo",
    "DamagedJournalError",
    "ExchangeRepository",
    "Health",
    "JournalError",
    "JournalTooNewError",
    "NotAJournalError",
    "SalvageError",
    "Store",
    "Transaction",
    "exchange_repository",
    "open_journal",
]

log = logging.getLogger(__name__)


def open_journal(path: Path) -> Store:
    """Open (or create) the journal at ``path``, migrated to the current schema.

    An existing file is checked first (``quick_check``, read-only), before anything may write
    to it. A damaged journal raises DamagedJournalError, with the check's findings and the
    newest backup that passes its own check; a file that is not a database at all (random
    bytes, text) raises NotAJournalError. Either way the file is left byte for byte as it was.

    An encrypted journal needs its key known first (``cipher.use_key``), or LockedError.
    What an interrupted switch of encryption left is tidied first (``finish_interrupted``).
    """
    if path.exists():
        encrypted = cipher.journal_is_encrypted(path)
        if encrypted and cipher.current_key() is None:
            raise cipher.LockedError()
        finish_interrupted(path, cipher.current_key() if encrypted else None)
        refuse_if_damaged(path)
    engine = make_engine(path)
    try:
        migrate(engine, path)
    except JournalError:
        engine.dispose()
        raise
    except cipher.database_errors(DatabaseError) as error:
        engine.dispose()
        log.exception("Could not open the journal")
        if is_damage(error):
            health = Health(ok=False, problems=(str(error),), milliseconds=0.0)
            raise DamagedJournalError(DAMAGED_AT_START, health, newest_good_backup(path)) from error
        raise NotAJournalError(NOT_READABLE) from error
    return Store(engine, path)


def refuse_if_damaged(path: Path) -> None:
    """Raise DamagedJournalError (or NotAJournalError) unless the file passes ``quick_check``."""
    try:
        health = quick_check(path)
        is_database = health.ok or looks_like_sqlite(path)
    except cipher.LockedError:
        raise
    except OSError as error:
        log.error("Journal not readable: %s", error)
        raise NotAJournalError(NOT_READABLE) from error
    if health.ok:
        log.info("Journal passed its check in %.1f ms", health.milliseconds)
        return
    log.error(
        "Journal failed its check in %.1f ms: %s", health.milliseconds, "; ".join(health.problems)
    )
    if not is_database:
        raise NotAJournalError(NOT_READABLE)
    raise DamagedJournalError(DAMAGED_AT_START, health, newest_good_backup(path))
