"""'Since my last appointment': the figures Home and the summary show, on a real journal with
a fixed clock, against values worked out by hand."""

from datetime import UTC, datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from mbc_desktop.domain import Appointment, AppointmentChanges, NewAppointment
from mbc_desktop.domain.symptom_figures import Reading
from mbc_desktop.domain.symptoms import CheckIn, CheckInChanges, NewCheckIn, NewSymptom
from mbc_desktop.services import AppointmentService, SymptomReport, SymptomService
from mbc_desktop.services.symptom_report import SymptomLine
from mbc_desktop.storage import Store
from tests.unit.services.conftest import Clock

NEW_YORK = ZoneInfo("America/New_York")
PAIN, TIREDNESS, DROWSINESS, NAUSEA, APPETITE, BREATH, DEPRESSION, ANXIETY, WELLBEING = range(1, 10)
MICROSECOND = timedelta(microseconds=1)

# Now: Monday 2 March 2026, 14:00 UTC. The last visit: Monday 16 February, 14:00 UTC, exactly
# two weeks before, finished. "Since" is [16 Feb 14:00, now + 1 µs); "before" is the same
# length just before it, [2 Feb 14:00 - 1 µs, 16 Feb 14:00).
NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
VISIT = datetime(2026, 2, 16, 14, 0, tzinfo=UTC)


def utc(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def symptoms(store: Store, clock: Clock) -> SymptomService:
    return SymptomService(store, clock=clock)


@pytest.fixture
def report(
    symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> SymptomReport:
    clock.now = NOW
    return SymptomReport(symptoms, appointments, clock=clock)


def finished_visit(
    appointments: AppointmentService, clock: Clock, starts_at: datetime
) -> Appointment:
    """An appointment that took place and was finished (the after-visit step done)."""
    visit = appointments.add(NewAppointment(starts_at=starts_at))
    appointments.finish_visit(visit.id)
    return appointments.get(visit.id)


def rate(symptoms: SymptomService, at: datetime, **fields: object) -> CheckIn:
    return symptoms.add_check_in(NewCheckIn.model_validate({"taken_at": at, **fields}))


def line(report: SymptomReport, symptom_id: int) -> SymptomLine:
    (found,) = [x for x in report.since_last_visit().lines if x.symptom.id == symptom_id]
    return found


# --- which appointment is "the last" ----------------------------------------------------------


def test_without_any_appointment_the_span_is_the_last_30_days(report: SymptomReport) -> None:
    since = report.since_last_visit()

    assert since.appointment is None
    assert since.start == datetime(2026, 1, 31, 14, 0, tzinfo=UTC)
    assert since.end == NOW + MICROSECOND
    assert since.lines == ()
    assert since.flagged == ()
    assert since.rated == ()


def test_only_future_appointments_means_the_last_30_days(
    report: SymptomReport, appointments: AppointmentService
) -> None:
    appointments.add(NewAppointment(starts_at=utc(3, 9)))

    since = report.since_last_visit()

    assert since.appointment is None
    assert since.start == NOW - timedelta(days=30)


def test_the_last_appointment_is_the_most_recent_one_that_is_over(
    report: SymptomReport, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, utc(1, 19, 15))
    last = finished_visit(appointments, clock, VISIT)
    appointments.add(NewAppointment(starts_at=utc(3, 16)))  # the next one

    since = report.since_last_visit()

    assert since.appointment == last
    assert since.start == VISIT
    assert report.last_appointment() == last


def test_an_unfinished_appointment_whose_visit_window_has_passed_is_over(
    report: SymptomReport, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, utc(2, 2))
    forgotten = appointments.add(NewAppointment(starts_at=VISIT))  # never finished in the app

    assert report.last_appointment() == forgotten
    assert report.since_last_visit().start == VISIT


def test_a_visit_in_progress_is_not_the_last_one(
    report: SymptomReport, appointments: AppointmentService, clock: Clock
) -> None:
    last = finished_visit(appointments, clock, VISIT)
    # Started 2 h 59 min 59.999999 s ago, not finished: still in its 3-hour visit window.
    in_progress = appointments.add(NewAppointment(starts_at=NOW - timedelta(hours=3) + MICROSECOND))

    assert report.last_appointment() == last
    assert report.since_last_visit().start == VISIT

    # One microsecond later its window is over: it is the last one now.
    clock.now = NOW + MICROSECOND
    assert report.last_appointment() == in_progress

    # Or finished in the app before that: then too.
    clock.now = NOW
    appointments.finish_visit(in_progress.id)
    assert report.last_appointment() == appointments.get(in_progress.id)
    assert report.since_last_visit().start == NOW - timedelta(hours=3) + MICROSECOND


def test_many_visits_in_progress_do_not_hide_the_last_one(
    report: SymptomReport, appointments: AppointmentService, clock: Clock
) -> None:
    last = finished_visit(appointments, clock, VISIT)
    # Forty appointments entered for this morning, every one still in its visit window.
    for minutes in range(40):
        appointments.add(NewAppointment(starts_at=NOW - timedelta(minutes=minutes)))

    assert report.last_appointment() == last
    assert report.since_last_visit().start == VISIT


def test_an_appointment_finished_ahead_of_its_time_is_not_yet_the_last(
    report: SymptomReport, appointments: AppointmentService, clock: Clock
) -> None:
    last = finished_visit(appointments, clock, VISIT)
    early = finished_visit(appointments, clock, utc(3, 5))  # finished by mistake on 2 March

    assert early.is_completed
    assert report.last_appointment() == last


def test_a_deleted_appointment_is_not_the_last(
    report: SymptomReport, appointments: AppointmentService, clock: Clock
) -> None:
    earlier = finished_visit(appointments, clock, utc(2, 2))
    later = finished_visit(appointments, clock, VISIT)
    deleted = appointments.delete(later.id)

    assert report.last_appointment() == earlier
    appointments.restore(deleted)
    assert report.last_appointment() == later


def test_an_explicit_now_overrides_the_clock(
    report: SymptomReport, appointments: AppointmentService, clock: Clock
) -> None:
    first = finished_visit(appointments, clock, utc(2, 2))
    finished_visit(appointments, clock, VISIT)

    since = report.since_last_visit(now=utc(2, 10))

    assert since.appointment == first
    assert (since.start, since.end) == (utc(2, 2), utc(2, 10) + MICROSECOND)


# --- the figures ---------------------------------------------------------------------------


def test_the_figures_since_the_last_visit_worked_out_by_hand(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    # Before the visit (2 to 16 February): pain 2 and 3, tiredness 5, nausea 4, wellbeing 2.
    rate(symptoms, utc(2, 5), scores={PAIN: 2, TIREDNESS: 5, NAUSEA: 4, WELLBEING: 2})
    rate(symptoms, utc(2, 10), scores={PAIN: 3})
    # Since: pain 4 (in the waiting room, exactly at the visit's start), 6, 6, 5; tiredness 6;
    # wellbeing 4. Nausea not rated since.
    waiting_room = rate(symptoms, VISIT, scores={PAIN: 4})
    rate(symptoms, utc(2, 20), scores={PAIN: 6, TIREDNESS: 6, WELLBEING: 4})
    worst = rate(symptoms, utc(2, 25, 22, 30), scores={PAIN: 6})
    latest = rate(symptoms, utc(3, 1, 20), scores={PAIN: 5})

    since = report.since_last_visit()

    pain = line(report, PAIN).figures
    # Since: 4 + 6 + 6 + 5 = 21 over 4 = 21/4. Before: 2 + 3 = 5 over 2 = 5/2 = 10/4.
    assert (pain.current.count, pain.current.total) == (4, 21)
    assert pain.current.average == Fraction(21, 4)
    assert pain.before.average == Fraction(5, 2)
    assert pain.change == Fraction(11, 4)
    assert pain.worsened
    assert pain.current.latest == Reading(latest.taken_at, 5, latest.id)
    # Two sixes: the more recent, 25 February at 22:30, is "the worst".
    assert pain.current.worst == Reading(utc(2, 25, 22, 30), 6, worst.id)
    assert pain.current.worst.at.date().isoformat() == "2026-02-25"
    assert waiting_room.taken_at == since.start

    tired = line(report, TIREDNESS).figures
    assert (tired.current.average, tired.before.average, tired.change) == (6, 5, 1)
    assert not tired.worsened

    nausea = line(report, NAUSEA).figures
    assert (nausea.current.count, nausea.before.average, nausea.change) == (0, 4, None)
    assert not nausea.worsened

    # Wellbeing from 2 to 4: worse by exactly 2 (higher is worse on every ESAS-r scale).
    wellbeing = line(report, WELLBEING).figures
    assert wellbeing.change == Fraction(2)
    assert wellbeing.worsened

    assert [x.symptom.id for x in since.lines] == [PAIN, TIREDNESS, NAUSEA, WELLBEING]
    assert [x.symptom.id for x in since.flagged] == [PAIN, WELLBEING]
    assert [x.symptom.id for x in since.rated] == [PAIN, TIREDNESS, WELLBEING]
    assert all(x.figures.current.start == VISIT for x in since.lines)
    assert all(x.figures.current.end == NOW + MICROSECOND for x in since.lines)


def test_a_check_in_exactly_at_the_visits_start_counts_since_one_just_before_does_not(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    rate(symptoms, VISIT - MICROSECOND, scores={PAIN: 1})
    rate(symptoms, VISIT, scores={PAIN: 7})

    pain = line(report, PAIN).figures

    assert (pain.before.count, pain.before.total) == (1, 1)
    assert (pain.current.count, pain.current.total) == (1, 7)
    assert pain.change == 6


def test_a_check_in_saved_this_instant_is_in_and_the_span_before_has_the_same_length(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    # The span is 14 days and 1 µs long: "before" starts at 2 February, 14:00 minus 1 µs.
    rate(symptoms, utc(2, 2, 14) - MICROSECOND, scores={PAIN: 3})
    rate(symptoms, utc(2, 2, 14) - 2 * MICROSECOND, scores={PAIN: 10})  # too early for both
    rate(symptoms, NOW, scores={PAIN: 8})

    pain = line(report, PAIN).figures

    assert pain.before.start == utc(2, 2, 14) - MICROSECOND
    assert (pain.before.count, pain.before.total) == (1, 3)
    assert (pain.current.count, pain.current.total) == (1, 8)


def test_a_skipped_scale_is_not_a_zero(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    rate(symptoms, utc(2, 10), scores={PAIN: 2, TIREDNESS: 4})
    rate(symptoms, utc(2, 20), scores={PAIN: 3, TIREDNESS: 6})
    tiredness_before = line(report, TIREDNESS).figures

    # A check-in that rates only pain: tiredness' figures stay exactly as they were.
    rate(symptoms, utc(2, 27), scores={PAIN: 9})

    assert line(report, TIREDNESS).figures == tiredness_before
    assert tiredness_before.current.average == 6
    assert tiredness_before.change == 2
    assert line(report, PAIN).figures.current.average == 6  # (3 + 9) / 2


def test_editing_a_check_ins_time_moves_it_between_the_spans(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    rate(symptoms, utc(2, 10), scores={PAIN: 2})
    moved = rate(symptoms, utc(2, 20), scores={PAIN: 8})
    rate(symptoms, utc(2, 25), scores={PAIN: 4})
    pain = line(report, PAIN).figures
    assert (pain.current.average, pain.before.average, pain.change) == (6, 2, 4)

    # It was really taken before the visit (in New York, 10 February, 20:00 EST = 11 Feb 01:00 UTC).
    symptoms.update_check_in(
        moved.id,
        CheckInChanges(
            taken_at=datetime(2026, 2, 10, 20, 0, tzinfo=NEW_YORK), time_zone="America/New_York"
        ),
    )

    pain = line(report, PAIN).figures
    # Since: 4 alone. Before: 2 and 8, 5. Change -1: better, not flagged.
    assert (pain.current.average, pain.before.average, pain.change) == (4, 5, -1)
    assert not pain.worsened
    assert pain.before.latest == Reading(utc(2, 11, 1), 8, moved.id)

    # And its score corrected: the figures follow.
    symptoms.update_check_in(moved.id, CheckInChanges(scores={PAIN: 0}))
    pain = line(report, PAIN).figures
    assert pain.before.average == 1
    assert pain.change == 3
    assert pain.worsened


def test_deleting_a_check_in_drops_it_from_the_figures_and_undo_brings_it_back(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    rate(symptoms, utc(2, 10), scores={ANXIETY: 2})
    spike = rate(symptoms, utc(2, 20), scores={ANXIETY: 9})
    rate(symptoms, utc(2, 21), scores={ANXIETY: 3})
    assert line(report, ANXIETY).figures.current.average == 6
    assert line(report, ANXIETY).figures.worsened

    removed = symptoms.delete_check_in(spike.id)

    anxiety = line(report, ANXIETY).figures
    assert (anxiety.current.average, anxiety.current.worst) == (3, Reading(utc(2, 21), 3, 3))
    assert not anxiety.worsened

    symptoms.restore_check_in(removed)

    anxiety = line(report, ANXIETY).figures
    assert anxiety.current.worst == Reading(utc(2, 20), 9, spike.id)
    assert anxiety.change == 4
    assert anxiety.worsened


def test_deleting_every_check_in_of_a_symptom_drops_its_line(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    only = rate(symptoms, utc(2, 20), scores={NAUSEA: 5})
    assert [x.symptom.id for x in report.since_last_visit().lines] == [NAUSEA]

    symptoms.delete_check_in(only.id)

    assert report.since_last_visit().lines == ()


def test_an_archived_symptom_keeps_its_history_and_still_reports(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    numb = symptoms.add_symptom(NewSymptom(name="Numb fingers"))
    rate(symptoms, utc(2, 10), scores={numb.id: 3})
    rate(symptoms, utc(2, 20), scores={numb.id: 6})

    archived = symptoms.archive(numb.id)

    (numb_line,) = report.since_last_visit().lines
    assert numb_line.symptom == archived
    assert numb_line.symptom.is_archived
    assert (numb_line.figures.current.average, numb_line.figures.change) == (6, 3)
    assert numb_line.figures.worsened


def test_a_named_other_problem_is_one_symptom_across_check_ins(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    rate(symptoms, utc(2, 10), other_problem="Constipation", other_score=1)
    rate(symptoms, utc(2, 20), scores={PAIN: 1}, other_problem="constipation", other_score=4)
    rate(symptoms, utc(2, 22), other_problem=" CONSTIPATION ", other_score=5)

    since = report.since_last_visit()

    assert [x.symptom.name for x in since.lines] == ["Pain", "Constipation"]
    constipation = since.lines[1].figures
    # Since: 4 and 5, 9/2. Before: 1. Change 7/2.
    assert (constipation.current.count, constipation.current.average) == (2, Fraction(9, 2))
    assert constipation.change == Fraction(7, 2)
    assert [x.symptom.name for x in since.flagged] == ["Constipation"]


def test_lines_follow_the_check_ins_order(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, VISIT)
    own_b = symptoms.add_symptom(NewSymptom(name="Numb fingers"))
    own_a = symptoms.add_symptom(NewSymptom(name="Diarrhea"))
    rate(symptoms, utc(2, 20), other_problem="Hiccups", other_score=2)
    rate(symptoms, utc(2, 21), scores={own_a.id: 1, WELLBEING: 3, own_b.id: 2, PAIN: 1})

    since = report.since_last_visit()

    assert [x.symptom.name for x in since.lines] == [
        "Pain",
        "Wellbeing",
        "Numb fingers",
        "Diarrhea",
        "Hiccups",
    ]


def test_a_later_visit_starts_a_new_span(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    finished_visit(appointments, clock, utc(2, 2))
    rate(symptoms, utc(2, 10), scores={PAIN: 7})
    assert line(report, PAIN).figures.current.count == 1

    finished_visit(appointments, clock, VISIT)

    pain = line(report, PAIN).figures
    assert (pain.current.count, pain.before.count) == (0, 1)
    assert report.since_last_visit().rated == ()


def test_a_rescheduled_last_visit_moves_the_span(
    report: SymptomReport, symptoms: SymptomService, appointments: AppointmentService, clock: Clock
) -> None:
    last = finished_visit(appointments, clock, VISIT)
    rate(symptoms, utc(2, 18), scores={PAIN: 4})
    assert line(report, PAIN).figures.current.count == 1

    appointments.update(last.id, AppointmentChanges(starts_at=utc(2, 19)))

    since = report.since_last_visit()
    assert since.start == utc(2, 19)
    assert line(report, PAIN).figures.current.count == 0


def test_the_symptoms_given_by_the_caller_are_used_instead_of_read_again(
    report: SymptomReport, symptoms: SymptomService, monkeypatch: pytest.MonkeyPatch
) -> None:
    rate(symptoms, NOW - timedelta(days=3), scores={PAIN: 4, TIREDNESS: 2})
    rate(symptoms, NOW - timedelta(days=40), scores={PAIN: 1})
    every = symptoms.symptoms(include_archived=True)
    read = report.since_last_visit()
    reads: list[bool] = []
    real = symptoms.symptoms
    monkeypatch.setattr(
        symptoms,
        "symptoms",
        lambda **kw: reads.append(True) or real(**kw),  # type: ignore[func-returns-value]
    )
    given = report.since_last_visit(symptoms=every)
    assert given == read
    assert reads == []  # the caller's list, not another read
