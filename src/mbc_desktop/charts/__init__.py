"""Charts drawn with QPainter and nothing else: no widgets, so the same code paints the screen
(``ui/common/trend_view.py``), an image and the printed summary.

This layer may import ``domain/`` and PySide6's QtCore and QtGui, never QtWidgets.
"""

from mbc_desktop.charts.trend import (
    ChartStyle,
    TrendChart,
    TrendLayout,
    describe,
    layout_trend,
    paint_trend,
    render_image,
    with_scores,
)

__all__ = [
    "ChartStyle",
    "TrendChart",
    "TrendLayout",
    "describe",
    "layout_trend",
    "paint_trend",
    "render_image",
    "with_scores",
]
