"""Services on a real journal file, with a clock the test moves by hand."""

from datetime import UTC, datetime, timedelta

import pytest

from mbc_desktop.services import AppointmentService, QuestionService
from mbc_desktop.storage import Store


class Clock:
    """A clock the test sets by hand, so every timestamp is known exactly."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


# A Monday morning in March, before any daylight-saving change in Europe or America.
START = datetime(2026, 3, 2, 9, 30, 15, 250000, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def questions(store: Store, clock: Clock) -> QuestionService:
    return QuestionService(store, clock=clock)


@pytest.fixture
def appointments(store: Store, clock: Clock, questions: QuestionService) -> AppointmentService:
    """The appointment service, announcing question changes through ``questions``."""
    return AppointmentService(store, clock=clock, questions=questions)
