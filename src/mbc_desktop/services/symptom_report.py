"""Symptom figures "since my last appointment", for Home and for the summary.

One place works them out, so Home, the Symptoms area and the printed summary can never disagree:
for each symptom, the latest score, the worst (with its date), the average, the change against
the same length of time before, and a flag when it is worse by WORSENED_BY points or more.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from mbc_desktop.domain import Appointment
from mbc_desktop.domain.symptom_figures import SymptomFigures, compare
from mbc_desktop.domain.symptoms import Symptom
from mbc_desktop.services.appointments import AppointmentService
from mbc_desktop.services.questions import utc_now
from mbc_desktop.services.symptoms import SymptomService

__all__ = ["NO_APPOINTMENT_SPAN", "SinceLastVisit", "SymptomLine", "SymptomReport"]

# With no appointment before now, "since my last appointment" reads as the last 30 days.
NO_APPOINTMENT_SPAN = timedelta(days=30)
# The span ends just after "now", so a check-in saved this instant is in it.
_INCLUSIVE = timedelta(microseconds=1)


@dataclass(frozen=True)
class SymptomLine:
    symptom: Symptom
    figures: SymptomFigures


@dataclass(frozen=True)
class SinceLastVisit:
    """The figures from ``start`` (the last appointment's start; without one, 30 days ago) up
    to now, for every symptom with a score in that span or the one before it, in the order
    of the check-in."""

    start: datetime
    end: datetime
    appointment: Appointment | None
    lines: tuple[SymptomLine, ...]

    @property
    def flagged(self) -> tuple[SymptomLine, ...]:
        """The symptoms worse by WORSENED_BY points or more on average."""
        return tuple(line for line in self.lines if line.figures.worsened)

    @property
    def rated(self) -> tuple[SymptomLine, ...]:
        """The symptoms with at least one score since the start."""
        return tuple(line for line in self.lines if line.figures.current.count)


class SymptomReport:
    def __init__(
        self,
        symptoms: SymptomService,
        appointments: AppointmentService,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._symptoms = symptoms
        self._appointments = appointments
        self._clock = clock

    def last_appointment(self, now: datetime | None = None) -> Appointment | None:
        """The most recent appointment that started before ``now`` and is over (finished, or
        its visit window has passed). A visit in progress is the next one, not the last."""
        return self._appointments.last_appointment(self._clock() if now is None else now)

    def since_last_visit(
        self, now: datetime | None = None, *, symptoms: Sequence[Symptom] | None = None
    ) -> SinceLastVisit:
        """``symptoms``: every symptom (archived too), if the caller has just read them."""
        moment = self._clock() if now is None else now
        last = self.last_appointment(moment)
        start = last.starts_at if last is not None else moment - NO_APPOINTMENT_SPAN
        end = moment + _INCLUSIVE
        readings = self._symptoms.all_readings(start - (end - start), end)
        lines = tuple(
            SymptomLine(symptom, compare(readings[symptom.id], start, end))
            for symptom in (
                self._symptoms.symptoms(include_archived=True) if symptoms is None else symptoms
            )
            if readings.get(symptom.id)
        )
        return SinceLastVisit(start=start, end=end, appointment=last, lines=lines)
