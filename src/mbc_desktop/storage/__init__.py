"""Storage: the SQLite journal file, its schema and migrations. The only layer using SQLAlchemy."""

import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from mbc_desktop.storage.engine import make_engine
from mbc_desktop.storage.errors import JournalError, JournalTooNewError, NotAJournalError
from mbc_desktop.storage.exchange_repository import ExchangeRepository, exchange_repository
from mbc_desktop.storage.migrate import SCHEMA_HEAD, migrate
from mbc_desktop.storage.store import Store, Transaction

__all__ = [
    "SCHEMA_HEAD",
    "ExchangeRepository",
    "JournalError",
    "JournalTooNewError",
    "NotAJournalError",
    "Store",
    "Transaction",
    "exchange_repository",
    "open_journal",
]

log = logging.getLogger(__name__)


def open_journal(path: Path) -> Store:
    """Open (or create) the journal at ``path``, migrated to the current schema."""
    engine = make_engine(path)
    try:
        migrate(engine, path)
    except JournalError:
        engine.dispose()
        raise
    except (DatabaseError, sqlite3.DatabaseError) as error:
        engine.dispose()
        log.exception("Could not open the journal")
        raise NotAJournalError(
            "This file could not be read as an MBC Desktop journal. It may be damaged "
            "or be a different kind of file; it was left as it is."
        ) from error
    return Store(engine, path)
