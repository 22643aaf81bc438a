"""The small trend line beside each symptom on the printed summary: the period's scores drawn
by the same chart code as the screen (``charts.trend.paint_trend``), black and greys on white,
into an image at print resolution.

The full chart has words at 0 and 10, numbers, dates and a legend; on a line of a table there
is room for the line only. So the chart is laid out in a rectangle larger than the image and
placed so that only its plot falls inside: the gridlines at 0 and 10 frame the scores, the
numbers and dates stay outside (the table beside it gives them in figures). The span is
widened a little on both sides so that a score on the first or last day is not cut in half.

Images are added to a document under our own names (``trend:<symptom id>``) with
``addResource``; nothing is ever loaded from anywhere else.
"""

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextDocument

from mbc_desktop.charts.trend import (
    ChartStyle,
    TrendChart,
    TrendLayout,
    describe,
    layout_trend,
    paint_trend,
    with_scores,
)
from mbc_desktop.summary.model import Period, SymptomRow

PRINT_DPI = 300
MM_PER_INCH = 25.4
CSS_DPI = 96  # what a length in the HTML means: Qt scales it to the device
SCHEME = "trend"
# Above and below the plot, in the chart's line heights: room for a marker at 0 or at 10.
PAD = 0.35
# The gridlines at 0 and 10: a faint frame, lighter than the rules between table rows.
GRID = QColor(205, 205, 205)
# What a layout that is only measured gets in place of each image: one white pixel.
_STAND_IN = QImage(1, 1, QImage.Format.Format_Grayscale8)
_STAND_IN.fill(255)


@dataclass(frozen=True)
class TrendSize:
    """An image's size in millimetres, and the chart's font size (its markers and line
    grow with it)."""

    width_mm: float
    height_mm: float
    font_points: float

    def pixels(self) -> tuple[int, int]:
        return (
            round(self.width_mm / MM_PER_INCH * PRINT_DPI),
            round(self.height_mm / MM_PER_INCH * PRINT_DPI),
        )

    def css(self) -> tuple[int, int]:
        """The size in the HTML's pixels (1/96 inch)."""
        return (
            round(self.width_mm / MM_PER_INCH * CSS_DPI),
            round(self.height_mm / MM_PER_INCH * CSS_DPI),
        )


NORMAL = TrendSize(28.0, 6.5, 6.0)
COMPACT = TrendSize(24.0, 4.0, 4.5)


def trend_name(row: SymptomRow) -> str:
    """The image's name in the document: ``trend:<symptom id>``."""
    return f"{SCHEME}:{row.symptom.id}"


def trend_chart(row: SymptomRow, period: Period, where: tzinfo) -> TrendChart:
    """The row's scores over the period as a chart, with the symptom's words at 0 and 10
    (for ``describe``: the trend in words)."""
    return TrendChart(
        title=row.symptom.name,
        low_label=row.symptom.low,
        high_label=row.symptom.high,
        start=period.start,
        end=period.end,
        points=tuple((reading.at, reading.score) for reading in row.readings),
        zone=where,
    )


def trend_words(row: SymptomRow, period: Period, where: tzinfo) -> str:
    """The trend line in words ("Pain from Nov 10 to Dec 10, 2026: 6 entries, lowest 3…"),
    for where the image can't be seen (an HTML file opened elsewhere, a screen reader)."""
    return describe(trend_chart(row, period, where))


def style_for_print(size: TrendSize) -> ChartStyle:
    font = QFont()
    font.setPointSizeF(size.font_points)
    return replace(ChartStyle.for_print(font), grid=GRID)


def _new_image(size: TrendSize) -> QImage:
    """A white image of ``size`` at 300 dpi."""
    width, height = size.pixels()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(PRINT_DPI / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(255, 255, 255))
    return image


@dataclass(frozen=True)
class _Placement:
    """Where the chart goes on an image: the period widened so that the plot keeps a margin
    at each side, the rectangle that puts the plot (and only the plot) on the image, and the
    chart's layout in it (its scores are each row's own: ``with_scores``)."""

    start: datetime
    end: datetime
    rect: QRectF
    layout: TrendLayout


def _placement(
    row: SymptomRow, period: Period, where: tzinfo, size: TrendSize, style: ChartStyle
) -> _Placement:
    image = _new_image(size)
    width, height = size.pixels()
    pad = PAD * QFontMetricsF(style.font, image).lineSpacing()
    span = period.end - period.start
    side = span * (pad / max(1.0, width - 2 * pad))
    chart = _chart(row, period.start - side, period.end + side, where)
    # Where the plot falls in a rectangle: its side offsets depend only on the font, the ones
    # above and below on the width (the date axis), never on the height.
    trial = QRectF(0, 0, width, 10 * height)
    plot = layout_trend(chart, trial, style, image).plot
    left = plot.left() - trial.left()
    right = trial.right() - plot.right()
    trial = QRectF(0, 0, width + left + right, 10 * height)
    plot = layout_trend(chart, trial, style, image).plot
    top = plot.top() - trial.top()
    bottom = trial.bottom() - plot.bottom()
    rect = QRectF(-left, pad - top, width + left + right, height - 2 * pad + top + bottom)
    return _Placement(chart.start, chart.end, rect, layout_trend(chart, rect, style, image))


def _chart(row: SymptomRow, start: datetime, end: datetime, where: tzinfo) -> TrendChart:
    return TrendChart(
        title=row.symptom.name,
        low_label="",
        high_label="",
        start=start,
        end=end,
        points=tuple((reading.at, reading.score) for reading in row.readings),
        zone=where,
    )


def _draw(
    row: SymptomRow, where: tzinfo, size: TrendSize, style: ChartStyle, placement: _Placement
) -> QImage:
    image = _new_image(size)
    chart = _chart(row, placement.start, placement.end, where)
    painter = QPainter(image)
    try:
        # Only the plot falls on the image: the chart's words, dates and legend, outside
        # it, are not drawn.
        paint_trend(
            painter,
            placement.rect,
            chart,
            style,
            layout=with_scores(placement.layout, chart),
            visible=QRectF(image.rect()),
        )
    finally:
        painter.end()
    return grey(image)


def grey(image: QImage) -> QImage:
    """An RGB32 image as Grayscale8, as ``convertToFormat`` makes it. A trend line is drawn
    in greys only (red, green and blue equal), so each pixel's grey is its blue byte (the
    first of its four, little-endian): taken as it is, without Qt's conversion through
    colour spaces (about a quarter of an image's cost). An image with any colour in it (or
    bytes in another order) is converted by Qt."""
    pixels = bytes(image.constBits())
    blue = pixels[0::4]
    if image.format() != QImage.Format.Format_RGB32 or not blue == pixels[1::4] == pixels[2::4]:
        return image.convertToFormat(QImage.Format.Format_Grayscale8)
    width = image.width()
    # ``copy`` gives the image its own pixels (``blue`` is only lent to the first).
    converted = QImage(blue, width, image.height(), width, QImage.Format.Format_Grayscale8).copy()
    converted.setDotsPerMeterX(image.dotsPerMeterX())
    converted.setDotsPerMeterY(image.dotsPerMeterY())
    return converted


def trend_image(row: SymptomRow, period: Period, where: tzinfo, size: TrendSize) -> QImage:
    """``row``'s scores over ``period`` as a line, on an image of ``size`` at 300 dpi."""
    style = style_for_print(size)
    return _draw(row, where, size, style, _placement(row, period, where, size, style))


def add_trend_images(
    document: QTextDocument,
    rows: tuple[SymptomRow, ...],
    period: Period,
    where: tzinfo,
    size: TrendSize,
) -> None:
    """Add each row's image to ``document`` as ``trend:<symptom id>`` (rows with no scores in
    the period get none: the table says so in words). Each image is drawn once."""
    style = style_for_print(size)
    placement: _Placement | None = None
    for row in rows:
        if row.readings:
            # The plot's place depends on the period, the size and the font, and on no score
            # (the print style shows no title and the chart no appointments): found once.
            placement = placement or _placement(row, period, where, size, style)
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(trend_name(row)),
                _draw(row, where, size, style, placement),
            )


def add_stand_ins(
    document: QTextDocument,
    rows: tuple[SymptomRow, ...],
    period: Period,
    where: tzinfo,
    size: TrendSize,
) -> None:
    """What ``add_trend_images`` adds, as blank stand-ins that take no drawing: for a layout
    that is only measured (the HTML gives every image its size, so the layout is the same).
    ``period``, ``where`` and ``size`` are not needed; they are taken as ``add_trend_images``
    takes them."""
    del period, where, size
    for row in rows:
        if row.readings:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(trend_name(row)), _STAND_IN
            )
