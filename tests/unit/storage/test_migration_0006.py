"""Schema 0006: an index of the appointments not finished, by start. The upgrade from 0005 adds
it and changes no row; the reads of the next appointment and of the last visit left unfinished
use it (SQLite's own plan says so) instead of reading every finished visit; it can be taken
back."""

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mbc_desktop.domain import NewAppointment
from mbc_desktop.services import AppointmentService
from mbc_desktop.storage import open_journal

from .test_migration_0003 import downgrade_to, migrate_to, names, query

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"
INDEX = "ix_appointments_completed_at_starts_at"
TABLES = ("questions", "appointments", "check_ins", "scores", "medications", "answers")
LAST_UNFINISHED = (
    "SELECT id FROM appointments WHERE appointments.starts_at <= '2026-06-01 00:00:00.000000'"
    " AND appointments.completed_at IS NULL"
    " ORDER BY appointments.starts_at DESC, appointments.id DESC LIMIT 1"
)


def journal_at_0005(journal_path: Path) -> Path:
    journal_path.parent.mkdir()
    return Path(shutil.copyfile(FIXTURES / "schema_0005.sqlite", journal_path))


def plan(path: Path, sql: str) -> str:
    return " / ".join(str(row[3]) for row in query(path, f"EXPLAIN QUERY PLAN {sql}"))


def test_the_upgrade_adds_the_index_and_changes_no_row(journal_path: Path) -> None:
    path = journal_at_0005(journal_path)
    before = {table: query(path, f"SELECT * FROM {table}") for table in TABLES}
    assert INDEX not in names(path, "index")

    migrate_to(path, "0006")

    assert query(path, "SELECT version_num FROM alembic_version") == [("0006",)]
    assert INDEX in names(path, "index")
    assert {table: query(path, f"SELECT * FROM {table}") for table in TABLES} == before
    assert INDEX in plan(path, LAST_UNFINISHED)


def test_the_last_unfinished_visit_is_found_among_many_finished_ones(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    store = open_journal(journal_path)
    try:
        start = datetime(2020, 1, 7, 15, 0, tzinfo=UTC)
        clock = lambda: start + timedelta(days=2000)  # noqa: E731
        service = AppointmentService(store, clock=clock)
        left = service.add(NewAppointment(starts_at=start))  # never finished
        for week in range(1, 200):
            done = service.add(NewAppointment(starts_at=start + timedelta(weeks=week)))
            service.finish_visit(done.id)
        assert service.last_unfinished() == left
    finally:
        store.close()
    assert INDEX in plan(journal_path, LAST_UNFINISHED)


def test_the_downgrade_drops_the_index_and_keeps_the_rows(journal_path: Path) -> None:
    path = journal_at_0005(journal_path)
    migrate_to(path, "0006")
    before = {table: query(path, f"SELECT * FROM {table}") for table in TABLES}
    downgrade_to(path, "0005")
    assert query(path, "SELECT version_num FROM alembic_version") == [("0005",)]
    assert INDEX not in names(path, "index")
    assert {table: query(path, f"SELECT * FROM {table}") for table in TABLES} == before
