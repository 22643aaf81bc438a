"""Property tests of import with malformed, truncated, hostile and huge files.

Each file is a valid export changed at random: cut anywhere, bytes flipped, keys dropped,
values replaced by other types or hostile texts (control characters, lone surrogates, huge
strings), entries duplicated. Reading it either gives a checked preview or raises
ImportProblem with a sentence, and nothing else; importing a preview either commits all of
it or raises ImportProblem and leaves every table as it was. And an export of entries with any
text the app accepts imports back row for row.
"""

import json
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from mbc_desktop.domain import AppointmentChanges, NewAppointment, NewQuestion, QuestionChanges
from mbc_desktop.domain.exchange import KINDS, count_entries, renumbered
from mbc_desktop.domain.medications import DoseChange, NewMedication
from mbc_desktop.domain.symptoms import NewCheckIn, NewSymptom
from mbc_desktop.services import (
    AnswerService,
    AppointmentService,
    MedicationService,
    QuestionService,
    SymptomService,
)
from mbc_desktop.services.exchange import ExchangeService, ImportProblem
from mbc_desktop.storage import Store, open_journal
from mbc_desktop.storage.exchange_repository import exchange_repository
from tests.unit.services.test_exchange import dump

NOW = datetime(2026, 3, 2, 9, 30, 15, 250000, tzinfo=UTC)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        # The suite's autouse umask guard; each example leaves the umask as it was anyway.
        HealthCheck.function_scoped_fixture,
    ],
)


def clock() -> datetime:
    return NOW


def exchange(store: Store) -> ExchangeService:
    return ExchangeService(store, clock, bulk=exchange_repository, app_version="test")


def fill_small(store: Store) -> None:
    """A few entries of every kind, linked to each other."""
    questions = QuestionService(store, clock=clock)
    appointments = AppointmentService(store, clock=clock, questions=questions)
    symptoms = SymptomService(store, clock=clock)
    medications = MedicationService(store, clock=clock, today=lambda: NOW.date())
    answers = AnswerService(store, clock=clock)
    visit = appointments.add(
        NewAppointment(starts_at=NOW + timedelta(days=3), time_zone="America/Chicago")
    )
    appointments.update(visit.id, AppointmentChanges(visit_notes="Scan, then results."))
    first = questions.add(NewQuestion(text="What is next?", appointment_id=visit.id))
    questions.update(first.id, QuestionChanges(answer="A scan.", answered_by="Dr. Ortiz"))
    questions.add(NewQuestion(text="Can I travel in June?"))
    own = symptoms.add_symptom(NewSymptom(name="Numb fingers"))
    for day in range(4):
        symptoms.add_check_in(
            NewCheckIn(
                taken_at=NOW - timedelta(days=day),
                note=f"Day {day}, fine.",
                scores={1: day, 2: 3, own.id: 5},
                other_problem="Hiccups" if day == 2 else "",
                other_score=4 if day == 2 else None,
            )
        )
    pill = medications.add(
        NewMedication(name="letrozole", dose="2.5 mg", started_on=NOW.date() - timedelta(days=90))
    )
    medications.change_dose(pill.id, DoseChange(dose="5 mg", on=NOW.date() - timedelta(days=9)))
    answers.record("goals", "what_matters_most", "Time with my family.")
    answers.record("cancer", "receptors", {"er": "positive", "er_percent": 80})
    answers.record("summary", f"notes_{visit.id}", "Ask first about the scan.")


class Template:
    """A closed journal to copy for each import, and the export of a small journal."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.empty = folder / "empty.sqlite"
        open_journal(self.empty).close()
        self.small = folder / "small.sqlite"
        store = open_journal(self.small)
        try:
            fill_small(store)
            self.export_text = exchange(store).export().to_json()
        finally:
            store.close()
        self.count = 0

    def copy(self, which: Path) -> Path:
        """A fresh copy of a template journal, in a folder of its own."""
        self.count += 1
        folder = self.folder / f"copy-{self.count}"
        folder.mkdir()
        target = folder / "journal.sqlite"
        shutil.copyfile(which, target)
        return target

    def write(self, data: bytes) -> Path:
        self.count += 1
        path = self.folder / f"file-{self.count}.json"
        path.write_bytes(data)
        return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return Template(tmp_path_factory.mktemp("exchange-properties"))


def check_file(template: Template, data: bytes, replace: bool) -> str | None:
    """Read ``data`` as a file and, if it can be imported, import it into a copy of a journal.
    Returns the problem's message, or None if it was imported. Fails the test on any other
    exception, or on an import that failed and left something changed."""
    path = template.write(data)
    target = template.copy(template.small)
    store = open_journal(target)
    try:
        service = exchange(store)
        before = dump(target)
        try:
            preview = service.read_export(path)
        except ImportProblem as problem:
            assert_sentence(problem.message)
            assert dump(target) == before
            note_outcome("refused when read")
            return problem.message
        try:
            result = service.import_export(preview, replace=replace)
        except ImportProblem as problem:
            assert_sentence(problem.message)
            assert dump(target) == before
            note_outcome("refused when imported")
            return problem.message
        note_outcome("imported")
        if replace:
            assert exchange(store).export().rows == renumbered(preview.export.rows)
        else:
            for kind in KINDS:
                assert result.added[kind] + result.skipped[kind] == preview.counts[kind]
        return None
    finally:
        store.close()
        path.unlink()
        shutil.rmtree(target.parent)


def note_outcome(outcome: str) -> None:
    """For --hypothesis-show-statistics: how many files were refused, and where."""
    if currently_in_test_context():
        event(outcome)


def assert_sentence(message: str) -> None:
    assert message
    assert message[0].isupper()
    assert message.endswith("."), message
    assert "Traceback" not in message
    assert "Value error" not in message
    assert "For further information" not in message
    assert len(message) < 1000


# --- cut anywhere ------------------------------------------------------------------------------
@SETTINGS
@given(fraction=st.floats(min_value=0, max_value=1, exclude_max=True))
def test_a_file_cut_anywhere_is_refused_as_cut_short(template: Template, fraction: float) -> None:
    data = template.export_text.encode("utf-8")
    cut = data[: int(fraction * len(data))]
    message = check_file(template, cut, replace=True)
    assert message is not None
    assert message.startswith(("This file is cut short", "This is not an MBC Desktop export."))


# --- bytes changed -----------------------------------------------------------------------------
@SETTINGS
@given(
    changes=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=0, max_size=4)),
        min_size=1,
        max_size=4,
    ),
    replace=st.booleans(),
)
def test_bytes_changed_anywhere(
    template: Template, changes: list[tuple[float, bytes]], replace: bool
) -> None:
    data = bytearray(template.export_text.encode("utf-8"))
    for where, new in changes:
        at = int(where * len(data))
        data[at : at + len(new) or at + 1] = new
    check_file(template, bytes(data), replace)


# --- the JSON changed --------------------------------------------------------------------------
HOSTILE_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x07b",
        "\x1b[31mred",
        "\ud800",
        "line\r\nbreak",
        "\u202eevil",
        "=cmd|' /C calc'!A0",
        "2026-13-45T25:00:00Z",
        "2026-03-02T09:30:00",
        "9999-12-31T23:59:59+00:00",
        "0001-01-01",
        "notes_999999",
        "esas",
        "pain",
        "Pain",
        "x" * 70,
        "x" * 5001,
    ]
)
VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        HOSTILE_TEXT,
        st.text(max_size=20),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def mutate(data: Any, draw: st.DrawFn) -> Any:
    """One random change somewhere in the JSON tree."""
    node = data
    parent: Any = None
    key: Any = None
    # Walk down a random path, stopping at a random depth.
    while isinstance(node, dict | list) and node and draw(st.integers(0, 4)) > 0:
        parent = node
        key = (
            draw(st.sampled_from(sorted(node)))
            if isinstance(node, dict)
            else draw(st.integers(0, len(node) - 1))
        )
        node = node[key]
    operation = draw(
        st.sampled_from(["delete", "replace", "add key", "duplicate", "huge", "swap type"])
    )
    if parent is None:
        return draw(VALUES) if operation == "replace" else data
    if operation == "delete":
        del parent[key]
    elif operation == "replace":
        parent[key] = draw(VALUES)
    elif operation == "add key" and isinstance(node, dict):
        node[draw(st.text(max_size=10))] = draw(VALUES)
    elif operation == "duplicate" and isinstance(parent, list):
        parent.insert(key, json.loads(json.dumps(node)))
    elif operation == "huge":
        parent[key] = "x" * draw(st.integers(10_000, 3_000_000))
    elif operation == "swap type":
        parent[key] = str(node) if not isinstance(node, str) else (len(node) if node else [node])
    return data


@SETTINGS
@given(data=st.data(), replace=st.booleans())
def test_json_changed_at_random(template: Template, data: st.DataObject, replace: bool) -> None:
    tree = json.loads(template.export_text)
    for _ in range(data.draw(st.integers(1, 3))):
        tree = mutate(tree, data.draw)
    check_file(template, json.dumps(tree).encode("utf-8"), replace)


@SETTINGS
@given(
    kind=st.sampled_from(["questions", "appointments", "check_ins", "medications", "answers"]),
    index=st.integers(0, 10),
    replace=st.booleans(),
)
def test_an_entry_given_twice(template: Template, kind: str, index: int, replace: bool) -> None:
    tree = json.loads(template.export_text)
    entries = tree[kind]
    entries.append(dict(entries[index % len(entries)]))
    message = check_file(template, json.dumps(tree).encode("utf-8"), replace)
    assert message is not None
    assert "is used by another entry of the same kind" in message


@settings(SETTINGS, max_examples=15)
@given(
    field=st.sampled_from(
        [
            ("questions", "text"),
            ("questions", "answer"),
            ("appointments", "visit_notes"),
            ("check_ins", "note"),
            ("medications", "notes"),
            ("symptoms", "name"),
            ("answers", "value"),
        ]
    ),
    size=st.integers(250_000, 20_000_000),
)
def test_a_huge_string_fails_fast(template: Template, field: tuple[str, str], size: int) -> None:
    tree = json.loads(template.export_text)
    kind, name = field
    tree[kind][-1][name] = "\u00e9" * size
    started = time.perf_counter()
    message = check_file(template, json.dumps(tree, ensure_ascii=False).encode(), True)
    assert message is not None
    assert "characters long; MBC Desktop keeps at most" in message
    assert time.perf_counter() - started < 10


# --- texts the app accepts come back as they were -------------------------------------------------
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=200
)


@SETTINGS
@given(question=TEXT, note=TEXT, name=TEXT, place=TEXT, answer=st.one_of(TEXT, VALUES))
def test_whatever_the_app_accepts_comes_back_row_for_row(
    template: Template, question: str, note: str, name: str, place: str, answer: object
) -> None:
    source = template.copy(template.empty)
    target = template.copy(template.empty)
    store = open_journal(source)
    copy = open_journal(target)
    try:
        questions = QuestionService(store, clock=clock)
        appointments = AppointmentService(store, clock=clock, questions=questions)
        symptoms = SymptomService(store, clock=clock)
        answers = AnswerService(store, clock=clock)
        saved = 0
        for make in (
            lambda: questions.add(NewQuestion(text=question)),
            lambda: appointments.add(NewAppointment(starts_at=NOW, place=place, notes=note)),
            lambda: symptoms.add_symptom(NewSymptom(name=name)),
            lambda: symptoms.add_check_in(NewCheckIn(taken_at=NOW, note=note, scores={1: 3})),
            lambda: answers.record("goals", "what_matters_most", answer),
        ):
            try:
                make()
                saved += 1
            except ValueError:  # the app refuses it as typed: nothing to export
                pass
        assume(saved)
        path = template.write(b"")
        exchange(store).write_export(path)
        other = exchange(copy)
        other.import_export(other.read_export(path), replace=True)
        before, after = dump(source), dump(target)
        before.pop("sqlite_sequence")
        after.pop("sqlite_sequence")
        assert after == before
    finally:
        store.close()
        copy.close()
        shutil.rmtree(source.parent)
        shutil.rmtree(target.parent)


def test_the_small_template_round_trips(template: Template) -> None:
    # The file every property starts from imports, and merges into itself as nothing.
    assert check_file(template, template.export_text.encode(), replace=True) is None
    target = template.copy(template.small)
    store = open_journal(target)
    try:
        service = exchange(store)
        preview = service.read_export(template.write(template.export_text.encode()))
        result = service.import_export(preview, replace=False)
        assert result.added == dict.fromkeys(KINDS, 0)
        assert result.skipped == count_entries(preview.export)
    finally:
        store.close()
