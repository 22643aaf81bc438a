"""A symptom's trend on screen: the chart renderer (``charts/trend.py``) painting into a widget
in the current theme's colours.

It takes the keyboard (Tab) so that a screen reader reaches it: its accessible name is the
chart's title and its description the chart in words (``charts.describe``). Its height is
asked for in lines of text, so at 200 % text the chart grows and its labels still fit. With no
chart it shows a calm sentence the caller gives (``set_empty_text``).
"""

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mbc_desktop.charts import ChartStyle, TrendChart, describe, paint_trend
from mbc_desktop.ui.common.theme import Theme, contrast_ratio, current_theme

# Gridlines are a guide, not data: where the theme's divider stands out strongly (white on
# black in high contrast) they are drawn halfway to the background, so the scores stand out.
QUIET_GRID_ABOVE = 3.0


def _grid_colour(theme: Theme) -> QColor:
    divider, base = QColor(theme.divider), QColor(theme.base)
    if contrast_ratio(theme.divider, theme.base) <= QUIET_GRID_ABOVE:
        return divider
    return QColor(
        (divider.red() + base.red()) // 2,
        (divider.green() + base.green()) // 2,
        (divider.blue() + base.blue()) // 2,
    )


def screen_style(font: QFont, theme: Theme | None = None) -> ChartStyle:
    """The chart's font and colours on screen in ``theme`` (the current one by default).

    Only pairs the theme already checks for contrast: text and muted text on the base colour,
    the scores in the link colour (also text on base), appointments in muted text; gridlines
    in the divider colour, quietened where it is very strong.
    """
    theme = theme or current_theme()
    return ChartStyle(
        font=QFont(font),
        text=QColor(theme.text),
        muted=QColor(theme.muted_text),
        line=QColor(theme.link),
        grid=_grid_colour(theme),
        mark=QColor(theme.muted_text),
        background=QColor(theme.base),
    )


class TrendView(QWidget):
    """Paints a ``TrendChart``; ``set_chart(None)`` shows the empty text instead."""

    MIN_LINES = 12  # every row of the chart, and a plot with 0, 5 and 10
    HINT_LINES = 17  # a plot with 0, 2, 4… 10
    MIN_CHARS = 36
    HINT_CHARS = 72
    EMPTY_PADDING_LINES = 1  # above and below the empty text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: TrendChart | None = None
        self._empty_text = ""
        self.setObjectName("trendView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip("")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._refresh_accessibility()

    # --- what it shows ----------------------------------------------------------------------

    def chart(self) -> TrendChart | None:
        return self._chart

    def set_chart(self, chart: TrendChart | None) -> None:
        if chart == self._chart:
            return
        had_chart = self._chart is not None
        self._chart = chart
        self._refresh_accessibility()
        if had_chart != (chart is not None):
            self.updateGeometry()
        self.update()

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """The sentence shown when there is no chart (already translated by the caller)."""
        if text == self._empty_text:
            return
        self._empty_text = text
        self._refresh_accessibility()
        if self._chart is None:
            self.updateGeometry()
            self.update()

    def description(self) -> str:
        """What a screen reader says about the chart."""
        return describe(self._chart) if self._chart is not None else ""

    def _refresh_accessibility(self) -> None:
        if self._chart is not None:
            self.setAccessibleName(self._chart.title)
        else:
            self.setAccessibleName(self._empty_text or self.tr("Trend chart"))
        self.setAccessibleDescription(self.description())

    # --- size ---------------------------------------------------------------------------------

    def _lines(self, count: float) -> int:
        return round(count * self.fontMetrics().lineSpacing())

    def _chars(self, count: float) -> int:
        return round(count * self.fontMetrics().averageCharWidth())

    def _empty_height(self, width: int) -> int:
        room = max(1, width - self._chars(4))
        flags = int(Qt.TextFlag.TextWordWrap)
        text_height = self.fontMetrics().boundingRect(0, 0, room, 10_000, flags, self._empty_text)
        return text_height.height() + self._lines(2 * self.EMPTY_PADDING_LINES)

    def hasHeightForWidth(self) -> bool:
        return self._chart is None

    def heightForWidth(self, width: int) -> int:
        if self._chart is None:
            return self._empty_height(width)
        return self._lines(self.HINT_LINES)

    def minimumSizeHint(self) -> QSize:
        if self._chart is None:
            return QSize(
                self._chars(self.MIN_CHARS), self._empty_height(self._chars(self.MIN_CHARS))
            )
        return QSize(self._chars(self.MIN_CHARS), self._lines(self.MIN_LINES))

    def sizeHint(self) -> QSize:
        if self._chart is None:
            width = self._chars(self.HINT_CHARS)
            return QSize(width, self._empty_height(width))
        return QSize(self._chars(self.HINT_CHARS), self._lines(self.HINT_LINES))

    # --- events -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.FontChange:
            self.updateGeometry()
            self.update()
        elif kind == QEvent.Type.LanguageChange:
            self._refresh_accessibility()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        style = screen_style(self.font())
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            if self._chart is not None:
                paint_trend(painter, rect, self._chart, style)
                return
            painter.fillRect(rect, style.background or QColor(current_theme().base))
            painter.setPen(style.muted)
            margin = self._chars(2)
            painter.drawText(
                rect.adjusted(margin, 0, -margin, 0),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._empty_text,
            )
        finally:
            painter.end()
