"""Whatever the rules accept, the journal keeps and gives back unchanged.

Property tests over any Unicode text, with the characters that paste tends to bring in
(controls, invisible marks, lone surrogates) mixed in often. A text is either refused with a
message for the user, or stored through the real service in a real SQLite file and read back
equal; never a third outcome such as an encoding error from the database.
"""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from mbc_desktop.domain import NewQuestion, QuestionChanges, field_messages
from mbc_desktop.services import QuestionService
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
