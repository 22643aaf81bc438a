"""The next appointment, the upcoming ones, the last one left unfinished and the one after a
visit are read from the journal's index (a few rows, however long the journal), and give
exactly what the whole list, read and filtered, gives: at any moment, with finished and
unfinished visits, several at the same time, and clocks in zones with daylight-saving changes.
"""

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mbc_desktop.domain import VISIT_WINDOW, Appointment, NewAppointment
from mbc_desktop.services import AppointmentService
from mbc_desktop.storage import Store
from tests.unit.services.conftest import Clock

NEW_YORK = ZoneInfo("America/New_York")
BASE = datetime(2026, 10, 28, 12, 0, tzinfo=UTC)  # days before summer time ends in New York


def reference_next(every: list[Appointment], now: datetime) -> Appointment | None:
    return next((a for a in every if a.is_upcoming(now)), None)


def reference_last_unfinished(every: list[Appointment], now: datetime) -> Appointment | None:
    past = [a for a in reversed(every) if not a.is_upcoming(now)]
    return next((a for a in past if not a.is_completed), None)


def reference_after(every: list[Appointment], this: Appointment) -> Appointment | None:
    key = (this.starts_at, this.id)
    return next((a for a in every if (a.starts_at, a.id) > key and not a.is_completed), None)


@pytest.fixture
def service(store: Store) -> AppointmentService:
    return AppointmentService(store, clock=Clock(BASE))


def fill(service: AppointmentService, seed: int) -> list[Appointment]:
    """Appointments every few hours over ten days, some at the same moment, some finished."""
    rng = random.Random(seed)
    for _ in range(40):
        starts_at = BASE + timedelta(hours=rng.randrange(0, 240, 3))
        added = service.add(NewAppointment(starts_at=starts_at, time_zone="America/New_York"))
        if rng.random() < 0.5:
            service.finish_visit(added.id)
    return service.list()


@pytest.mark.parametrize("seed", range(6))
def test_windowed_reads_match_the_whole_list_at_every_moment(
    service: AppointmentService, seed: int
) -> None:
    every = fill(service, seed)
    rng = random.Random(seed)
    moments = [BASE + timedelta(hours=rng.uniform(-5, 250)) for _ in range(40)]
    # Exactly at the edge of a visit window, and at a start, in both directions.
    for appointment in every[:10]:
        moments += [
            appointment.starts_at,
            appointment.starts_at + VISIT_WINDOW,
            appointment.starts_at + VISIT_WINDOW - timedelta(microseconds=1),
        ]
    # In New York's time too, across the night summer time ends (1 November 2026).
    moments += [moment.astimezone(NEW_YORK) for moment in moments[:40]]
    for now in moments:
        assert service.next_appointment(now) == reference_next(every, now), now
        assert service.upcoming(now) == [a for a in every if a.is_upcoming(now)], now
        assert service.last_unfinished(now) == reference_last_unfinished(every, now), now
    for appointment in every:
        assert service.first_unfinished_after(appointment) == reference_after(every, appointment)


def test_the_window_is_real_hours_in_the_hour_that_happens_twice(
    service: AppointmentService,
) -> None:
    late = service.add(
        NewAppointment(
            starts_at=datetime(2026, 10, 31, 23, 30, tzinfo=NEW_YORK), time_zone="America/New_York"
        )
    )
    # The second 01:30 (EST) is three real hours after the start: over, and not finished.
    now = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK, fold=1)
    assert service.next_appointment(now) is None
    assert service.last_unfinished(now) == late
    # The first 01:30 (EDT) is two hours after it: still in progress.
    now = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK, fold=0)
    assert service.next_appointment(now) == late
    assert service.last_unfinished(now) is None
