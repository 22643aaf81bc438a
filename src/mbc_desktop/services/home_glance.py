"""What Home says at a glance, from the rows ``storage/quick_read.py`` reads before the ORM is
loaded: the next appointment and how many days away it is, the questions planned for it (how
many, how many must be asked), and the symptoms worse since the last appointment.

The same answers as AppointmentService (``next_appointment``, ``days_until``,
``planned_questions``) and SymptomReport (``since_last_visit``) give on the open journal (a
test holds them to it), worked out with the same domain rules (``compare``, WORSENED_BY), so
the first screen and Home once every area is built never disagree.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mbc_desktop.domain.symptom_figures import Reading, SymptomFigures, compare

if TYPE_CHECKING:  # services never import storage at run time (the composition root passes it)
    from mbc_desktop.storage.quick_read import (
        HomeRows,
        QuickAppointment,
        QuickQuestion,
        QuickSymptom,
    )

__all__ = [
    "NO_APPOINTMENT_SPAN",
    "VISIT_WINDOW",
    "GlanceLine",
    "HomeGlance",
    "home_glance",
    "local_start",
]

MUST_ASK = "must_ask"  # Priority.MUST_ASK's stored value
# domain.appointments.VISIT_WINDOW and services.symptom_report.NO_APPOINTMENT_SPAN, for
# ``quick_read`` (those modules load Pydantic). tests/unit/storage/test_quick_read.py holds
# them equal.
VISIT_WINDOW = timedelta(hours=3)
NO_APPOINTMENT_SPAN = timedelta(days=30)


@dataclass(frozen=True)
class GlanceLine:
    """One symptom with a score in the span or the one before it, and its figures."""

    symptom: "QuickSymptom"
    figures: SymptomFigures


@dataclass(frozen=True)
class HomeGlance:
    """Home's first screen. ``days_away``: calendar days from today to the next appointment
    (0 today, 1 tomorrow), in its own zone, else ``zone``, else UTC. ``lines``: every symptom
    with a score since the last appointment or in the same length of time before it, in the
    check-in's order; ``flagged``: those worse by WORSENED_BY points or more."""

    now: datetime
    next_appointment: "QuickAppointment | None"
    days_away: int | None
    planned: tuple["QuickQuestion", ...]
    must_ask: int
    last_appointment: "QuickAppointment | None"
    span_start: datetime
    lines: tuple[GlanceLine, ...]

    @property
    def flagged(self) -> tuple[GlanceLine, ...]:
        return tuple(line for line in self.lines if line.figures.worsened)

    @property
    def rated(self) -> tuple[GlanceLine, ...]:
        return tuple(line for line in self.lines if line.figures.current.count)


def _zone(name: str) -> ZoneInfo | None:
    # As domain.appointments.zone_named: None for no name, or one this computer lacks.
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def local_start(appointment: "QuickAppointment", zone: tzinfo | None = None) -> datetime:
    """When it starts, in its own time zone; without one, in ``zone``, else in UTC (as
    ``Appointment.local_start``)."""
    return appointment.starts_at.astimezone(_zone(appointment.time_zone) or zone or UTC)


def _days_away(appointment: "QuickAppointment", now: datetime, zone: tzinfo | None) -> int:
    where = _zone(appointment.time_zone) or zone or UTC
    return (appointment.starts_at.astimezone(where).date() - now.astimezone(where).date()).days


def home_glance(rows: "HomeRows", zone: tzinfo | None = None) -> HomeGlance:
    """What Home shows, from ``rows`` (``storage.quick_read.read_home``)."""
    nxt = rows.next_appointment
    readings: dict[int, list[Reading]] = defaultdict(list)
    for reading in rows.readings:
        readings[reading.symptom_id].append(
            Reading(at=reading.at, score=reading.score, check_in_id=reading.check_in_id)
        )
    lines = tuple(
        GlanceLine(symptom, compare(readings[symptom.id], rows.span_start, rows.span_end))
        for symptom in rows.symptoms
        if readings.get(symptom.id)
    )
    return HomeGlance(
        now=rows.now,
        next_appointment=nxt,
        days_away=None if nxt is None else _days_away(nxt, rows.now, zone),
        planned=rows.planned,
        must_ask=sum(1 for question in rows.planned if question.priority == MUST_ASK),
        last_appointment=rows.last_appointment,
        span_start=rows.span_start,
        lines=lines,
    )
