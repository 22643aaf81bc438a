"""The question list as the person uses it: add, edit, answer, reorder, delete and undo."""

import random
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mbc_desktop.domain import (
    NewQuestion,
    NotFoundError,
    Priority,
    Question,
    QuestionChanges,
    Status,
    Topic,
)
from mbc_desktop.services import (
    QuestionAdded,
    QuestionChanged,
    QuestionEvent,
    QuestionMoved,
    QuestionRemoved,
    QuestionService,
)
from mbc_desktop.storage import Store, open_journal

START = datetime(2026, 3, 2, 9, 30, 15, 250000, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand, so every timestamp is known exactly."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def service(store: Store, clock: Clock) -> QuestionService:
    return QuestionService(store, clock=clock)


@pytest.fixture
def events(service: QuestionService) -> list[QuestionEvent]:
    heard: list[QuestionEvent] = []
    service.changes.subscribe(heard.append)
    return heard


def add(service: QuestionService, *texts: str) -> list[Question]:
    return [service.add(NewQuestion(text=text)) for text in texts]


def ids(service: QuestionService) -> list[int]:
    return [question.id for question in service.list()]


def texts(service: QuestionService) -> list[str]:
    return [question.text for question in service.list()]


def positions(service: QuestionService) -> list[int]:
    return [question.position for question in service.list()]


def committed_texts(path: Path) -> list[str]:
    """What another connection sees in the file: only committed data."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT text FROM questions ORDER BY position").fetchall()
    return [str(text) for (text,) in rows]


# --- adding and reading ---------------------------------------------------------------------


def test_new_journal_has_no_questions(service: QuestionService) -> None:
    assert service.list() == []
    assert service.counts() == dict.fromkeys(Status, 0)


def test_added_question_is_open_at_the_end_of_the_list(service: QuestionService) -> None:
    add(service, "Is the scan due?", "What about the bone pain?")

    added = service.add(
        NewQuestion(
            text="Can I join a trial?", topic=Topic.CLINICAL_TRIALS, priority=Priority.MUST_ASK
        )
    )

    assert added.status is Status.OPEN
    assert (added.topic, added.priority) == (Topic.CLINICAL_TRIALS, Priority.MUST_ASK)
    assert (added.answer, added.answered_by) == ("", "")
    assert added.position == 2
    assert texts(service) == [
        "Is the scan due?",
        "What about the bone pain?",
        "Can I join a trial?",
    ]
    assert service.list()[-1] == added


def test_added_question_is_stamped_with_the_clocks_time(
    service: QuestionService, clock: Clock
) -> None:
    added = service.add(NewQuestion(text="When is the next echo?"))

    assert added.created_at == START
    assert added.updated_at == START
    assert service.get(added.id).created_at == START


def test_each_question_gets_its_own_id(service: QuestionService) -> None:
    added = add(service, "One", "Two", "Three")

    assert len({question.id for question in added}) == 3
    assert [service.get(question.id) for question in added] == added


def test_counts_cover_every_status(service: QuestionService) -> None:
    first, second, third, _fourth = add(service, "A", "B", "C", "D")
    service.update(first.id, QuestionChanges(status=Status.ASKED))
    service.update(second.id, QuestionChanges(status=Status.DROPPED))
    service.update(third.id, QuestionChanges(status=Status.DROPPED))

    assert service.counts() == {
        Status.OPEN: 1,
        Status.ASKED: 1,
        Status.ANSWERED: 0,
        Status.DROPPED: 2,
    }


# --- editing and answering --------------------------------------------------------------------


def test_edit_changes_only_the_fields_given(service: QuestionService, clock: Clock) -> None:
    (question,) = add(service, "Is HER2-low treatable?")
    later = clock.advance(minutes=5)

    edited = service.update(
        question.id,
        QuestionChanges(text="Is HER2-low treatable with T-DXd?", topic=Topic.TREATMENT_OPTIONS),
    )

    assert edited.text == "Is HER2-low treatable with T-DXd?"
    assert edited.topic is Topic.TREATMENT_OPTIONS
    assert edited.priority is question.priority
    assert edited.status is Status.OPEN
    assert edited.position == question.position
    assert edited.created_at == START
    assert edited.updated_at == later
    assert service.get(question.id) == edited


@pytest.mark.parametrize("status", [Status.OPEN, Status.ASKED])
def test_answer_marks_open_question_answered(service: QuestionService, status: Status) -> None:
    (question,) = add(service, "How long will the hair loss last?")
    service.update(question.id, QuestionChanges(status=status))

    answered = service.update(
        question.id,
        QuestionChanges(answer="Usually 3–6 months after the last dose.", answered_by="Dr. Okafor"),
    )

    assert answered.status is Status.ANSWERED
    assert answered.answer == "Usually 3–6 months after the last dose."
    assert answered.answered_by == "Dr. Okafor"
    assert service.counts()[Status.ANSWERED] == 1


def test_answer_to_a_dropped_question_keeps_it_dropped(service: QuestionService) -> None:
    (question,) = add(service, "Should I try acupuncture?")
    service.update(question.id, QuestionChanges(status=Status.DROPPED))

    updated = service.update(question.id, QuestionChanges(answer="Found out on my own: yes."))

    assert updated.status is Status.DROPPED
    assert updated.answer == "Found out on my own: yes."


@pytest.mark.parametrize("status", [Status.OPEN, Status.ASKED])
def test_status_set_with_the_answer_wins(service: QuestionService, status: Status) -> None:
    (question,) = add(service, "Is there a generic version?")

    updated = service.update(question.id, QuestionChanges(answer="Maybe.", status=status))

    assert updated.status is status
    assert updated.answer == "Maybe."


def test_blank_answer_leaves_the_question_open(service: QuestionService) -> None:
    (question,) = add(service, "Can I drive after the infusion?")

    updated = service.update(question.id, QuestionChanges(answer="   \n "))

    assert updated.status is Status.OPEN
    assert updated.answer == ""


def test_clearing_an_answer_keeps_the_status(service: QuestionService) -> None:
    (question,) = add(service, "Is this rash normal?")
    service.update(question.id, QuestionChanges(answer="Yes, common with this drug."))

    cleared = service.update(question.id, QuestionChanges(answer=""))

    assert cleared.answer == ""
    assert cleared.status is Status.ANSWERED


def test_edit_that_changes_nothing_keeps_the_question_as_it_was(
    service: QuestionService, clock: Clock, events: list[QuestionEvent]
) -> None:
    (question,) = add(service, "Why another biopsy?")
    events.clear()
    clock.advance(hours=1)

    for changes in (
        QuestionChanges(),
        QuestionChanges(text="  Why another biopsy? "),
        QuestionChanges(topic=question.topic, priority=question.priority, status=Status.OPEN),
    ):
        assert service.update(question.id, changes) == question

    assert events == []
    assert service.get(question.id).updated_at == START


def test_edit_emits_the_changed_question_after_commit(
    service: QuestionService, store: Store, clock: Clock, events: list[QuestionEvent]
) -> None:
    (question,) = add(service, "Is the dose right for my weight?")
    events.clear()
    seen_in_file: list[list[str]] = []
    service.changes.subscribe(lambda _event: seen_in_file.append(committed_texts(store.path)))
    clock.advance(seconds=30)

    edited = service.update(
        question.id, QuestionChanges(text="Is the dose right now I weigh less?")
    )

    assert events == [QuestionChanged(edited)]
    assert seen_in_file == [["Is the dose right now I weigh less?"]]
    assert edited.updated_at == clock.now


# --- events -----------------------------------------------------------------------------------


def test_listeners_hear_each_change_after_it_is_committed(
    service: QuestionService, store: Store, events: list[QuestionEvent]
) -> None:
    seen: list[tuple[list[str], list[str]]] = []
    # A listener does what a Qt model does on a change: reads the list again. The file must
    # already hold the change, for this reader and for any other.
    service.changes.subscribe(
        lambda _event: seen.append((texts(service), committed_texts(store.path)))
    )

    first, second = add(service, "First", "Second")
    moved = service.move(second.id, first.id)
    removed = service.delete(first.id)
    restored = service.restore(removed)

    assert events == [
        QuestionAdded(first),
        QuestionAdded(second),
        QuestionMoved(moved, old_position=1),
        QuestionRemoved(removed),
        QuestionAdded(restored),
    ]
    assert seen == [
        (["First"], ["First"]),
        (["First", "Second"], ["First", "Second"]),
        (["Second", "First"], ["Second", "First"]),
        (["Second"], ["Second"]),
        (["Second", "First"], ["Second", "First"]),
    ]


def test_listener_stops_hearing_after_unsubscribing(service: QuestionService) -> None:
    heard: list[QuestionEvent] = []
    unsubscribe = service.changes.subscribe(heard.append)
    add(service, "Heard")

    unsubscribe()
    add(service, "Not heard")

    assert [event.question.text for event in heard] == ["Heard"]


def test_reads_emit_nothing(service: QuestionService, events: list[QuestionEvent]) -> None:
    (question,) = add(service, "Quiet")
    events.clear()

    service.list()
    service.get(question.id)
    service.counts()

    assert events == []


# --- missing questions ------------------------------------------------------------------------


def test_missing_question_is_reported_as_not_found(
    service: QuestionService, events: list[QuestionEvent]
) -> None:
    (question,) = add(service, "Still here")
    events.clear()
    missing = question.id + 100

    with pytest.raises(NotFoundError):
        service.get(missing)
    with pytest.raises(NotFoundError):
        service.update(missing, QuestionChanges(text="Edited"))
    with pytest.raises(NotFoundError):
        service.delete(missing)
    with pytest.raises(NotFoundError):
        service.move(missing, question.id)
    with pytest.raises(NotFoundError):
        service.move(missing, None)
    with pytest.raises(NotFoundError):
        service.move(question.id, missing)

    assert events == []
    assert service.list() == [question]


def test_deleted_question_is_not_found_any_more(service: QuestionService) -> None:
    (question,) = add(service, "Soon gone")
    service.delete(question.id)

    with pytest.raises(NotFoundError):
        service.get(question.id)
    with pytest.raises(NotFoundError):
        service.delete(question.id)


# --- deleting and restoring --------------------------------------------------------------------


def test_deleting_closes_the_gap(service: QuestionService, events: list[QuestionEvent]) -> None:
    _a, b, _c, _d = add(service, "A", "B", "C", "D")
    events.clear()

    removed = service.delete(b.id)

    assert removed == b
    assert events == [QuestionRemoved(b)]
    assert texts(service) == ["A", "C", "D"]
    assert positions(service) == [0, 1, 2]


def test_deleted_question_comes_back_in_its_place_after_restore(
    service: QuestionService, clock: Clock, events: list[QuestionEvent]
) -> None:
    _a, b, _c = add(service, "A", "B", "C")
    clock.advance(days=2)
    answered = service.update(
        b.id,
        QuestionChanges(
            answer="Line one.\nLine two.", answered_by="Nurse Kim", priority=Priority.IF_TIME
        ),
    )
    removed = service.delete(b.id)
    events.clear()
    clock.advance(days=1)

    restored = service.restore(removed)

    # Exactly as it was: same id, answer, status and timestamps, back in its place.
    assert restored == answered
    assert service.get(b.id) == answered
    assert texts(service) == ["A", "B", "C"]
    assert positions(service) == [0, 1, 2]
    assert events == [QuestionAdded(restored)]


def test_restored_question_goes_to_the_end_when_the_list_got_shorter(
    service: QuestionService,
) -> None:
    _a, _b, c, d = add(service, "A", "B", "C", "D")
    removed = service.delete(d.id)
    service.delete(c.id)

    restored = service.restore(removed)

    assert restored.position == 2
    assert texts(service) == ["A", "B", "D"]
    assert positions(service) == [0, 1, 2]


def test_undoing_several_deletes_in_reverse_order_restores_the_list(
    service: QuestionService,
) -> None:
    original = add(service, "A", "B", "C", "D", "E")
    undo_stack = [
        service.delete(question.id) for question in (original[3], original[0], original[2])
    ]

    while undo_stack:
        service.restore(undo_stack.pop())

    assert service.list() == original


def test_restoring_a_question_that_is_still_there_changes_nothing(
    service: QuestionService, events: list[QuestionEvent]
) -> None:
    before = add(service, "A", "B", "C")
    events.clear()

    with pytest.raises(ValueError, match="already in the journal"):
        service.restore(before[1].model_copy(update={"position": 0, "text": "Duplicate"}))

    assert service.list() == before
    assert events == []


# --- moving ----------------------------------------------------------------------------------


def test_moving_a_question_before_another(
    service: QuestionService, events: list[QuestionEvent]
) -> None:
    a, b, c, d = add(service, "A", "B", "C", "D")
    events.clear()

    moved_up = service.move(d.id, b.id)
    moved_down = service.move(a.id, c.id)
    moved_to_end = service.move(d.id, None)

    assert texts(service) == ["B", "A", "C", "D"]
    assert events == [
        QuestionMoved(moved_up, old_position=3),  # A D B C
        QuestionMoved(moved_down, old_position=0),  # D B A C
        QuestionMoved(moved_to_end, old_position=0),  # B A C D
    ]
    assert (moved_up.position, moved_down.position, moved_to_end.position) == (1, 2, 3)


def test_moving_a_question_to_where_it_already_is_emits_nothing(
    service: QuestionService, events: list[QuestionEvent]
) -> None:
    a, b, c = add(service, "A", "B", "C")
    events.clear()

    assert service.move(a.id, a.id) == a
    assert service.move(a.id, b.id) == a
    assert service.move(c.id, None) == c

    assert events == []
    assert texts(service) == ["A", "B", "C"]


def test_moving_keeps_the_timestamps(service: QuestionService, clock: Clock) -> None:
    a, b = add(service, "A", "B")
    clock.advance(hours=3)

    moved = service.move(b.id, a.id)

    assert (moved.created_at, moved.updated_at) == (b.created_at, b.updated_at)


def test_moving_question_keeps_positions_without_gaps(
    service: QuestionService, events: list[QuestionEvent]
) -> None:
    rng = random.Random(20260302)
    model = [question.id for question in add(service, *(f"Question {n}" for n in range(7)))]

    for step in range(150):
        events.clear()
        question_id = rng.choice(model)
        before_id = rng.choice([*model, None])
        old_index = model.index(question_id)
        if before_id != question_id:
            model.remove(question_id)
            model.insert(len(model) if before_id is None else model.index(before_id), question_id)
        new_index = model.index(question_id)

        moved = service.move(question_id, before_id)

        listed = service.list()
        context = f"step {step}: move {question_id} before {before_id}"
        assert [question.id for question in listed] == model, context
        assert [question.position for question in listed] == list(range(len(model))), context
        assert moved.position == new_index, context
        if new_index == old_index:
            assert events == [], context
        else:
            assert events == [QuestionMoved(moved, old_position=old_index)], context


def test_deleting_restoring_and_moving_in_any_order_keeps_the_list_consistent(
    service: QuestionService,
) -> None:
    rng = random.Random(7)
    model = [question.id for question in add(service, *(f"Q{n}" for n in range(8)))]
    undo_stack: list[tuple[Question, int]] = []

    for step in range(200):
        action = rng.choice(["delete", "restore", "move"])
        if action == "delete" and model:
            question_id = rng.choice(model)
            undo_stack.append((service.delete(question_id), model.index(question_id)))
            model.remove(question_id)
        elif action == "restore" and undo_stack:
            removed, index = undo_stack.pop()
            service.restore(removed)
            model.insert(index, removed.id)
        elif model:
            question_id = rng.choice(model)
            before_id = rng.choice([*model, None])
            service.move(question_id, before_id)
            if before_id != question_id:
                model.remove(question_id)
                model.insert(
                    len(model) if before_id is None else model.index(before_id), question_id
                )

        assert ids(service) == model, f"step {step}: {action}"
        assert positions(service) == list(range(len(model))), f"step {step}: {action}"


# --- transactions ----------------------------------------------------------------------------


def test_work_that_fails_half_way_is_rolled_back(service: QuestionService, store: Store) -> None:
    before = add(service, "A", "B", "C")

    def interrupted_work() -> None:
        with store.transaction() as tx:
            tx.questions.delete(before[0].id)
            tx.questions.add(NewQuestion(text="Half-done"), START)
            tx.questions.move(before[2].id, before[1].id)
            assert [q.text for q in tx.questions.list_all()] == ["C", "B", "Half-done"]
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        interrupted_work()

    assert service.list() == before
    assert committed_texts(store.path) == ["A", "B", "C"]


def test_failed_add_stores_nothing_and_emits_nothing(
    store: Store, events: list[QuestionEvent], service: QuestionService
) -> None:
    local_time_without_zone = QuestionService(store, clock=lambda: datetime(2026, 3, 2, 9, 30))
    local_time_without_zone.changes.subscribe(events.append)

    with pytest.raises(Exception, match="naive datetime"):
        local_time_without_zone.add(NewQuestion(text="When?"))

    assert service.list() == []
    assert events == []


# --- surviving a restart ----------------------------------------------------------------------


def test_changes_survive_closing_and_reopening_the_journal(
    journal_path: Path, clock: Clock
) -> None:
    store = open_journal(journal_path)
    try:
        service = QuestionService(store, clock=clock)
        a, b, c = add(service, "Is my Ki-67 ≥ 20 %?", "Qu'est-ce que ça change ?", "Scan?")
        clock.advance(minutes=1, microseconds=7)
        service.update(
            b.id, QuestionChanges(answer="Not much.\nRe-test in June.", answered_by="Dr. O")
        )
        service.move(c.id, a.id)
        service.delete(a.id)
        before_closing = service.list()
    finally:
        store.close()

    reopened = open_journal(journal_path)
    try:
        after = QuestionService(reopened).list()
    finally:
        reopened.close()

    assert after == before_closing
    assert [q.text for q in after] == ["Scan?", "Qu'est-ce que ça change ?"]
    assert after[1].status is Status.ANSWERED
    assert after[1].updated_at == START + timedelta(minutes=1, microseconds=7)


def test_ids_of_deleted_questions_are_never_reused(service: QuestionService) -> None:
    first, newest = add(service, "First", "Newest")
    deleted = service.delete(newest.id)
    (replacement,) = add(service, "Added after the delete")
    assert replacement.id > deleted.id
    # So undoing the delete still works after another question was added.
    service.restore(deleted)
    assert texts(service) == ["First", "Newest", "Added after the delete"]
    assert first.id in ids(service)
