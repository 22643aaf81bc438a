"""Schema migrations: the models match the migrations, old journals are backed up before an
upgrade, and files that are not ours (or are too new) are refused and left exactly as they were.
"""

import importlib
import random
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.schema import Column

from mbc_desktop.domain import NewQuestion, Priority, Topic
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import (
    SCHEMA_HEAD,
    JournalTooNewError,
    NotAJournalError,
    Store,
    open_journal,
)
from mbc_desktop.storage.backup import backup_folder, backup_to, timestamped_name
from mbc_desktop.storage.engine import make_engine
from mbc_desktop.storage.migrate import (
    MIGRATIONS,
    current_revision,
    known_revisions,
    migrate,
    our_schema_objects,
    schema_objects,
)
from mbc_desktop.storage.models import Base

# The module, not the function of the same name that mbc_desktop.storage re-exports.
migrate_module = importlib.import_module("mbc_desktop.storage.migrate")

# --- helpers -------------------------------------------------------------------------------


def query(database: Path, sql: str) -> list[tuple[object, ...]]:
    """Read ``database`` with a plain sqlite3 connection, independent of our engine."""
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql).fetchall()


def table_names(database: Path) -> set[str]:
    rows = query(database, "SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(name) for (name,) in rows}


def stamped_revision(database: Path) -> object:
    return query(database, "SELECT version_num FROM alembic_version")[0][0]


def files_in(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def engine(journal_path: Path) -> Iterator[Engine]:
    """An engine on a journal file that has not been migrated yet."""
    made = make_engine(journal_path)
    try:
        yield made
    finally:
        made.dispose()


def journal_with_questions(path: Path, *texts: str) -> None:
    store = open_journal(path)
    try:
        service = QuestionService(store)
        for question in texts:
            service.add(NewQuestion(text=question))
    finally:
        store.close()


def open_with_open_journal(path: Path) -> None:
    open_journal(path).close()


def open_with_migrate(path: Path) -> None:
    engine = make_engine(path)
    try:
        migrate(engine, path)
    finally:
        engine.dispose()


OPENERS: list[Callable[[Path], None]] = [open_with_open_journal, open_with_migrate]


# --- the schema ----------------------------------------------------------------------------


def _unquoted(default: str | None) -> str | None:
    """'' and ('') are the same SQLite default; Alembic's own comparison misses that."""
    if default is None:
        return None
    while default.startswith("(") and default.endswith(")"):
        default = default[1:-1]
    if len(default) >= 2 and default[0] == default[-1] == "'":
        default = default[1:-1]
    return default


def _compare_server_default(
    _context: MigrationContext,
    _inspected_column: Column[object],
    _metadata_column: Column[object],
    inspected_default: str | None,
    _metadata_default: object,
    rendered_metadata_default: str | None,
) -> bool:
    return _unquoted(inspected_default) != _unquoted(rendered_metadata_default)


def test_models_and_migrations_describe_the_same_schema(store: Store) -> None:
    engine = make_engine(store.path)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "compare_server_default": _compare_server_default},
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()

    assert differences == []


def test_columns_left_out_of_an_insert_get_their_defaults(store: Store) -> None:
    # What later migrations and the fixture databases rely on when they add rows with raw SQL.
    engine = make_engine(store.path)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO questions (text, topic, priority, status, position, created_at,"
                " updated_at) VALUES ('Q', 'other', 'if_time', 'open', 0,"
                " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
            )
        )

    question = QuestionService(store).list()[0]
    assert (question.answer, question.answered_by) == ("", "")
    assert question.created_at == datetime(2026, 1, 1, tzinfo=UTC)


def test_schema_head_is_the_newest_migration() -> None:
    scripts = ScriptDirectory(str(MIGRATIONS))

    assert scripts.get_heads() == [SCHEMA_HEAD]


def test_every_migration_is_known() -> None:
    scripts = ScriptDirectory(str(MIGRATIONS))
    files = {
        path.stem.split("_", 1)[0]
        for path in (MIGRATIONS / "versions").glob("*.py")
        if path.name != "__init__.py"
    }

    assert known_revisions() == files
    assert {script.revision for script in scripts.walk_revisions()} == files
    assert SCHEMA_HEAD in files


# --- new journals --------------------------------------------------------------------------


def test_empty_file_has_no_revision(engine: Engine) -> None:
    with engine.connect() as connection:
        assert current_revision(connection) is None


def test_new_journal_is_created_at_the_head_without_a_backup(
    engine: Engine, journal_path: Path
) -> None:
    backup = migrate(engine, journal_path)

    assert backup is None
    assert not backup_folder(journal_path).exists()
    with engine.connect() as connection:
        assert current_revision(connection) == SCHEMA_HEAD
    assert {"alembic_version", "questions"} <= table_names(journal_path)


def test_journal_at_the_head_is_opened_without_a_backup(journal_path: Path) -> None:
    journal_with_questions(journal_path, "Should I get a second opinion?")

    open_with_migrate(journal_path)

    assert not backup_folder(journal_path).exists()
    assert stamped_revision(journal_path) == SCHEMA_HEAD


# --- backups -------------------------------------------------------------------------------


def test_backup_of_an_open_journal_is_a_consistent_private_copy(
    store: Store, journal_path: Path
) -> None:
    service = QuestionService(store)
    service.add(NewQuestion(text="Is fulvestrant an option?", priority=Priority.MUST_ASK))
    service.add(NewQuestion(text="Can I keep working?", topic=Topic.PRACTICAL_AND_COST))
    # The committed rows are still in the -wal file: a plain file copy would miss them.
    assert journal_path.with_name("journal.sqlite-wal").stat().st_size > 0

    with closing(sqlite3.connect(journal_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO questions (text, topic, priority, status, position, created_at,"
            " updated_at) VALUES ('not committed', 'other', 'if_time', 'open', 2,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        destination = backup_to(store.database, backup_folder(journal_path) / "copy.sqlite")
        writer.execute("ROLLBACK")

    assert destination == journal_path.parent / "backups" / "copy.sqlite"
    assert query(destination, "PRAGMA integrity_check") == [("ok",)]
    assert query(destination, "SELECT text FROM questions ORDER BY position") == [
        ("Is fulvestrant an option?",),
        ("Can I keep working?",),
    ]
    assert stamped_revision(destination) == SCHEMA_HEAD
    assert mode_of(destination) == 0o600
    assert mode_of(destination.parent) == 0o700


def test_backup_can_be_opened_as_a_journal(
    store: Store, journal_path: Path, tmp_path: Path
) -> None:
    service = QuestionService(store)
    service.add(NewQuestion(text="What does my CA 15-3 mean?"))
    destination = backup_to(store.database, tmp_path / "elsewhere" / "copy.sqlite")

    restored = open_journal(destination)
    try:
        assert QuestionService(restored).list() == service.list()
    finally:
        restored.close()
    # VACUUM INTO writes a rollback-journal file; used as a journal, it goes back to WAL.
    assert query(destination, "PRAGMA journal_mode") == [("wal",)]


def test_backup_never_overwrites_an_existing_file(store: Store, tmp_path: Path) -> None:
    service = QuestionService(store)
    service.add(NewQuestion(text="In the first backup"))
    destination = backup_to(store.database, tmp_path / "copy.sqlite")
    first = destination.read_bytes()
    service.add(NewQuestion(text="Only in the journal"))

    with pytest.raises(FileExistsError):
        backup_to(store.database, destination)

    assert destination.read_bytes() == first


def test_a_failed_backup_leaves_no_file_behind(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("Questions for Dr. Okafor\n" * 100)
    engine = make_engine(not_a_database)
    destination = tmp_path / "backups" / "copy.sqlite"
    try:
        with pytest.raises(sqlite3.DatabaseError):
            backup_to(engine, destination)
    finally:
        engine.dispose()

    assert not destination.exists()


@pytest.mark.usefixtures("loose_umask")
def test_backups_are_owner_only_whatever_the_umask(store: Store, journal_path: Path) -> None:
    QuestionService(store).add(NewQuestion(text="Who can read my backups?"))

    destination = backup_to(store.database, backup_folder(journal_path) / "copy.sqlite")

    assert mode_of(destination) == 0o600
    assert mode_of(destination.parent) == 0o700
    assert query(destination, "SELECT text FROM questions") == [("Who can read my backups?",)]


def test_backup_names_sort_by_time() -> None:
    moment = datetime(2026, 11, 27, 8, 5, 9, tzinfo=UTC)

    assert timestamped_name("before-schema-0002", moment) == (
        "journal-before-schema-0002-20261127-080509.sqlite"
    )


NEXT_REVISION = '''"""Test-only revision on top of the real head.

Revision ID: zz_test_next
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "zz_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_scratch", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE questions SET text = 'changed by the upgrade'")


def downgrade() -> None:
    op.drop_table("test_scratch")
'''


@pytest.fixture
def install_newer_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], str]:
    """Call to pretend this app ships one more migration than it does; returns its revision.

    Until a second real migration exists, this is the only way to take the "older journal"
    path of migrate(). Only the migration folder and the head constant are swapped; the
    backup and upgrade code run for real.
    """

    def install() -> str:
        folder = tmp_path / "migrations"
        shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        script = NEXT_REVISION.format(head=SCHEMA_HEAD)
        (folder / "versions" / "zz_test_next.py").write_text(script)
        monkeypatch.setattr(migrate_module, "MIGRATIONS", folder)
        monkeypatch.setattr(migrate_module, "SCHEMA_HEAD", "zz_test_next")
        return "zz_test_next"

    return install


def test_older_journal_is_backed_up_before_it_is_upgraded(
    journal_path: Path, install_newer_app: Callable[[], str]
) -> None:
    journal_with_questions(journal_path, "Is my Ki-67 ≥ 20 %?", "Qu'en pense l'équipe?")
    newer = install_newer_app()

    engine = make_engine(journal_path)
    try:
        backup = migrate(engine, journal_path)
    finally:
        engine.dispose()

    assert backup is not None
    assert list(backup_folder(journal_path).iterdir()) == [backup]
    assert backup.name.startswith(f"journal-before-schema-{newer}-")
    assert mode_of(backup) == 0o600
    assert mode_of(backup.parent) == 0o700
    # The copy is the journal as it was before the upgrade touched anything.
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert stamped_revision(backup) == SCHEMA_HEAD
    assert "test_scratch" not in table_names(backup)
    assert query(backup, "SELECT text FROM questions ORDER BY position") == [
        ("Is my Ki-67 ≥ 20 %?",),
        ("Qu'en pense l'équipe?",),
    ]
    # And the journal itself was upgraded.
    assert stamped_revision(journal_path) == newer
    assert "test_scratch" in table_names(journal_path)
    assert query(journal_path, "SELECT DISTINCT text FROM questions") == [
        ("changed by the upgrade",)
    ]


def test_open_journal_upgrades_an_older_journal_and_keeps_working(
    journal_path: Path, install_newer_app: Callable[[], str]
) -> None:
    journal_with_questions(journal_path, "First")
    newer = install_newer_app()

    store = open_journal(journal_path)
    try:
        QuestionService(store).add(NewQuestion(text="Second"))
        assert [q.text for q in QuestionService(store).list()] == [
            "changed by the upgrade",
            "Second",
        ]
    finally:
        store.close()
    assert stamped_revision(journal_path) == newer
    assert len(list(backup_folder(journal_path).iterdir())) == 1


# --- files we must not touch ------------------------------------------------------------------


@pytest.mark.parametrize("opener", OPENERS)
def test_journal_from_a_newer_app_is_refused_untouched(
    journal_path: Path, opener: Callable[[Path], None]
) -> None:
    journal_with_questions(journal_path, "Written by the future")
    with closing(sqlite3.connect(journal_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    before = journal_path.read_bytes()

    with pytest.raises(JournalTooNewError, match="newer version"):
        opener(journal_path)

    assert journal_path.read_bytes() == before
    assert files_in(journal_path.parent) == {"journal.sqlite"}


@pytest.mark.parametrize("opener", OPENERS)
def test_journal_without_a_schema_version_is_refused_untouched(
    journal_path: Path, opener: Callable[[Path], None]
) -> None:
    journal_with_questions(journal_path, "Where did my version go?")
    with closing(sqlite3.connect(journal_path)) as connection:
        connection.execute("DELETE FROM alembic_version")
        connection.commit()
    before = journal_path.read_bytes()

    with pytest.raises(NotAJournalError, match="no schema version"):
        opener(journal_path)

    assert journal_path.read_bytes() == before
    assert files_in(journal_path.parent) == {"journal.sqlite"}


@pytest.mark.parametrize("opener", OPENERS)
def test_another_apps_database_is_refused_untouched(
    journal_path: Path, opener: Callable[[Path], None]
) -> None:
    journal_path.parent.mkdir()
    # An ordinary SQLite file in the default rollback-journal mode: switching it to WAL
    # would rewrite its header.
    with closing(sqlite3.connect(journal_path)) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipes (name) VALUES ('lentil soup')")
        connection.commit()
    before = journal_path.read_bytes()

    with pytest.raises(NotAJournalError, match="not an MBC Desktop journal"):
        opener(journal_path)

    assert journal_path.read_bytes() == before
    assert files_in(journal_path.parent) == {"journal.sqlite"}


def database_with(path: Path, *statements: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


FOREIGN_SCHEMAS = {
    "a view alone": ["CREATE VIEW totals AS SELECT 1 AS total"],
    "a table alone": ["CREATE TABLE recipes (id INTEGER PRIMARY KEY)"],
    "a view and a trigger": [
        "CREATE TABLE log (n INTEGER)",
        "CREATE VIEW latest AS SELECT max(n) FROM log",
        "CREATE TRIGGER keep AFTER INSERT ON log BEGIN DELETE FROM log WHERE n < 0; END",
    ],
}

ADDED_TO_A_JOURNAL = {
    "another table": "CREATE TABLE invoices (id INTEGER PRIMARY KEY)",
    "a view": "CREATE VIEW open_questions AS SELECT * FROM questions WHERE status = 'open'",
    "a trigger": ("CREATE TRIGGER copy AFTER INSERT ON questions BEGIN SELECT new.text; END"),
    "an index": "CREATE INDEX by_topic ON questions (topic)",
}


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("statements", FOREIGN_SCHEMAS.values(), ids=FOREIGN_SCHEMAS.keys())
def test_a_database_with_no_journal_tables_is_refused_untouched(
    journal_path: Path, opener: Callable[[Path], None], statements: list[str]
) -> None:
    database_with(journal_path, *statements)
    journal_path.chmod(0o644)
    before = journal_path.read_bytes()

    with pytest.raises(NotAJournalError, match="not an MBC Desktop journal"):
        opener(journal_path)

    assert journal_path.read_bytes() == before
    assert mode_of(journal_path) == 0o644
    assert files_in(journal_path.parent) == {"journal.sqlite"}


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("statement", ADDED_TO_A_JOURNAL.values(), ids=ADDED_TO_A_JOURNAL.keys())
def test_a_journal_holding_something_we_did_not_make_is_refused_untouched(
    journal_path: Path, opener: Callable[[Path], None], statement: str
) -> None:
    journal_with_questions(journal_path, "Whose table is this?")
    database_with(journal_path, statement)
    journal_path.chmod(0o644)
    before = journal_path.read_bytes()

    with pytest.raises(NotAJournalError, match="did not make"):
        opener(journal_path)

    assert journal_path.read_bytes() == before
    assert mode_of(journal_path) == 0o644
    assert files_in(journal_path.parent) == {"journal.sqlite"}


def test_everything_in_a_new_journal_is_known_to_be_ours(store: Store) -> None:
    # If a migration makes something the models do not describe (a trigger, say), it belongs in
    # EXTRA_SCHEMA_OBJECTS; otherwise every journal would be refused the next time it opens.
    connection = store.database.connection()
    assert schema_objects(connection) <= our_schema_objects()
    assert {("table", "questions"), ("table", "alembic_version")} <= schema_objects(connection)


@pytest.mark.parametrize(
    "make_file",
    [
        pytest.param(lambda path: path.write_bytes(b""), id="empty file"),
        pytest.param(
            lambda path: database_with(path, "PRAGMA user_version = 0", "VACUUM"),
            id="database with no schema",
        ),
    ],
)
def test_a_file_with_no_schema_at_all_becomes_a_new_journal(
    journal_path: Path, make_file: Callable[[Path], None]
) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    make_file(journal_path)
    journal_path.chmod(0o644)

    open_with_open_journal(journal_path)

    assert stamped_revision(journal_path) == SCHEMA_HEAD
    assert mode_of(journal_path) == 0o600


def _random_bytes() -> bytes:
    return random.Random(20261127).randbytes(8192)


def _text_file() -> bytes:
    return b"Questions for Dr. Okafor:\n- Is the scan due?\n" * 50


def _journal_cut_short(path: Path) -> bytes:
    journal_with_questions(path, *(f"Question {n}: " + "x" * 300 for n in range(40)))
    whole = path.read_bytes()
    path.unlink()
    return whole[:8192]


@pytest.mark.parametrize(
    "make_content",
    [
        pytest.param(lambda _path: _random_bytes(), id="random bytes"),
        pytest.param(lambda _path: _text_file(), id="text file"),
        pytest.param(_journal_cut_short, id="journal cut short"),
    ],
)
def test_file_that_is_not_a_database_is_refused_untouched(
    journal_path: Path, make_content: Callable[[Path], bytes]
) -> None:
    content = make_content(journal_path)
    journal_path.parent.mkdir(exist_ok=True)
    journal_path.write_bytes(content)
    journal_path.chmod(0o644)

    with pytest.raises(NotAJournalError, match="left as it is"):
        open_journal(journal_path)

    assert journal_path.read_bytes() == content
    assert mode_of(journal_path) == 0o644
    assert files_in(journal_path.parent) == {"journal.sqlite"}


def test_another_programs_alembic_database_is_not_called_a_newer_journal(
    journal_path: Path,
) -> None:
    journal_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(journal_path)) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        db.execute("INSERT INTO alembic_version VALUES ('abc123')")
        db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        db.commit()
    before = journal_path.read_bytes()
    with pytest.raises(NotAJournalError, match="not an MBC Desktop journal"):
        open_journal(journal_path)
    assert journal_path.read_bytes() == before


def test_backup_names_never_collide(tmp_path: Path) -> None:
    from mbc_desktop.storage.backup import unused_path

    wanted = tmp_path / "journal-before-schema-0002-20260101-000000.sqlite"
    assert unused_path(wanted) == wanted
    wanted.write_bytes(b"")
    second = unused_path(wanted)
    assert second.name == "journal-before-schema-0002-20260101-000000-2.sqlite"
    second.write_bytes(b"")
    assert unused_path(wanted).name.endswith("-3.sqlite")
