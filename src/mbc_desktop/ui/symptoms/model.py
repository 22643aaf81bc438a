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
        # Goes up with every change of rows, so a view can keep what it measured until then.
        self.generation = 0
        self.resets_avoided = 0  # rows updated in place instead of a reset (for tests)

    def set_rows(self, rows: list[SymptomRow]) -> bool:
        """Show ``rows``. The same symptoms in the same order (a check-in saved, the clock
        moved): only the rows whose figures changed are told, and the view keeps its current
        row and selection; other symptoms: the model is reset. True if it was reset."""
        rows = list(rows)
        if rows and [r.symptom.id for r in rows] == [r.symptom.id for r in self._rows]:
            changed = [place for place, row in enumerate(rows) if row != self._rows[place]]
            if changed:
                # A row's words may wrap to another number of lines: a layout change (the
                # view measures the rows again), not a reset (it would lose its place).
                self.layoutAboutToBeChanged.emit()
                self._rows = rows
                for place in changed:
                    for role in _TEXT_ROLES:
                        self._texts.pop((place, role), None)
                self.generation += 1
                self.layoutChanged.emit()
                self.resets_avoided += 1
            return False
        self.beginResetModel()
        self._rows = rows
        self._texts.clear()
        self.generation += 1
        self.endResetModel()
        return True

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
