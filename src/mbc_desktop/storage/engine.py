"""A SQLAlchemy engine on a journal file, for Alembic's migrations (and tests that build old
schemas). The app itself reads and writes through ``storage/database.py``'s DB-API connection;
both set up their connections the same way (``database.configure``)."""

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from mbc_desktop.storage import cipher
from mbc_desktop.storage.database import configure, key_for


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLAlchemy's documented recipe for pysqlite: SQLAlchemy, not the driver, begins
    # transactions (isolation_level None), with the journal's pragmas.
    configure(dbapi_connection)


def use_wal(engine: Engine) -> None:
    """Switch the file to write-ahead logging (see ``Database.use_wal``)."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()


def _on_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock up front: a read-then-write unit of work never fails
    # half-way with "database is locked".
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path, key: cipher.Key | None = None) -> Engine:
    """An engine on the journal file at ``path``; the file (and its folder) are created
    owner-only if missing. An encrypted file is opened with ``key``, by default the key the
    process knows (LockedError if none); a plain one with Python's own sqlite3."""
    key = key_for(path, key)
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        # SQLAlchemy's SQLite dialect over SQLCipher's DB-API module (the same API as
        # sqlite3), each new connection keyed before its first statement.
        engine = create_engine(
            f"sqlite:///{path}", module=cipher.sqlcipher(), creator=cipher.connector(path, key)
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
