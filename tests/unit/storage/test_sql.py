"""storage/sql.py: the tables as the DB-API repositories see them stay those of models.py,
values are stored as SQLAlchemy stores them, and the app never needs SQLAlchemy to run."""

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from mbc_desktop.domain.symptoms import CompletedBy
from mbc_desktop.storage import Store, open_journal
from mbc_desktop.storage.engine import make_engine
from mbc_desktop.storage.models import AppointmentRow, Base, MedicationRow
from mbc_desktop.storage.sql import (
    COLUMNS,
    INDEXES,
    decoded,
    select_sql,
    stored,
    stored_time,
    time_of,
    update,
)
from mbc_desktop.storage.sql import insert as sql_insert

ROOT = Path(__file__).resolve().parents[3]
MOMENT = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)


def test_the_column_lists_are_the_models_columns_in_order() -> None:
    assert {
        table.name: tuple(column.name for column in table.columns)
        for table in Base.metadata.tables.values()
    } == COLUMNS


def test_the_index_list_is_the_models_indexes() -> None:
    assert set(INDEXES) == {
        str(index.name) for table in Base.metadata.tables.values() for index in table.indexes
    }


def test_a_time_is_stored_as_sqlalchemy_stores_it_and_read_back_aware(store: Store) -> None:
    later = MOMENT.astimezone(timezone(timedelta(hours=-5)))  # another zone, the same moment
    engine = make_engine(store.path)
    try:
        with engine.begin() as connection:
            written = connection.execute(
                insert(AppointmentRow).values(
                    starts_at=later, role="oncologist", created_at=MOMENT, updated_at=MOMENT
                )
            ).inserted_primary_key
            assert written is not None
        raw = store.database.connection()
        text = raw.execute("SELECT starts_at FROM appointments WHERE id = ?", tuple(written))
        assert text.fetchone()[0] == stored_time(later) == "2026-03-04 05:06:07.890123"
        assert time_of(stored_time(later)) == MOMENT
        assert time_of(stored_time(later)).tzinfo is UTC  # type: ignore[union-attr]

        row = raw.execute(f"{select_sql('appointments')} WHERE id = ?", tuple(written)).fetchone()
        values = decoded(COLUMNS["appointments"], row)
        assert values["starts_at"] == MOMENT
        assert values["telehealth"] is False
    finally:
        engine.dispose()


def test_what_the_repositories_write_sqlalchemy_reads_the_same(store: Store) -> None:
    connection = store.database.connection()
    medication = sql_insert(
        connection,
        "medications",
        {
            "name": "Letrozole",
            "route": "mouth",
            "started_on": date(2025, 1, 31),
            "created_at": MOMENT,
            "updated_at": MOMENT,
        },
    )
    engine = make_engine(store.path)
    try:
        with engine.connect() as read:
            row = read.execute(select(MedicationRow).where(MedicationRow.id == medication)).one()
    finally:
        engine.dispose()
    assert row.started_on == date(2025, 1, 31)
    assert row.created_at == MOMENT  # UTCDateTime: aware again
    assert row.stopped_on is None


def test_values_are_given_in_their_stored_form() -> None:
    assert stored(MOMENT) == "2026-03-04 05:06:07.890123"
    assert stored(date(2026, 1, 2)) == "2026-01-02"
    assert stored(True) == 1
    assert stored(CompletedBy.CAREGIVER) == "caregiver"
    assert stored("words") == "words"
    assert stored(None) is None


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        stored_time(datetime(2026, 1, 1, 12, 0))


def test_a_column_the_table_does_not_have_is_refused(store: Store) -> None:
    connection = store.database.connection()
    with pytest.raises(ValueError, match="no column"):
        sql_insert(connection, "questions", {"text": "Q", "colour": "red"})
    with pytest.raises(ValueError, match="no column"):
        update(connection, "questions", 1, {"text = 'x', position": 0})


def test_using_the_journal_never_imports_sqlalchemy(tmp_path: Path) -> None:
    # Set up a journal (this may migrate, and so import SQLAlchemy), then, in a fresh
    # process, open it and use every service as the app does: no SQLAlchemy, no Alembic.
    open_journal(tmp_path / "journal.sqlite").close()
    script = f"""
import sys
from datetime import UTC, datetime
from pathlib import Path
from mbc_desktop.domain import NewQuestion, NewAppointment, Role
from mbc_desktop.domain.medications import NewMedication
from mbc_desktop.services import (
    AnswerService, AppointmentService, GoalsService, MedicationService, QuestionService,
    SymptomService,
)
from mbc_desktop.storage import open_journal
from mbc_desktop.storage.backup import make_backup
store = open_journal(Path({str(tmp_path / "journal.sqlite")!r}))
questions = QuestionService(store)
questions.add(NewQuestion(text="Is the new scan due?"))
questions.list()
appointments = AppointmentService(store)
first = datetime(2030, 1, 1, 9, tzinfo=UTC)
appointments.add(NewAppointment(starts_at=first, role=Role.MEDICAL_ONCOLOGIST))
appointments.next_appointment()
MedicationService(store).add(NewMedication(name="Letrozole"))
symptoms = SymptomService(store)
symptoms.symptoms()
symptoms.check_ins()
GoalsService(AnswerService(store)).current()
make_backup(store.database, "manual")
store.close()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
print(loaded)
assert not loaded, loaded
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr + done.stdout
