"""One 0 to 10 scale of the check-in: eleven numbers in a row, one focusable control.

Keys, so that a whole check-in takes a digit per scale:

- a digit sets the number and moves on to the next scale (``advance``); "1" then "0" within
  ``TEN_WITHIN_MS`` makes 10. After a lone "1" the scale moves on when that moment passes, or
  at once when the next key comes (a digit typed then goes to the next scale);
- Left and Right change the number by one without moving on; Home and End give 0 and 10;
- Backspace, Delete or "-" clear it: the scale is skipped, which is not a zero;
- Up and Down move to the previous and next control, as Shift+Tab and Tab do;
- Enter and Esc are left to the form (save, cancel).

The mouse: click a number to choose it, click it again to clear it.

The chosen number is shown by more than colour: its box is filled, the number is bold, its
edge is thicker and a triangle points at it from below. Every length comes from the font, so
the scale grows with View › Text size. Colours come from the palette (the theme).
"""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from mbc_desktop.domain.symptoms import SCORE_MAX, SCORE_MIN
from mbc_desktop.ui.common.theme import field_border_colour
from mbc_desktop.ui.common.widgets import announce
from mbc_desktop.words.i18n import number

TEN_WITHIN_MS = 800
CLEAR_KEYS = frozenset({Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Minus})
COUNT = SCORE_MAX - SCORE_MIN + 1
# Lengths, as fractions of the font's line spacing or character width.
CELL_MIN_LINES = 1.55  # a box is at least this tall and wide
CELL_PAD_CHARS = 1.6  # room beside the widest number ("10")
GAP_CHARS = 0.45  # between two boxes
MARGIN = 4  # px around it all: room for the focus ring
MARK_LINES = 0.45  # the triangle under the chosen number


def _digit(event: QKeyEvent) -> int | None:
    """The digit a key press types (main keys or keypad), if it is a plain digit."""
    blocking = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    text = event.text()
    if event.modifiers() & blocking or len(text) != 1 or text not in "0123456789":
        return None
    return int(text)


class ScoreScale(QWidget):
    """A 0 to 10 choice; ``value()`` is None while the scale is skipped."""

    value_changed = Signal(object)  # int | None
    advance = Signal()  # a digit chose a number: go on to the next scale

    def __init__(self, name: str, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._name = name
        self._low = low
        self._high = high
        self._pending_one = False  # a "1" was typed: a "0" may follow to make 10
        self._ten_timer = QTimer(self)
        self._ten_timer.setSingleShot(True)
        self._ten_timer.setInterval(TEN_WITHIN_MS)
        self._ten_timer.timeout.connect(self._one_stands)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            self.tr(
                "Type a number from 0 to 10, or click one. Backspace clears it: a scale left "
                "empty is skipped, which is not a zero."
            )
        )
        self._describe()

    # --- value -------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, quiet: bool = False) -> None:
        """Choose ``value`` (None: skipped). ``quiet``: no announcement (loading a form)."""
        if value is not None and not SCORE_MIN <= value <= SCORE_MAX:
            raise ValueError(f"a score runs from {SCORE_MIN} to {SCORE_MAX}")
        if value == self._value:
            return
        self._value = value
        self._describe()
        self.update()
        if not quiet:
            announce(self, self.value_text())
        self.value_changed.emit(value)

    def value_text(self) -> str:
        """The number chosen, or "skipped", in words for a screen reader."""
        if self._value is None:
            return self.tr("%1: skipped").replace("%1", self._name)
        return self.tr("%1: %2").replace("%1", self._name).replace("%2", number(self._value))

    def name(self) -> str:
        return self._name

    def set_words(self, name: str, low: str, high: str) -> None:
        """The scale's name and its words at 0 and 10 (the other problem's follow its name)."""
        self._name, self._low, self._high = name, low, high
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleName(self._name)
        now = self.tr("skipped") if self._value is None else number(self._value)
        self.setAccessibleDescription(
            self.tr("Now: %1. From 0, %2, to 10, %3.")
            .replace("%1", now)
            .replace("%2", self._low)
            .replace("%3", self._high)
        )

    # --- geometry ----------------------------------------------------------------------------
    def _cell(self) -> float:
        metrics = QFontMetrics(self._bold_font())
        wide = metrics.horizontalAdvance("10") + CELL_PAD_CHARS * metrics.averageCharWidth()
        return max(wide, CELL_MIN_LINES * metrics.lineSpacing())

    def _gap(self) -> float:
        return GAP_CHARS * self.fontMetrics().averageCharWidth()

    def _mark(self) -> float:
        return MARK_LINES * self.fontMetrics().lineSpacing()

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def cell_rect(self, score: int) -> QRectF:
        """Where the box of ``score`` is drawn."""
        cell = self._cell()
        left = MARGIN + (score - SCORE_MIN) * (cell + self._gap())
        return QRectF(left, MARGIN, cell, cell)

    def sizeHint(self) -> QSize:
        cell = self._cell()
        width = COUNT * cell + (COUNT - 1) * self._gap() + 2 * MARGIN
        height = cell + self._mark() + 2 * MARGIN
        return QSize(int(width + 1), int(height + 1))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self.updateGeometry()

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            radius = self._cell() * 0.15
            for score in range(SCORE_MIN, SCORE_MAX + 1):
                rect = self.cell_rect(score)
                chosen = score == self._value
                fill = palette.color(
                    QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Base
                )
                ink = palette.color(
                    QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.Text
                )
                edge = palette.color(QPalette.ColorRole.Text) if chosen else field_border_colour()
                width = 3.0 if chosen else 1.0
                painter.setPen(QPen(edge, width))
                painter.setBrush(fill)
                inset = width / 2
                painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)
                painter.setFont(self._bold_font() if chosen else self.font())
                painter.setPen(ink)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), number(score))
                if chosen:
                    self._paint_mark(painter, rect, palette)
        finally:
            painter.end()

    def _paint_mark(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        size = self._mark()
        middle = rect.center().x()
        top = rect.bottom() + size * 0.15
        triangle = QPolygonF(
            [
                QPointF(middle, top),
                QPointF(middle - size * 0.6, top + size * 0.8),
                QPointF(middle + size * 0.6, top + size * 0.8),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.WindowText))
        painter.drawPolygon(triangle)

    # --- keys and mouse ----------------------------------------------------------------------
    def _one_stands(self) -> None:
        """The moment after a lone "1" has passed: it is a 1; move on."""
        if self._pending_one:
            self._pending_one = False
            if self.hasFocus():
                self.advance.emit()

    def settle(self) -> None:
        """Stop waiting for a "0" after a "1" (the 1 stands; nothing moves)."""
        self._pending_one = False
        self._ten_timer.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = _digit(event)
        if self._pending_one:
            self.settle()
            if digit == 0:
                self.set_value(SCORE_MAX)
                self.advance.emit()
                event.accept()
                return
            if digit is not None:
                # The "1" stands; this digit is for the next scale.
                self.advance.emit()
                target = self.window().focusWidget()
                if target is not None and target is not self:
                    QApplication.sendEvent(target, QKeyEvent(event))
                event.accept()
                return
        if digit is not None:
            self.set_value(digit)
            if digit == 1:
                self._pending_one = True
                self._ten_timer.start()
            else:
                self.advance.emit()
            event.accept()
            return
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in CLEAR_KEYS:
            self.set_value(None)
        elif plain and key == Qt.Key.Key_Right:
            self.set_value(SCORE_MIN if self._value is None else min(self._value + 1, SCORE_MAX))
        elif plain and key == Qt.Key.Key_Left:
            self.set_value(SCORE_MIN if self._value is None else max(self._value - 1, SCORE_MIN))
        elif plain and key == Qt.Key.Key_Home:
            self.set_value(SCORE_MIN)
        elif plain and key == Qt.Key.Key_End:
            self.set_value(SCORE_MAX)
        elif plain and key == Qt.Key.Key_Down:
            self.focusNextChild()
        elif plain and key == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)  # Enter, Esc…: the form's
            return
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.settle()
        super().focusOutEvent(event)

    def score_at(self, x: float, y: float) -> int | None:
        """The number whose box is at (x, y), if any."""
        for score in range(SCORE_MIN, SCORE_MAX + 1):
            if self.cell_rect(score).contains(QPointF(x, y)):
                return score
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        position = event.position()
        score = self.score_at(position.x(), position.y())
        if score is not None:
            self.settle()
            self.set_value(None if score == self._value else score)
        event.accept()
