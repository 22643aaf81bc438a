"""Whatever the rules accept, the journal keeps and gives back unchanged.

Property tests over any Unicode text, with the characters that paste tends to bring in
(controls, invisible marks, lone surrogates) mixed in often. A text is either refused with a
message for the user, or stored through the real service in a real SQLite file and read back
equal; never a third outcome such as an encoding error from the database.
"""

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from mbc_desktop.domain import (
    AppointmentChanges,
    NewAppointment,
    NewQuestion,
    QuestionChanges,
    field_messages,
)
from mbc_desktop.services import AppointmentService, QuestionService
from mbc_desktop.storage import Store

TRICKY = [
    "\x00", "\t", "\n", "\r", "\x0b", "\x1b", "\x7f", "\x85", "\x9b", "\u00a0",
    "\u00ad", "\u200b", "\u200d", "\u200e", "\u202e", "\u2028", "\u2066", "\ufe0f", "\ufeff",
    "\ud800", "\udfff", "\U000e007f", "\U0001f469", " ", "é", "?",
]  # fmt: skip

# Any character at all (st.characters() includes surrogates), or one of the tricky ones.
ANY_TEXT = st.text(st.one_of(st.characters(), st.sampled_from(TRICKY)), max_size=60)

# One journal for all the examples of a test: the rows pile up, which is fine here.
journal_settings = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def service(store: Store) -> QuestionService:
    return QuestionService(store)


def assert_refused_in_plain_words(error: ValidationError) -> None:
    for message in field_messages(error).values():
        assert message.endswith("."), message
        assert not message.startswith("Value error"), message


@journal_settings
@given(text=ANY_TEXT)
# The defects once found, tried on every run whatever the random examples are.
@example(text="Pasted \ud800 here")
@example(text="\u200b\u200e\u202e\u2066\ufeff")
@example(text="Scan\x00 due?\r\n")
def test_a_question_that_validates_is_stored_and_read_back_equal(
    service: QuestionService, text: str
) -> None:
    try:
        new = NewQuestion(text=text)
    except ValidationError as error:
        assert_refused_in_plain_words(error)
        return

    added = service.add(new)

    assert added.text == new.text
    assert service.get(added.id).text == new.text


@journal_settings
@given(text=ANY_TEXT, answer=ANY_TEXT, answered_by=ANY_TEXT)
@example(text="Why?", answer="Pasted \ud800 here", answered_by="Dr. Okafor")
@example(text="Why?", answer="Because.", answered_by="Dr.\udc80 Okafor")
@example(text="Why?", answer="\x00Because.\x1b", answered_by="\u200b")
def test_an_edit_that_validates_is_stored_and_read_back_equal(
    service: QuestionService, text: str, answer: str, answered_by: str
) -> None:
    question = service.add(NewQuestion(text="What changes if the scan shows progression?"))
    try:
        changes = QuestionChanges(text=text, answer=answer, answered_by=answered_by)
    except ValidationError as error:
        assert_refused_in_plain_words(error)
        return

    service.update(question.id, changes)

    stored = service.get(question.id)
    assert (stored.text, stored.answer, stored.answered_by) == (
        changes.text,
        changes.answer,
        changes.answered_by,
    )


@journal_settings
@given(clinician=ANY_TEXT, place=ANY_TEXT, purpose=ANY_TEXT, notes=ANY_TEXT, zone=ANY_TEXT)
@example(clinician="Dr.\ud800 Okafor", place="", purpose="", notes="", zone="")
@example(clinician="", place="Room 4\x00", purpose="\u200b", notes="Bring\r\nthe CD", zone="")
@example(clinician="", place="", purpose="", notes="", zone="../../etc/passwd")
def test_an_appointment_that_validates_is_stored_and_read_back_equal(
    store: Store, clinician: str, place: str, purpose: str, notes: str, zone: str
) -> None:
    service = AppointmentService(store)
    try:
        new = NewAppointment(
            starts_at=datetime(2026, 3, 16, 9, 30, tzinfo=UTC),
            clinician=clinician,
            place=place,
            purpose=purpose,
            notes=notes,
            time_zone=zone,
        )
    except ValidationError as error:
        assert_refused_in_plain_words(error)
        return

    added = service.add(new)

    stored = service.get(added.id)
    for field in NewAppointment.model_fields:
        assert getattr(stored, field) == getattr(new, field), field


@journal_settings
@given(visit_notes=ANY_TEXT, decisions=ANY_TEXT, next_steps=ANY_TEXT, tests_ordered=ANY_TEXT)
@example(visit_notes="Pasted \ud800", decisions="", next_steps="", tests_ordered="")
@example(visit_notes="", decisions="\x1b[31mStop\x1b[0m", next_steps="\u2028", tests_ordered="")
def test_a_visit_record_that_validates_is_stored_and_read_back_equal(
    store: Store, visit_notes: str, decisions: str, next_steps: str, tests_ordered: str
) -> None:
    service = AppointmentService(store)
    visit = service.add(NewAppointment(starts_at=datetime(2026, 3, 16, 9, 30, tzinfo=UTC)))
    try:
        changes = AppointmentChanges(
            visit_notes=visit_notes,
            decisions=decisions,
            next_steps=next_steps,
            tests_ordered=tests_ordered,
        )
    except ValidationError as error:
        assert_refused_in_plain_words(error)
        return

    service.update(visit.id, changes)

    stored = service.get(visit.id)
    for field, value in changes.as_dict().items():
        assert getattr(stored, field) == value, field
