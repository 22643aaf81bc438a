""" "Next appointment" and "in N days" around midnight and daylight-saving changes.

Every clock here is fixed. Two zones: America/New_York, where summer time ended on
Sunday 1 November 2026 (01:59 EDT was followed by 01:00 EST, so 01:30 happened twice), and
Europe/Madrid, where it began on Sunday 29 March 2026 (02:00 CET jumped to 03:00 CEST).
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mbc_desktop.domain import Appointment, NewAppointment
from mbc_desktop.services import AppointmentService
from mbc_desktop.storage import Store
from tests.unit.services.conftest import Clock

NEW_YORK = ZoneInfo("America/New_York")
MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 10, 30, 12, 0, tzinfo=UTC))


@pytest.fixture
def service(store: Store, clock: Clock) -> AppointmentService:
    return AppointmentService(store, clock=clock)


def add(service: AppointmentService, starts_at: datetime, zone: str = "") -> Appointment:
    return service.add(NewAppointment(starts_at=starts_at, time_zone=zone))


def ny(year: int, month: int, day: int, hour: int, minute: int, fold: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK, fold=fold)


def madrid(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=MADRID)


# --- New York, the night summer time ends -------------------------------------------------------


def test_a_late_visit_stays_next_through_midnight_and_ends_by_real_hours_not_wall_hours(
    service: AppointmentService, clock: Clock
) -> None:
    late = add(service, ny(2026, 10, 31, 23, 30), "America/New_York")  # 03:30 UTC
    morning = add(service, ny(2026, 11, 1, 9, 0), "America/New_York")

    # Past midnight, an hour into the visit: still the one in progress.
    clock.now = ny(2026, 11, 1, 0, 30)
    assert service.next_appointment() == late
    # The first 01:30 (EDT) is two hours after the start: still in progress.
    clock.now = ny(2026, 11, 1, 1, 30, fold=0)
    assert service.next_appointment() == late
    # The second 01:30 (EST) is three real hours after the start: the visit window is over,
    # although the wall clock says only two hours have gone by.
    clock.now = ny(2026, 11, 1, 1, 30, fold=1)
    assert clock.now - late.starts_at == timedelta(hours=3)
    assert service.next_appointment() == morning
    assert service.upcoming() == [morning]
    assert service.past() == [late]


def test_days_until_counts_calendar_days_across_the_25_hour_day(
    service: AppointmentService, clock: Clock
) -> None:
    monday_late = add(service, ny(2026, 11, 2, 23, 30), "America/New_York")
    sunday_early = add(service, ny(2026, 11, 1, 0, 15), "America/New_York")

    # Saturday 00:30 to Monday 23:30 is 72 real hours (Sunday has 25), yet two days away.
    clock.now = ny(2026, 10, 31, 0, 30)
    assert monday_late.starts_at - clock.now == timedelta(hours=72)
    assert service.days_until(monday_late) == 2
    # A minute before midnight, a visit 16 minutes later is tomorrow...
    clock.now = ny(2026, 10, 31, 23, 59)
    assert service.days_until(sunday_early) == 1
    assert service.next_appointment() == sunday_early
    # ...and a minute after midnight it is today.
    clock.now = ny(2026, 11, 1, 0, 1)
    assert service.days_until(sunday_early) == 0
    assert service.days_until(monday_late) == 1
    # Both 01:30s are on Sunday.
    for fold in (0, 1):
        clock.now = ny(2026, 11, 1, 1, 30, fold=fold)
        assert service.days_until(monday_late) == 1
    # Late on Sunday (EST), Monday night is still tomorrow.
    clock.now = ny(2026, 11, 1, 23, 45)
    assert service.days_until(monday_late) == 1
    assert service.days_until(sunday_early) == 0  # earlier today
    clock.now = ny(2026, 11, 2, 0, 1)
    assert service.days_until(sunday_early) == -1


# --- Madrid, the night summer time begins ------------------------------------------------------


def test_next_and_days_until_across_the_23_hour_day_in_madrid(
    service: AppointmentService, clock: Clock
) -> None:
    sunday = add(service, madrid(2026, 3, 29, 8, 0), "Europe/Madrid")  # CEST, 06:00 UTC
    just_after_midnight = add(service, madrid(2026, 3, 30, 0, 10), "Europe/Madrid")

    # Saturday 09:00 CET to Sunday 08:00 CEST is 22 real hours, yet one calendar day.
    clock.now = madrid(2026, 3, 28, 9, 0)
    assert sunday.starts_at - clock.now == timedelta(hours=22)
    assert service.days_until(sunday) == 1
    assert service.next_appointment() == sunday
    # 23:59 on Saturday and 00:00 on Sunday.
    clock.now = madrid(2026, 3, 28, 23, 59)
    assert service.days_until(sunday) == 1
    clock.now = madrid(2026, 3, 29, 0, 0)
    assert service.days_until(sunday) == 0
    # 10:59 CEST is under three hours after 08:00: still in progress; 11:00 is not.
    clock.now = madrid(2026, 3, 29, 10, 59)
    assert service.next_appointment() == sunday
    clock.now = madrid(2026, 3, 29, 11, 0)
    assert service.next_appointment() == just_after_midnight
    # Around the next midnight, a visit ten minutes after it.
    clock.now = madrid(2026, 3, 29, 23, 55)
    assert service.days_until(just_after_midnight) == 1
    clock.now = madrid(2026, 3, 30, 0, 5)
    assert service.days_until(just_after_midnight) == 0
    assert service.next_appointment() == just_after_midnight


# --- whose "today" -----------------------------------------------------------------------------


def test_days_are_counted_in_the_appointments_own_zone(
    service: AppointmentService, clock: Clock
) -> None:
    # 20:00 in New York is already the next day in UTC and in Madrid.
    evening = add(service, ny(2026, 11, 10, 20, 0), "America/New_York")
    clock.now = ny(2026, 11, 10, 8, 0)

    assert service.days_until(evening) == 0
    assert service.days_until(evening, zone=MADRID) == 0  # its own zone wins


def test_an_appointment_without_a_zone_is_counted_in_the_zone_given_else_utc(
    service: AppointmentService, clock: Clock
) -> None:
    evening = add(service, ny(2026, 11, 10, 20, 0))  # 01:00 UTC on the 11th
    clock.now = ny(2026, 11, 10, 8, 0)  # 13:00 UTC on the 10th

    assert service.days_until(evening, zone=NEW_YORK) == 0
    assert service.days_until(evening, zone=MADRID) == 1
    assert service.days_until(evening) == 1  # UTC


def test_days_until_takes_another_moment(service: AppointmentService) -> None:
    visit = add(service, madrid(2026, 12, 24, 9, 0), "Europe/Madrid")

    assert service.days_until(visit, now=madrid(2026, 12, 20, 23, 0)) == 4
    assert service.days_until(visit, now=madrid(2026, 12, 26, 9, 0)) == -2


def test_a_clock_in_another_zone_gives_the_same_answers(
    service: AppointmentService, clock: Clock
) -> None:
    visit = add(service, madrid(2026, 3, 29, 8, 0), "Europe/Madrid")
    moment = madrid(2026, 3, 28, 23, 59)

    for shown_in in (UTC, NEW_YORK, MADRID):
        clock.now = moment.astimezone(shown_in)
        assert service.days_until(visit) == 1
        assert service.next_appointment() == visit
