"""The list of symptoms in the Symptoms area, each with its figures "since my last
appointment": two lines a row (the name, with the ⚑ flag; then the figures), and the whole of
it in one sentence for a screen reader."""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from mbc_desktop.domain.symptom_figures import SymptomFigures
from mbc_desktop.domain.symptoms import Symptom
from mbc_desktop.words.symptom_figures import FigureWords
from mbc_desktop.words.texts import plain_tooltip

SYMPTOM_ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SymptomRow:
    symptom: Symptom
    figures: SymptomFigures | None  # None: no score in the span nor in the one before


class SymptomListModel(QAbstractListModel):
    def __init__(self, words: FigureWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SymptomRow] = []
        self._words = words

    def set_rows(self, rows: list[SymptomRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SymptomRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> SymptomRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, symptom_id: int) -> int | None:
        for place, row in enumerate(self._rows):
            if row.symptom.id == symptom_id:
                return place
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self._words.title(row.symptom, row.figures)
            return f"{title}\n{self._words.line(row.figures, count=False)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._words.spoken(row.symptom, row.figures)
        if role == Qt.ItemDataRole.ToolTipRole:  # the symptom's name is typed by the person
            return plain_tooltip(self._words.spoken(row.symptom, row.figures))
        if role == SYMPTOM_ID_ROLE:
            return row.symptom.id
        return None
