"""Questions a Learn page suggests: added in one step with their topic and page, never twice,
and taken back in one step."""

import pytest

from mbc_desktop.domain import NewQuestion, Priority, QuestionChanges, Status, Topic
from mbc_desktop.services import QuestionAdded, QuestionRemoved, QuestionService
from mbc_desktop.storage import Store

PAGE = "first-line-hr-positive"
SUGGESTED = ("Which treatment do you suggest first, and why?", "What would come next?")


def test_suggested_questions_are_added_at_the_end_with_their_topic_and_page(
    questions: QuestionService,
) -> None:
    questions.add(NewQuestion(text="Mine first?"))

    added = questions.add_suggested(SUGGESTED, Topic.TREATMENT_OPTIONS, PAGE)

    assert [q.text for q in questions.list()] == ["Mine first?", *SUGGESTED]
    assert [(q.topic, q.source, q.status, q.priority) for q in added] == [
        (Topic.TREATMENT_OPTIONS, PAGE, Status.OPEN, Priority.WANT_TO_ASK)
    ] * 2
    assert [q.appointment_id for q in added] == [None, None]
    assert questions.list()[0].source == ""


@pytest.mark.parametrize("status", [Status.OPEN, Status.ANSWERED, Status.DROPPED])
def test_a_question_already_in_the_list_is_not_added_again(
    questions: QuestionService, status: Status
) -> None:
    # The same words in another case and spacing are the same question, whatever its status.
    held = questions.add(NewQuestion(text="what would  COME next?"))
    if status is not Status.OPEN:
        questions.update(held.id, QuestionChanges(status=status))

    added = questions.add_suggested(SUGGESTED, Topic.TREATMENT_OPTIONS, PAGE)

    assert [q.text for q in added] == [SUGGESTED[0]]
    assert len(questions.list()) == 2
    assert questions.add_suggested(SUGGESTED, Topic.TREATMENT_OPTIONS, PAGE) == []
    assert questions.listed([*SUGGESTED, "Something else?"]) == set(SUGGESTED)


def test_a_text_given_twice_is_added_once(questions: QuestionService) -> None:
    added = questions.add_suggested(["Is it safe?", "is it safe?"], Topic.OTHER, PAGE)
    assert [q.text for q in added] == ["Is it safe?"]


def test_undo_takes_back_every_added_question_and_redo_puts_them_back_in_place(
    questions: QuestionService,
) -> None:
    questions.add(NewQuestion(text="Before?"))
    added = questions.add_suggested(SUGGESTED, Topic.TREATMENT_OPTIONS, PAGE)
    questions.add(NewQuestion(text="After?"))
    events: list[object] = []
    questions.changes.subscribe(events.append)

    removed = questions.delete_many([q.id for q in added])

    assert [q.text for q in questions.list()] == ["Before?", "After?"]
    assert sorted(type(e).__name__ for e in events) == [QuestionRemoved.__name__] * 2
    restored = questions.restore_many(removed)
    assert [q.text for q in questions.list()] == ["Before?", *SUGGESTED, "After?"]
    assert [q.id for q in restored] == [q.id for q in added]
    assert [q.source for q in restored] == [PAGE, PAGE]
    assert isinstance(events[-1], QuestionAdded)


def test_listed_follows_every_change_to_the_list_without_reading_it_again(
    questions: QuestionService, store: Store
) -> None:
    """``listed`` reads every question once, then keeps up from the service's own changes:
    after adds, an edit of the words, deletes and their undo, suggestions and their undo, it
    says what a fresh read of the journal says."""
    asked = [*SUGGESTED, "Mine?", "Edited later?", "Gone soon?"]

    def fresh() -> set[str]:
        return QuestionService(store).listed(asked)

    assert questions.listed(asked) == set() == fresh()
    mine = questions.add(NewQuestion(text="  MINE? "))
    later = questions.add(NewQuestion(text="To be edited?"))
    gone = questions.add(NewQuestion(text="Gone soon?"))
    assert questions.listed(asked) == {"Mine?", "Gone soon?"} == fresh()

    questions.update(later.id, QuestionChanges(text="Edited  later?"))
    removed = questions.delete(gone.id)
    assert questions.listed(asked) == {"Mine?", "Edited later?"} == fresh()

    questions.restore(removed)
    added = questions.add_suggested(SUGGESTED, Topic.TREATMENT_OPTIONS, PAGE)
    assert questions.listed(asked) == set(asked) == fresh()

    questions.delete_many([q.id for q in [*added, mine]])
    assert questions.listed(asked) == {"Edited later?", "Gone soon?"} == fresh()
