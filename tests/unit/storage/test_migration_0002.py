"""Schema 0002 (appointments) and what migrations after it rely on.

The questions table is rebuilt to gain its foreign key: it must keep AUTOINCREMENT and the
highest id it ever gave out. And since questions now point at appointments, a later migration
that rebuilds the appointments table must not unplan them on the way (foreign keys are off
while migrations run, and checked before they commit).
"""

import importlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mbc_desktop.domain import NewAppointment, NewQuestion
from mbc_desktop.services import AppointmentService, QuestionService
from mbc_desktop.storage import SCHEMA_HEAD, NotAJournalError, open_journal
from mbc_desktop.storage.backup import backup_folder
from mbc_desktop.storage.engine import make_engine
from mbc_desktop.storage.migrate import MIGRATIONS, upgrade

migrate_module = importlib.import_module("mbc_desktop.storage.migrate")


def query(database: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql).fetchall()


def journal_at_0001(path: Path, question_ids: list[int], deleted: list[int]) -> None:
    """A journal as the app at schema 0001 left it: these questions, some deleted again."""
    engine = make_engine(path)
    try:
        upgrade(engine, "0001")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        for position, question_id in enumerate(question_ids):
            connection.execute(
                "INSERT INTO questions (id, text, topic, priority, status, position, created_at,"
                " updated_at) VALUES (?, ?, 'other', 'if_time', 'open', ?,"
                " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
                (question_id, f"Question {question_id}", position),
            )
        for question_id in deleted:
            connection.execute("DELETE FROM questions WHERE id = ?", (question_id,))


@pytest.mark.parametrize(
    ("deleted", "left"),
    [
        pytest.param([3], [1, 2], id="the last question deleted"),
        pytest.param([1, 2, 3], [], id="every question deleted"),
        pytest.param([], [1, 2, 3], id="none deleted"),
    ],
)
def test_the_rebuilt_questions_table_never_gives_out_an_old_id(
    journal_path: Path, deleted: list[int], left: list[int]
) -> None:
    journal_path.parent.mkdir()
    journal_at_0001(journal_path, [1, 2, 3], deleted)

    store = open_journal(journal_path)
    try:
        questions = QuestionService(store)
        assert [q.id for q in questions.list()] == left
        assert questions.add(NewQuestion(text="New")).id == 4
    finally:
        store.close()


def test_both_tables_keep_autoincrement_and_questions_let_go_of_a_deleted_appointment(
    journal_path: Path,
) -> None:
    journal_path.parent.mkdir()
    journal_at_0001(journal_path, [1], [])

    open_journal(journal_path).close()

    sql = dict(query(journal_path, "SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    assert "AUTOINCREMENT" in str(sql["questions"])
    assert "AUTOINCREMENT" in str(sql["appointments"])
    keys = query(journal_path, "PRAGMA foreign_key_list(questions)")
    assert [(k[2], k[3], k[4], k[6]) for k in keys] == [
        ("appointments", "appointment_id", "id", "SET NULL")
    ]


def test_schema_0002_can_be_taken_back_to_0001_and_up_again(journal_path: Path) -> None:
    store = open_journal(journal_path)
    try:
        appointments = AppointmentService(store)
        visit = appointments.add(NewAppointment(starts_at=datetime(2026, 5, 4, 9, tzinfo=UTC)))
        appointments.questions.add(NewQuestion(text="Kept", appointment_id=visit.id))
    finally:
        store.close()
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(journal_path)
    try:
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
            connection.commit()
    finally:
        engine.dispose()
    assert query(journal_path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert query(journal_path, "SELECT id, text FROM questions") == [(1, "Kept")]

    store = open_journal(journal_path)
    try:
        (question,) = QuestionService(store).list()
        assert (question.text, question.appointment_id) == ("Kept", None)
        assert AppointmentService(store).list() == []
    finally:
        store.close()


# --- migrations after this one -------------------------------------------------------------------

REBUILD_APPOINTMENTS = '''"""Test-only: rebuild the appointments table, as a later schema might.

Revision ID: zz_rebuild
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "zz_rebuild"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table(
        "appointments", recreate="always", table_kwargs={{"sqlite_autoincrement": True}}
    ) as batch:
        batch.add_column(sa.Column("test_extra", sa.Text(), server_default="", nullable=False))
    {extra}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def install_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Pretend this app ships one more migration, which rebuilds the appointments table and
    then runs ``extra`` (a line of Python in the migration)."""

    def install(extra: str) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        script = REBUILD_APPOINTMENTS.format(head=SCHEMA_HEAD, extra=extra)
        (folder / "versions" / "zz_rebuild.py").write_text(script)
        monkeypatch.setattr(migrate_module, "MIGRATIONS", folder)
        monkeypatch.setattr(migrate_module, "SCHEMA_HEAD", "zz_rebuild")

    return install


def journal_with_a_planned_question(path: Path) -> tuple[int, int]:
    store = open_journal(path)
    try:
        appointments = AppointmentService(store)
        visit = appointments.add(NewAppointment(starts_at=datetime(2026, 5, 4, 9, tzinfo=UTC)))
        question = appointments.questions.add(
            NewQuestion(text="Is the scan due?", appointment_id=visit.id)
        )
        return visit.id, question.id
    finally:
        store.close()


def test_rebuilding_appointments_in_a_later_migration_keeps_questions_planned(
    journal_path: Path, install_migration: Callable[[str], None]
) -> None:
    visit_id, question_id = journal_with_a_planned_question(journal_path)
    install_migration("pass")

    store = open_journal(journal_path)
    try:
        assert QuestionService(store).get(question_id).appointment_id == visit_id
        assert [a.id for a in AppointmentService(store).list()] == [visit_id]
    finally:
        store.close()
    assert query(journal_path, "SELECT version_num FROM alembic_version") == [("zz_rebuild",)]
    # And the keys are back on for the app's own work.
    assert query(journal_path, "PRAGMA foreign_key_list(questions)")


def test_foreign_keys_are_on_again_after_a_migration(
    journal_path: Path, install_migration: Callable[[str], None]
) -> None:
    _, question_id = journal_with_a_planned_question(journal_path)
    install_migration("pass")

    store = open_journal(journal_path)
    try:
        store.database.connection().execute("DELETE FROM appointments")
        assert QuestionService(store).get(question_id).appointment_id is None
    finally:
        store.close()


def test_a_migration_that_leaves_a_question_pointing_nowhere_changes_nothing(
    journal_path: Path, install_migration: Callable[[str], None]
) -> None:
    journal_with_a_planned_question(journal_path)
    install_migration("op.execute('UPDATE questions SET appointment_id = 999')")
    before = query(journal_path, "SELECT * FROM questions")

    with pytest.raises(NotAJournalError):
        open_journal(journal_path)

    assert query(journal_path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert query(journal_path, "SELECT * FROM questions") == before
    columns = [row[1] for row in query(journal_path, "PRAGMA table_info(appointments)")]
    assert "test_extra" not in columns
    # The copy taken before the attempt is there too.
    assert len(list(backup_folder(journal_path).glob("*.sqlite"))) == 1
