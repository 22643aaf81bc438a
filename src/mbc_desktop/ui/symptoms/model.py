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
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)
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
        # Each row's texts, made once per set_rows: a layout asks for them hundreds of times
        # (every size hint), and the words of a row do not change until the rows do.
        self._texts: dict[tuple[int, int], str] = {}
        # Goes up with every set_rows, so a view can keep what it measured until then.
        self.generation = 0

    def set_rows(self, rows: list[SymptomRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.generation += 1
        self.endResetModel()

    def _text(self, place: int, role: int, row: SymptomRow) -> str:
        key = (place, role)
        text = self._texts.get(key)
        if text is None:
            if role == Qt.ItemDataRole.DisplayRole:
                title = self._words.title(row.symptom, row.figures)
                text = f"{title}\n{self._words.line(row.figures, count=False)}"
            elif role == Qt.ItemDataRole.AccessibleTextRole:
                text = self._words.spoken(row.symptom, row.figures)
            else:  # the tooltip: the symptom's name is typed by the person
                text = plain_tooltip(self._words.spoken(row.symptom, row.figures))
            self._texts[key] = text
        return text

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
        place = index.row() if index.isValid() else -1
        row = self.row_at(place)
        if row is None:
            return None
        if role in _TEXT_ROLES:
            return self._text(place, role, row)
        if role == SYMPTOM_ID_ROLE:
            return row.symptom.id
        return None
