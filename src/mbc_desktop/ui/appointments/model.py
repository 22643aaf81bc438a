"""The Qt model behind a list of appointments (upcoming, or past): a few hundred rows at most
in ten years, so a plain list model that is reset when the journal changes."""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mbc_desktop.domain import Appointment
from mbc_desktop.words.dates import when
from mbc_desktop.words.i18n import label

APPOINTMENT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def with_whom(appointment: Appointment) -> str:
    """ "Dr. Ortiz (medical oncologist)", or the role alone when no name is given."""
    role = label(appointment.role)
    if appointment.clinician:
        return f"{appointment.clinician} ({role.lower()})"
    return role


def where(appointment: Appointment) -> str:
    if appointment.telehealth:
        telehealth = QCoreApplication.translate("AppointmentListModel", "Telehealth")
        return f"{telehealth}: {appointment.place}" if appointment.place else telehealth
    return appointment.place


def summary_lines(appointment: Appointment) -> list[str]:
    """When, with whom, and where or what for: what a row shows and a screen reader says."""
    lines = [when(appointment.local_start()), with_whom(appointment)]
    detail = " · ".join(part for part in (where(appointment), appointment.purpose) if part)
    if detail:
        lines.append(detail)
    return lines


class AppointmentListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Appointment] = []

    def set_rows(self, appointments: list[Appointment]) -> None:
        self.beginResetModel()
        self._rows = list(appointments)
        self.endResetModel()

    def appointments(self) -> list[Appointment]:
        return list(self._rows)

    def appointment_at(self, row: int) -> Appointment:
        return self._rows[row]

    def row_of(self, appointment_id: int) -> int | None:
        for row, appointment in enumerate(self._rows):
            if appointment.id == appointment_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        appointment = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(summary_lines(appointment))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(summary_lines(appointment))
        if role == APPOINTMENT_ROLE:
            return appointment
        return None
