"""Bring a journal file up to the schema this version of the app expects.

Alembic is imported only when the file is not already at ``SCHEMA_HEAD``: on an ordinary
start-up the check is one small query.
"""

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from mbc_desktop.storage.backup import backup_folder, backup_to, timestamped_name, unused_path
from mbc_desktop.storage.engine import use_wal
from mbc_desktop.storage.errors import JournalTooNewError, NotAJournalError

# The newest migration in storage/migrations/versions. A test checks that the two agree.
SCHEMA_HEAD = "0001"
MIGRATIONS = Path(__file__).with_name("migrations")

log = logging.getLogger(__name__)


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the file, or None for a file with no tables at all.

    Raises NotAJournalError for a database that has tables but is not one of ours.
    """
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    # Every released schema has the questions table; another Alembic-managed database does not.
    if "alembic_version" not in tables or "questions" not in tables:
        raise NotAJournalError("This file is an SQLite database, but not an MBC Desktop journal.")
    version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if version is None:
        raise NotAJournalError("This journal has no schema version; it may be damaged.")
    return str(version)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.commit()


def migrate(engine: Engine, database: Path) -> Path | None:
    """Upgrade ``database`` to SCHEMA_HEAD. Returns the backup taken first, if one was needed.

    A new, empty file needs no backup. An older journal is copied with VACUUM INTO before
    anything changes. A journal from a newer app is refused untouched.
    """
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision not in (None, SCHEMA_HEAD) and revision not in known_revisions():
        raise JournalTooNewError(
            "This journal was saved by a newer version of MBC Desktop. "
            "Install that version (or newer) to open it; nothing was changed."
        )
    use_wal(engine)
    if revision == SCHEMA_HEAD:
        return None
    backup: Path | None = None
    if revision is not None:
        backup = backup_to(
            engine,
            unused_path(backup_folder(database) / timestamped_name(f"before-schema-{SCHEMA_HEAD}")),
        )
        log.info("Backed up the journal before migrating from %s to %s", revision, SCHEMA_HEAD)
    upgrade(engine)
    log.info("Journal schema is now %s", SCHEMA_HEAD)
    return backup
