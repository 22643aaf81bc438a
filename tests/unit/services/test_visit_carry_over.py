"""Finishing a visit: what was not reached moves on to the next appointment, and nothing else."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mbc_desktop.domain import (
    Appointment,
    NewAppointment,
    NewQuestion,
    Question,
    QuestionChanges,
    Status,
)
from mbc_desktop.services import (
    AppointmentAdded,
    AppointmentChanged,
    AppointmentEvent,
    AppointmentService,
    QuestionChanged,
    QuestionEvent,
    QuestionService,
    VisitAlreadyFinishedError,
)
from mbc_desktop.storage.question_repository import QuestionRepository
from tests.unit.services.conftest import Clock

CHICAGO = ZoneInfo("America/Chicago")


def chicago(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=CHICAGO)


@pytest.fixture
def clock() -> Clock:
    return Clock(chicago(3, 2, 8))


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


def visit_at(service: AppointmentService, starts_at: datetime, **fields: object) -> Appointment:
    return service.add(
        NewAppointment.model_validate(
            {"starts_at": starts_at, "time_zone": "America/Chicago", **fields}
        )
    )


def ask(questions: QuestionService, text: str, appointment: Appointment | None) -> Question:
    planned_for = None if appointment is None else appointment.id
    return questions.add(NewQuestion(text=text, appointment_id=planned_for))


def mark(questions: QuestionService, question: Question, status: Status) -> Question:
    answer = "Yes." if status is Status.ANSWERED else None
    return questions.update(question.id, QuestionChanges(status=status, answer=answer))


def by_text(questions: QuestionService) -> dict[str, Question]:
    return {question.text: question for question in questions.list()}


# --- the ordinary visit ------------------------------------------------------------------------


def test_open_questions_not_reached_move_to_the_next_appointment_given(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    not_reached = ask(questions, "Not reached", today)
    clock.now = chicago(3, 2, 11)

    result = appointments.finish_visit(
        today.id, NewAppointment(starts_at=chicago(3, 30, 10), clinician="Dr. Okafor")
    )

    assert result.finished.completed_at == clock.now
    assert appointments.get(today.id).completed_at == clock.now
    assert result.next_appointment is not None
    assert result.next_appointment.clinician == "Dr. Okafor"
    assert appointments.list() == [result.finished, result.next_appointment]
    assert result.carried_question_ids == (not_reached.id,)
    carried = questions.get(not_reached.id)
    assert carried.appointment_id == result.next_appointment.id
    assert carried.status is Status.OPEN
    assert carried.carry_count == 1
    assert carried.carried_from == today.starts_at
    assert carried.asked_about_since == today.starts_at
    assert not carried.is_flagged
    assert carried.updated_at == clock.now
    assert appointments.next_appointment() == result.next_appointment
    assert appointments.planned_questions(result.next_appointment.id) == [carried]


def test_a_question_already_carried_twice_is_flagged_and_remembers_its_first_visit(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    first = visit_at(appointments, chicago(1, 5, 9))
    second = visit_at(appointments, chicago(2, 2, 9))
    third = visit_at(appointments, chicago(3, 2, 9))
    slipping = ask(questions, "Can I travel in June?", first)
    clock.now = chicago(1, 5, 12)
    appointments.finish_visit(first.id)
    clock.now = chicago(2, 2, 12)
    appointments.finish_visit(second.id)
    twice = questions.get(slipping.id)
    assert (twice.carry_count, twice.appointment_id, twice.is_flagged) == (2, third.id, False)
    assert twice.carried_from == second.starts_at
    assert twice.asked_about_since == first.starts_at
    clock.now = chicago(3, 2, 12)

    result = appointments.finish_visit(third.id, NewAppointment(starts_at=chicago(4, 6, 9)))

    thrice = questions.get(slipping.id)
    assert thrice.carry_count == 3
    assert thrice.is_flagged
    assert thrice.carried_from == third.starts_at
    assert thrice.asked_about_since == first.starts_at  # kept from the first time
    assert result.next_appointment is not None
    assert thrice.appointment_id == result.next_appointment.id


def test_answered_and_dropped_questions_are_never_carried(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    answered = mark(questions, ask(questions, "Answered", today), Status.ANSWERED)
    dropped = mark(questions, ask(questions, "Dropped", today), Status.DROPPED)
    unplanned_answered = mark(questions, ask(questions, "Answered before", None), Status.ANSWERED)
    unplanned_dropped = mark(questions, ask(questions, "Dropped before", None), Status.DROPPED)
    clock.now = chicago(3, 2, 11)

    result = appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 30, 10)))

    assert result.carried_question_ids == ()
    assert questions.get(answered.id) == answered
    assert questions.get(dropped.id) == dropped
    assert questions.get(unplanned_answered.id) == unplanned_answered
    assert questions.get(unplanned_dropped.id) == unplanned_dropped


def test_asked_questions_stay_with_the_visit_where_they_were_asked(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    asked = mark(questions, ask(questions, "Asked, no answer yet", today), Status.ASKED)
    asked_unplanned = mark(questions, ask(questions, "Asked, unplanned", None), Status.ASKED)
    clock.now = chicago(3, 2, 11)

    result = appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 30, 10)))

    assert result.carried_question_ids == ()
    assert questions.get(asked.id) == asked
    # It was asked at this visit, so it now belongs to it (and shows in its history).
    kept = questions.get(asked_unplanned.id)
    assert kept.appointment_id == today.id
    assert (kept.status, kept.carry_count) == (Status.ASKED, 0)
    assert [q.id for q in questions.for_appointment(today.id)] == [asked.id, asked_unplanned.id]


def test_unplanned_open_questions_counted_for_the_visit_are_carried_too(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    planned = ask(questions, "Planned", today)
    unplanned = ask(questions, "Whenever", None)
    clock.now = chicago(3, 2, 11)

    result = appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 30, 10)))

    assert result.carried_question_ids == (planned.id, unplanned.id)
    assert result.next_appointment is not None
    carried = questions.get(unplanned.id)
    assert carried.appointment_id == result.next_appointment.id
    assert (carried.carry_count, carried.asked_about_since) == (1, today.starts_at)


def test_without_a_next_appointment_given_questions_go_to_the_one_already_planned(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    already_planned = visit_at(appointments, chicago(4, 6, 9))
    question = ask(questions, "Not reached", today)
    clock.now = chicago(3, 3, 20)  # the evening after: the after-visit step

    result = appointments.finish_visit(today.id)

    assert result.next_appointment == already_planned
    assert questions.get(question.id).appointment_id == already_planned.id
    assert len(appointments.list()) == 2


def test_the_next_appointment_given_gets_the_questions_even_if_another_is_planned(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    scan_review = visit_at(appointments, chicago(4, 20, 9))
    question = ask(questions, "Not reached", today)
    clock.now = chicago(3, 2, 11)

    # The person says when they see this doctor next: that is where the question goes.
    result = appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 30, 10)))

    assert result.next_appointment is not None
    assert result.next_appointment.id not in (today.id, scan_review.id)
    assert questions.get(question.id).appointment_id == result.next_appointment.id


def test_with_no_later_appointment_questions_wait_for_the_next_one_to_be_added(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    question = ask(questions, "Not reached", today)
    clock.now = chicago(3, 2, 11)

    result = appointments.finish_visit(today.id)

    assert result.next_appointment is None
    assert result.carried_question_ids == (question.id,)
    carried = questions.get(question.id)
    assert (carried.appointment_id, carried.carry_count) == (None, 1)
    later = visit_at(appointments, chicago(4, 6, 9))
    assert appointments.planned_questions(later.id) == [carried]


# --- two appointments on one day ---------------------------------------------------------------


def test_two_appointments_on_one_day_hand_questions_from_the_first_to_the_second(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    oncologist = visit_at(appointments, chicago(3, 2, 9), clinician="Dr. Okafor")
    radiation = visit_at(appointments, chicago(3, 2, 14), clinician="Dr. Ruiz")
    for_oncologist = ask(questions, "For the oncologist", oncologist)
    for_radiation = ask(questions, "For radiation", radiation)
    unplanned = ask(questions, "Whenever", None)
    clock.now = chicago(3, 2, 8)
    assert appointments.next_appointment() == oncologist
    assert [q.id for q in appointments.planned_questions(oncologist.id)] == [
        for_oncologist.id,
        unplanned.id,
    ]
    assert [q.id for q in appointments.planned_questions(radiation.id)] == [for_radiation.id]
    clock.now = chicago(3, 2, 10)

    first = appointments.finish_visit(oncologist.id)

    assert first.next_appointment == radiation
    assert appointments.next_appointment() == radiation
    assert [q.id for q in appointments.planned_questions(radiation.id)] == [
        for_oncologist.id,
        for_radiation.id,
        unplanned.id,
    ]
    clock.now = chicago(3, 2, 15)

    second = appointments.finish_visit(radiation.id)

    assert second.next_appointment is None
    assert second.carried_question_ids == (for_oncologist.id, for_radiation.id, unplanned.id)
    twice = questions.get(for_oncologist.id)
    assert (twice.carry_count, twice.carried_from, twice.asked_about_since) == (
        2,
        radiation.starts_at,
        oncologist.starts_at,
    )
    once = questions.get(for_radiation.id)
    assert (once.carry_count, once.asked_about_since) == (1, radiation.starts_at)


def test_the_later_visit_of_the_day_finished_first_leaves_unplanned_ones_to_the_earlier(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    morning = visit_at(appointments, chicago(3, 2, 9))
    late_morning = visit_at(appointments, chicago(3, 2, 10))
    unplanned = ask(questions, "Whenever", None)
    clock.now = chicago(3, 2, 10, 30)

    # When the 10:00 visit began, the 9:00 one was still in progress: the next appointment.
    result = appointments.finish_visit(late_morning.id)

    assert result.carried_question_ids == ()
    assert questions.get(unplanned.id) == unplanned
    assert appointments.next_appointment() == morning


# --- all or nothing, and heard by both lists ----------------------------------------------------


def test_finishing_is_announced_to_appointment_and_question_listeners(
    appointments: AppointmentService,
    questions: QuestionService,
    clock: Clock,
    events: list[AppointmentEvent],
    question_events: list[QuestionEvent],
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    first = ask(questions, "First", today)
    second = ask(questions, "Second", None)
    asked = mark(questions, ask(questions, "Asked", None), Status.ASKED)
    events.clear()
    question_events.clear()
    clock.now = chicago(3, 2, 11)

    result = appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 30, 10)))

    assert result.next_appointment is not None
    assert events == [
        AppointmentChanged(result.finished),
        AppointmentAdded(result.next_appointment),
    ]
    assert question_events == [
        QuestionChanged(questions.get(first.id)),
        QuestionChanged(questions.get(second.id)),
        QuestionChanged(questions.get(asked.id)),
    ]


def test_a_failure_half_way_leaves_everything_as_it_was(
    appointments: AppointmentService,
    questions: QuestionService,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
    events: list[AppointmentEvent],
    question_events: list[QuestionEvent],
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    for text in ("First", "Second", "Third"):
        ask(questions, text, today)
    before = (appointments.list(), questions.list())
    events.clear()
    question_events.clear()
    clock.now = chicago(3, 2, 11)
    real_update = QuestionRepository.update
    calls = []

    def fail_on_the_second(self: QuestionRepository, *args: object, **kwargs: object) -> Question:
        calls.append(args)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_update(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(QuestionRepository, "update", fail_on_the_second)

    with pytest.raises(OSError, match="disk full"):
        appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 30, 10)))

    assert (appointments.list(), questions.list()) == before
    assert events == []
    assert question_events == []


def test_a_visit_is_finished_only_once(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    question = ask(questions, "Not reached", today)
    clock.now = chicago(3, 2, 11)
    appointments.finish_visit(today.id)
    before = (appointments.list(), questions.list())

    with pytest.raises(VisitAlreadyFinishedError, match="already been finished"):
        appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 30, 10)))

    assert (appointments.list(), questions.list()) == before
    assert questions.get(question.id).carry_count == 1


def test_the_next_appointment_must_come_after_the_visit(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    ask(questions, "Not reached", today)
    before = (appointments.list(), questions.list())

    with pytest.raises(ValueError, match="after this one"):
        appointments.finish_visit(today.id, NewAppointment(starts_at=chicago(3, 1, 9)))

    assert (appointments.list(), questions.list()) == before


# --- the after-visit step's list ------------------------------------------------------------------


def test_visit_questions_are_everything_planned_for_it_and_what_it_counted(
    appointments: AppointmentService, questions: QuestionService, clock: Clock
) -> None:
    today = visit_at(appointments, chicago(3, 2, 9, 30))
    visit_at(appointments, chicago(3, 30, 10))
    answered = mark(questions, ask(questions, "Answered at the visit", today), Status.ANSWERED)
    open_one = ask(questions, "Not reached", today)
    unplanned = ask(questions, "Whenever", None)
    mark(questions, ask(questions, "Dropped long ago", None), Status.DROPPED)
    # The evening after: the next appointment is now the one on the 30th.
    clock.now = chicago(3, 2, 20)

    assert [q.id for q in appointments.visit_questions(today.id)] == [
        answered.id,
        open_one.id,
        unplanned.id,
    ]
    # As the visit saw them when it began.
    assert [q.id for q in appointments.planned_questions(today.id, now=today.starts_at)] == [
        open_one.id,
        unplanned.id,
    ]
    assert [q.id for q in appointments.planned_questions(today.id)] == [open_one.id]
    # Finishing now carries what planned_questions gave at its start.
    result = appointments.finish_visit(today.id)
    assert result.carried_question_ids == (open_one.id, unplanned.id)
    assert clock.now - today.starts_at > timedelta(hours=3)
