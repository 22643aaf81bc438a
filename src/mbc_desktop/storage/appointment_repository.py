"""Reads and writes appointments inside one transaction; returns domain models, never rows."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from mbc_desktop.domain import Appointment, NewAppointment, NotFoundError, Role
from mbc_desktop.storage.sql import (
    COLUMNS,
    Connection,
    decoded,
    insert,
    select_sql,
    stored_time,
    time_at,
    update,
)

_COLUMNS = COLUMNS["appointments"]
_SELECT = select_sql("appointments")
_IN_ORDER = "ORDER BY starts_at, id"
_LATEST_FIRST = "ORDER BY starts_at DESC, id DESC"


def _to_domain(row: Sequence[Any]) -> Appointment:
    return Appointment.model_validate(decoded(_COLUMNS, row))


def _stored(row: Sequence[Any]) -> Appointment:
    """An appointment as the journal holds it, built without validating it again: every value
    was checked on its way in, and times come back aware, in UTC. (A 10-year journal's 500
    appointments: ~20 ms validated, ~2 ms like this; Home and Symptoms read them all.)"""
    fields = decoded(_COLUMNS, row)
    fields["role"] = Role(fields["role"])
    return Appointment.model_construct(**fields)


class AppointmentRepository:
    """Appointments in the order they happen: by start time, then by when they were added."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def _row(self, appointment_id: int) -> Sequence[Any]:
        row = self._db.execute(f"{_SELECT} WHERE id = ?", (appointment_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"appointment {appointment_id} is not in the journal")
        return row  # type: ignore[no-any-return]

    def _read(self, where: str, parameters: Sequence[object] = ()) -> list[Appointment]:
        return [_stored(row) for row in self._db.execute(f"{_SELECT} {where}", parameters)]

    def list_all(self) -> list[Appointment]:
        return self._read(_IN_ORDER)

    def start_times(self) -> list[datetime]:
        """When every appointment starts (aware, UTC), earliest first: one column, no models."""
        rows = self._db.execute(f"SELECT starts_at FROM appointments {_IN_ORDER}")
        return [time_at(starts_at) for (starts_at,) in rows]

    def started_before(self, moment: datetime, limit: int) -> list[Appointment]:
        """Up to ``limit`` appointments that started at or before ``moment``, latest first."""
        return self._read(
            f"WHERE starts_at <= ? {_LATEST_FIRST} LIMIT ?", (stored_time(moment), limit)
        )

    def unfinished_after(self, moment: datetime, limit: int | None = None) -> list[Appointment]:
        """Appointments not finished that start after ``moment``, earliest first (two at the
        same time: in the order added); at most ``limit``. Read from the start-time index:
        only the rows after ``moment``, however long the journal."""
        where = f"WHERE starts_at > ? AND completed_at IS NULL {_IN_ORDER}"
        if limit is None:
            return self._read(where, (stored_time(moment),))
        return self._read(f"{where} LIMIT ?", (stored_time(moment), limit))

    def unfinished_after_one(self, appointment: Appointment) -> Appointment | None:
        """The first appointment not finished after ``appointment`` in time order (at the
        same time: added after it)."""
        starts = stored_time(appointment.starts_at)
        # From its start on (the index's range), then those at the same time added after it.
        found = self._read(
            "WHERE starts_at >= ? AND (starts_at > ? OR id > ?) AND completed_at IS NULL "
            f"{_IN_ORDER} LIMIT 1",
            (starts, starts, appointment.id),
        )
        return found[0] if found else None

    def last_unfinished_by(self, moment: datetime) -> Appointment | None:
        """The latest appointment not finished that started at or before ``moment``."""
        found = self._read(
            f"WHERE starts_at <= ? AND completed_at IS NULL {_LATEST_FIRST} LIMIT 1",
            (stored_time(moment),),
        )
        return found[0] if found else None

    def get(self, appointment_id: int) -> Appointment:
        return _to_domain(self._row(appointment_id))

    def add(self, new: NewAppointment, now: datetime) -> Appointment:
        appointment_id = insert(
            self._db, "appointments", {**new.model_dump(), "created_at": now, "updated_at": now}
        )
        return self.get(appointment_id)

    def update(self, appointment_id: int, values: dict[str, object], now: datetime) -> Appointment:
        self._row(appointment_id)
        update(self._db, "appointments", appointment_id, {**values, "updated_at": now})
        return self.get(appointment_id)

    def delete(self, appointment_id: int) -> Appointment:
        """Delete it. The database sends questions still planned for it to "the next one";
        move them first (QuestionRepository.replan) to know which they were."""
        removed = _to_domain(self._row(appointment_id))
        self._db.execute("DELETE FROM appointments WHERE id = ?", (appointment_id,))
        return removed

    def restore(self, appointment: Appointment) -> Appointment:
        """Put a deleted appointment back exactly as it was, under the same id."""
        if self._db.execute(
            "SELECT 1 FROM appointments WHERE id = ?", (appointment.id,)
        ).fetchone():
            raise ValueError(f"appointment {appointment.id} is already in the journal")
        insert(self._db, "appointments", appointment.model_dump())
        return self.get(appointment.id)
