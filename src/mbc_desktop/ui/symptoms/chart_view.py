"""The Symptoms area's trend chart: a ``TrendView`` that keeps its last painting.

The area is painted whole each time it is shown (and more than once in a pass); the chart it
shows changes only when a check-in, the span or the symptom does. So the chart is drawn once
into a pixmap for its size, text size and theme, and that is copied on every paint until one of
them changes. The chart's background is opaque, so the copy is the same pixels.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from mbc_desktop.charts import ChartStyle, TrendChart, paint_trend
from mbc_desktop.ui.common.trend_view import TrendView, screen_style

_Key = tuple[TrendChart, QSize, float, ChartStyle]


class CachedTrendView(TrendView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted: tuple[_Key, QPixmap] | None = None
        self.drawn = 0  # times the chart was drawn (not copied): for tests

    def paintEvent(self, event: QPaintEvent) -> None:
        chart = self.chart()
        style = screen_style(self.font())
        if chart is None or style.background is None:
            self._painted = None
            super().paintEvent(event)
            return
        ratio = self.devicePixelRatioF()
        key: _Key = (chart, self.size(), ratio, style)
        if self._painted is None or self._painted[0] != key:
            self._painted = (key, self._draw(chart, style, ratio))
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, self._painted[1])
        finally:
            painter.end()

    def _draw(self, chart: TrendChart, style: ChartStyle, ratio: float) -> QPixmap:
        size = self.size()
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(style.background or QColor(Qt.GlobalColor.transparent))
        painter = QPainter(pixmap)
        try:
            paint_trend(painter, QRectF(0, 0, size.width(), size.height()), chart, style)
        finally:
            painter.end()
        self.drawn += 1
        return pixmap
