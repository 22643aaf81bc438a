"""Schema 0003 (symptoms, check-ins, medications): what the upgrade from 0002 makes and keeps,
and that it can be taken back.

The upgrade makes the nine ESAS-r scales as symptoms 1 to 9 in the order of the form, with the
names the domain shows; it leaves questions and appointments exactly as they were.
"""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from mbc_desktop.domain import NewAppointment, NewQuestion
from mbc_desktop.domain.medications import DoseChange, NewMedication
from mbc_desktop.domain.symptoms import ESAS_R, EsasItem, NewCheckIn, NewSymptom
from mbc_desktop.services import AppointmentService, MedicationService, SymptomService
from mbc_desktop.storage import open_journal
from mbc_desktop.storage.engine import make_engine
from mbc_desktop.storage.migrate import MIGRATIONS, upgrade

NEW_TABLES = {"symptoms", "check_ins", "scores", "medications", "dose_steps"}
NEW_INDEXES = {"ix_check_ins_taken_at", "ix_scores_symptom_id", "ix_dose_steps_medication_id"}

# Written out by hand from the ESAS-r form: (id, kind, esas_item, name, position, archived_at).
NINE_SCALES = [
    (1, "esas", "pain", "Pain", 0, None),
    (2, "esas", "tiredness", "Tiredness", 1, None),
    (3, "esas", "drowsiness", "Drowsiness", 2, None),
    (4, "esas", "nausea", "Nausea", 3, None),
    (5, "esas", "lack_of_appetite", "Lack of Appetite", 4, None),
    (6, "esas", "shortness_of_breath", "Shortness of Breath", 5, None),
    (7, "esas", "depression", "Depression", 6, None),
    (8, "esas", "anxiety", "Anxiety", 7, None),
    (9, "esas", "wellbeing", "Wellbeing", 8, None),
]


QUESTION_COLUMNS_0002 = (
    "id",
    "text",
    "topic",
    "priority",
    "status",
    "answer",
    "answered_by",
    "position",
    "created_at",
    "updated_at",
    "appointment_id",
    "carry_count",
    "carried_from",
    "asked_about_since",
)


def query(database: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql).fetchall()


def names(database: Path, kind: str) -> set[str]:
    rows = query(database, f"SELECT name FROM sqlite_master WHERE type = '{kind}'")
    return {str(name) for (name,) in rows}


def migrate_to(path: Path, revision: str) -> None:
    engine = make_engine(path)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()


def downgrade_to(path: Path, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()


@pytest.fixture
def journal_at_0002(journal_path: Path) -> Path:
    """A journal as the app at schema 0002 left it, with an appointment and a question."""
    journal_path.parent.mkdir()
    migrate_to(journal_path, "0002")
    with closing(sqlite3.connect(journal_path)) as connection, connection:
        connection.execute(
            "INSERT INTO appointments (id, starts_at, time_zone, clinician, role, place,"
            " telehealth, purpose, notes, visit_notes, decisions, next_steps, tests_ordered,"
            " completed_at, created_at, updated_at) VALUES (3, '2026-02-16 14:00:00.000000',"
            " 'America/New_York', 'Dr. Amara Okafor', 'medical_oncologist', '', 0, 'Scans', '',"
            " 'Stable.', '', '', '', '2026-02-16 17:00:00.000000', '2026-01-20 10:00:00.000000',"
            " '2026-02-16 17:00:00.000000')"
        )
        connection.execute(
            "INSERT INTO questions (id, text, topic, priority, status, answer, answered_by,"
            " position, created_at, updated_at, appointment_id, carry_count, carried_from,"
            " asked_about_since) VALUES (7, 'Is the spot smaller?', 'tests_and_scans',"
            " 'must_ask', 'answered', 'Yes, a little.', 'Dr. Okafor', 0,"
            " '2026-02-01 09:00:00.000000', '2026-02-16 15:00:00.000000', 3, 0, NULL, NULL)"
        )
    return journal_path


def test_the_upgrade_makes_the_nine_scales_in_the_forms_order(journal_at_0002: Path) -> None:
    before = datetime.now(UTC).replace(tzinfo=None)
    migrate_to(journal_at_0002, "0003")
    after = datetime.now(UTC).replace(tzinfo=None)

    rows = query(
        journal_at_0002,
        "SELECT id, kind, esas_item, name, position, archived_at FROM symptoms ORDER BY id",
    )
    assert rows == NINE_SCALES
    # The names frozen in the migration are the ones the domain shows, in the same order.
    assert [row[3] for row in rows] == [scale.name for scale in ESAS_R]
    assert [row[2] for row in rows] == [item.value for item in EsasItem]
    # Made at the time of the upgrade, in naive UTC text as every timestamp in the journal.
    for (created,) in query(journal_at_0002, "SELECT created_at FROM symptoms"):
        made = datetime.fromisoformat(str(created))
        assert before - timedelta(seconds=1) <= made <= after


def test_the_upgrade_keeps_questions_and_appointments_exactly(journal_at_0002: Path) -> None:
    appointments = query(journal_at_0002, "SELECT * FROM appointments")
    questions = query(journal_at_0002, "SELECT * FROM questions")

    migrate_to(journal_at_0002, "0003")

    assert query(journal_at_0002, "SELECT * FROM appointments") == appointments
    assert query(journal_at_0002, "SELECT * FROM questions") == questions
    assert query(journal_at_0002, "SELECT version_num FROM alembic_version") == [("0003",)]


def test_the_new_tables_start_empty_but_for_the_scales(journal_at_0002: Path) -> None:
    migrate_to(journal_at_0002, "0003")

    assert names(journal_at_0002, "table") >= NEW_TABLES
    assert names(journal_at_0002, "index") >= NEW_INDEXES
    for table in ("check_ins", "scores", "medications", "dose_steps"):
        assert query(journal_at_0002, f"SELECT count(*) FROM {table}") == [(0,)], table


def test_ids_are_never_given_out_twice_and_the_first_own_symptom_is_10(
    journal_at_0002: Path,
) -> None:
    migrate_to(journal_at_0002, "0003")

    sql = dict(query(journal_at_0002, "SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    for table in ("symptoms", "check_ins", "medications", "dose_steps"):
        assert "AUTOINCREMENT" in str(sql[table]), table
    assert ("symptoms", 9) in query(journal_at_0002, "SELECT name, seq FROM sqlite_sequence")

    store = open_journal(journal_at_0002)
    try:
        own = SymptomService(store).add_symptom(NewSymptom(name="Numb fingers"))
    finally:
        store.close()
    assert own.id == 10


def test_the_foreign_keys_keep_history_whole(journal_at_0002: Path) -> None:
    migrate_to(journal_at_0002, "0003")

    def keys(table: str) -> set[tuple[object, ...]]:
        rows = query(journal_at_0002, f"PRAGMA foreign_key_list({table})")
        return {(row[2], row[3], row[4], row[6]) for row in rows}

    # Deleting a check-in takes its scores; a symptom with scores can't be deleted (it is
    # archived instead); deleting a medication takes its dose history.
    assert keys("scores") == {
        ("check_ins", "check_in_id", "id", "CASCADE"),
        ("symptoms", "symptom_id", "id", "RESTRICT"),
    }
    assert keys("dose_steps") == {("medications", "medication_id", "id", "CASCADE")}
    assert ("esas_item",) in [
        tuple(column[2] for column in query(journal_at_0002, f"PRAGMA index_info('{index[1]}')"))
        for index in query(journal_at_0002, "PRAGMA index_list(symptoms)")
        if index[2]  # unique
    ]


def test_opening_a_0002_journal_brings_it_to_0003_with_everything_working(
    journal_at_0002: Path,
) -> None:
    store = open_journal(journal_at_0002)
    try:
        symptoms = SymptomService(store)
        saved = symptoms.add_check_in(
            NewCheckIn(taken_at=datetime(2026, 2, 20, 9, tzinfo=UTC), scores={1: 4, 9: 2})
        )
        medications = MedicationService(store)
        medication = medications.add(NewMedication(name="Letrozole", dose="2.5 mg"))
        medications.change_dose(
            medication.id,
            DoseChange(dose="2.5 mg", schedule="daily", on=datetime(2026, 3, 1).date()),
        )
        (appointment,) = AppointmentService(store).list()
    finally:
        store.close()

    assert saved.scores == {1: 4, 9: 2}
    assert (appointment.id, appointment.clinician) == (3, "Dr. Amara Okafor")


def test_schema_0003_can_be_taken_back_to_0002_and_up_again(journal_path: Path) -> None:
    store = open_journal(journal_path)
    try:
        appointments = AppointmentService(store)
        visit = appointments.add(NewAppointment(starts_at=datetime(2026, 5, 4, 9, tzinfo=UTC)))
        appointments.questions.add(NewQuestion(text="Kept", appointment_id=visit.id))
        symptoms = SymptomService(store)
        numb = symptoms.add_symptom(NewSymptom(name="Numb fingers"))
        symptoms.add_check_in(
            NewCheckIn(taken_at=datetime(2026, 3, 1, tzinfo=UTC), scores={1: 3, numb.id: 2})
        )
        medications = MedicationService(store)
        medication = medications.add(NewMedication(name="Letrozole", dose="2.5 mg"))
        medications.change_dose(
            medication.id, DoseChange(dose="5 mg", on=datetime(2026, 3, 1).date())
        )
    finally:
        store.close()
    # The questions as schema 0002 has them (later schemas add columns, which go back too).
    columns_0002 = ", ".join(QUESTION_COLUMNS_0002)
    questions = query(journal_path, f"SELECT {columns_0002} FROM questions")
    appointments_rows = query(journal_path, "SELECT * FROM appointments")

    downgrade_to(journal_path, "0002")

    assert query(journal_path, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert not NEW_TABLES & names(journal_path, "table")
    assert not NEW_INDEXES & names(journal_path, "index")
    assert [row[1] for row in query(journal_path, "PRAGMA table_info(questions)")] == list(
        QUESTION_COLUMNS_0002
    )
    assert query(journal_path, "SELECT * FROM questions") == questions
    assert query(journal_path, "SELECT * FROM appointments") == appointments_rows
    assert query(journal_path, "PRAGMA integrity_check") == [("ok",)]

    store = open_journal(journal_path)  # up to the head again
    try:
        again = SymptomService(store)
        assert [(s.id, s.name) for s in again.symptoms()] == [
            (row[0], row[3]) for row in NINE_SCALES
        ]
        assert again.check_ins() == []
        assert MedicationService(store).list() == []
    finally:
        store.close()
