"""Reads and writes medications and their dose history inside one transaction."""

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.medications import DoseStep, Medication, NewMedication, Route
from mbc_desktop.storage.models import DoseStepRow, MedicationRow

_MEDICATION_FIELDS = ("name", "route", "purpose", "started_on", "stopped_on", "notes")


def _step(row: DoseStepRow) -> DoseStep:
    return DoseStep(id=row.id, dose=row.dose, schedule=row.schedule, from_day=row.from_day)


def _step_order(row: DoseStepRow) -> tuple[bool, date, int]:
    # The first step (from the start, no day) first; then by day; same day: the later entry.
    return (row.from_day is not None, row.from_day or date.min, row.id)


def _medication(row: MedicationRow, steps: list[DoseStepRow]) -> Medication:
    return Medication(
        id=row.id,
        name=row.name,
        route=Route(row.route),
        purpose=row.purpose,
        started_on=row.started_on,
        stopped_on=row.stopped_on,
        notes=row.notes,
        steps=tuple(_step(s) for s in sorted(steps, key=_step_order)),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class MedicationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, medication_id: int) -> MedicationRow:
        row = self._session.get(MedicationRow, medication_id)
        if row is None:
            raise NotFoundError(f"medication {medication_id} is not in the journal")
        return row

    def _steps(self, medication_ids: list[int]) -> dict[int, list[DoseStepRow]]:
        found: dict[int, list[DoseStepRow]] = defaultdict(list)
        if medication_ids:
            for step in self._session.scalars(
                select(DoseStepRow).where(DoseStepRow.medication_id.in_(medication_ids))
            ):
                found[step.medication_id].append(step)
        return found

    def list_all(self) -> list[Medication]:
        """Every medication, by name (ignoring case), then in the order added."""
        rows = self._session.scalars(select(MedicationRow)).all()
        steps = self._steps([row.id for row in rows])
        ordered = sorted(rows, key=lambda r: (r.name.casefold(), r.id))
        return [_medication(row, steps[row.id]) for row in ordered]

    def current(self, today: date) -> list[Medication]:
        """The medications still taken on ``today`` (``Medication.is_current``: not stopped, or
        stopping later), in ``list_all``'s order; the stopped ones are not read at all."""
        rows = self._session.scalars(
            select(MedicationRow).where(
                MedicationRow.stopped_on.is_(None) | (MedicationRow.stopped_on >= today)
            )
        ).all()
        steps = self._steps([row.id for row in rows])
        ordered = sorted(rows, key=lambda r: (r.name.casefold(), r.id))
        return [_medication(row, steps[row.id]) for row in ordered]

    def get(self, medication_id: int) -> Medication:
        row = self._row(medication_id)
        return _medication(row, self._steps([row.id])[row.id])

    def add(self, new: NewMedication, now: datetime) -> Medication:
        row = MedicationRow(
            name=new.name,
            route=new.route.value,
            purpose=new.purpose,
            started_on=new.started_on,
            stopped_on=new.stopped_on,
            notes=new.notes,
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        self._session.flush()
        self._session.add(
            DoseStepRow(
                medication_id=row.id,
                dose=new.dose,
                schedule=new.schedule,
                from_day=None,
                created_at=now,
            )
        )
        self._session.flush()
        return self.get(row.id)

    def update(self, medication_id: int, values: dict[str, object], now: datetime) -> Medication:
        """Change the medication's fields; ``dose`` and ``schedule`` correct the current step."""
        row = self._row(medication_id)
        for name in _MEDICATION_FIELDS:
            if name in values:
                value = values[name]
                setattr(row, name, value.value if isinstance(value, Route) else value)
        if "dose" in values or "schedule" in values:
            current = sorted(self._steps([row.id])[row.id], key=_step_order)[-1]
            if "dose" in values:
                current.dose = str(values["dose"])
            if "schedule" in values:
                current.schedule = str(values["schedule"])
        row.updated_at = now
        self._session.flush()
        return self.get(medication_id)

    def add_step(
        self, medication_id: int, dose: str, schedule: str, from_day: date, now: datetime
    ) -> Medication:
        row = self._row(medication_id)
        self._session.add(
            DoseStepRow(
                medication_id=row.id,
                dose=dose,
                schedule=schedule,
                from_day=from_day,
                created_at=now,
            )
        )
        row.updated_at = now
        self._session.flush()
        return self.get(medication_id)

    def remove_step(self, medication_id: int, step_id: int, now: datetime) -> Medication:
        step = self._session.get(DoseStepRow, step_id)
        if step is None or step.medication_id != medication_id:
            raise NotFoundError(f"dose step {step_id} is not in the journal")
        if step.from_day is None:
            raise ValueError("the first dose of a medication can't be removed")
        self._session.delete(step)
        self._row(medication_id).updated_at = now
        self._session.flush()
        return self.get(medication_id)

    def delete(self, medication_id: int) -> Medication:
        removed = self.get(medication_id)
        self._session.delete(self._row(medication_id))
        self._session.flush()
        return removed

    def restore(self, medication: Medication) -> Medication:
        """Put a deleted medication back as it was, with its dose history, under the same ids."""
        if self._session.get(MedicationRow, medication.id) is not None:
            raise ValueError(f"medication {medication.id} is already in the journal")
        self._session.add(
            MedicationRow(
                id=medication.id,
                name=medication.name,
                route=medication.route.value,
                purpose=medication.purpose,
                started_on=medication.started_on,
                stopped_on=medication.stopped_on,
                notes=medication.notes,
                created_at=medication.created_at,
                updated_at=medication.updated_at,
            )
        )
        self._session.flush()
        self._session.add_all(
            DoseStepRow(
                id=step.id,
                medication_id=medication.id,
                dose=step.dose,
                schedule=step.schedule,
                from_day=step.from_day,
                created_at=medication.updated_at,
            )
            for step in medication.steps
        )
        self._session.flush()
        return self.get(medication.id)
