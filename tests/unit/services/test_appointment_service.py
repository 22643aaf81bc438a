"""Appointments as the person keeps them: add, edit, list upcoming and past, delete and undo."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mbc_desktop.domain import (
    Appointment,
    AppointmentChanges,
    NewAppointment,
    NewQuestion,
    NotFoundError,
    QuestionChanges,
    Role,
    Status,
)
from mbc_desktop.services import (
    AppointmentAdded,
    AppointmentChanged,
    AppointmentEvent,
    AppointmentRemoved,
    AppointmentService,
    QuestionChanged,
    QuestionEvent,
    QuestionService,
)
from mbc_desktop.storage import Store
from tests.unit.services.conftest import START, Clock

CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture
def events(appointments: AppointmentService) -> list[AppointmentEvent]:
    heard: list[AppointmentEvent] = []
    appointments.changes.subscribe(heard.append)
    return heard


@pytest.fixture
def question_events(questions: QuestionService) -> list[QuestionEvent]:
    heard: list[QuestionEvent] = []
    questions.changes.subscribe(heard.append)
    return heard


def at(days: float, hour: int = 10, minute: int = 0, zone: ZoneInfo = CHICAGO) -> datetime:
    """A time ``days`` after the clock's start day, at a wall-clock time in ``zone``."""
    day = START.astimezone(zone).date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def add(service: AppointmentService, starts_at: datetime, **fields: object) -> Appointment:
    return service.add(NewAppointment.model_validate({"starts_at": starts_at, **fields}))


# --- adding and reading ------------------------------------------------------------------------


def test_new_journal_has_no_appointments(appointments: AppointmentService) -> None:
    assert appointments.list() == []
    assert appointments.upcoming() == []
    assert appointments.past() == []
    assert appointments.next_appointment() is None


def test_added_appointment_is_stored_with_every_field(
    appointments: AppointmentService, clock: Clock
) -> None:
    new = NewAppointment(
        starts_at=at(7, 9, 30),
        time_zone="America/Chicago",
        clinician="Dr. Amara Okafor",
        role=Role.RADIATION_ONCOLOGIST,
        place="Level 3, 1200 Lake Shore Dr.",
        telehealth=False,
        purpose="Plan for the hip",
        notes="Bring the CD with the scans.",
    )

    added = appointments.add(new)

    assert added.id == 1
    for field in NewAppointment.model_fields:
        assert getattr(added, field) == getattr(new, field), field
    assert added.starts_at.tzinfo is UTC
    assert added.local_start().hour == 9
    assert (added.created_at, added.updated_at) == (clock.now, clock.now)
    assert (added.visit_notes, added.decisions, added.next_steps, added.tests_ordered) == ("",) * 4
    assert added.completed_at is None
    assert appointments.get(added.id) == added
    assert appointments.list() == [added]


def test_appointments_are_listed_by_time_and_two_at_one_time_in_the_order_added(
    appointments: AppointmentService,
) -> None:
    later = add(appointments, at(14))
    first_of_two = add(appointments, at(7, 9))
    earlier = add(appointments, at(3))
    second_of_two = add(appointments, at(7, 9))

    assert [a.id for a in appointments.list()] == [
        earlier.id,
        first_of_two.id,
        second_of_two.id,
        later.id,
    ]


def test_an_appointment_not_in_the_journal_is_not_found(appointments: AppointmentService) -> None:
    with pytest.raises(NotFoundError):
        appointments.get(42)
    with pytest.raises(NotFoundError):
        appointments.update(42, AppointmentChanges(clinician="Dr. Ruiz"))
    with pytest.raises(NotFoundError):
        appointments.delete(42)
    with pytest.raises(NotFoundError):
        appointments.planned_questions(42)


def test_adding_is_announced(
    appointments: AppointmentService, events: list[AppointmentEvent]
) -> None:
    added = add(appointments, at(7))

    assert events == [AppointmentAdded(added)]


# --- editing -----------------------------------------------------------------------------------


def test_edit_changes_only_the_fields_given(
    appointments: AppointmentService, clock: Clock, events: list[AppointmentEvent]
) -> None:
    added = add(appointments, at(7), clinician="Dr. Okafor", place="Room 4")
    clock.advance(minutes=5)

    edited = appointments.update(
        added.id,
        AppointmentChanges(
            starts_at=at(8, 11), role=Role.NURSE, telehealth=True, place="+1 312 555 0100"
        ),
    )

    assert edited.starts_at == at(8, 11)
    assert (edited.role, edited.telehealth, edited.place) == (
        Role.NURSE,
        True,
        "+1 312 555 0100",
    )
    assert edited.clinician == "Dr. Okafor"
    assert (edited.created_at, edited.updated_at) == (added.created_at, clock.now)
    assert appointments.get(added.id) == edited
    assert events[-1] == AppointmentChanged(edited)


def test_an_edit_that_changes_nothing_is_not_saved_or_announced(
    appointments: AppointmentService, clock: Clock, events: list[AppointmentEvent]
) -> None:
    added = add(appointments, at(7), clinician="Dr. Okafor")
    clock.advance(minutes=5)

    same = appointments.update(
        added.id,
        AppointmentChanges(clinician="Dr. Okafor", starts_at=at(7).astimezone(UTC)),
    )

    assert same == added
    assert events == [AppointmentAdded(added)]


def test_what_was_said_at_the_visit_is_kept(appointments: AppointmentService) -> None:
    added = add(appointments, at(-1))

    edited = appointments.update(
        added.id,
        AppointmentChanges(
            visit_notes="Scan stable.\nKeep the same dose.",
            decisions="Stay on letrozole and palbociclib.",
            next_steps="Bloods every 4 weeks.",
            tests_ordered="CT chest, abdomen, pelvis",
        ),
    )

    assert appointments.get(added.id) == edited
    assert edited.visit_notes == "Scan stable.\nKeep the same dose."


def test_a_finished_visit_can_be_reopened(appointments: AppointmentService, clock: Clock) -> None:
    added = add(appointments, at(-1))
    finished = appointments.update(added.id, AppointmentChanges(completed_at=clock.now))
    assert finished.is_completed

    reopened = appointments.update(added.id, AppointmentChanges(completed_at=None))

    assert reopened.completed_at is None
    assert appointments.get(added.id).completed_at is None


# --- upcoming and past -------------------------------------------------------------------------


def test_upcoming_and_past_split_at_three_hours_after_the_start(
    appointments: AppointmentService, clock: Clock
) -> None:
    last_week = add(appointments, at(-7))
    finished_early_today = add(appointments, clock.now + timedelta(hours=1))
    appointments.update(finished_early_today.id, AppointmentChanges(completed_at=clock.now))
    in_progress = add(appointments, clock.now - timedelta(hours=2, minutes=59))
    just_over = add(appointments, clock.now - timedelta(hours=3))
    tomorrow = add(appointments, at(1))

    assert [a.id for a in appointments.upcoming()] == [in_progress.id, tomorrow.id]
    # Newest first.
    assert [a.id for a in appointments.past()] == [
        finished_early_today.id,
        just_over.id,
        last_week.id,
    ]


def test_upcoming_and_past_take_another_moment(appointments: AppointmentService) -> None:
    first = add(appointments, at(1))
    second = add(appointments, at(8))

    assert appointments.upcoming(now=at(5)) == [second]
    assert appointments.past(now=at(5)) == [first]
    assert appointments.next_appointment(now=at(5)) == second
    assert appointments.next_appointment(now=at(9)) is None


def test_a_naive_now_is_refused(appointments: AppointmentService) -> None:
    add(appointments, at(1))

    with pytest.raises(ValueError, match="timezone-aware"):
        appointments.next_appointment(now=datetime(2026, 3, 3, 9, 0))


def test_next_appointment_skips_finished_ones(
    appointments: AppointmentService, clock: Clock
) -> None:
    today = add(appointments, clock.now + timedelta(hours=2))
    later = add(appointments, at(14))
    assert appointments.next_appointment() == today

    appointments.update(today.id, AppointmentChanges(completed_at=clock.now))

    assert appointments.next_appointment() == later


# --- questions planned for an appointment ------------------------------------------------------


def test_planned_questions_are_its_unsettled_ones_in_list_order(
    appointments: AppointmentService, questions: QuestionService
) -> None:
    next_one = add(appointments, at(1))
    later = add(appointments, at(8))
    for_later = questions.add(NewQuestion(text="For later", appointment_id=later.id))
    unplanned = questions.add(NewQuestion(text="Whenever"))
    answered = questions.add(NewQuestion(text="Answered", appointment_id=later.id))
    questions.update(answered.id, QuestionChanges(answer="Yes."))
    dropped = questions.add(NewQuestion(text="Dropped", appointment_id=later.id))
    questions.update(dropped.id, QuestionChanges(status=Status.DROPPED))
    asked = questions.add(NewQuestion(text="Asked", appointment_id=later.id))
    questions.update(asked.id, QuestionChanges(status=Status.ASKED))
    for_next = questions.add(NewQuestion(text="For the next", appointment_id=next_one.id))
    questions.move(for_next.id, for_later.id)

    # The next appointment also gets the questions planned for no appointment in particular.
    assert [q.text for q in appointments.planned_questions(next_one.id)] == [
        "For the next",
        "Whenever",
    ]
    assert [q.text for q in appointments.planned_questions(later.id)] == ["For later", "Asked"]
    assert unplanned.appointment_id is None


def test_unplanned_questions_follow_the_next_appointment(
    appointments: AppointmentService, questions: QuestionService
) -> None:
    first = add(appointments, at(1))
    second = add(appointments, at(8))
    questions.add(NewQuestion(text="Whenever"))

    assert [q.text for q in appointments.planned_questions(first.id, now=at(0))] == ["Whenever"]
    assert appointments.planned_questions(second.id, now=at(0)) == []
    # Once the first visit's window is over, they count for the second.
    assert appointments.planned_questions(first.id, now=at(2)) == []
    assert [q.text for q in appointments.planned_questions(second.id, now=at(2))] == ["Whenever"]


def test_question_service_lists_the_questions_of_one_appointment(
    appointments: AppointmentService, questions: QuestionService
) -> None:
    visit = add(appointments, at(1))
    planned = questions.add(NewQuestion(text="Planned", appointment_id=visit.id))
    questions.add(NewQuestion(text="Whenever"))
    questions.update(planned.id, QuestionChanges(answer="Done."))

    assert [q.text for q in questions.for_appointment(visit.id)] == ["Planned"]
    assert [q.text for q in questions.for_appointment(None)] == ["Whenever"]


def test_a_question_can_be_planned_moved_and_sent_back_to_the_next_appointment(
    appointments: AppointmentService,
    questions: QuestionService,
    question_events: list[QuestionEvent],
) -> None:
    first = add(appointments, at(1))
    second = add(appointments, at(8))
    question = questions.add(NewQuestion(text="Is the scan due?", appointment_id=first.id))

    moved = questions.update(question.id, QuestionChanges(appointment_id=second.id))
    assert moved.appointment_id == second.id
    back = questions.update(question.id, QuestionChanges(appointment_id=None))
    assert back.appointment_id is None
    untouched = questions.update(question.id, QuestionChanges(text="Is the scan due soon?"))
    assert untouched.appointment_id is None

    assert question_events[-3:] == [
        QuestionChanged(moved),
        QuestionChanged(back),
        QuestionChanged(untouched),
    ]


def test_a_question_cannot_be_planned_for_an_appointment_that_is_not_there(
    appointments: AppointmentService, questions: QuestionService
) -> None:
    question = questions.add(NewQuestion(text="Is the scan due?"))

    with pytest.raises(NotFoundError):
        questions.add(NewQuestion(text="For a deleted one", appointment_id=99))
    with pytest.raises(NotFoundError):
        questions.update(question.id, QuestionChanges(appointment_id=99))

    assert [q.text for q in questions.list()] == ["Is the scan due?"]


# --- delete and undo ---------------------------------------------------------------------------


def test_deleting_an_appointment_sends_its_questions_to_the_next_one_and_loses_nothing(
    appointments: AppointmentService,
    questions: QuestionService,
    events: list[AppointmentEvent],
    question_events: list[QuestionEvent],
) -> None:
    doomed = add(appointments, at(3), clinician="Dr. Okafor", notes="Bring the CD.")
    other = add(appointments, at(8))
    planned = [
        questions.add(NewQuestion(text=f"Question {n}", appointment_id=doomed.id)) for n in range(3)
    ]
    questions.update(planned[1].id, QuestionChanges(answer="Yes, in May."))
    elsewhere = questions.add(NewQuestion(text="Elsewhere", appointment_id=other.id))
    before = {q.id: q for q in questions.list()}

    deleted = appointments.delete(doomed.id)

    assert deleted.appointment == doomed
    assert deleted.question_ids == tuple(q.id for q in planned)
    after = {q.id: q for q in questions.list()}
    assert after.keys() == before.keys()
    for question_id in deleted.question_ids:
        assert after[question_id] == before[question_id].model_copy(update={"appointment_id": None})
    assert after[elsewhere.id] == before[elsewhere.id]
    assert [a.id for a in appointments.list()] == [other.id]
    assert events[-1] == AppointmentRemoved(doomed)
    assert question_events[-3:] == [QuestionChanged(after[q.id]) for q in planned]


def test_undoing_a_delete_puts_the_appointment_and_its_questions_back(
    appointments: AppointmentService,
    questions: QuestionService,
    events: list[AppointmentEvent],
    question_events: list[QuestionEvent],
) -> None:
    doomed = add(appointments, at(3), clinician="Dr. Okafor")
    planned = [
        questions.add(NewQuestion(text=f"Question {n}", appointment_id=doomed.id)) for n in range(2)
    ]
    before = questions.list()
    deleted = appointments.delete(doomed.id)

    restored = appointments.restore(deleted)

    assert restored == doomed
    assert appointments.list() == [doomed]
    assert questions.list() == before
    assert events[-1] == AppointmentAdded(restored)
    assert question_events[-2:] == [QuestionChanged(q) for q in planned]


def test_undo_leaves_a_question_planned_elsewhere_since_and_skips_a_deleted_one(
    appointments: AppointmentService, questions: QuestionService
) -> None:
    doomed = add(appointments, at(3))
    other = add(appointments, at(8))
    stays, moves, goes = (
        questions.add(NewQuestion(text=text, appointment_id=doomed.id))
        for text in ("Stays", "Moves", "Goes")
    )
    deleted = appointments.delete(doomed.id)
    questions.update(moves.id, QuestionChanges(appointment_id=other.id))
    questions.delete(goes.id)

    appointments.restore(deleted)

    assert questions.get(stays.id).appointment_id == doomed.id
    assert questions.get(moves.id).appointment_id == other.id
    assert [q.text for q in questions.list()] == ["Stays", "Moves"]


def test_an_appointment_cannot_be_restored_twice(appointments: AppointmentService) -> None:
    deleted = appointments.delete(add(appointments, at(3)).id)
    appointments.restore(deleted)

    with pytest.raises(ValueError, match="already in the journal"):
        appointments.restore(deleted)


def test_a_deleted_appointments_id_is_never_given_to_a_new_one(
    appointments: AppointmentService,
) -> None:
    add(appointments, at(1))
    last = add(appointments, at(2))
    appointments.delete(last.id)

    assert add(appointments, at(3)).id == last.id + 1


def test_undoing_a_question_delete_after_its_appointment_went_plans_it_for_the_next_one(
    appointments: AppointmentService, questions: QuestionService
) -> None:
    visit = add(appointments, at(3))
    question = questions.add(NewQuestion(text="Is the scan due?", appointment_id=visit.id))
    removed = questions.delete(question.id)
    appointments.delete(visit.id)

    restored = questions.restore(removed)

    assert restored.appointment_id is None
    assert restored.text == "Is the scan due?"


def test_the_database_itself_keeps_questions_when_an_appointment_row_goes(
    store: Store, appointments: AppointmentService, questions: QuestionService
) -> None:
    # Foreign keys are on: even a delete that bypasses the service cannot orphan a question.
    visit = add(appointments, at(3))
    question = questions.add(NewQuestion(text="Is the scan due?", appointment_id=visit.id))
    store.database.connection().execute("DELETE FROM appointments")

    assert questions.get(question.id).appointment_id is None


def test_a_service_made_alone_announces_question_changes_through_its_own_question_service(
    store: Store, clock: Clock
) -> None:
    service = AppointmentService(store, clock=clock)
    heard: list[QuestionEvent] = []
    service.questions.changes.subscribe(heard.append)
    visit = add(service, at(3))
    question = service.questions.add(NewQuestion(text="Q", appointment_id=visit.id))
    heard.clear()

    service.delete(visit.id)

    assert heard == [QuestionChanged(question.model_copy(update={"appointment_id": None}))]


def test_start_times_are_every_appointments_start_earliest_first(
    appointments: AppointmentService,
) -> None:
    service = appointments
    later = datetime(2027, 3, 2, 15, tzinfo=UTC)
    earlier = datetime(2026, 12, 1, 9, tzinfo=UTC)
    for at in (later, earlier, later):
        service.add(NewAppointment(starts_at=at))
    assert service.start_times() == [earlier, later, later]
    assert all(at.tzinfo is not None for at in service.start_times())
