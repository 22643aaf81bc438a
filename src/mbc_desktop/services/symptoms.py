"""Symptoms and check-ins: rate how you feel now, track your own symptoms, read the history."""

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from mbc_desktop.domain.symptom_figures import Reading
from mbc_desktop.domain.symptoms import (
    CheckIn,
    CheckInChanges,
    NewCheckIn,
    NewSymptom,
    Symptom,
    SymptomKind,
)
from mbc_desktop.domain.text import clean_single_line
from mbc_desktop.services.events import Listeners
from mbc_desktop.services.questions import utc_now

if TYPE_CHECKING:  # the UI imports services before the journal (and SQLAlchemy) is loaded
    from mbc_desktop.storage import Store

__all__ = [
    "FUTURE_TOLERANCE",
    "CheckInAdded",
    "CheckInChanged",
    "CheckInEvent",
    "CheckInRemoved",
    "SymptomService",
    "SymptomsChanged",
]

# A check-in may be up to this far ahead of the clock (two computers' clocks, a slow save).
FUTURE_TOLERANCE = timedelta(minutes=5)
IN_THE_FUTURE = "The check-in's time can't be in the future."
ALREADY_TRACKED = "You already track a symptom with this name."


@dataclass(frozen=True)
class SymptomsChanged:
    """A symptom was added, archived or brought back."""

    symptom: Symptom


@dataclass(frozen=True)
class CheckInAdded:
    check_in: CheckIn


@dataclass(frozen=True)
class CheckInChanged:
    check_in: CheckIn


@dataclass(frozen=True)
class CheckInRemoved:
    check_in: CheckIn


CheckInEvent = SymptomsChanged | CheckInAdded | CheckInChanged | CheckInRemoved


class SymptomService:
    """Every method is one transaction; listeners hear about each change after it commits."""

    def __init__(self, store: "Store", clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock
        self.changes: Listeners[CheckInEvent] = Listeners()

    # --- symptoms ------------------------------------------------------------------------
    def symptoms(self, *, include_archived: bool = False) -> builtins.list[Symptom]:
        """The ESAS-r scales in the form's order, then your own, then named other problems."""
        with self._store.transaction() as tx:
            found = tx.symptoms.list_all()
        return [s for s in found if include_archived or not s.is_archived]

    def get(self, symptom_id: int) -> Symptom:
        with self._store.transaction() as tx:
            return tx.symptoms.get(symptom_id)

    def add_symptom(self, new: NewSymptom) -> Symptom:
        """Track one of your own symptoms. One you archived with the same name comes back,
        with its history, and so does an "other problem" named on a check-in (it is on the
        form from now on); a name you already track (an ESAS-r scale too) is refused."""
        now = self._clock()
        with self._store.transaction() as tx:
            same = [s for s in tx.symptoms.list_all() if s.name.casefold() == new.name.casefold()]
            if any(
                s.kind is SymptomKind.ESAS or (s.kind is SymptomKind.OWN and not s.is_archived)
                for s in same
            ):
                raise ValueError(ALREADY_TRACKED)
            archived = next((s for s in same if s.kind is SymptomKind.OWN), None)
            other = next((s for s in same if s.kind is SymptomKind.OTHER), None)
            if archived is not None:
                symptom = tx.symptoms.set_archived(archived.id, None)
            elif other is not None:
                symptom = tx.symptoms.make_own(other.id)
            else:
                symptom = tx.symptoms.add(SymptomKind.OWN, new.name, now)
        self.changes.emit(SymptomsChanged(symptom))
        return symptom

    def archive(self, symptom_id: int) -> Symptom:
        """Stop tracking one of your own symptoms; its history stays. ESAS-r scales stay."""
        now = self._clock()
        with self._store.transaction() as tx:
            if tx.symptoms.get(symptom_id).kind is SymptomKind.ESAS:
                raise ValueError("the ESAS-r scales can't be archived")
            symptom = tx.symptoms.set_archived(symptom_id, now)
        self.changes.emit(SymptomsChanged(symptom))
        return symptom

    def unarchive(self, symptom_id: int) -> Symptom:
        with self._store.transaction() as tx:
            symptom = tx.symptoms.set_archived(symptom_id, None)
        self.changes.emit(SymptomsChanged(symptom))
        return symptom

    def last_other_problem(self) -> Symptom | None:
        """The "other problem" named in the most recent check-in that rated one."""
        with self._store.transaction() as tx:
            found = tx.check_ins.last_scored(SymptomKind.OTHER)
            return None if found is None else tx.symptoms.get(found)

    # --- check-ins -----------------------------------------------------------------------
    def _refuse_future(self, moment: datetime) -> None:
        if moment > self._clock() + FUTURE_TOLERANCE:
            raise ValueError(IN_THE_FUTURE)

    def add_check_in(self, new: NewCheckIn) -> CheckIn:
        """Save a check-in. A named other problem becomes a symptom of its own the first time
        (the same name later, in any case, is the same symptom), so it has a trend too."""
        self._refuse_future(new.taken_at)
        now = self._clock()
        added: Symptom | None = None
        with self._store.transaction() as tx:
            for symptom_id in new.scores:
                tx.symptoms.get(symptom_id)  # NotFoundError before anything is written
            scores = dict(new.scores)
            name = clean_single_line(new.other_problem)
            if name and new.other_score is not None:
                other = tx.symptoms.named(name, (SymptomKind.OTHER, SymptomKind.OWN))
                if other is None:
                    other = added = tx.symptoms.add(SymptomKind.OTHER, name, now)
                elif other.is_archived:
                    other = added = tx.symptoms.set_archived(other.id, None)
                scores.setdefault(other.id, new.other_score)
            check_in = tx.check_ins.add(
                taken_at=new.taken_at,
                time_zone=new.time_zone,
                completed_by=new.completed_by.value,
                note=new.note,
                scores=scores,
                now=now,
            )
        if added is not None:
            self.changes.emit(SymptomsChanged(added))
        self.changes.emit(CheckInAdded(check_in))
        return check_in

    def update_check_in(self, check_in_id: int, changes: CheckInChanges) -> CheckIn:
        """Apply the fields set in ``changes`` (``scores`` replaces them all)."""
        values = changes.as_dict()
        if changes.taken_at is not None:
            self._refuse_future(changes.taken_at)
        with self._store.transaction() as tx:
            current = tx.check_ins.get(check_in_id)
            for symptom_id in changes.scores or {}:
                tx.symptoms.get(symptom_id)
            values = {k: v for k, v in values.items() if getattr(current, k) != v}
            if not values:
                return current
            check_in = tx.check_ins.update(check_in_id, values, self._clock())
        self.changes.emit(CheckInChanged(check_in))
        return check_in

    def delete_check_in(self, check_in_id: int) -> CheckIn:
        """Delete a check-in; pass the result to ``restore_check_in`` to undo."""
        with self._store.transaction() as tx:
            removed = tx.check_ins.delete(check_in_id)
        self.changes.emit(CheckInRemoved(removed))
        return removed

    def restore_check_in(self, check_in: CheckIn) -> CheckIn:
        """Undo ``delete_check_in``: the same check-in, under the same id."""
        with self._store.transaction() as tx:
            restored = tx.check_ins.restore(check_in)
        self.changes.emit(CheckInAdded(restored))
        return restored

    def get_check_in(self, check_in_id: int) -> CheckIn:
        with self._store.transaction() as tx:
            return tx.check_ins.get(check_in_id)

    def check_ins(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[CheckIn]:
        """Check-ins taken in ``[start, end)`` (None: no limit), newest first."""
        with self._store.transaction() as tx:
            return tx.check_ins.between(start, end)

    def readings(
        self, symptom_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[Reading]:
        """One symptom's scores in ``[start, end)``, oldest first."""
        with self._store.transaction() as tx:
            return tx.check_ins.readings(symptom_id, start, end)

    def all_readings(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> dict[int, builtins.list[Reading]]:
        """Every symptom's scores in ``[start, end)``, oldest first, by symptom id."""
        with self._store.transaction() as tx:
            return tx.check_ins.all_readings(start, end)
