"""Undoable appointment actions: add and delete (its questions come back with it on undo)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain import Appointment, NewAppointment
from mbc_desktop.services import AppointmentService, DeletedAppointment
from mbc_desktop.words.dates import short_date

Select = Callable[[int | None], None]


def _nothing(_appointment_id: int | None) -> None:
    pass


class AddAppointment(QUndoCommand):
    def __init__(
        self, service: AppointmentService, new: NewAppointment, select: Select = _nothing
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AppointmentCommands", "Add appointment on %1").replace(
                "%1", short_date(new.starts_at)
            )
        )
        self._service = service
        self._new = new
        self._select = select
        self.appointment: Appointment | None = None
        self._deleted: DeletedAppointment | None = None

    def redo(self) -> None:
        if self._deleted is None:
            self.appointment = self._service.add(self._new)
        else:
            self.appointment = self._service.restore(self._deleted)
            self._select(self.appointment.id)

    def undo(self) -> None:
        assert self.appointment is not None
        self._deleted = self._service.delete(self.appointment.id)


class DeleteAppointment(QUndoCommand):
    def __init__(
        self, service: AppointmentService, appointment: Appointment, select: Select = _nothing
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AppointmentCommands", "Delete appointment on %1").replace(
                "%1", short_date(appointment.local_start())
            )
        )
        self._service = service
        self._id = appointment.id
        self._select = select
        self._deleted: DeletedAppointment | None = None

    def redo(self) -> None:
        self._deleted = self._service.delete(self._id)

    def undo(self) -> None:
        assert self._deleted is not None
        restored = self._service.restore(self._deleted)
        self._select(restored.id)
