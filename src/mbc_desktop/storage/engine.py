"""Engine set-up: one SQLite file, WAL, foreign keys, full fsync, owner-only permissions."""

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from mbc_desktop.paths import create_private_folder
from mbc_desktop.storage import cipher

OWNER_ONLY_FILE = 0o600
# The files SQLite keeps next to a journal in WAL mode while it is open.
SIDE_FILES = ("-wal", "-shm")


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder``, and any missing parents, readable by the owner alone.

    A folder that already exists keeps its permissions: it may hold other people's files, and
    changing it is not ours to decide (paths.prepare_data_folder warns about a loose one).
    """
    create_private_folder(folder)


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it is missing; an existing file is left alone.

    An existing file is not known to be a journal until migrate() has looked inside, so its
    permissions wait for make_private(). SQLite gives the -wal and -shm files the permissions
    of the database file, so a new journal's three files are all owner-only.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, OWNER_ONLY_FILE)
    except FileExistsError:
        return
    try:
        if os.name == "posix":
            os.fchmod(fd, OWNER_ONLY_FILE)  # whatever the umask
    finally:
        os.close(fd)


def make_private(database: Path) -> None:
    """Make a journal known to be ours, and its -wal and -shm files, owner-only."""
    if os.name != "posix":
        return
    for path in (database, *(database.with_name(database.name + end) for end in SIDE_FILES)):
        if path.exists():
            path.chmod(OWNER_ONLY_FILE)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when transactions begin (SQLAlchemy's documented
    # recipe for pysqlite), so that every unit of work is one real SQLite transaction.
    dbapi_connection.isolation_level = None
    # No journal_mode here: switching to WAL rewrites the file header, and that must wait until
    # migrate() knows the file is ours (see use_wal). These pragmas only affect this connection.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def use_wal(engine: Engine) -> None:
    """Switch the file to write-ahead logging; the setting is stored in the file and persists.

    Only for a file known to be a journal (or new): on any other file it would change bytes
    that are not ours to change.
    """
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
    ensure_private_dir(path.parent)
    ensure_private_file(path)
    if key is None and cipher.is_encrypted(path):
        key = cipher.current_key()
        if key is None and cipher.journal_is_encrypted(path):
            raise cipher.LockedError()
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
