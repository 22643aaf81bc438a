"""Reads and writes appointments inside one transaction; returns domain models, never rows."""

from datetime import datetime
from enum import Enum

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session

from mbc_desktop.domain import Appointment, NewAppointment, NotFoundError, Role
from mbc_desktop.storage.models import AppointmentRow

_COLUMNS = tuple(column.key for column in AppointmentRow.__table__.columns)


def _to_domain(row: AppointmentRow) -> Appointment:
    return Appointment.model_validate({column: getattr(row, column) for column in _COLUMNS})


def _stored(values: RowMapping) -> Appointment:
    """An appointment as the journal holds it, built without validating it again: every value
    was checked on its way in, and times come back aware, in UTC. (A 10-year journal's 500
    appointments: ~20 ms validated, ~2 ms like this; Home and Symptoms read them all.)"""
    fields = dict(values)
    fields["role"] = Role(fields["role"])
    return Appointment.model_construct(**fields)


def _plain(values: dict[str, object]) -> dict[str, object]:
    """Column values: a choice is stored as its plain string value."""
    return {
        name: value.value if isinstance(value, Enum) else value for name, value in values.items()
    }


class AppointmentRepository:
    """Appointments in the order they happen: by start time, then by when they were added."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, appointment_id: int) -> AppointmentRow:
        row = self._session.get(AppointmentRow, appointment_id)
        if row is None:
            raise NotFoundError(f"appointment {appointment_id} is not in the journal")
        return row

    def list_all(self) -> list[Appointment]:
        table = AppointmentRow.__table__
        rows = self._session.execute(
            select(table).order_by(table.c.starts_at, table.c.id)
        ).mappings()
        return [_stored(row) for row in rows]

    def start_times(self) -> list[datetime]:
        """When every appointment starts (aware, UTC), earliest first: one column, no models."""
        return list(
            self._session.scalars(
                select(AppointmentRow.starts_at).order_by(
                    AppointmentRow.starts_at, AppointmentRow.id
                )
            )
        )

    def started_before(self, moment: datetime, limit: int) -> list[Appointment]:
        """Up to ``limit`` appointments that started at or before ``moment``, latest first."""
        table = AppointmentRow.__table__
        rows = self._session.execute(
            select(table)
            .where(table.c.starts_at <= moment)
            .order_by(table.c.starts_at.desc(), table.c.id.desc())
            .limit(limit)
        ).mappings()
        return [_stored(row) for row in rows]

    def unfinished_after(self, moment: datetime, limit: int | None = None) -> list[Appointment]:
        """Appointments not finished that start after ``moment``, earliest first (two at the
        same time: in the order added); at most ``limit``. Read from the start-time index:
        only the rows after ``moment``, however long the journal."""
        table = AppointmentRow.__table__
        query = (
            select(table)
            .where(table.c.starts_at > moment, table.c.completed_at.is_(None))
            .order_by(table.c.starts_at, table.c.id)
        )
        if limit is not None:
            query = query.limit(limit)
        return [_stored(row) for row in self._session.execute(query).mappings()]

    def unfinished_after_one(self, appointment: Appointment) -> Appointment | None:
        """The first appointment not finished after ``appointment`` in time order (at the
        same time: added after it)."""
        table = AppointmentRow.__table__
        # From its start on (the index's range), then those at the same time added after it.
        later = (table.c.starts_at >= appointment.starts_at) & (
            (table.c.starts_at > appointment.starts_at) | (table.c.id > appointment.id)
        )
        row = (
            self._session.execute(
                select(table)
                .where(later, table.c.completed_at.is_(None))
                .order_by(table.c.starts_at, table.c.id)
                .limit(1)
            )
            .mappings()
            .first()
        )
        return None if row is None else _stored(row)

    def last_unfinished_by(self, moment: datetime) -> Appointment | None:
        """The latest appointment not finished that started at or before ``moment``."""
        table = AppointmentRow.__table__
        row = (
            self._session.execute(
                select(table)
                .where(table.c.starts_at <= moment, table.c.completed_at.is_(None))
                .order_by(table.c.starts_at.desc(), table.c.id.desc())
                .limit(1)
            )
            .mappings()
            .first()
        )
        return None if row is None else _stored(row)

    def get(self, appointment_id: int) -> Appointment:
        return _to_domain(self._row(appointment_id))

    def add(self, new: NewAppointment, now: datetime) -> Appointment:
        row = AppointmentRow(**_plain(new.model_dump()), created_at=now, updated_at=now)
        self._session.add(row)
        self._session.flush()
        return _to_domain(row)

    def update(self, appointment_id: int, values: dict[str, object], now: datetime) -> Appointment:
        row = self._row(appointment_id)
        for name, value in _plain(values).items():
            setattr(row, name, value)
        row.updated_at = now
        self._session.flush()
        return _to_domain(row)

    def delete(self, appointment_id: int) -> Appointment:
        """Delete it. The database sends questions still planned for it to "the next one";
        move them first (QuestionRepository.replan) to know which they were."""
        row = self._row(appointment_id)
        removed = _to_domain(row)
        self._session.delete(row)
        self._session.flush()
        return removed

    def restore(self, appointment: Appointment) -> Appointment:
        """Put a deleted appointment back exactly as it was, under the same id."""
        if self._session.get(AppointmentRow, appointment.id) is not None:
            raise ValueError(f"appointment {appointment.id} is already in the journal")
        row = AppointmentRow(**_plain(appointment.model_dump()))
        self._session.add(row)
        self._session.flush()
        return _to_domain(row)
