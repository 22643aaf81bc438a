"""Reads and writes medications and their dose history inside one transaction."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.medications import DoseStep, Medication, NewMedication, Route
from mbc_desktop.storage.sql import COLUMNS, Connection, decoded, insert, select_sql, update

_MEDICATION_FIELDS = ("name", "route", "purpose", "started_on", "stopped_on", "notes")
_MEDICATION_COLUMNS = COLUMNS["medications"]
_MEDICATIONS = select_sql("medications")
_STEP_COLUMNS = COLUMNS["dose_steps"]
_STEPS = select_sql("dose_steps")


def _step_order(step: dict[str, Any]) -> tuple[bool, date, int]:
    # The first step (from the start, no day) first; then by day; same day: the later entry.
    return (step["from_day"] is not None, step["from_day"] or date.min, step["id"])


def _medication(row: Sequence[Any], steps: list[dict[str, Any]]) -> Medication:
    values = decoded(_MEDICATION_COLUMNS, row)
    return Medication(
        id=values["id"],
        name=values["name"],
        route=Route(values["route"]),
        purpose=values["purpose"],
        started_on=values["started_on"],
        stopped_on=values["stopped_on"],
        notes=values["notes"],
        steps=tuple(
            DoseStep(id=s["id"], dose=s["dose"], schedule=s["schedule"], from_day=s["from_day"])
            for s in sorted(steps, key=_step_order)
        ),
        created_at=values["created_at"],
        updated_at=values["updated_at"],
    )


def _in_list_order(rows: list[Any]) -> list[Any]:
    """By name (ignoring case), then in the order added."""
    name, key = _MEDICATION_COLUMNS.index("name"), _MEDICATION_COLUMNS.index("id")
    return sorted(rows, key=lambda row: (row[name].casefold(), row[key]))


class MedicationRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def _row(self, medication_id: int) -> Sequence[Any]:
        row = self._db.execute(f"{_MEDICATIONS} WHERE id = ?", (medication_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"medication {medication_id} is not in the journal")
        return row  # type: ignore[no-any-return]

    def _steps(self, medication_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = defaultdict(list)
        # SQLite allows 32766 parameters in one statement.
        for first in range(0, len(medication_ids), 30000):
            chunk = medication_ids[first : first + 30000]
            rows = self._db.execute(
                f"{_STEPS} WHERE medication_id IN ({', '.join('?' * len(chunk))})", chunk
            )
            for row in rows:
                step = decoded(_STEP_COLUMNS, row)
                found[step["medication_id"]].append(step)
        return found

    def _made(self, rows: list[Any]) -> list[Medication]:
        steps = self._steps([row[0] for row in rows])
        return [_medication(row, steps[row[0]]) for row in _in_list_order(rows)]

    def list_all(self) -> list[Medication]:
        """Every medication, by name (ignoring case), then in the order added."""
        return self._made(self._db.execute(_MEDICATIONS).fetchall())

    def current(self, today: date) -> list[Medication]:
        """The medications still taken on ``today`` (``Medication.is_current``: not stopped, or
        stopping later), in ``list_all``'s order; the stopped ones are not read at all."""
        rows = self._db.execute(
            f"{_MEDICATIONS} WHERE stopped_on IS NULL OR stopped_on >= ?", (today.isoformat(),)
        ).fetchall()
        return self._made(rows)

    def get(self, medication_id: int) -> Medication:
        return self._made([self._row(medication_id)])[0]

    def add(self, new: NewMedication, now: datetime) -> Medication:
        medication_id = insert(
            self._db,
            "medications",
            {
                "name": new.name,
                "route": new.route,
                "purpose": new.purpose,
                "started_on": new.started_on,
                "stopped_on": new.stopped_on,
                "notes": new.notes,
                "created_at": now,
                "updated_at": now,
            },
        )
        insert(
            self._db,
            "dose_steps",
            {
                "medication_id": medication_id,
                "dose": new.dose,
                "schedule": new.schedule,
                "from_day": None,
                "created_at": now,
            },
        )
        return self.get(medication_id)

    def update(self, medication_id: int, values: dict[str, object], now: datetime) -> Medication:
        """Change the medication's fields; ``dose`` and ``schedule`` correct the current step."""
        self._row(medication_id)
        changes = {name: values[name] for name in _MEDICATION_FIELDS if name in values}
        update(self._db, "medications", medication_id, {**changes, "updated_at": now})
        if "dose" in values or "schedule" in values:
            current = sorted(self._steps([medication_id])[medication_id], key=_step_order)[-1]
            step: dict[str, object] = {
                name: str(values[name]) for name in ("dose", "schedule") if name in values
            }
            update(self._db, "dose_steps", current["id"], step)
        return self.get(medication_id)

    def add_step(
        self, medication_id: int, dose: str, schedule: str, from_day: date, now: datetime
    ) -> Medication:
        self._row(medication_id)
        insert(
            self._db,
            "dose_steps",
            {
                "medication_id": medication_id,
                "dose": dose,
                "schedule": schedule,
                "from_day": from_day,
                "created_at": now,
            },
        )
        update(self._db, "medications", medication_id, {"updated_at": now})
        return self.get(medication_id)

    def remove_step(self, medication_id: int, step_id: int, now: datetime) -> Medication:
        row = self._db.execute(f"{_STEPS} WHERE id = ?", (step_id,)).fetchone()
        step = None if row is None else decoded(_STEP_COLUMNS, row)
        if step is None or step["medication_id"] != medication_id:
            raise NotFoundError(f"dose step {step_id} is not in the journal")
        if step["from_day"] is None:
            raise ValueError("the first dose of a medication can't be removed")
        self._db.execute("DELETE FROM dose_steps WHERE id = ?", (step_id,))
        self._row(medication_id)
        update(self._db, "medications", medication_id, {"updated_at": now})
        return self.get(medication_id)

    def delete(self, medication_id: int) -> Medication:
        removed = self.get(medication_id)
        self._db.execute("DELETE FROM medications WHERE id = ?", (medication_id,))
        return removed

    def restore(self, medication: Medication) -> Medication:
        """Put a deleted medication back as it was, with its dose history, under the same ids."""
        if self._db.execute("SELECT 1 FROM medications WHERE id = ?", (medication.id,)).fetchone():
            raise ValueError(f"medication {medication.id} is already in the journal")
        insert(
            self._db,
            "medications",
            {
                "id": medication.id,
                "name": medication.name,
                "route": medication.route,
                "purpose": medication.purpose,
                "started_on": medication.started_on,
                "stopped_on": medication.stopped_on,
                "notes": medication.notes,
                "created_at": medication.created_at,
                "updated_at": medication.updated_at,
            },
        )
        for step in medication.steps:
            insert(
                self._db,
                "dose_steps",
                {
                    "id": step.id,
                    "medication_id": medication.id,
                    "dose": step.dose,
                    "schedule": step.schedule,
                    "from_day": step.from_day,
                    "created_at": medication.updated_at,
                },
            )
        return self.get(medication.id)
