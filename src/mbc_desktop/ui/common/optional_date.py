"""A date that may be left empty: the day a medicine was started or stopped, a test's date, a
treatment line's start and stop.

Qt's date field always holds a date. Here one day before the earliest the journal takes stands
for "no date", shown in words ("Still taking it"). Typing a digit into an empty field starts
from today with the first part picked, so "03/05/2026" is typed as it is written; Up or Down
starts from today too. Delete or Backspace with the whole date picked empties it again. A click
never fills it: the calendar opens on this month, and only a day picked there sets the date.
Tab leaves an empty one for the next field (Qt's date field moves Tab between its parts, and
with no date shown it would stay put: a keyboard trap).
"""

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from mbc_desktop.domain.medications import EARLIEST_YEAR, LATEST_YEAR
from mbc_desktop.ui.common.widgets import DateField
from mbc_desktop.words.dates import date_edit_format

EMPTY = QDate(EARLIEST_YEAR - 1, 12, 31)
STARTING_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
CLEARING_KEYS = frozenset({Qt.Key.Key_Delete, Qt.Key.Key_Backspace})


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OptionalDateField(DateField):
    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(date_edit_format())
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(LATEST_YEAR, 12, 31))
        self.setSpecialValueText(empty_text)
        self.setCalendarPopup(True)
        self.setDate(EMPTY)
        calendar = self.calendarWidget()
        if calendar is not None:
            calendar.installEventFilter(self)

    # --- the value -----------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def day(self) -> date | None:
        """The date shown, or None when the field is empty."""
        if self.is_empty():
            return None
        picked = self.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_day(self, day: date | None) -> None:
        """Show ``day`` (None: empty); only if it differs, so a cursor being typed at stays."""
        wanted = EMPTY if day is None else to_qdate(day)
        if self.date() != wanted:
            self.setDate(wanted)

    def clear_day(self) -> None:
        self.set_day(None)

    def _start_from_today(self) -> None:
        self.setDate(QDate.currentDate())
        self.setSelectedSection(self.sectionAt(0))

    # --- keys ----------------------------------------------------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.is_empty():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def _whole_text_picked(self) -> bool:
        inner = self.findChild(QLineEdit)
        return inner is not None and inner.selectedText() == inner.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if self.is_empty() and plain and event.text().isdigit():
            self._start_from_today()
        elif self.is_empty() and plain and event.key() in STARTING_KEYS:
            self._start_from_today()
            event.accept()
            return
        elif plain and event.key() in CLEARING_KEYS and self._whole_text_picked():
            self.clear_day()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The calendar opens on this month, not on the day that stands for "no date".
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
