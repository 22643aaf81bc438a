"""Every released schema has a committed journal; each one opens in this version, row for row.

Questions, appointments, symptoms, check-ins with their scores, and medications with their dose
history are checked field by field, and dated answers row for row (none before schema 0004);
a fixture from before a field existed expects the field's default (schema 0001's questions are
for the next appointment, never carried), and one from before schema 0003 has the nine ESAS-r
symptoms the migration makes and nothing else. Each
fixture's JSON may also record the highest ids ever given out, deleted rows included, which must
never be given out again.

To add a schema version: write ``tests/fixtures/databases/make_schema_NNNN.py`` (copy the last
one), run it, and commit ``schema_NNNN.sqlite`` and ``schema_NNNN.json``. The fixture is picked
up here by its name. If a migration changes how old rows read, say so in ``EXPECTED_CHANGES``.
"""

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mbc_desktop.domain import Appointment, NewAppointment, NewQuestion, Question, Status
from mbc_desktop.domain.answers import Answer, AnswerTopic, newest, values_of
from mbc_desktop.domain.medications import DoseChange, Medication, NewMedication
from mbc_desktop.domain.symptom_figures import Reading
from mbc_desktop.domain.symptoms import (
    ESAS_R,
    CheckIn,
    EsasItem,
    NewCheckIn,
    NewSymptom,
    Symptom,
    SymptomKind,
)
from mbc_desktop.services import (
    AnswerService,
    AppointmentService,
    MedicationService,
    QuestionService,
    SymptomService,
)
from mbc_desktop.storage import SCHEMA_HEAD, Store, open_journal
from mbc_desktop.storage.backup import backup_folder
from mbc_desktop.storage.migrate import known_revisions

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"

# revision of the fixture -> how its expected rows (as written in its JSON) read after the
# upgrade. Empty while no migration has changed existing rows.
EXPECTED_CHANGES: dict[str, Callable[[dict[str, object]], dict[str, object]]] = {}


def fixture_revisions() -> list[str]:
    return sorted(path.stem.removeprefix("schema_") for path in FIXTURES.glob("schema_*.sqlite"))


def fixture_document(revision: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (FIXTURES / f"schema_{revision}.json").read_text(encoding="utf-8")
    )
    assert document["revision"] == revision
    return document


def expected_questions(revision: str) -> list[Question]:
    # A question from before schema 0002 reads with the defaults of the fields it lacks.
    change = EXPECTED_CHANGES.get(revision, lambda row: row)
    return [Question.model_validate(change(row)) for row in fixture_document(revision)["questions"]]


def expected_appointments(revision: str) -> list[Appointment]:
    """Appointments came with schema 0002; older fixtures have none."""
    rows = fixture_document(revision).get("appointments", [])
    return [Appointment.model_validate(row) for row in rows]


# The nine ESAS-r scales as schema 0003 makes them in every journal, written out by hand:
# (id, esas_item, name), in the order of the form.
ESAS_R_SYMPTOMS = [
    (1, "pain", "Pain"),
    (2, "tiredness", "Tiredness"),
    (3, "drowsiness", "Drowsiness"),
    (4, "nausea", "Nausea"),
    (5, "lack_of_appetite", "Lack of Appetite"),
    (6, "shortness_of_breath", "Shortness of Breath"),
    (7, "depression", "Depression"),
    (8, "anxiety", "Anxiety"),
    (9, "wellbeing", "Wellbeing"),
]


def has_symptoms(revision: str) -> bool:
    """Symptoms came with schema 0003; an older fixture gets them from the upgrade."""
    return "symptoms" in fixture_document(revision)


def expected_symptoms(revision: str) -> list[Symptom]:
    """The fixture's symptoms; for one from before schema 0003, the nine ESAS-r scales the
    upgrade makes (their ``created_at`` is the time of the upgrade, checked on its own)."""
    rows = fixture_document(revision).get("symptoms")
    if rows is None:
        rows = [
            {
                "id": symptom_id,
                "kind": "esas",
                "esas_item": item,
                "name": name,
                "position": symptom_id - 1,
                "archived_at": None,
                "created_at": "2000-01-01T00:00:00+00:00",  # unknown until the upgrade runs
            }
            for symptom_id, item, name in ESAS_R_SYMPTOMS
        ]
    return [Symptom.model_validate(row) for row in rows]


def expected_check_ins(revision: str) -> list[CheckIn]:
    """Check-ins, newest first, with their scores; none before schema 0003."""
    rows = fixture_document(revision).get("check_ins", [])
    return [CheckIn.model_validate(row) for row in rows]


def expected_medications(revision: str) -> list[Medication]:
    """Medications by name, with their dose history; none before schema 0003."""
    rows = fixture_document(revision).get("medications", [])
    return [Medication.model_validate(row) for row in rows]


def highest_ids(revision: str) -> dict[str, int]:
    """The highest id ever given out per table, deleted rows included. Older fixtures do not
    record it: then the highest id of the rows left (0 for none)."""
    document = fixture_document(revision)
    found = {
        "questions": max((q.id for q in expected_questions(revision)), default=0),
        "appointments": max((a.id for a in expected_appointments(revision)), default=0),
        "symptoms": max((s.id for s in expected_symptoms(revision)), default=0),
        "check_ins": max((c.id for c in expected_check_ins(revision)), default=0),
        "medications": max((m.id for m in expected_medications(revision)), default=0),
        "dose_steps": max(
            (step.id for m in expected_medications(revision) for step in m.steps), default=0
        ),
    }
    return {**found, **document.get("highest_ids", {})}


@pytest.fixture(params=fixture_revisions())
def revision(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def copied_journal(revision: str, tmp_path: Path) -> Path:
    """A private copy: opening the committed file itself would upgrade it in the repository."""
    folder = tmp_path / "data"
    folder.mkdir()
    return Path(shutil.copyfile(FIXTURES / f"schema_{revision}.sqlite", folder / "journal.sqlite"))


@pytest.fixture
def upgraded(copied_journal: Path) -> Iterator[Store]:
    store = open_journal(copied_journal)
    try:
        yield store
    finally:
        store.close()


def test_every_released_schema_has_a_fixture_journal() -> None:
    # The newest revision may still be in development; every one before it has shipped.
    released = known_revisions() - {SCHEMA_HEAD}

    assert fixture_revisions(), f"no fixture journals found in {FIXTURES}"
    assert released <= set(fixture_revisions())
    assert set(fixture_revisions()) <= known_revisions()


def test_fixture_files_are_complete_and_checkpointed(revision: str) -> None:
    assert (FIXTURES / f"schema_{revision}.json").is_file()
    assert (FIXTURES / f"make_schema_{revision}.py").is_file()
    # A -wal left next to a fixture would hold rows the committed file does not.
    assert not (FIXTURES / f"schema_{revision}.sqlite-wal").exists()
    assert not (FIXTURES / f"schema_{revision}.sqlite-shm").exists()


def test_fixture_is_stamped_with_its_revision(copied_journal: Path, revision: str) -> None:
    with closing(sqlite3.connect(copied_journal)) as connection:
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        integrity = connection.execute("PRAGMA integrity_check").fetchall()

    assert stamped == [(revision,)]
    assert integrity == [("ok",)]


def test_fixture_journal_opens_at_the_current_schema(
    upgraded: Store, copied_journal: Path, revision: str
) -> None:
    with closing(sqlite3.connect(copied_journal)) as connection:
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    backups = list(backup_folder(copied_journal).glob("*.sqlite"))

    assert stamped == [(SCHEMA_HEAD,)]
    # A journal already at the head is opened as it is; an older one is backed up first.
    assert len(backups) == (0 if revision == SCHEMA_HEAD else 1)


def test_every_fixture_row_reads_back_field_by_field(upgraded: Store, revision: str) -> None:
    expected = expected_questions(revision)
    actual = QuestionService(upgraded).list()

    assert [q.id for q in actual] == [q.id for q in expected]
    for want, got in zip(expected, actual, strict=True):
        for field in Question.model_fields:
            assert getattr(got, field) == getattr(want, field), f"question {want.id}: {field}"
        assert got.created_at.utcoffset() == timedelta(0)
        assert got.updated_at.utcoffset() == timedelta(0)


def test_fixture_rows_keep_their_order_without_gaps(upgraded: Store, revision: str) -> None:
    expected = expected_questions(revision)
    actual = QuestionService(upgraded).list()

    assert [q.position for q in actual] == list(range(len(expected)))
    assert [q.text for q in actual] == [q.text for q in expected]


def test_each_fixture_question_can_be_fetched_and_counted(upgraded: Store, revision: str) -> None:
    expected = expected_questions(revision)
    service = QuestionService(upgraded)

    assert [service.get(q.id) for q in expected] == expected
    assert service.counts() == {
        status: sum(q.status is status for q in expected) for status in Status
    }


def test_fixture_journal_takes_new_questions_after_the_upgrade(
    upgraded: Store, revision: str
) -> None:
    old = expected_questions(revision)
    service = QuestionService(upgraded)

    added = service.add(NewQuestion(text="A question added after the upgrade"))
    service.move(added.id, old[0].id)

    assert added.id not in {q.id for q in old}
    assert [q.id for q in service.list()] == [added.id] + [q.id for q in old]


def test_every_fixture_appointment_reads_back_field_by_field(
    upgraded: Store, revision: str
) -> None:
    expected = expected_appointments(revision)
    actual = AppointmentService(upgraded).list()

    assert [a.id for a in actual] == [a.id for a in expected]
    for want, got in zip(expected, actual, strict=True):
        for field in Appointment.model_fields:
            assert getattr(got, field) == getattr(want, field), f"appointment {want.id}: {field}"
        assert got.starts_at.utcoffset() == timedelta(0)


def test_fixture_questions_are_planned_for_the_fixture_appointments(
    upgraded: Store, revision: str
) -> None:
    appointments = AppointmentService(upgraded)
    questions = QuestionService(upgraded)
    planned = {
        a.id: [q.id for q in expected_questions(revision) if q.appointment_id == a.id]
        for a in expected_appointments(revision)
    }

    for appointment_id, question_ids in planned.items():
        assert [q.id for q in questions.for_appointment(appointment_id)] == question_ids
    assert [q.id for q in questions.for_appointment(None)] == [
        q.id for q in expected_questions(revision) if q.appointment_id is None
    ]
    assert all(appointments.get(a) for a in planned)


def test_a_journal_from_before_appointments_has_its_questions_for_the_next_one(
    tmp_path: Path,
) -> None:
    """Schema 0002 gave every question an appointment and a carry-over record: an old
    question is for the next appointment and was never carried, in the file itself too."""
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", path)
    open_journal(path).close()

    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT appointment_id, carry_count, carried_from, asked_about_since FROM questions"
        ).fetchall()
        appointments = connection.execute("SELECT count(*) FROM appointments").fetchone()

    assert len(rows) == len(expected_questions("0001"))
    assert set(rows) == {(None, 0, None, None)}
    assert appointments == (0,)


def test_fixture_journal_never_gives_out_an_id_again(upgraded: Store, revision: str) -> None:
    highest = highest_ids(revision)
    appointments = AppointmentService(upgraded)

    appointment = appointments.add(NewAppointment(starts_at=datetime(2026, 6, 1, 9, tzinfo=UTC)))
    question = QuestionService(upgraded).add(
        NewQuestion(text="Added after the upgrade", appointment_id=appointment.id)
    )

    assert appointment.id == highest["appointments"] + 1
    assert question.id == highest["questions"] + 1


def test_fixture_journal_never_gives_out_a_symptom_check_in_or_medication_id_again(
    upgraded: Store, revision: str
) -> None:
    highest = highest_ids(revision)
    symptoms = SymptomService(upgraded)
    medications = MedicationService(upgraded)

    symptom = symptoms.add_symptom(NewSymptom(name="Added after the upgrade"))
    check_in = symptoms.add_check_in(
        NewCheckIn(taken_at=datetime(2026, 6, 1, 9, tzinfo=UTC), scores={symptom.id: 3})
    )
    medication = medications.add(NewMedication(name="Added after the upgrade", dose="1 mg"))
    medication = medications.change_dose(
        medication.id, DoseChange(dose="2 mg", on=datetime(2026, 6, 2).date())
    )

    assert symptom.id == highest["symptoms"] + 1
    assert check_in.id == highest["check_ins"] + 1
    assert medication.id == highest["medications"] + 1
    assert [s.id for s in medication.steps] == [
        highest["dose_steps"] + 1,
        highest["dose_steps"] + 2,
    ]


def test_fixture_journal_carries_questions_and_lets_appointments_go_after_the_upgrade(
    upgraded: Store, revision: str
) -> None:
    questions = QuestionService(upgraded)
    appointments = AppointmentService(upgraded, questions=questions)
    visit = appointments.add(NewAppointment(starts_at=datetime(2030, 1, 7, 9, tzinfo=UTC)))
    planned = questions.add(NewQuestion(text="Not reached", appointment_id=visit.id))
    before = {q.id: q for q in questions.list()}

    result = appointments.finish_visit(
        visit.id, NewAppointment(starts_at=datetime(2030, 2, 4, 9, tzinfo=UTC))
    )
    assert result.next_appointment is not None
    assert questions.get(planned.id).appointment_id == result.next_appointment.id
    deleted = appointments.delete(result.next_appointment.id)
    assert questions.get(planned.id).appointment_id is None
    appointments.restore(deleted)

    assert questions.get(planned.id).appointment_id == result.next_appointment.id
    assert questions.get(planned.id).carry_count == 1
    # Every fixture appointment is over by 2030, so that visit also counted the old questions
    # planned for none: it carried the open ones, kept the asked ones, and changed no other.
    unplanned = [q for q in expected_questions(revision) if q.appointment_id is None]
    unplanned_open = [q.id for q in unplanned if q.status is Status.OPEN]
    unplanned_asked = [q.id for q in unplanned if q.status is Status.ASKED]
    assert result.carried_question_ids == (*unplanned_open, planned.id)  # in list order
    for old in expected_questions(revision):
        now = questions.get(old.id)
        if old.id in unplanned_open:
            assert (now.carry_count, now.carried_from) == (1, visit.starts_at)
        elif old.id in unplanned_asked:
            assert (now.appointment_id, now.carry_count) == (visit.id, 0)
        else:
            assert now == before[old.id]


# --- symptoms, check-ins and medications (schema 0003) ----------------------------------------


def test_every_fixture_symptom_reads_back_field_by_field(upgraded: Store, revision: str) -> None:
    expected = expected_symptoms(revision)
    actual = SymptomService(upgraded).symptoms(include_archived=True)

    assert [s.id for s in actual] == [s.id for s in expected]
    for want, got in zip(expected, actual, strict=True):
        for field in Symptom.model_fields:
            if field == "created_at" and not has_symptoms(revision):
                continue
            assert getattr(got, field) == getattr(want, field), f"symptom {want.id}: {field}"
        assert got.created_at.utcoffset() == timedelta(0)
        if got.archived_at is not None:
            assert got.archived_at.utcoffset() == timedelta(0)


def test_every_journal_has_the_nine_esas_r_scales_first(upgraded: Store, revision: str) -> None:
    first_nine = SymptomService(upgraded).symptoms(include_archived=True)[:9]

    assert [(s.id, s.esas_item, s.name) for s in first_nine] == ESAS_R_SYMPTOMS
    assert [s.name for s in first_nine] == [scale.name for scale in ESAS_R]
    assert [s.esas_item for s in first_nine] == list(EsasItem)
    assert all(s.kind is SymptomKind.ESAS and not s.is_archived for s in first_nine)


@pytest.mark.parametrize("old", [r for r in fixture_revisions() if not has_symptoms(r)])
def test_a_journal_from_before_symptoms_gets_the_scales_when_it_is_upgraded(
    old: str, tmp_path: Path
) -> None:
    path = Path(shutil.copyfile(FIXTURES / f"schema_{old}.sqlite", tmp_path / "journal.sqlite"))
    before = datetime.now(UTC)
    store = open_journal(path)
    try:
        symptoms = SymptomService(store).symptoms(include_archived=True)
        check_ins = SymptomService(store).check_ins()
        medications = MedicationService(store).list()
    finally:
        store.close()
    after = datetime.now(UTC)

    assert len(symptoms) == 9
    assert all(before - timedelta(seconds=1) <= s.created_at <= after for s in symptoms)
    assert check_ins == []
    assert medications == []


def test_every_fixture_check_in_reads_back_with_its_scores(upgraded: Store, revision: str) -> None:
    expected = expected_check_ins(revision)
    service = SymptomService(upgraded)
    actual = service.check_ins()

    assert [c.id for c in actual] == [c.id for c in expected]
    for want, got in zip(expected, actual, strict=True):
        for field in CheckIn.model_fields:
            assert getattr(got, field) == getattr(want, field), f"check-in {want.id}: {field}"
        assert got.taken_at.utcoffset() == timedelta(0)
        assert service.get_check_in(want.id) == got


def test_every_fixture_score_is_a_reading_of_its_symptom(upgraded: Store, revision: str) -> None:
    oldest_first = list(reversed(expected_check_ins(revision)))
    service = SymptomService(upgraded)

    for symptom in expected_symptoms(revision):
        assert service.readings(symptom.id) == [
            Reading(c.taken_at, c.scores[symptom.id], c.id)
            for c in oldest_first
            if symptom.id in c.scores
        ], symptom.name


def test_fixture_local_times_read_back_at_the_wall_clock_time_entered(
    upgraded: Store, revision: str
) -> None:
    for check_in in SymptomService(upgraded).check_ins():
        want = next(c for c in expected_check_ins(revision) if c.id == check_in.id)
        assert check_in.local_time() == want.local_time()
        assert check_in.local_time().utcoffset() == want.local_time().utcoffset()


def test_every_fixture_medication_reads_back_with_its_dose_history(
    upgraded: Store, revision: str
) -> None:
    expected = expected_medications(revision)
    actual = MedicationService(upgraded).list()

    assert [m.id for m in actual] == [m.id for m in expected]
    for want, got in zip(expected, actual, strict=True):
        for field in Medication.model_fields:
            assert getattr(got, field) == getattr(want, field), f"medication {want.id}: {field}"
        assert got.steps[0].from_day is None
        assert got.created_at.utcoffset() == timedelta(0)


def test_fixture_medications_take_changes_and_undo_after_the_upgrade(
    upgraded: Store, revision: str
) -> None:
    medications = MedicationService(upgraded)
    for old in expected_medications(revision):
        removed = medications.delete(old.id)
        assert medications.restore(removed) == old
    assert medications.list() == expected_medications(revision)


# --- dated answers (schema 0004) --------------------------------------------------------------


def expected_answers(revision: str) -> list[Answer]:
    """Every answer ever recorded and not taken back, in id order; none before schema 0004."""
    return [
        Answer(
            id=row["id"],
            topic=row["topic"],
            key=row["key"],
            value_json=row["value"],
            recorded_at=datetime.fromisoformat(row["recorded_at"]),
        )
        for row in fixture_document(revision).get("answers", [])
    ]


def test_every_fixture_answer_reads_back_row_for_row(upgraded: Store, revision: str) -> None:
    expected = expected_answers(revision)
    service = AnswerService(upgraded)

    actual = sorted(
        (
            answer
            for topic in AnswerTopic
            for key in {a.key for a in expected if a.topic == topic}
            for answer in service.history(topic, key)
        ),
        key=lambda a: a.id,
    )

    assert actual == expected
    assert all(a.recorded_at.utcoffset() == timedelta(0) for a in actual)
    for topic in AnswerTopic:
        mine = [a for a in expected if a.topic == topic]
        assert service.current(topic) == values_of(newest(mine))


def test_fixture_journal_never_gives_out_an_answer_id_again(upgraded: Store, revision: str) -> None:
    highest = highest_ids(revision).get("answers", 0)

    added = AnswerService(upgraded).record("goals", "added_after_the_upgrade", True)

    assert added is not None
    assert added.id == highest + 1
