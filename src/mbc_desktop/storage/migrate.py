"""Bring a journal file up to the schema this version of the app expects.

SQLAlchemy and Alembic are imported only when the file is not already at ``SCHEMA_HEAD``: on
an ordinary start-up the check is two small queries on the journal's own connection.
"""

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mbc_desktop.storage.backup import make_backup
from mbc_desktop.storage.database import Database
from mbc_desktop.storage.errors import JournalTooNewError, NotAJournalError
from mbc_desktop.storage.files import make_private
from mbc_desktop.storage.schema_head import SCHEMA_HEAD as SCHEMA_HEAD
from mbc_desktop.storage.sql import COLUMNS, INDEXES

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")

log = logging.getLogger(__name__)


# Schema objects our migrations made that the models do not describe: tables or indexes a
# later migration dropped or renamed, and any view or trigger. Add them here, as
# ("table" | "index" | "view" | "trigger", name), so that journals from before still open.
EXTRA_SCHEMA_OBJECTS: frozenset[tuple[str, str]] = frozenset()


def our_schema_objects() -> frozenset[tuple[str, str]]:
    """Every (type, name) in sqlite_master that a journal of a known schema may hold (the
    tables and indexes of ``models.py``: tests/unit/storage/test_sql.py keeps them equal)."""
    objects = {("table", "alembic_version")}
    objects.update(("table", name) for name in COLUMNS)
    objects.update(("index", name) for name in INDEXES)
    return frozenset(objects | EXTRA_SCHEMA_OBJECTS)


def _all(connection: Any, sql: str) -> list[Any]:
    """The rows of ``sql`` on a DB-API connection, or on a SQLAlchemy one (tests, Alembic)."""
    if hasattr(connection, "exec_driver_sql"):
        return list(connection.exec_driver_sql(sql).fetchall())
    return list(connection.execute(sql).fetchall())


def schema_objects(connection: Any) -> set[tuple[str, str]]:
    """Every table, index, view and trigger in the file, SQLite's own (sqlite_*) left out."""
    rows = _all(connection, "SELECT type, name FROM sqlite_master")
    return {(str(kind), str(name)) for kind, name in rows if not str(name).startswith("sqlite_")}


def current_revision(connection: Any) -> str | None:
    """The schema revision stamped in the file, or None for a file with no schema at all.

    Raises NotAJournalError for a database that holds anything (a table, a view, a trigger…)
    but not the journal's tables. See refuse_foreign_objects for a journal with extras.
    """
    objects = schema_objects(connection)
    if not objects:
        return None
    # Every released schema has the questions table; another Alembic-managed database does not.
    if not {("table", "alembic_version"), ("table", "questions")} <= objects:
        raise NotAJournalError("This file is an SQLite database, but not an MBC Desktop journal.")
    found = _all(connection, "SELECT version_num FROM alembic_version")
    version = found[0][0] if found else None
    if version is None:
        raise NotAJournalError("This journal has no schema version; it may be damaged.")
    return str(version)


def refuse_foreign_objects(connection: Any) -> None:
    """Raise NotAJournalError if a journal of a known schema holds anything we did not make.

    A journal with someone else's table, view, trigger or index is not ours to migrate.
    """
    foreign = schema_objects(connection) - our_schema_objects()
    if foreign:
        log.error("Journal holds %d schema objects that are not ours", len(foreign))
        raise NotAJournalError(
            "This file looks like an MBC Desktop journal, but it holds tables or other parts "
            "that MBC Desktop did not make, so it was left as it is."
        )


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def upgrade(engine: "Engine", target: str = "head") -> None:
    """Run the migrations up to ``target`` as one transaction, with foreign keys off.

    SQLite changes a table by rebuilding it: copy, drop, rename. With foreign keys on,
    dropping the old appointments table would first empty it, and ON DELETE SET NULL would
    quietly unplan every question. So, as SQLite's documentation prescribes for such changes,
    the keys are off while the migrations run and are checked before the commit: a row left
    pointing nowhere rolls the whole upgrade back (sqlite3.IntegrityError).
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        # Before the transaction begins: inside one, SQLite ignores this pragma.
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            # Alembic joins a transaction it is given instead of committing each step.
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(
                        f"{len(broken)} rows point at rows that are not there after migrating"
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def migrate(source: "Database | Engine", database: Path) -> Path | None:
    """Upgrade ``database`` to SCHEMA_HEAD. Returns the backup taken first, if one was needed.

    ``source`` is the journal's ``Database`` (or a SQLAlchemy engine on it). A new, empty
    file needs no backup. An older journal is copied with VACUUM INTO before anything
    changes. A journal from a newer app is refused untouched.
    """
    if isinstance(source, Database):
        revision = _check(source.connection())
    else:
        with source.connect() as connection:
            revision = _check(connection)
    # Only now is the file known to be ours (or new): make it private, then switch it to WAL.
    make_private(database)
    if isinstance(source, Database):
        source.use_wal()
    else:
        from mbc_desktop.storage.engine import use_wal

        use_wal(source)
    if revision == SCHEMA_HEAD:
        return None
    backup: Path | None = None
    if revision is not None:
        # Checked (integrity_check) before it gets its name, like every backup.
        backup = make_backup(source, f"before-schema-{SCHEMA_HEAD}").path
        log.info("Backed up the journal before migrating from %s to %s", revision, SCHEMA_HEAD)
    if isinstance(source, Database):
        from mbc_desktop.storage.engine import make_engine

        engine = make_engine(database, source.key)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
    else:
        upgrade(source)
    log.info("Journal schema is now %s", SCHEMA_HEAD)
    return backup


def _check(connection: Any) -> str | None:
    """The file's schema revision, after refusing a journal from a newer app or one holding
    things we did not make."""
    revision = current_revision(connection)
    if revision not in (None, SCHEMA_HEAD) and revision not in known_revisions():
        # A newer app may have added tables we do not know: not a reason to call it foreign.
        raise JournalTooNewError(
            "This journal was saved by a newer version of MBC Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )
    refuse_foreign_objects(connection)
    return revision
