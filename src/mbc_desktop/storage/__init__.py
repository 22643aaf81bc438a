"""Storage: the SQLite journal file, its schema and migrations. The only layer using SQLAlchemy
(for the schema and its migrations; the journal is read and written with DB-API SQL)."""

import logging
import sys
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from mbc_desktop.storage.schema_head import SCHEMA_HEAD

if TYPE_CHECKING:
    from mbc_desktop.storage.backup import BackupInfo
    from mbc_desktop.storage.errors import (
        BackupError,
        DamagedJournalError,
        JournalError,
        JournalTooNewError,
        NotAJournalError,
        SalvageError,
    )
    from mbc_desktop.storage.exchange_repository import ExchangeRepository, exchange_repository
    from mbc_desktop.storage.health import Health
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

# Imported on first use (PEP 562), not with the package: the first screen's read
# (``storage.quick_read``) and the encryption checks (``storage.cipher``) run before SQLAlchemy
# is loaded, and importing any module of this package runs this file first.
_LAZY = {
    "cipher": "mbc_desktop.storage.cipher",
    "BackupInfo": "mbc_desktop.storage.backup",
    "newest_good_backup": "mbc_desktop.storage.backup",
    "finish_interrupted": "mbc_desktop.storage.encryption",
    "make_engine": "mbc_desktop.storage.engine",
    "DAMAGED_AT_START": "mbc_desktop.storage.errors",
    "NOT_READABLE": "mbc_desktop.storage.errors",
    "BackupError": "mbc_desktop.storage.errors",
    "DamagedJournalError": "mbc_desktop.storage.errors",
    "JournalError": "mbc_desktop.storage.errors",
    "JournalTooNewError": "mbc_desktop.storage.errors",
    "NotAJournalError": "mbc_desktop.storage.errors",
    "SalvageError": "mbc_desktop.storage.errors",
    "ExchangeRepository": "mbc_desktop.storage.exchange_repository",
    "exchange_repository": "mbc_desktop.storage.exchange_repository",
    "Health": "mbc_desktop.storage.health",
    "is_damage": "mbc_desktop.storage.health",
    "looks_like_sqlite": "mbc_desktop.storage.health",
    "quick_check": "mbc_desktop.storage.health",
    "migrate": "mbc_desktop.storage.migrate",
    "Store": "mbc_desktop.storage.store",
    "Transaction": "mbc_desktop.storage.store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = import_module(module)
    value = found if name == "cipher" else getattr(found, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


# Two names are both a module here and the thing it exports (``exchange_repository``,
# ``migrate``): as when this file imported everything, the package's name is the thing, even
# after the module is imported (which would otherwise set the name to the module).
_THE_THING_NOT_THE_MODULE = frozenset({"exchange_repository", "migrate"})


class _Package(ModuleType):
    def __setattr__(self, name: str, value: object) -> None:
        if name in _THE_THING_NOT_THE_MODULE and isinstance(value, ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


log = logging.getLogger(__name__)


def open_journal(path: Path) -> "Store":
    """Open (or create) the journal at ``path``, migrated to the current schema.

    An existing file is checked first (``quick_check``, read-only), before anything may write
    to it. A damaged journal raises DamagedJournalError, with the check's findings and the
    newest backup that passes its own check; a file that is not a database at all (random
    bytes, text) raises NotAJournalError. Either way the file is left byte for byte as it was.

    An encrypted journal needs its key known first (``cipher.use_key``), or LockedError.
    What an interrupted switch of encryption left is tidied first (``finish_interrupted``).
    """
    from mbc_desktop.storage import cipher
    from mbc_desktop.storage.backup import newest_good_backup
    from mbc_desktop.storage.database import Database
    from mbc_desktop.storage.encryption import finish_interrupted
    from mbc_desktop.storage.errors import (
        DAMAGED_AT_START,
        NOT_READABLE,
        DamagedJournalError,
        JournalError,
        NotAJournalError,
    )
    from mbc_desktop.storage.health import Health, is_damage
    from mbc_desktop.storage.migrate import migrate
    from mbc_desktop.storage.store import Store

    if path.exists():
        encrypted = cipher.journal_is_encrypted(path)
        if encrypted and cipher.current_key() is None:
            raise cipher.LockedError()
        finish_interrupted(path, cipher.current_key() if encrypted else None)
        refuse_if_damaged(path)
    database = Database(path)
    try:
        migrate(database, path)
    except JournalError:
        database.dispose()
        raise
    except cipher.database_errors(_sqlalchemy_database_error()) as error:
        database.dispose()
        log.exception("Could not open the journal")
        if is_damage(error):
            health = Health(ok=False, problems=(str(error),), milliseconds=0.0)
            raise DamagedJournalError(DAMAGED_AT_START, health, newest_good_backup(path)) from error
        raise NotAJournalError(NOT_READABLE) from error
    return Store(database)


def _sqlalchemy_database_error() -> type[Exception]:
    """SQLAlchemy's DatabaseError if a migration imported SQLAlchemy (it wraps sqlite3's),
    else sqlite3's own: opening a journal at the current schema never imports SQLAlchemy."""
    module = sys.modules.get("sqlalchemy.exc")
    if module is None:
        import sqlite3

        return sqlite3.DatabaseError
    return module.DatabaseError  # type: ignore[no-any-return]


def refuse_if_damaged(path: Path) -> None:
    """Raise DamagedJournalError (or NotAJournalError) unless the file passes ``quick_check``."""
    from mbc_desktop.storage import cipher
    from mbc_desktop.storage.backup import newest_good_backup
    from mbc_desktop.storage.errors import DAMAGED_AT_START, NOT_READABLE, DamagedJournalError
    from mbc_desktop.storage.health import looks_like_sqlite, quick_check

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
