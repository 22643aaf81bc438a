"""Schema 0004 (dated answers): the upgrade from 0003 adds an empty answers table and keeps
everything else exactly; it can be taken back."""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from mbc_desktop.domain.medications import NewMedication
from mbc_desktop.domain.symptoms import NewCheckIn
from mbc_desktop.services import AnswerService, MedicationService, SymptomService
from mbc_desktop.storage import open_journal

from .test_migration_0003 import downgrade_to, migrate_to, names, query

INDEX = "ix_answers_topic_key_recorded_at"
TABLES = ("questions", "appointments", "symptoms", "check_ins", "scores", "medications")


def journal_at_0003(journal_path: Path) -> Path:
    journal_path.parent.mkdir()
    migrate_to(journal_path, "0003")
    with closing(sqlite3.connect(journal_path)) as connection, connection:
        connection.execute(
            "INSERT INTO check_ins (id, taken_at, time_zone, completed_by, note, created_at,"
            " updated_at) VALUES (4, '2026-02-20 09:00:00.000000', '', 'me', 'Tired.',"
            " '2026-02-20 09:01:00.000000', '2026-02-20 09:01:00.000000')"
        )
        connection.execute("INSERT INTO scores VALUES (4, 2, 6)")
    return journal_path


def test_the_upgrade_adds_an_empty_answers_table_and_keeps_the_rest(journal_path: Path) -> None:
    path = journal_at_0003(journal_path)
    before = {table: query(path, f"SELECT * FROM {table}") for table in TABLES}

    migrate_to(path, "0004")

    assert query(path, "SELECT version_num FROM alembic_version") == [("0004",)]
    assert "answers" in names(path, "table")
    assert INDEX in names(path, "index")
    assert query(path, "SELECT count(*) FROM answers") == [(0,)]
    assert {table: query(path, f"SELECT * FROM {table}") for table in TABLES} == before
    columns = [(row[1], row[2], row[3]) for row in query(path, "PRAGMA table_info(answers)")]
    assert columns == [
        ("id", "INTEGER", 1),
        ("topic", "VARCHAR(32)", 1),
        ("key", "VARCHAR(64)", 1),
        ("value", "TEXT", 1),
        ("recorded_at", "DATETIME", 1),
    ]
    index_columns = [row[2] for row in query(path, f"PRAGMA index_info('{INDEX}')")]
    assert index_columns == ["topic", "key", "recorded_at"]
    sql = dict(query(path, "SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    assert "AUTOINCREMENT" in str(sql["answers"])


def test_opening_a_0003_journal_brings_it_to_0004_with_everything_working(
    journal_path: Path,
) -> None:
    path = journal_at_0003(journal_path)
    store = open_journal(path)
    try:
        answers = AnswerService(store)
        answers.record("goals", "travel", "not_far")
        symptoms = SymptomService(store)
        (old,) = symptoms.check_ins()
        symptoms.add_check_in(NewCheckIn(taken_at=datetime(2026, 3, 1, tzinfo=UTC), scores={1: 2}))
        MedicationService(store).add(NewMedication(name="Letrozole"))
        current = answers.current("goals")
    finally:
        store.close()

    assert current == {"travel": "not_far"}
    assert (old.id, old.note, old.scores) == (4, "Tired.", {2: 6})


def test_schema_0004_can_be_taken_back_to_0003_and_up_again(journal_path: Path) -> None:
    path = journal_at_0003(journal_path)
    store = open_journal(path)
    try:
        AnswerService(store).record_many("goals", {"travel": "not_far", "trials_interest": "yes"})
    finally:
        store.close()
    before = {table: query(path, f"SELECT * FROM {table}") for table in TABLES}

    downgrade_to(path, "0003")

    assert query(path, "SELECT version_num FROM alembic_version") == [("0003",)]
    assert "answers" not in names(path, "table")
    assert INDEX not in names(path, "index")
    assert {table: query(path, f"SELECT * FROM {table}") for table in TABLES} == before
    assert query(path, "PRAGMA integrity_check") == [("ok",)]

    store = open_journal(path)
    try:
        assert AnswerService(store).current("goals") == {}
    finally:
        store.close()
