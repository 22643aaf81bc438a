"""What makes a question valid, and the words the user sees when it is not."""

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from mbc_desktop.domain import (
    ANSWER_MAX_CHARS,
    ANSWERED_BY_MAX_CHARS,
    QUESTION_MAX_CHARS,
    NewQuestion,
    Priority,
    Question,
    QuestionChanges,
    Status,
    Topic,
    field_messages,
)


def messages_for(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return field_messages(error.value)


def a_question(**overrides: object) -> Question:
    fields: dict[str, object] = {
        "id": 1,
        "text": "Is my Ki-67 ≥ 20 %?",
        "topic": Topic.TESTS_AND_SCANS,
        "priority": Priority.MUST_ASK,
        "status": Status.OPEN,
        "position": 0,
        "created_at": datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
        "updated_at": datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
    }
    fields.update(overrides)
    return Question.model_validate(fields)


# --- question text -------------------------------------------------------------------------


def test_limits_are_what_the_summary_page_was_designed_for() -> None:
    assert (QUESTION_MAX_CHARS, ANSWER_MAX_CHARS, ANSWERED_BY_MAX_CHARS) == (500, 5000, 120)


@pytest.mark.parametrize("text", ["", " ", "   \t\n  ", "\u00a0"])
def test_empty_question_is_refused_with_a_plain_message(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        NewQuestion(text=text)

    messages = messages_for(error)
    assert list(messages) == ["text"]
    assert "can't be empty" in messages["text"]
    assert not messages["text"].startswith("Value error")


@pytest.mark.parametrize(
    "text", ["\u200b\u200e\u202e\u2066\ufeff", " \u200b\n\u2060 ", "\x00", "\x00\x1b\x7f"]
)
def test_question_of_only_invisible_or_control_characters_is_empty(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        NewQuestion(text=text)

    assert "can't be empty" in messages_for(error)["text"]


def test_control_characters_are_removed_from_a_pasted_question() -> None:
    question = NewQuestion(text="\ufeffIs the\x00 scan\x1b due?\r\nOr later?\u200b")

    assert question.text == "Is the scan due?\nOr later?"


def test_tabs_in_a_question_become_spaces() -> None:
    assert NewQuestion(text="Dose:\t100 mg?").text == "Dose: 100 mg?"


@pytest.mark.parametrize("field", ["text", "answer", "answered_by"])
def test_a_character_that_cannot_be_saved_is_refused_with_a_plain_message(field: str) -> None:
    with pytest.raises(ValidationError) as error:
        QuestionChanges.model_validate({field: "Pasted \ud800 here"})

    messages = messages_for(error)
    assert list(messages) == [field]
    assert messages[field].startswith("This text has a character that can't be saved")


def test_question_text_is_stripped() -> None:
    question = NewQuestion(text="  \n What does HER2-low mean for me?\t ")

    assert question.text == "What does HER2-low mean for me?"


def test_inner_line_breaks_of_a_question_are_kept() -> None:
    assert NewQuestion(text="First line\nsecond line").text == "First line\nsecond line"


def test_question_of_exactly_the_limit_is_accepted() -> None:
    text = "a" * QUESTION_MAX_CHARS

    assert NewQuestion(text=text).text == text


def test_surrounding_spaces_do_not_count_towards_the_limit() -> None:
    text = "a" * QUESTION_MAX_CHARS

    assert NewQuestion(text=f"   {text}   ").text == text


def test_question_one_over_the_limit_is_refused_with_its_length() -> None:
    with pytest.raises(ValidationError) as error:
        NewQuestion(text="a" * (QUESTION_MAX_CHARS + 1))

    message = messages_for(error)["text"]
    assert f"under {QUESTION_MAX_CHARS} characters" in message
    assert f"now {QUESTION_MAX_CHARS + 1}" in message
    assert not message.startswith("Value error")


def test_new_question_defaults_to_other_topic_and_want_to_ask() -> None:
    question = NewQuestion(text="Can I travel in May?")

    assert question.topic is Topic.OTHER
    assert question.priority is Priority.WANT_TO_ASK


def test_topic_and_priority_are_read_from_their_stored_values() -> None:
    question = NewQuestion.model_validate(
        {"text": "Trials near me?", "topic": "clinical_trials", "priority": "must_ask"}
    )

    assert question.topic is Topic.CLINICAL_TRIALS
    assert question.priority is Priority.MUST_ASK


def test_unknown_topic_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        NewQuestion.model_validate({"text": "Hm?", "topic": "astrology"})

    assert list(messages_for(error)) == ["topic"]


@pytest.mark.parametrize("model", [NewQuestion, QuestionChanges])
def test_unknown_fields_are_refused(model: type[NewQuestion] | type[QuestionChanges]) -> None:
    with pytest.raises(ValidationError) as error:
        model.model_validate({"text": "Is this working?", "colour": "red"})

    assert [item["type"] for item in error.value.errors()] == ["extra_forbidden"]


def test_stored_question_refuses_unknown_fields_too() -> None:
    with pytest.raises(ValidationError) as error:
        a_question(appointment="next week")

    assert [item["type"] for item in error.value.errors()] == ["extra_forbidden"]


def test_models_cannot_be_changed_after_they_are_made() -> None:
    question = NewQuestion(text="Original")

    with pytest.raises(ValidationError):
        question.text = "Changed"  # type: ignore[misc]
    assert question.text == "Original"


# --- answers and who gave them ---------------------------------------------------------------


def test_answer_of_exactly_the_limit_is_accepted_and_stripped() -> None:
    answer = "b" * ANSWER_MAX_CHARS

    assert QuestionChanges(answer=f"\n{answer}  ").answer == answer


def test_answer_over_the_limit_is_refused_with_its_length() -> None:
    with pytest.raises(ValidationError) as error:
        QuestionChanges(answer="b" * (ANSWER_MAX_CHARS + 1))

    message = messages_for(error)["answer"]
    assert f"under {ANSWER_MAX_CHARS} characters" in message
    assert f"now {ANSWER_MAX_CHARS + 1}" in message


def test_answer_keeps_its_lines() -> None:
    answer = "Stay on the current line.\n\nScan again in 3 months."

    assert QuestionChanges(answer=answer).answer == answer


def test_empty_answer_is_allowed_so_an_answer_can_be_cleared() -> None:
    assert QuestionChanges(answer="   ").answer == ""


def test_answered_by_folds_all_whitespace_to_single_spaces() -> None:
    changes = QuestionChanges(answered_by="  Dr.\tOkafor \n (medical   oncologist) ")

    assert changes.answered_by == "Dr. Okafor (medical oncologist)"


def test_answer_and_answered_by_lose_control_and_invisible_characters() -> None:
    changes = QuestionChanges(
        answer="\u200bStay\x00 on it.\r\n\tThen scan.\x7f ", answered_by="\x00"
    )

    assert changes.answer == "Stay on it.\n\tThen scan."
    assert changes.answered_by == ""


def test_answered_by_is_measured_after_folding() -> None:
    name = "n" * ANSWERED_BY_MAX_CHARS

    assert QuestionChanges(answered_by=f"  {name}\n").answered_by == name
    assert QuestionChanges(answered_by=name[:60] + "     " + name[61:]).answered_by == (
        name[:60] + " " + name[61:]
    )


def test_answered_by_over_the_limit_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        QuestionChanges(answered_by="n" * (ANSWERED_BY_MAX_CHARS + 1))

    message = messages_for(error)["answered_by"]
    assert f"under {ANSWERED_BY_MAX_CHARS} characters" in message


def test_edited_text_follows_the_same_rules_as_new_text() -> None:
    assert QuestionChanges(text="  Shorter now ").text == "Shorter now"
    with pytest.raises(ValidationError) as error:
        QuestionChanges(text="  ")
    assert "can't be empty" in messages_for(error)["text"]


# --- the stored question -----------------------------------------------------------------------


def test_stored_question_defaults_to_no_answer() -> None:
    question = a_question()

    assert (question.answer, question.answered_by) == ("", "")


def test_stored_question_position_cannot_be_negative() -> None:
    with pytest.raises(ValidationError) as error:
        a_question(position=-1)

    assert list(messages_for(error)) == ["position"]


def test_field_messages_names_every_invalid_field_once() -> None:
    with pytest.raises(ValidationError) as error:
        QuestionChanges.model_validate(
            {"text": "", "answer": "x" * (ANSWER_MAX_CHARS + 1), "status": "lost"}
        )

    messages = messages_for(error)
    assert set(messages) == {"text", "answer", "status"}
    assert all(not message.startswith("Value error") for message in messages.values())


# --- partial edits -------------------------------------------------------------------------


def test_changes_with_nothing_set_apply_nothing() -> None:
    assert QuestionChanges().as_dict() == {}


def test_changes_hold_only_the_fields_that_were_set() -> None:
    changes = QuestionChanges(priority=Priority.IF_TIME, answered_by="Nurse Kim")

    assert changes.as_dict() == {"priority": Priority.IF_TIME, "answered_by": "Nurse Kim"}


def test_changes_set_to_none_count_as_not_set() -> None:
    assert QuestionChanges(text=None, status=None).as_dict() == {}


def test_clearing_an_answer_is_a_change() -> None:
    assert QuestionChanges(answer="").as_dict() == {"answer": ""}


def test_changes_carry_validated_values() -> None:
    changes = QuestionChanges.model_validate({"text": "  Why?  ", "status": "asked"})

    assert changes.as_dict() == {"text": "Why?", "status": Status.ASKED}


# --- enums ---------------------------------------------------------------------------------


def test_every_topic_has_a_label() -> None:
    assert {topic: topic.label for topic in Topic} == {
        Topic.TREATMENT_OPTIONS: "Treatment options",
        Topic.SIDE_EFFECTS: "Side effects",
        Topic.TESTS_AND_SCANS: "Tests and scans",
        Topic.SYMPTOMS: "Symptoms",
        Topic.PROGNOSIS: "Prognosis",
        Topic.CLINICAL_TRIALS: "Clinical trials",
        Topic.PRACTICAL_AND_COST: "Practical and cost",
        Topic.SECOND_OPINION: "Second opinion",
        Topic.OTHER: "Other",
    }


def test_priorities_are_listed_most_important_first_with_labels() -> None:
    assert [(priority, priority.label) for priority in Priority] == [
        (Priority.MUST_ASK, "Must ask"),
        (Priority.WANT_TO_ASK, "Want to ask"),
        (Priority.IF_TIME, "If time"),
    ]


def test_statuses_follow_a_questions_life_with_labels() -> None:
    assert [(status, status.label) for status in Status] == [
        (Status.OPEN, "Open"),
        (Status.ASKED, "Asked"),
        (Status.ANSWERED, "Answered"),
        (Status.DROPPED, "Dropped"),
    ]


@pytest.mark.parametrize(
    ("status", "settled"),
    [
        (Status.OPEN, False),
        (Status.ASKED, False),
        (Status.ANSWERED, True),
        (Status.DROPPED, True),
    ],
)
def test_only_answered_and_dropped_questions_are_settled(status: Status, settled: bool) -> None:
    assert status.is_settled is settled


def test_enum_values_are_the_strings_stored_in_the_journal() -> None:
    # These strings are in users' files: renaming one needs a migration.
    assert [topic.value for topic in Topic] == [
        "treatment_options",
        "side_effects",
        "tests_and_scans",
        "symptoms",
        "prognosis",
        "clinical_trials",
        "practical_and_cost",
        "second_opinion",
        "other",
    ]
    assert [priority.value for priority in Priority] == ["must_ask", "want_to_ask", "if_time"]
    assert [status.value for status in Status] == ["open", "asked", "answered", "dropped"]
