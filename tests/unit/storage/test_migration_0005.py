"""Schema 0005: questions remember the Learn page that suggested them. The upgrade from 0004
gives every question an empty source and keeps everything else exactly; it can be taken back."""

import sqlite3
from contextlib import closing
from pathlib import Path

from mbc_desktop.domain import NewQuestion
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import open_journal

from .test_migration_0003 import downgrade_to, migrate_to, query

TABLES = ("questions", "appointments", "check_ins", "scores", "medications", "answers")


def journal_at_0004(journal_path: Path) -> Path:
    journal_path.parent.mkdir()
    migrate_to(journal_path, "0004")
    with closing(sqlite3.connect(journal_path)) as connection, connection:
        connection.execute(
            "INSERT INTO questions (id, text, topic, priority, status, answer, answered_by,"
            " position, created_at, updated_at, carry_count) VALUES (7, 'Is it working?',"
            " 'other', 'must_ask', 'open', '', '', 0, '2026-02-20 09:00:00.000000',"
            " '2026-02-20 09:00:00.000000', 0)"
        )
    return journal_path


def test_the_upgrade_gives_every_question_an_empty_source(journal_path: Path) -> None:
    path = journal_at_0004(journal_path)
    before = {table: query(path, f"SELECT * FROM {table}") for table in TABLES}

    migrate_to(path, "0005")

    assert query(path, "SELECT version_num FROM alembic_version") == [("0005",)]
    assert query(path, "SELECT id, source FROM questions") == [(7, "")]
    after = {table: query(path, f"SELECT * FROM {table}") for table in TABLES}
    assert after["questions"] == [(*row, "") for row in before["questions"]]
    assert {t: rows for t, rows in after.items() if t != "questions"} == {
        t: rows for t, rows in before.items() if t != "questions"
    }
    columns = {
        row[1]: (row[2], row[3], row[4]) for row in query(path, "PRAGMA table_info(questions)")
    }
    assert columns["source"] == ("VARCHAR(64)", 1, "''")


def test_a_suggested_question_keeps_its_page_after_the_upgrade(journal_path: Path) -> None:
    path = journal_at_0004(journal_path)
    store = open_journal(path)
    try:
        questions = QuestionService(store)
        added = questions.add(NewQuestion(text="What is HER2-low?", source="her2-low-and-ultralow"))
        assert questions.get(added.id).source == "her2-low-and-ultralow"
        assert questions.get(7).source == ""
    finally:
        store.close()


def test_the_downgrade_drops_the_source_and_keeps_the_questions(journal_path: Path) -> None:
    path = journal_at_0004(journal_path)
    migrate_to(path, "0005")
    downgrade_to(path, "0004")
    assert query(path, "SELECT version_num FROM alembic_version") == [("0004",)]
    assert "source" not in [row[1] for row in query(path, "PRAGMA table_info(questions)")]
    assert query(path, "SELECT id, text FROM questions") == [(7, "Is it working?")]
