"""Export and import of the whole journal on real journal files.

The round trip is checked on a journal with every kind of entry: every row of every table
(every column) of a fresh journal that imported the export is the same as the original's, and
so is what the services read back. A file that can't be imported, or an import that fails
half-way, leaves every table as it was (compared row by row before and after).
"""

import csv
import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mbc_desktop.domain import AppointmentChanges, NewAppointment, NewQuestion, Role
from mbc_desktop.domain.exchange import (
    EXPORT_VERSION,
    KINDS,
    MAX_EXPORT_BYTES,
    JournalRows,
    count_entries,
    parse_export,
)
from mbc_desktop.domain.medications import DoseChange, NewMedication
from mbc_desktop.domain.symptoms import CompletedBy, NewCheckIn, NewSymptom
from mbc_desktop.services import (
    AnswerService,
    AppointmentService,
    CancerProfileService,
    GoalsService,
    MedicationService,
    QuestionService,
    SummaryPreferences,
    SymptomService,
)
from mbc_desktop.services.exchange import (
    CSV_COLUMNS,
    ExchangeService,
    ExportProblem,
    ImportProblem,
    JournalImported,
    csv_cell,
)
from mbc_desktop.storage import SCHEMA_HEAD, Store, Transaction, open_journal
from mbc_desktop.storage.exchange_repository import exchange_repository
from tests.sample_journal import (
    fill_appointments,
    fill_cancer,
    fill_check_ins,
    fill_goals,
    fill_medications,
    fill_questions,
)
from tests.unit.services.conftest import Clock


# --- helpers ---------------------------------------------------------------------------------
def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (SQLite's own sqlite_sequence too), read with a connection of
    its own, so that it sees only what was committed."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in tables
        }
    finally:
        connection.close()


def service(store: Store, clock: Clock) -> ExchangeService:
    return ExchangeService(store, clock, bulk=exchange_repository, app_version="9.8.7")


class Journal:
    """The services of one journal, on one clock."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.questions = QuestionService(store, clock=clock)
        self.appointments = AppointmentService(store, clock=clock, questions=self.questions)
        self.symptoms = SymptomService(store, clock=clock)
        self.medications = MedicationService(store, clock=clock, today=lambda: clock.now.date())
        self.answers = AnswerService(store, clock=clock)
        self.exchange = service(store, clock)

    def seen(self) -> dict[str, object]:
        """Everything the services read back, for comparing two journals."""
        return {
            "questions": self.questions.list(),
            "appointments": self.appointments.list(),
            "symptoms": self.symptoms.symptoms(include_archived=True),
            "check_ins": self.symptoms.check_ins(),
            "medications": self.medications.list(),
            "answers": {
                topic: self.answers.latest(topic) for topic in ("goals", "cancer", "summary")
            },
            "history": self.answers.history("goals", "what_matters_most"),
        }


def fill_everything(journal: Journal, clock: Clock) -> None:
    """Every kind of entry: questions in every status with answers, carried over, from a Learn
    page; appointments finished with visit notes, telehealth; ESAS-r and own symptoms, one
    archived, a named other problem; check-ins with notes, by a caregiver; medications with
    several doses, one stopped; goals, the cancer profile, the summary's notes, a cleared
    answer."""
    fill_questions(journal.questions)
    journal.questions.add(
        NewQuestion(text="What is a CDK4/6 inhibitor?", source="first-line-hr-positive")
    )
    clock.advance(minutes=5)
    upcoming = fill_appointments(journal.appointments, now=clock.now)
    journal.appointments.update(
        upcoming,
        AppointmentChanges(notes="Bring the scan CD.", tests_ordered="Blood counts"),
    )
    planned = journal.questions.add(NewQuestion(text="Can I swim?", appointment_id=upcoming))
    assert planned.appointment_id == upcoming
    clock.advance(minutes=5)
    fill_check_ins(journal.symptoms, now=clock.now, days=40)
    numb = journal.symptoms.add_symptom(NewSymptom(name="Numb fingers"))
    journal.symptoms.add_check_in(
        NewCheckIn(
            taken_at=clock.now - timedelta(hours=2),
            time_zone="Europe/Madrid",
            completed_by=CompletedBy.CAREGIVER,
            note='Line one, "quoted"\nline two; =SUM(A1) stays text',
            scores={1: 4, numb.id: 6},
        )
    )
    clock.advance(minutes=1)
    journal.symptoms.archive(numb.id)
    fill_medications(journal.medications, today=clock.now.date())
    letrozole = next(m for m in journal.medications.list() if m.name == "letrozole")
    journal.medications.change_dose(
        letrozole.id, DoseChange(dose="5 mg", on=clock.now.date() - timedelta(days=30))
    )
    journal.medications.change_dose(
        letrozole.id, DoseChange(dose="2.5 mg", schedule="Every other day", on=clock.now.date())
    )
    fill_goals(GoalsService(journal.answers))
    fill_cancer(CancerProfileService(journal.answers))
    preferences = SummaryPreferences(journal.answers, locale_name=lambda: "en_GB")
    preferences.set_notes(upcoming, "Ask about the scan first.")
    preferences.set_name("Ana García")
    clock.advance(minutes=1)
    journal.answers.record("goals", "what_matters_most", "Walking the dog every day.")
    clock.advance(minutes=1)
    journal.answers.record("goals", "travel", None)  # cleared


@pytest.fixture
def journal(store: Store, clock: Clock) -> Journal:
    return Journal(store, clock)


@pytest.fixture
def full(journal: Journal, clock: Clock) -> Journal:
    fill_everything(journal, clock)
    return journal


@pytest.fixture
def other(tmp_path: Path, clock: Clock) -> Iterator[Journal]:
    """A second, new journal."""
    store = open_journal(tmp_path / "other" / "journal.sqlite")
    try:
        yield Journal(store, clock)
    finally:
        store.close()


# --- export ---------------------------------------------------------------------------------
def test_the_export_has_its_header_and_every_entry(full: Journal, clock: Clock) -> None:
    export = full.exchange.export()
    assert export.format == "mbc-desktop-journal"
    assert export.version == EXPORT_VERSION
    assert export.exported_at == clock.now
    assert export.app_version == "9.8.7"
    assert export.schema_revision == SCHEMA_HEAD
    assert len(export.questions) == len(full.questions.list()) == 17
    assert len(export.check_ins) == len(full.symptoms.check_ins())
    assert {s.kind.value for s in export.symptoms} == {"esas", "own", "other"}
    assert any(s.archived_at is not None for s in export.symptoms)
    assert max(len(m.steps) for m in export.medications) == 3
    assert any(m.stopped_on is not None for m in export.medications)
    assert {a.topic.value for a in export.answers} == {"goals", "cancer", "summary"}


def test_write_export_writes_json_owner_only(
    full: Journal, tmp_path: Path, loose_umask: None
) -> None:
    path = tmp_path / "out" / "journal-export.json"
    path.parent.mkdir()
    result = full.exchange.write_export(path)
    assert result.path == path
    assert result.size == path.stat().st_size
    assert result.counts["questions"] == 17
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "mbc-desktop-journal",\n  "version": 1,\n')
    assert "Ana García" in text  # UTF-8, not escaped
    assert json.loads(text)["schema"] == SCHEMA_HEAD
    assert sorted(p.name for p in path.parent.iterdir()) == ["journal-export.json"]


def test_write_export_replaces_a_file_whole(full: Journal, tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_text("old")
    full.exchange.write_export(path)
    assert json.loads(path.read_text())["format"] == "mbc-desktop-journal"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    full: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out" / "journal.json"
    path.parent.mkdir()
    path.write_text("old")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(ExportProblem) as caught:
        full.exchange.write_export(path)
    assert caught.value.message == (
        "The file could not be saved (No space left on device). Choose another folder and "
        "try again."
    )
    assert path.read_text() == "old"
    assert [p.name for p in path.parent.iterdir()] == ["journal.json"]


def test_a_missing_folder_is_one_sentence(full: Journal, tmp_path: Path) -> None:
    with pytest.raises(ExportProblem, match=r"^The file could not be saved \(No such file"):
        full.exchange.write_export(tmp_path / "nowhere" / "journal.json")


def test_an_entry_that_breaks_the_rules_is_named_not_a_traceback(
    full: Journal, journal_path: Path
) -> None:
    # Only something other than the app could write this; the export says which entry.
    connection = sqlite3.connect(journal_path)
    with connection:
        connection.execute("UPDATE questions SET text = 'bad\x07' WHERE position = 2")
    connection.close()
    with pytest.raises(ExportProblem) as caught:
        full.exchange.export()
    assert caught.value.message.startswith(
        "The journal could not be exported because an entry breaks MBC Desktop's rules "
        "(questions[2].text: has a control character (U+0007)"
    )
    assert "Make a backup instead" in caught.value.message


# --- the round trip ----------------------------------------------------------------------------
def test_export_then_replace_into_a_new_journal_is_lossless(
    full: Journal, other: Journal, tmp_path: Path, journal_path: Path
) -> None:
    path = tmp_path / "journal.json"
    full.exchange.write_export(path)
    preview = other.exchange.read_export(path)
    result = other.exchange.import_export(preview, replace=True)
    assert result.replace
    assert result.added == preview.counts
    assert result.removed == dict.fromkeys(KINDS, 0)

    before, after = dump(journal_path), dump(other.store.path)
    sequence_before = dict(before.pop("sqlite_sequence"))
    sequence_after = dict(after.pop("sqlite_sequence"))
    assert after.keys() == before.keys()
    for table in before:  # every row, every column
        assert after[table] == before[table], table
    assert all(sequence_after[name] >= seq for name, seq in sequence_before.items())
    assert other.seen() == full.seen()
    # And the export of the copy is the export of the original.
    assert other.exchange.export().rows == full.exchange.export().rows


def test_the_preview_says_what_the_file_holds(
    full: Journal, other: Journal, tmp_path: Path, clock: Clock
) -> None:
    path = tmp_path / "journal.json"
    full.exchange.write_export(path)
    preview = other.exchange.read_export(path)
    assert preview.exported_at == clock.now
    assert preview.app_version == "9.8.7"
    assert preview.counts == {
        "questions": 17,
        "appointments": 3,
        "symptoms": 3,  # joint pain, constipation, numb fingers; not the nine scales
        "check_ins": len(full.symptoms.check_ins()),
        "medications": 4,
        "answers": len(preview.export.answers),
    }


def test_replace_removes_what_the_journal_had(
    full: Journal, other: Journal, tmp_path: Path
) -> None:
    other.questions.add(NewQuestion(text="Only in the other journal?"))
    path = tmp_path / "journal.json"
    full.exchange.write_export(path)
    result = other.exchange.import_export(other.exchange.read_export(path), replace=True)
    assert result.removed["questions"] == 1
    assert "Only in the other journal?" not in [q.text for q in other.questions.list()]
    assert other.seen() == full.seen()


def test_replace_keeps_ids_never_given_again(full: Journal, other: Journal) -> None:
    # The other journal handed out more question ids than the file has: a question added
    # after the import does not take an id that was used (undo and links rely on that).
    for number in range(30):
        other.questions.add(NewQuestion(text=f"Question {number}?"))
    other.exchange.import_export(full.exchange.export(), replace=True)
    added = other.questions.add(NewQuestion(text="A new one?"))
    assert added.id == 31


def test_listeners_hear_of_a_committed_import(full: Journal, other: Journal) -> None:
    heard: list[JournalImported] = []
    other.exchange.changes.subscribe(heard.append)
    result = other.exchange.import_export(full.exchange.export(), replace=False)
    assert heard == [JournalImported(result)]


# --- merge ---------------------------------------------------------------------------------
def test_merge_into_a_new_journal_then_again_adds_nothing(full: Journal, other: Journal) -> None:
    export = full.exchange.export()
    first = other.exchange.import_export(export, replace=False)
    assert first.added == count_entries(export)
    assert first.skipped == dict.fromkeys(KINDS, 0)
    state = dump(other.store.path)
    second = other.exchange.import_export(export, replace=False)
    assert second.added == dict.fromkeys(KINDS, 0)
    assert second.skipped == first.added
    assert dump(other.store.path) == state
    # Merged into an empty journal, it reads back as the original (the ids aside).
    assert comparable(other.seen()) == comparable(full.seen())


def comparable(seen: dict[str, Any]) -> Any:
    """What the services read back, without ids (a merge gives new ones)."""
    symptoms = {s.id: s.name for s in seen["symptoms"]}
    appointments = {a.id: a.starts_at for a in seen["appointments"]}
    return {
        "questions": [
            q.model_dump(exclude={"id", "appointment_id"})
            | {"planned": appointments.get(q.appointment_id)}
            for q in seen["questions"]
        ],
        "appointments": [a.model_dump(exclude={"id"}) for a in seen["appointments"]],
        # The nine scales are the journal's own, made when it was created.
        "symptoms": [
            s.model_dump(exclude={"id", "created_at"} if s.esas_item else {"id"})
            for s in seen["symptoms"]
        ],
        "check_ins": [
            c.model_dump(exclude={"id", "scores"})
            | {"scores": {symptoms[k]: v for k, v in c.scores.items()}}
            for c in seen["check_ins"]
        ],
        "medications": [
            m.model_dump(exclude={"id", "steps"})
            | {"steps": [(s.dose, s.schedule, s.from_day) for s in m.steps]}
            for m in seen["medications"]
        ],
        "answers": {
            topic: {
                (appointments_key(key, seen), a.value_json, a.recorded_at)
                for key, a in answers.items()
            }
            for topic, answers in seen["answers"].items()
        },
    }


def appointments_key(key: str, seen: dict[str, Any]) -> str:
    if key.startswith("notes_") and key[6:].isdigit():
        starts = {a.id: a.starts_at for a in seen["appointments"]}
        return f"notes for {starts[int(key[6:])].isoformat()}"
    return key


def test_merging_a_journal_into_itself_adds_nothing(full: Journal, journal_path: Path) -> None:
    state = dump(journal_path)
    result = full.exchange.import_export(full.exchange.export(), replace=False)
    assert result.added == dict.fromkeys(KINDS, 0)
    assert dump(journal_path) == state


def test_merge_adds_next_to_the_journals_own_with_links_remapped(
    full: Journal, other: Journal, clock: Clock
) -> None:
    # The other journal has entries of its own first, so every id differs from the file's.
    own = other.appointments.add(
        NewAppointment(starts_at=clock.now + timedelta(days=40), role=Role.SURGEON)
    )
    other.questions.add(NewQuestion(text="Other journal's question?", appointment_id=own.id))
    tingling = other.symptoms.add_symptom(NewSymptom(name="Tingling"))
    joints = other.symptoms.add_symptom(NewSymptom(name="JOINT PAIN OR STIFFNESS"))
    other.symptoms.add_check_in(
        NewCheckIn(taken_at=clock.now - timedelta(days=500), scores={tingling.id: 2, 3: 1})
    )
    other.medications.add(NewMedication(name="Vitamin D", dose="1000 IU"))

    export = full.exchange.export()
    result = other.exchange.import_export(export, replace=False)
    assert result.skipped["symptoms"] == 1  # joint pain, matched by name
    assert result.added["questions"] == 17

    questions = other.questions.list()
    assert [q.position for q in questions] == list(range(18))
    assert questions[0].text == "Other journal's question?"
    # A question's appointment is the merged copy of its appointment.
    by_start = {a.starts_at: a for a in other.appointments.list()}
    original = {a.id: a for a in full.appointments.list()}
    for theirs in full.questions.list():
        ours = next(q for q in questions if q.text == theirs.text)
        if theirs.appointment_id is None:
            assert ours.appointment_id is None
        else:
            start = original[theirs.appointment_id].starts_at
            assert ours.appointment_id == by_start[start].id
    # Scores point at the same symptoms by ESAS-r item and by name.
    names = {s.id: s.name.casefold() for s in other.symptoms.symptoms(include_archived=True)}
    theirs_names = {s.id: s.name.casefold() for s in full.symptoms.symptoms(include_archived=True)}
    ours_by_time = {c.taken_at: c for c in other.symptoms.check_ins()}
    for theirs in full.symptoms.check_ins():
        ours = ours_by_time[theirs.taken_at]
        assert {names[k]: v for k, v in ours.scores.items()} == {
            theirs_names[k]: v for k, v in theirs.scores.items()
        }
    assert joints.id in {k for c in other.symptoms.check_ins() for k in c.scores}
    # Dose steps came with their medication.
    ours_meds = {m.name: m for m in other.medications.list()}
    for theirs in full.medications.list():
        assert [(s.dose, s.from_day) for s in ours_meds[theirs.name].steps] == [
            (s.dose, s.from_day) for s in theirs.steps
        ]
    assert "Vitamin D" in ours_meds
    # The summary's notes follow their appointment.
    upcoming = next(a for a in full.appointments.list() if a.purpose == "Check-up before cycle 4")
    merged = by_start[upcoming.starts_at]
    notes = SummaryPreferences(other.answers, locale_name=lambda: "en_GB")
    assert notes.notes_for(merged.id) == "Ask about the scan first."
    # Merging again adds nothing.
    again = other.exchange.import_export(export, replace=False)
    assert again.added == dict.fromkeys(KINDS, 0)


# --- nothing changes when something is wrong --------------------------------------------------
def bad_files(good: str) -> dict[str, tuple[bytes, str]]:
    data = json.loads(good)
    newer = {**data, "version": EXPORT_VERSION + 1}
    wrong = {**data, "format": "someone-elses-journal"}
    long_text = json.loads(good)
    long_text["questions"][3]["text"] = "x" * 10_000
    control = json.loads(good)
    control["appointments"][0]["visit_notes"] = "Fine\x1b[31m"
    not_text = json.loads(good)
    not_text["medications"][1]["name"] = {"name": "letrozole"}
    deep = json.loads(good)
    deep["check_ins"][5]["scores"][2]["score"] = "7"
    duplicate = json.loads(good)
    duplicate["check_ins"][1]["id"] = duplicate["check_ins"][0]["id"]
    return {
        "newer": (
            json.dumps(newer).encode(),
            f"This file was made by a newer MBC Desktop (format version {EXPORT_VERSION + 1}).",
        ),
        "wrong format": (json.dumps(wrong).encode(), "This is not an MBC Desktop export."),
        "truncated": (good.encode()[: len(good) // 2], "This file is cut short"),
        "invalid": (good.replace('"version": 1,', '"version": 1,,').encode(), "damaged"),
        "over-long": (json.dumps(long_text).encode(), "questions[3].text: is 10,000 characters"),
        "control": (json.dumps(control).encode(), "appointments[0].visit_notes: has a control"),
        "not text": (json.dumps(not_text).encode(), "medications[1].name: should be text"),
        "deep": (json.dumps(deep).encode(), "check_ins[5].scores[2].score: A score is a whole"),
        "duplicate id": (json.dumps(duplicate).encode(), "check_ins[1].id: "),
    }


BAD = (
    "newer",
    "wrong format",
    "truncated",
    "invalid",
    "over-long",
    "control",
    "not text",
    "deep",
    "duplicate id",
)


@pytest.mark.parametrize("name", BAD)
@pytest.mark.parametrize("replace", [True, False])
def test_a_bad_file_says_what_is_wrong_and_changes_nothing(
    full: Journal, journal_path: Path, tmp_path: Path, name: str, replace: bool
) -> None:
    good = full.exchange.export().to_json()
    data, expected = bad_files(good)[name]
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    before = dump(journal_path)
    with pytest.raises(ImportProblem) as caught:
        full.exchange.import_export(full.exchange.read_export(path), replace=replace)
    assert expected in caught.value.message
    assert caught.value.message.endswith((".", "it."))
    assert dump(journal_path) == before


def test_a_file_that_is_not_there(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as caught:
        journal.exchange.read_export(tmp_path / "missing.json")
    assert caught.value.message == (
        "This file could not be read (No such file or directory). Check that it is there and "
        "try again."
    )


def test_a_folder(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match=r"^This is a folder, not a file\."):
        journal.exchange.read_export(tmp_path)


def test_a_huge_file_is_refused_before_reading(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(MAX_EXPORT_BYTES + 1)  # sparse: no disk used
    opened: list[object] = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: opened.append(a))
    with pytest.raises(ImportProblem, match=r"^This file is too big .* the most is 200 MB"):
        journal.exchange.read_export(path)
    assert opened == []


class FailingHalfway:
    """The real bulk repository, failing after it has written the first kinds of entry."""

    def __init__(self, tx: Transaction) -> None:
        self.real = exchange_repository(tx)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def insert(self, rows: JournalRows) -> None:
        self.real.insert(JournalRows(questions=rows.questions, appointments=rows.appointments))
        raise OSError("disk unplugged")


@pytest.mark.parametrize("replace", [True, False])
def test_an_import_that_fails_half_way_changes_nothing(
    full: Journal, other: Journal, clock: Clock, replace: bool
) -> None:
    other.questions.add(NewQuestion(text="Mine?"))
    state = dump(other.store.path)
    failing = ExchangeService(other.store, clock, bulk=FailingHalfway)
    with pytest.raises(OSError, match="disk unplugged"):
        failing.import_export(full.exchange.export(), replace=replace)
    assert dump(other.store.path) == state


def test_entries_that_clash_with_the_journal_roll_back(full: Journal, other: Journal) -> None:
    # A file the checks would refuse, built without them: a question planned for an
    # appointment that is not there. The database refuses it; nothing stays.
    export = full.exchange.export()
    broken = export.model_copy(
        update={
            "questions": (export.questions[0].model_copy(update={"appointment_id": 999}),),
        }
    )
    state = dump(other.store.path)
    with pytest.raises(ImportProblem, match="could not be added to the journal"):
        other.exchange.import_export(broken, replace=True)
    assert dump(other.store.path) == state


# --- symptoms as CSV -------------------------------------------------------------------------
def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def test_csv_has_a_row_per_score(full: Journal, tmp_path: Path, loose_umask: None) -> None:
    path = tmp_path / "symptoms.csv"
    result = full.exchange.write_symptoms_csv(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"\xef\xbb\xbftaken_at,symptom,kind,score,")
    rows = read_csv(path)
    assert rows[0] == list(CSV_COLUMNS)
    check_ins = full.symptoms.check_ins()
    assert len(rows) - 1 == result.counts["scores"] == sum(len(c.scores) for c in check_ins)
    # Oldest first, in the check-in's own zone, the ESAS-r scales in the form's order first.
    first = min(check_ins, key=lambda c: c.taken_at)
    assert rows[1][0] == first.local_time().isoformat()
    assert datetime.fromisoformat(rows[1][0]).utcoffset() is not None
    assert rows[1][2] == "esas"
    times = [datetime.fromisoformat(row[0]) for row in rows[1:]]
    assert times == sorted(times)
    kinds = {row[1]: row[2] for row in rows[1:]}
    assert kinds["Pain"] == "esas"
    assert kinds["Joint pain or stiffness"] == "own"
    assert kinds["Constipation"] == "other"
    assert {row[4] for row in rows[1:]} == {"me", "caregiver"}
    assert all(0 <= int(row[3]) <= 10 for row in rows[1:])


def test_csv_quotes_commas_quotes_and_line_breaks_and_guards_formulas(
    full: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "symptoms.csv"
    full.exchange.write_symptoms_csv(path)
    raw = path.read_text(encoding="utf-8-sig")
    assert '"Line one, ""quoted""\nline two; =SUM(A1) stays text"' in raw
    rows = read_csv(path)
    madrid = [row for row in rows if row[0].endswith("+01:00") or row[0].endswith("+02:00")]
    assert {row[1] for row in madrid} == {"Pain", "Numb fingers"}  # archived, still there
    assert {row[5] for row in madrid} == {'Line one, "quoted"\nline two; =SUM(A1) stays text'}


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 pain", "'+1 pain"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
        ("Pain = bad", "Pain = bad"),
        ("", ""),
    ],
)
def test_formula_guard(text: str, cell: str) -> None:
    assert csv_cell(text) == cell


def test_csv_guards_a_name_and_a_note(journal: Journal, clock: Clock, tmp_path: Path) -> None:
    hostile = journal.symptoms.add_symptom(NewSymptom(name="=cmd|' /C calc'!A0"))
    journal.symptoms.add_check_in(
        NewCheckIn(taken_at=clock.now, scores={hostile.id: 3}, note='@import, "x"')
    )
    path = tmp_path / "symptoms.csv"
    journal.exchange.write_symptoms_csv(path)
    assert read_csv(path)[1][1:] == ["'=cmd|' /C calc'!A0", "own", "3", "me", '\'@import, "x"']


def test_csv_of_an_empty_journal_is_the_header(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "symptoms.csv"
    assert journal.exchange.write_symptoms_csv(path).counts == {"scores": 0}
    assert read_csv(path) == [list(CSV_COLUMNS)]


def test_csv_is_written_whole(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "symptoms.csv"
    path.write_text("old")
    text, count = journal.exchange.symptoms_csv()
    journal.exchange.write_symptoms_csv(path)
    assert path.read_bytes() == b"\xef\xbb\xbf" + text.encode("utf-8")
    assert text == ",".join(CSV_COLUMNS) + "\r\n"
    assert count == 0


# --- the repository -------------------------------------------------------------------------
def test_next_ids_are_past_every_id_handed_out(full: Journal) -> None:
    last = full.questions.list()[-1]
    full.questions.delete(last.id)
    with full.store.transaction() as tx:
        next_ids = exchange_repository(tx).next_ids()
    assert next_ids["questions"] == 18
    assert next_ids["symptoms"] > 9
    assert set(next_ids) == {*KINDS, "dose_steps"}


def test_counts_match_the_export(full: Journal) -> None:
    with full.store.transaction() as tx:
        counts = exchange_repository(tx).counts()
    assert counts == count_entries(full.exchange.export())


def test_a_journal_from_years_ago_round_trips(other: Journal, clock: Clock) -> None:
    # Dates at the ends of what the journal holds, and a medication with no start day.
    other.medications.add(NewMedication(name="Old pill", started_on=date(1900, 1, 1)))
    other.medications.add(NewMedication(name="No start day"))
    export = other.exchange.export()
    again = parse_export(export.to_json().encode())
    assert again == export
    assert again.exported_at.tzinfo is UTC
    assert datetime(1900, 1, 1).date() in {m.started_on for m in again.medications}
