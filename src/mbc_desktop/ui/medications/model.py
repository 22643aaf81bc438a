"""The Qt model behind a list of medicines (taken now, or past): a few dozen rows at most, so a
plain list model that is reset when the journal changes."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from mbc_desktop.domain.medications import Medication
from mbc_desktop.words.medications import card_lines
from mbc_desktop.words.texts import plain_tooltip

MEDICATION_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class MedicationListModel(QAbstractListModel):
    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Medication] = []
        self._today = today

    def set_rows(self, medications: list[Medication]) -> None:
        self.beginResetModel()
        self._rows = list(medications)
        self.endResetModel()

    def medications(self) -> list[Medication]:
        return list(self._rows)

    def medication_at(self, row: int) -> Medication:
        return self._rows[row]

    def row_of(self, medication_id: int) -> int | None:
        for row, medication in enumerate(self._rows):
            if medication.id == medication_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        medication = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(card_lines(medication, self._today()))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(card_lines(medication, self._today()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(". ".join(card_lines(medication, self._today())))
        if role == MEDICATION_ROLE:
            return medication
        return None


class CardDelegate(QStyledItemDelegate):
    """Cards as wide as the list (never wider): a long line ends in "…" instead of making the
    list scroll sideways; the whole text is in the tooltip and the screen reader's text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(1, self._view.viewport().width() - 2), hint.height())
