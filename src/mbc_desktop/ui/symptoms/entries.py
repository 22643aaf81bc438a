"""The entries of one symptom: a table of the check-ins that rated it (newest first), with
when, the score, who filled it in and the note. Enter or F2 changes the picked entry, Delete
deletes it (with undo). A check-in that skipped the symptom is not an entry of it."""

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from mbc_desktop.domain.symptoms import CheckIn
from mbc_desktop.words.dates import clock_time, short_date, zone
from mbc_desktop.words.i18n import label, number
from mbc_desktop.words.texts import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
WHEN, SCORE, WHO, NOTE = range(4)
NOTE_CHARS = 120  # of a note in the table; the whole note is in its tooltip


def _local(check_in: CheckIn) -> datetime:
    return check_in.local_time(zone(check_in.time_zone))


def _shown(check_in: CheckIn) -> tuple[object, ...]:
    """What a row shows (and which check-in it is): rows equal in this are the same row."""
    return (
        check_in.id,
        check_in.taken_at,
        check_in.time_zone,
        check_in.completed_by,
        check_in.note,
        tuple(sorted(check_in.scores.items())),
    )


class EntriesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._symptom_id: int | None = None
        self._rows: list[CheckIn] = []
        # Each cell's words, made once per set_rows: the table asks for them on every paint
        # (and the area is painted whole each time it is shown).
        self._texts: dict[tuple[int, int, int], object] = {}

    def set_rows(self, symptom_id: int | None, check_ins: list[CheckIn]) -> None:
        """The check-ins that rated ``symptom_id``, in the order given (newest first).

        The same entries as shown: nothing happens. The same symptom with entries added or
        taken away at the top only (a check-in saved, or that undone): those rows are
        inserted or removed, so the table keeps its place and lays out only them. Anything
        else resets the table."""
        rows = [c for c in check_ins if symptom_id is not None and symptom_id in c.scores]
        if symptom_id == self._symptom_id:
            old, new = [_shown(c) for c in self._rows], [_shown(c) for c in rows]
            if new == old:
                self._rows = rows
                return
            added, removed = len(new) - len(old), len(old) - len(new)
            if added > 0 and new[added:] == old:
                self.beginInsertRows(QModelIndex(), 0, added - 1)
                self._rows = rows
                self._texts.clear()  # kept by row number: every row moved down
                self.endInsertRows()
                return
            if removed > 0 and old[removed:] == new:
                self.beginRemoveRows(QModelIndex(), 0, removed - 1)
                self._rows = rows
                self._texts.clear()
                self.endRemoveRows()
                return
        self.beginResetModel()
        self._symptom_id = symptom_id
        self._rows = rows
        self._texts.clear()
        self.endResetModel()

    def check_ins(self) -> list[CheckIn]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def check_in_at(self, row: int) -> CheckIn | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, check_in_id: int) -> int | None:
        for place, check_in in enumerate(self._rows):
            if check_in.id == check_in_id:
                return place
        return None

    def score_of(self, check_in: CheckIn) -> int:
        assert self._symptom_id is not None
        return check_in.scores[self._symptom_id]

    def _cell(self, check_in: CheckIn, column: int) -> str:
        if column == WHEN:
            local = _local(check_in)
            return f"{short_date(local)} {clock_time(local)}"
        if column == SCORE:
            return number(self.score_of(check_in))
        if column == WHO:
            return label(check_in.completed_by)
        note = " ".join(check_in.note.split())
        return note if len(note) <= NOTE_CHARS else note[: NOTE_CHARS - 1] + "…"

    def spoken(self, check_in: CheckIn) -> str:
        """The whole entry in one sentence."""
        text = (
            self.tr("%1: %2 of 10, by %3.")
            .replace("%1", self._cell(check_in, WHEN))
            .replace("%2", number(self.score_of(check_in)))
            .replace("%3", label(check_in.completed_by).lower())
        )
        if check_in.note:
            text += " " + self.tr("Note: %1").replace("%1", check_in.note)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _TEXT_ROLES:
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SCORE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        key = (index.row(), index.column(), role)
        if key in self._texts:
            return self._texts[key]
        value = self._data(index, role)
        self._texts[key] = value
        return value

    def _data(self, index: Index, role: int) -> object:
        check_in = self.check_in_at(index.row()) if index.isValid() else None
        if check_in is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(check_in, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                plain_tooltip(check_in.note) if index.column() == NOTE and check_in.note else None
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(check_in) if index.column() == WHEN else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Score"),
            self.tr("Completed by"),
            self.tr("Note"),
        )[section]


class EntriesTable(QTableView):
    edit_requested = Signal()
    delete_requested = Signal()
    MAX_ROWS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptomEntries")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self._overflow = False  # the columns are wider than the table (as last laid out)

    def fit_columns(self) -> None:
        """Columns as wide as their text at the current text size (measured on words, not
        on every row: a ten-year table stays quick)."""
        metrics = self.fontMetrics()
        pad = 2 * metrics.averageCharWidth()
        sample = datetime(2026, 12, 28, 22, 45)
        when = f"{short_date(sample)} {clock_time(sample)}"
        model = self.model()
        headers = [
            str(model.headerData(column, Qt.Orientation.Horizontal)) if model else ""
            for column in range(3)
        ]
        widths = (
            max(metrics.horizontalAdvance(when), metrics.horizontalAdvance(headers[WHEN])),
            max(metrics.horizontalAdvance("10"), metrics.horizontalAdvance(headers[SCORE])),
            max(
                metrics.horizontalAdvance(headers[WHO]),
                *(metrics.horizontalAdvance(label(who)) for who in ("me", "caregiver")),
            ),
        )
        # Only what differs: setting a width or the row height, even unchanged, lays out and
        # paints the table again (on every show of the area and every trend shown).
        for column, width in enumerate(widths):
            if self.columnWidth(column) != width + pad:
                self.setColumnWidth(column, width + pad)
        rows = self.verticalHeader()
        height = int(metrics.lineSpacing() * 1.5)
        if rows.defaultSectionSize() != height:
            rows.setDefaultSectionSize(height)
        self._follow_overflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()  # the text size changed: columns as wide as their text again

    def shown_rows(self) -> tuple[int, int]:
        """How many rows it is as tall as (up to MAX_ROWS, then it scrolls), and how tall."""
        model = self.model()
        rows = max(3, min(model.rowCount() if model is not None else 0, self.MAX_ROWS))
        return rows, self.verticalHeader().defaultSectionSize()

    def _height(self) -> int:
        """As tall as its rows, up to MAX_ROWS (then it scrolls), and the horizontal scroll
        bar under them when the columns are wider than the table (a narrow window): without
        its room the last row was hidden, and a vertical scroll bar shown for it."""
        rows, height = self.shown_rows()
        header = self.horizontalHeader().sizeHint().height()
        wide = self.horizontalScrollBar()
        under = wide.sizeHint().height() if self._columns_overflow() else 0
        return rows * height + header + under + 2 * self.frameWidth()

    def _columns_overflow(self) -> bool:
        """The columns are wider than the table: the last one, stretched to fill, is kept
        at least its default width, and a vertical scroll bar takes room when the rows
        outnumber MAX_ROWS."""
        columns = self.horizontalHeader()
        count = columns.count()
        if not count or self.width() <= 0:
            return False
        needed = sum(columns.sectionSize(column) for column in range(count - 1))
        needed += columns.defaultSectionSize()
        room = self.width() - 2 * self.frameWidth()
        model = self.model()
        if model is not None and model.rowCount() > self.MAX_ROWS:
            room -= self.verticalScrollBar().sizeHint().width()
        return needed > room

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_overflow()

    def _follow_overflow(self) -> None:
        overflow = self._columns_overflow()
        if overflow != self._overflow:
            self._overflow = overflow
            self.updateGeometry()  # the horizontal scroll bar comes or goes: another height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        elif plain and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
