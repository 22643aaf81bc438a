"""The open journal file: one DB-API connection, WAL, foreign keys, full fsync, owner-only.

The app reads and writes through Python's ``sqlite3`` (SQLCipher's module for an encrypted
journal): see ``storage/sql.py`` for why not SQLAlchemy. ``engine.make_engine`` still gives a
SQLAlchemy engine on the same file for what needs one (Alembic's migrations).
"""

import sqlite3
from pathlib import Path
from typing import Any

from mbc_desktop.storage import cipher
from mbc_desktop.storage.files import ensure_private_dir, ensure_private_file

__all__ = ["Database", "configure", "key_for"]


def key_for(path: Path, key: cipher.Key | None = None) -> cipher.Key | None:
    """The key to open the journal at ``path`` with (None: plain), after creating the file and
    its folder owner-only if missing: ``key``, or for an encrypted file the key the process
    knows (LockedError if none)."""
    ensure_private_dir(path.parent)
    ensure_private_file(path)
    if key is None and cipher.is_encrypted(path):
        key = cipher.current_key()
        if key is None and cipher.journal_is_encrypted(path):
            raise cipher.LockedError()
    return key


def configure(connection: Any) -> None:
    """The settings of every connection to a journal. The app, not the driver, decides when a
    transaction begins (``isolation_level = None``; ``Store.transaction`` says
    ``BEGIN IMMEDIATE``), so every unit of work is one real SQLite transaction. No
    journal_mode here: switching to WAL rewrites the file header, and that must wait until
    the file is known to be ours (``use_wal``)."""
    connection.isolation_level = None
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA busy_timeout=5000")


class Database:
    """The journal at ``path``, opened on first use: plain with ``sqlite3``, encrypted with
    SQLCipher and ``key`` (by default the key the process knows; LockedError if none). The
    file (and its folder) are created owner-only if missing."""

    def __init__(self, path: Path, key: cipher.Key | None = None) -> None:
        self.path = path
        self.key = key_for(path, key)
        self._connection: Any = None

    def connection(self) -> Any:
        """The one connection to the file, opened when first asked for."""
        if self._connection is None:
            if self.key is None:
                connection: Any = sqlite3.connect(str(self.path), timeout=5.0)
            else:
                connection = cipher.sqlcipher().connect(str(self.path), timeout=5.0)
                connection.execute(self.key.pragma())
            try:
                configure(connection)
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def use_wal(self) -> None:
        """Switch the file to write-ahead logging; the setting is stored in the file. Only for
        a file known to be a journal (or new): on any other file it would change bytes that
        are not ours to change."""
        self.connection().execute("PRAGMA journal_mode=WAL")

    def dispose(self) -> None:
        """Close the connection (a later use opens it again)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
