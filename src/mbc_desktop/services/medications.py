"""Medications: the current and past lists, dose changes kept as history, and what started,
changed or stopped between two days, worked out from the record."""

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from mbc_desktop.domain.medications import (
    STOPPED_BEFORE_STARTED,
    DoseChange,
    Medication,
    MedicationChanges,
    MedicationEvent,
    NewMedication,
    changes_between,
)
from mbc_desktop.services.events import Listeners
from mbc_desktop.services.questions import utc_now

if TYPE_CHECKING:
    from mbc_desktop.storage import Store

__all__ = [
    "MedicationAdded",
    "MedicationChanged",
    "MedicationRemoved",
    "MedicationService",
    "MedicationServiceEvent",
]

BEFORE_START = "A new dose can't start before the medicine was started."
AFTER_STOP = "A new dose can't start after the medicine was stopped."
NOT_AFTER_LAST = "A new dose has to start after the last change."


@dataclass(frozen=True)
class MedicationAdded:
    medication: Medication


@dataclass(frozen=True)
class MedicationChanged:
    medication: Medication


@dataclass(frozen=True)
class MedicationRemoved:
    medication: Medication


MedicationServiceEvent = MedicationAdded | MedicationChanged | MedicationRemoved


def _local_today() -> date:
    return date.today()


class MedicationService:
    """Every method is one transaction; listeners hear about each change after it commits.

    ``today`` gives the person's calendar day (the computer's local date by default): a
    medicine stopped today is still on the current list until tomorrow.
    """

    def __init__(
        self,
        store: "Store",
        clock: Callable[[], datetime] = utc_now,
        today: Callable[[], date] = _local_today,
    ) -> None:
        self._store = store
        self._clock = clock
        self._today = today
        self.changes: Listeners[MedicationServiceEvent] = Listeners()

    def list(self) -> builtins.list[Medication]:
        """Every medication, by name."""
        with self._store.transaction() as tx:
            return tx.medications.list_all()

    def current(self, today: date | None = None) -> builtins.list[Medication]:
        """Still taken on ``today`` (the person's day by default), by name: the stopped ones
        are not read."""
        day = self._today() if today is None else today
        with self._store.transaction() as tx:
            return tx.medications.current(day)

    def past(self, today: date | None = None) -> builtins.list[Medication]:
        """Stopped before today, the most recently stopped first."""
        day = self._today() if today is None else today
        stopped = [m for m in self.list() if not m.is_current(day)]
        return sorted(stopped, key=lambda m: m.stopped_on or date.min, reverse=True)

    def get(self, medication_id: int) -> Medication:
        with self._store.transaction() as tx:
            return tx.medications.get(medication_id)

    def add(self, new: NewMedication) -> Medication:
        with self._store.transaction() as tx:
            medication = tx.medications.add(new, self._clock())
        self.changes.emit(MedicationAdded(medication))
        return medication

    def update(self, medication_id: int, changes: MedicationChanges) -> Medication:
        """Apply the fields set in ``changes``; the start and stop days must stay in order,
        and after the start no dose change may come before it."""
        values = changes.as_dict()
        with self._store.transaction() as tx:
            current = tx.medications.get(medication_id)
            values = {k: v for k, v in values.items() if getattr(current, k) != v}
            if not values:
                return current
            started = values.get("started_on", current.started_on)
            stopped = values.get("stopped_on", current.stopped_on)
            if isinstance(started, date) and isinstance(stopped, date) and stopped < started:
                raise ValueError(STOPPED_BEFORE_STARTED)
            # Every dose change stays within the days it was taken (as change_dose keeps it).
            changed_on = [s.from_day for s in current.steps if s.from_day is not None]
            if (
                "started_on" in values
                and isinstance(started, date)
                and any(started > day for day in changed_on)
            ):
                raise ValueError(BEFORE_START)
            if (
                "stopped_on" in values
                and isinstance(stopped, date)
                and any(stopped < day for day in changed_on)
            ):
                raise ValueError(AFTER_STOP)
            medication = tx.medications.update(medication_id, values, self._clock())
        self.changes.emit(MedicationChanged(medication))
        return medication

    def change_dose(self, medication_id: int, change: DoseChange) -> Medication:
        """Record a new dose or schedule from ``change.on``; the old one stays in the history."""
        with self._store.transaction() as tx:
            current = tx.medications.get(medication_id)
            if current.started_on is not None and change.on < current.started_on:
                raise ValueError(BEFORE_START)
            if current.stopped_on is not None and change.on > current.stopped_on:
                raise ValueError(AFTER_STOP)
            last_day = current.current.from_day
            if last_day is not None and change.on <= last_day:
                raise ValueError(NOT_AFTER_LAST)
            medication = tx.medications.add_step(
                medication_id, change.dose, change.schedule, change.on, self._clock()
            )
        self.changes.emit(MedicationChanged(medication))
        return medication

    def remove_dose_change(self, medication_id: int, step_id: int) -> Medication:
        """Take back a recorded dose change (undo); the first dose can't be removed."""
        with self._store.transaction() as tx:
            medication = tx.medications.remove_step(medication_id, step_id, self._clock())
        self.changes.emit(MedicationChanged(medication))
        return medication

    def delete(self, medication_id: int) -> Medication:
        """Delete a medication and its history; pass the result to ``restore`` to undo."""
        with self._store.transaction() as tx:
            removed = tx.medications.delete(medication_id)
        self.changes.emit(MedicationRemoved(removed))
        return removed

    def restore(self, medication: Medication) -> Medication:
        with self._store.transaction() as tx:
            restored = tx.medications.restore(medication)
        self.changes.emit(MedicationAdded(restored))
        return restored

    def changes_between(
        self, first: date, last: date | None = None
    ) -> builtins.list[MedicationEvent]:
        """What started, changed or stopped from ``first`` to ``last`` (both included)."""
        return changes_between(self.list(), first, last)
