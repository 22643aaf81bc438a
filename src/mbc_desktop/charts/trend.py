"""One symptom's scores over a span of time, painted with QPainter.

The chart, top to bottom: (a title, for print), the words at 10 ("Worst Possible Pain"), a
row of small triangles for appointments, the plot (0 at the bottom, 10 at the top, gridlines
and numbers on the left), the words at 0 ("No Pain"), the date axis, and a legend. The axis
has a tick a day for two weeks, a week for three months, a month for a year, and years for
longer; under days and weeks the month ("Nov 2026"), under months the year. Scores are
round markers joined by a solid line, broken where check-ins stopped for a while;
appointments are dashed vertical lines under a triangle. Nothing is told by colour alone,
so the chart reads the same in black and white.

Every length is a fraction of the font's line height or character width, never a fixed
number of pixels: at 200 % text the labels, margins and marks grow with the text, and the date
axis drops ticks so that its labels never overlap. ``layout_trend`` works all of it out
without painting (tests check its rectangles); ``paint_trend`` paints it.

The x axis runs from ``start`` to ``end``; a score counts when ``start <= at < end`` (as in
``domain.symptom_figures``), an appointment when ``start <= at <= end``.
"""

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum
from itertools import pairwise
from statistics import median

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLineF,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintDevice,
    QPainter,
    QPen,
    QPolygonF,
)

from mbc_desktop.domain.symptoms import SCORE_MAX, SCORE_MIN

# Vertical room, in line heights.
EDGE = 0.3  # above the first row and below the last
TITLE_GAP = 0.25
MARK_ROW = 0.8  # the appointments' triangles
TOP_GAP = 0.4  # between the words at 10 and the plot, when there are no appointments
LOW_GAP = 0.3  # between the 0 line and the words at 0 (room for a marker at 0)
AXIS_GAP = 0.15  # between the words at 0 and the axis line
TICK = 0.3  # a date tick, below the axis line
LEGEND_GAP = 0.45
Y_LABEL_ROOM = 1.25  # y labels need this many line heights apart
# Horizontal room, in character widths.
SIDE = 0.6
Y_LABEL_GAP = 0.7
RIGHT = 1.2
MAX_TICKS = 16  # more dates than this are noise: days for two weeks, months for a year
X_LABEL_GAP = 1.5  # at least this much between two date labels
LEGEND_SAMPLE = 2.6
LEGEND_SAMPLE_GAP = 0.7
LEGEND_ITEM_GAP = 2.5
# Marks, in line heights.
MARKER = 0.26  # radius of a score's marker
MARKER_DENSE = 0.14  # the smallest, when scores crowd together
LINE = 0.13
DENSE_LINE = 0.08
MARK_LINE = 0.08
TRIANGLE = 0.5
TRIANGLE_SMALLEST = 0.25
# A line is not drawn across a gap longer than this, or than GAP_FACTOR times the usual gap.
GAP_MIN = timedelta(days=7)
GAP_FACTOR = 3


@dataclass(frozen=True)
class TrendChart:
    """What to draw: one symptom's scores from ``start`` to ``end``.

    ``title`` is the symptom's name, ``low_label``/``high_label`` the words at 0 and 10 (ESAS-r
    words stay as published). Times are aware; dates on the axis are read in ``zone``.
    """

    title: str
    low_label: str
    high_label: str
    start: datetime
    end: datetime
    points: tuple[tuple[datetime, int], ...]
    appointments: tuple[datetime, ...] = ()
    zone: tzinfo = UTC

    def __post_init__(self) -> None:
        moments = [self.start, self.end, *(at for at, _ in self.points), *self.appointments]
        if any(moment.utcoffset() is None for moment in moments):
            raise ValueError("a trend chart needs aware times")
        if self.end <= self.start:
            raise ValueError("a trend chart must end after it starts")
        if any(not SCORE_MIN <= score <= SCORE_MAX for _, score in self.points):
            raise ValueError(f"scores run from {SCORE_MIN} to {SCORE_MAX}")

    def shown_points(self) -> tuple[tuple[datetime, int], ...]:
        """The scores inside ``[start, end)``, oldest first."""
        inside = [(at, score) for at, score in self.points if self.start <= at < self.end]
        return tuple(sorted(inside, key=lambda point: point[0]))

    def shown_appointments(self) -> tuple[datetime, ...]:
        """The appointments inside ``[start, end]``, oldest first."""
        return tuple(sorted(a for a in self.appointments if self.start <= a <= self.end))


@dataclass(frozen=True)
class ChartStyle:
    """The font and colours to paint with. ``text`` for the words, ``muted`` for the numbers
    and dates, ``line`` for the scores, ``grid`` for gridlines, ``mark`` for appointments;
    ``background`` fills the chart first (None leaves it as it is)."""

    font: QFont
    text: QColor
    muted: QColor
    line: QColor
    grid: QColor
    mark: QColor
    background: QColor | None = None
    show_title: bool = False  # screens show the name in a heading above the chart

    @classmethod
    def for_print(cls, font: QFont, show_title: bool = False) -> "ChartStyle":
        """Black on white, nothing but black and greys (and no colour fringes in text)."""
        plain = QFont(font)
        plain.setStyleStrategy(QFont.StyleStrategy.NoSubpixelAntialias)
        return cls(
            font=plain,
            text=QColor(0, 0, 0),
            muted=QColor(64, 64, 64),
            line=QColor(0, 0, 0),
            grid=QColor(190, 190, 190),
            mark=QColor(80, 80, 80),
            background=QColor(255, 255, 255),
            show_title=show_title,
        )


# --- layout -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextBox:
    """A piece of text and the rectangle it is drawn in."""

    text: str
    rect: QRectF


@dataclass(frozen=True)
class YTick:
    score: int
    y: float
    label: TextBox


@dataclass(frozen=True)
class XTick:
    at: datetime
    x: float
    label: TextBox


@dataclass(frozen=True)
class PlotPoint:
    at: datetime
    score: int
    x: float
    y: float


@dataclass(frozen=True)
class AppointmentMark:
    at: datetime
    x: float


class LegendKind(Enum):
    SCORE = "score"
    APPOINTMENT = "appointment"


@dataclass(frozen=True)
class LegendEntry:
    kind: LegendKind
    sample: QRectF  # where the little picture of the line or the mark goes
    label: TextBox


@dataclass(frozen=True)
class TrendLayout:
    """Where everything goes, in the coordinates of the rectangle painted into.

    ``plot`` spans ``start`` (left) to ``end`` (right) and 10 (top) to 0 (bottom).
    ``segments`` are the runs of scores joined by a line (broken at long gaps).
    """

    rect: QRectF
    plot: QRectF
    line_height: float
    title: TextBox | None
    high: TextBox
    low: TextBox
    y_ticks: tuple[YTick, ...]
    x_ticks: tuple[XTick, ...]
    x_context: tuple[TextBox, ...]  # the months or years under the dates
    axis_y: float
    tick_length: float
    marks: tuple[AppointmentMark, ...]
    mark_top: float
    mark_size: float
    segments: tuple[tuple[PlotPoint, ...], ...]
    marker_radius: float
    line_width: float
    legend: tuple[LegendEntry, ...]
    font: QFont = field(repr=False)
    title_font: QFont = field(repr=False)

    @property
    def points(self) -> tuple[PlotPoint, ...]:
        return tuple(point for segment in self.segments for point in segment)

    def labels(self) -> tuple[TextBox, ...]:
        """Every piece of text in the chart."""
        boxes = [self.high, self.low]
        if self.title is not None:
            boxes.insert(0, self.title)
        boxes += [tick.label for tick in self.y_ticks]
        boxes += [tick.label for tick in self.x_ticks]
        boxes += self.x_context
        boxes += [entry.label for entry in self.legend]
        return tuple(box for box in boxes if box.text)


class _Unit(Enum):
    DAY = 1.0
    WEEK = 7.0
    MONTH = 30.44
    YEAR = 365.25


# From the finest to the coarsest; the finest whose labels fit is used.
_LEVELS: tuple[tuple[_Unit, int], ...] = (
    (_Unit.DAY, 1),
    (_Unit.DAY, 2),
    (_Unit.WEEK, 1),
    (_Unit.WEEK, 2),
    (_Unit.MONTH, 1),
    (_Unit.MONTH, 2),
    (_Unit.MONTH, 3),
    (_Unit.MONTH, 6),
    (_Unit.YEAR, 1),
    (_Unit.YEAR, 2),
    (_Unit.YEAR, 5),
    (_Unit.YEAR, 10),
    (_Unit.YEAR, 20),
    (_Unit.YEAR, 50),
    (_Unit.YEAR, 100),
)
# Qt date formats; QLocale writes the month's name in the interface's language.
DAY_FORMAT = "d"
MONTH_FORMAT = "MMM"
MONTH_YEAR_FORMAT = "MMM yyyy"
YEAR_FORMAT = "yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_format() -> str:
    return QCoreApplication.translate(
        "TrendChart", "MMM d, yyyy", "a date in a chart's description, as a Qt date format"
    )


def _tick_days(unit: _Unit, step: int, first: date, last: date, week_start: int) -> Iterator[date]:
    """The days from ``first`` to ``last`` that start a ``step``-th day, week, month or year."""
    if unit is _Unit.DAY:
        day = first + timedelta(days=(-first.toordinal()) % step)
        while day <= last:
            yield day
            day += timedelta(days=step)
    elif unit is _Unit.WEEK:
        day = first + timedelta(days=(week_start - first.isoweekday()) % 7)
        while day <= last:
            if (day.toordinal() // 7) % step == 0:
                yield day
            day += timedelta(days=7)
    elif unit is _Unit.MONTH:
        index = first.year * 12 + first.month - 1 + (first.day != 1)
        index += (-index) % step
        while (day := date(index // 12, index % 12 + 1, 1)) <= last:
            yield day
            index += step
    else:
        year = first.year + (first != date(first.year, 1, 1))
        year += (-year) % step
        while year <= last.year:
            yield date(year, 1, 1)
            year += step


def _x_of(chart: TrendChart, plot: QRectF, moment: datetime) -> float:
    fraction = (moment - chart.start) / (chart.end - chart.start)
    return plot.left() + fraction * plot.width()


def _centred(
    text: str, x: float, top: float, metrics: QFontMetricsF, left: float, right: float
) -> QRectF:
    """A label centred on ``x``, moved in so it stays between ``left`` and ``right``."""
    width = metrics.horizontalAdvance(text)
    start = min(max(x - width / 2, left), right - width)
    return QRectF(start, top, width, metrics.height())


def _fits_in_a_row(rects: Sequence[QRectF], gap: float, left: float, right: float) -> bool:
    for index, rect in enumerate(rects):
        if rect.left() < left - 0.01 or rect.right() > right + 0.01:
            return False
        if index and rect.left() < rects[index - 1].right() + gap:
            return False
    return True


def _x_axis(
    chart: TrendChart,
    plot: QRectF,
    metrics: QFontMetricsF,
    bounds: tuple[float, float],
    label_top: float,
) -> tuple[tuple[XTick, ...], _Unit]:
    """The date ticks (with their labels at ``label_top``) of the finest level that fits."""
    left, right = bounds
    gap = X_LABEL_GAP * metrics.averageCharWidth()
    locale = QLocale()
    first = chart.start.astimezone(chart.zone).date()
    last = chart.end.astimezone(chart.zone).date()
    span_days = (chart.end - chart.start) / timedelta(days=1)
    narrowest = metrics.horizontalAdvance("0") + gap
    week_start = locale.firstDayOfWeek().value
    for unit, step in _LEVELS:
        if span_days / (unit.value * step) > min(MAX_TICKS, (right - left) / narrowest) + 2:
            continue  # far too many: skip without making them
        pattern = {_Unit.MONTH: MONTH_FORMAT, _Unit.YEAR: YEAR_FORMAT}.get(unit, DAY_FORMAT)
        ticks = []
        for day in _tick_days(unit, step, first, last, week_start):
            at = datetime.combine(day, time(0), tzinfo=chart.zone)
            if chart.start <= at <= chart.end:
                x = _x_of(chart, plot, at)
                text = locale.toString(_qdate(day), pattern)
                ticks.append(
                    XTick(at, x, TextBox(text, _centred(text, x, label_top, metrics, left, right)))
                )
        if not ticks or len(ticks) > MAX_TICKS:
            continue
        if _fits_in_a_row([t.label.rect for t in ticks], gap, left, right):
            return tuple(ticks), unit
    # No midnight inside the span (or no room at all): the start's date, at the left.
    text = locale.toString(_qdate(first), DAY_FORMAT)
    rect = _centred(text, plot.left(), label_top, metrics, left, right)
    return (XTick(chart.start, plot.left(), TextBox(text, rect)),), _Unit.DAY


def _context(
    ticks: Sequence[XTick],
    unit: _Unit,
    zone: tzinfo,
    metrics: QFontMetricsF,
    bounds: tuple[float, float],
    top: float,
) -> tuple[TextBox, ...]:
    """The row under the dates that says what they are in: under days and weeks the month
    (with its year the first time and when the year changes), under months the year; it
    starts where the date's label starts. It is written under the first date and wherever
    the month (or year) changes; when two would collide, the later one stays (the earlier
    is then clear from it)."""
    if unit is _Unit.YEAR:
        return ()
    gap = X_LABEL_GAP * metrics.averageCharWidth()
    locale = QLocale()
    kept: list[tuple[int, TextBox]] = []  # (year, label)

    def placed(tick: XTick, text: str) -> TextBox:
        width = metrics.horizontalAdvance(text)
        start = min(max(tick.label.rect.left(), bounds[0]), bounds[1] - width)
        return TextBox(text, QRectF(start, top, width, metrics.height()))

    previous: tuple[int, int] | None = None
    for tick in ticks:
        day = tick.at.astimezone(zone).date()
        key = (day.year, day.month if unit is not _Unit.MONTH else 1)
        if key == previous:
            continue
        previous = key
        # Make room first, so that a year dropped with an earlier label moves to this one.
        short = placed(tick, locale.toString(_qdate(day), YEAR_FORMAT))
        while kept and short.rect.left() < kept[-1][1].rect.right() + gap:
            kept.pop()
        if unit is _Unit.MONTH:
            pattern = YEAR_FORMAT
        elif kept and kept[-1][0] == day.year:
            pattern = MONTH_FORMAT
        else:
            pattern = MONTH_YEAR_FORMAT
        label = placed(tick, locale.toString(_qdate(day), pattern))
        while kept and label.rect.left() < kept[-1][1].rect.right() + gap:
            kept.pop()
        kept.append((day.year, label))
    return tuple(label for _, label in kept)


def _y_step(plot_height: float, text_height: float) -> int:
    for step in (2, 5):
        if plot_height * step / (SCORE_MAX - SCORE_MIN) >= Y_LABEL_ROOM * text_height:
            return step
    return SCORE_MAX - SCORE_MIN


def _segments(chart: TrendChart, plot: QRectF) -> tuple[tuple[PlotPoint, ...], ...]:
    shown = chart.shown_points()
    if not shown:
        return ()
    gaps = [b[0] - a[0] for a, b in pairwise(shown)]
    usual = timedelta(seconds=median(gap.total_seconds() for gap in gaps)) if gaps else GAP_MIN
    longest = max(GAP_MIN, GAP_FACTOR * usual)
    segments: list[list[PlotPoint]] = [[]]
    for index, (at, score) in enumerate(shown):
        if index and gaps[index - 1] > longest:
            segments.append([])
        y = plot.bottom() - (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * plot.height()
        segments[-1].append(PlotPoint(at, score, _x_of(chart, plot, at), y))
    return tuple(tuple(segment) for segment in segments)


# More corners than this in one run of scores: drawn as separate lines (see paint_trend).
MANY_CORNERS = 200


def _thinned(segment: Sequence[PlotPoint]) -> list[tuple[float, float]]:
    """The line's corners, at most four per pixel column: where it enters and leaves the column
    and its highest and lowest points in it. Ten years of daily scores draw as fast as a
    month, and look the same: more points than pixels only stack up in one column."""
    corners: list[tuple[float, float]] = []
    column: list[PlotPoint] = []

    def flush() -> None:
        if not column:
            return
        first, last = column[0], column[-1]
        low = min(column, key=lambda p: p.y)
        high = max(column, key=lambda p: p.y)
        for point in sorted({first, low, high, last}, key=column.index):
            corners.append((point.x, point.y))
        column.clear()

    for point in segment:
        if column and int(point.x) != int(column[0].x):
            flush()
        column.append(point)
    flush()
    return corners


def _legend(
    chart: TrendChart, metrics: QFontMetricsF, left: float, right: float, top: float
) -> tuple[tuple[LegendEntry, ...], int]:
    """The legend entries, flowing onto more rows when they do not fit; and the row count."""
    items = [
        (LegendKind.SCORE, QCoreApplication.translate("TrendChart", "Score")),
    ]
    if chart.shown_appointments():
        items.append(
            (LegendKind.APPOINTMENT, QCoreApplication.translate("TrendChart", "Appointment"))
        )
    ch = metrics.averageCharWidth()
    line = metrics.lineSpacing()
    entries = []
    x, row = left, 0
    for kind, text in items:
        sample = LEGEND_SAMPLE * ch
        text = metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, right - left - sample - LEGEND_SAMPLE_GAP * ch
        )
        width = sample + LEGEND_SAMPLE_GAP * ch + metrics.horizontalAdvance(text)
        if x > left and x + width > right:
            x, row = left, row + 1
        y = top + row * line
        entries.append(
            LegendEntry(
                kind,
                QRectF(x, y, sample, metrics.height()),
                TextBox(
                    text,
                    QRectF(
                        x + sample + LEGEND_SAMPLE_GAP * ch,
                        y,
                        metrics.horizontalAdvance(text),
                        metrics.height(),
                    ),
                ),
            )
        )
        x += width + LEGEND_ITEM_GAP * ch
    return tuple(entries), row + 1


def _scores(
    chart: TrendChart, plot: QRectF, line: float
) -> tuple[tuple[tuple[PlotPoint, ...], ...], float, float]:
    """The runs of scores placed in ``plot``, the markers' radius and the line's width."""
    segments = _segments(chart, plot)
    count = sum(len(segment) for segment in segments)
    radius = MARKER * line
    line_width = max(1.5, LINE * line)
    if count > 1 and plot.width() / count < 3 * radius:
        # Crowded: smaller markers and a thinner line, or the scores become one dark band.
        radius = max(MARKER_DENSE * line, plot.width() / count / 3)
        line_width = max(1.0, DENSE_LINE * line)
    return segments, radius, line_width


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    if title.pointSizeF() > 0:
        title.setPointSizeF(title.pointSizeF() * 1.15)
    else:
        title.setPixelSize(round(title.pixelSize() * 1.15))
    title.setBold(True)
    return title


def layout_trend(
    chart: TrendChart, rect: QRectF, style: ChartStyle, device: QPaintDevice | None = None
) -> TrendLayout:
    """Where each part of ``chart`` goes in ``rect``, measured with ``style.font`` on
    ``device`` (the screen's metrics without one)."""
    font = QFont(style.font)
    title_font = _title_font(font)
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    title_metrics = (
        QFontMetricsF(title_font, device) if device is not None else QFontMetricsF(title_font)
    )
    line = metrics.lineSpacing()
    height = metrics.height()
    ch = metrics.averageCharWidth()
    elide = Qt.TextElideMode.ElideRight

    # Across: the y labels' column, then the plot.
    bounds = (rect.left() + SIDE * ch, rect.right() - SIDE * ch)
    y_texts = {score: QLocale().toString(score) for score in range(SCORE_MIN, SCORE_MAX + 1)}
    y_width = max(metrics.horizontalAdvance(text) for text in y_texts.values())
    plot_left = bounds[0] + y_width + Y_LABEL_GAP * ch
    plot_right = max(plot_left + ch, rect.right() - RIGHT * ch)
    plot_width = plot_right - plot_left

    # Down from the top.
    y = rect.top() + EDGE * line
    title = None
    if style.show_title:
        text = title_metrics.elidedText(chart.title, elide, bounds[1] - bounds[0])
        title = TextBox(
            text,
            QRectF(bounds[0], y, title_metrics.horizontalAdvance(text), title_metrics.height()),
        )
        y += title_metrics.lineSpacing() + TITLE_GAP * line
    high_text = metrics.elidedText(chart.high_label, elide, bounds[1] - plot_left)
    high = TextBox(high_text, QRectF(plot_left, y, metrics.horizontalAdvance(high_text), height))
    y += line
    has_marks = bool(chart.shown_appointments())
    mark_top = y + 0.1 * line
    y += MARK_ROW * line if has_marks else TOP_GAP * line
    plot_top = y

    # Up from the bottom: the legend, the years, the dates, the axis, the words at 0.
    # (The date ticks depend only on the width, so they are chosen first.)
    probe = QRectF(plot_left, 0, plot_width, 1)
    x_ticks, unit = _x_axis(chart, probe, metrics, bounds, 0)
    legend, legend_rows = _legend(chart, metrics, plot_left, bounds[1], 0)
    bottom = rect.bottom() - EDGE * line
    legend_top = bottom - legend_rows * line
    bottom = legend_top - LEGEND_GAP * line
    has_context = unit is not _Unit.YEAR
    context_top = bottom - line
    if has_context:
        bottom = context_top
    x_label_top = bottom - line
    axis_y = x_label_top - (TICK + 0.05) * line
    low_top = axis_y - AXIS_GAP * line - height
    low_text = metrics.elidedText(chart.low_label, elide, bounds[1] - plot_left)
    low = TextBox(low_text, QRectF(plot_left, low_top, metrics.horizontalAdvance(low_text), height))
    plot_bottom = max(plot_top, low_top - LOW_GAP * line)
    plot = QRectF(plot_left, plot_top, plot_width, plot_bottom - plot_top)

    # Now that the rows are known, put the dates, the years and the legend in theirs.
    x_ticks = tuple(
        XTick(tick.at, tick.x, TextBox(tick.label.text, tick.label.rect.translated(0, x_label_top)))
        for tick in x_ticks
    )
    x_context = _context(x_ticks, unit, chart.zone, metrics, bounds, context_top)
    legend = tuple(
        LegendEntry(
            entry.kind,
            entry.sample.translated(0, legend_top),
            TextBox(entry.label.text, entry.label.rect.translated(0, legend_top)),
        )
        for entry in legend
    )

    step = _y_step(plot.height(), height)
    y_ticks = []
    for score in range(SCORE_MIN, SCORE_MAX + 1, step):
        tick_y = plot.bottom() - (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * plot.height()
        text = y_texts[score]
        width = metrics.horizontalAdvance(text)
        label_rect = QRectF(
            plot_left - Y_LABEL_GAP * ch - width, tick_y - height / 2, width, height
        )
        y_ticks.append(YTick(score, tick_y, TextBox(text, label_rect)))

    segments, radius, line_width = _scores(chart, plot, line)
    marks = tuple(AppointmentMark(at, _x_of(chart, plot, at)) for at in chart.shown_appointments())
    # Triangles side by side stay apart: narrower when appointments crowd together.
    mark_size = TRIANGLE * line
    closest = min((b.x - a.x for a, b in pairwise(marks)), default=plot.width())
    if closest < 1.5 * mark_size:
        mark_size = max(TRIANGLE_SMALLEST * line, closest / 1.5)

    return TrendLayout(
        rect=QRectF(rect),
        plot=plot,
        line_height=line,
        title=title,
        high=high,
        low=low,
        y_ticks=tuple(y_ticks),
        x_ticks=x_ticks,
        x_context=x_context,
        axis_y=axis_y,
        tick_length=TICK * line,
        marks=marks,
        mark_top=mark_top,
        mark_size=mark_size,
        segments=segments,
        marker_radius=radius,
        line_width=line_width,
        legend=legend,
        font=font,
        title_font=title_font,
    )


def with_scores(layout: TrendLayout, chart: TrendChart) -> TrendLayout:
    """``layout`` with ``chart``'s scores placed in it: what ``layout_trend`` gives for
    ``chart``, when ``layout`` is of a chart that differs from it only in its scores (the same
    span, zone, words and appointments, laid out in the same rectangle with the same style on
    the same device). Everything but the scores depends on those alone, so many such charts
    (the printed summary's trend lines) are laid out once."""
    segments, radius, line_width = _scores(chart, layout.plot, layout.line_height)
    return replace(layout, segments=segments, marker_radius=radius, line_width=line_width)


# --- painting ---------------------------------------------------------------------------------


def _triangle(x: float, top: float, size: float) -> QPolygonF:
    """A triangle pointing down, its tip at (x, top + size)."""
    half = size * 0.6
    return QPolygonF([QPointF(x - half, top), QPointF(x + half, top), QPointF(x, top + size)])


def _draw_text(painter: QPainter, box: TextBox, colour: QColor) -> None:
    if box.text:
        painter.setPen(colour)
        painter.drawText(
            box.rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), box.text
        )


def _mark_pen(style: ChartStyle, layout: TrendLayout) -> QPen:
    pen = QPen(style.mark, max(1.0, MARK_LINE * layout.line_height))
    pen.setStyle(Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([4.0, 3.0])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _draw_markers(
    painter: QPainter, points: Iterable[PlotPoint], radius: float, style: ChartStyle, ring: float
) -> None:
    painter.setBrush(QBrush(style.line))
    if style.background is not None and ring > 0:
        painter.setPen(QPen(style.background, ring))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    for point in points:
        painter.drawEllipse(QPointF(point.x, point.y), radius, radius)


def _seen(box: QRectF, visible: QRectF | None, margin: float) -> bool:
    """Whether anything drawn in ``box`` (or up to ``margin`` beyond it) can show."""
    return visible is None or box.adjusted(-margin, -margin, margin, margin).intersects(visible)


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    chart: TrendChart,
    style: ChartStyle,
    *,
    layout: TrendLayout | None = None,
    visible: QRectF | None = None,
) -> None:
    """Paint ``chart`` into ``rect`` with ``painter`` (a widget, an image, a PDF page).

    ``layout``: ``layout_trend``'s for this chart, rectangle, style and device, when it is
    known already (see ``with_scores``). ``visible``: the part of ``rect`` that can be seen,
    when not all of it can (an image that shows only the plot of a larger chart); the words,
    the date axis and the legend are not drawn where they could not show."""
    if layout is None:
        layout = layout_trend(chart, rect, style, painter.device())
    line = layout.line_height
    plot = layout.plot
    # Text is drawn in its box, clipped to it when it does not fit; a glyph may still reach
    # a little past its box, so a box counts as seen that comes within a quarter line.
    reach = 0.25 * line
    painter.save()
    try:
        painter.setClipRect(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if style.background is not None:
            painter.fillRect(rect, style.background)

        # Gridlines and the numbers beside them.
        painter.setFont(layout.font)
        grid = QPen(style.grid, max(1.0, 0.06 * line))
        for tick in layout.y_ticks:
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), tick.y), QPointF(plot.right(), tick.y))
            if _seen(tick.label.rect, visible, reach):
                painter.setPen(style.muted)
                painter.drawText(
                    tick.label.rect,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    tick.label.text,
                )

        # The date axis.
        axis = QRectF(plot.left(), layout.axis_y, plot.width(), layout.tick_length)
        if _seen(axis, visible, line):
            painter.setPen(QPen(style.muted, max(1.0, 0.06 * line)))
            painter.drawLine(
                QPointF(plot.left(), layout.axis_y), QPointF(plot.right(), layout.axis_y)
            )
            for x_tick in layout.x_ticks:
                painter.drawLine(
                    QPointF(x_tick.x, layout.axis_y),
                    QPointF(x_tick.x, layout.axis_y + layout.tick_length),
                )
        for x_tick in layout.x_ticks:
            if _seen(x_tick.label.rect, visible, reach):
                _draw_text(painter, x_tick.label, style.muted)
        for box in layout.x_context:
            if _seen(box.rect, visible, reach):
                _draw_text(painter, box, style.text)

        # The words at 10 and at 0, and the title.
        for box in (layout.high, layout.low):
            if _seen(box.rect, visible, reach):
                _draw_text(painter, box, style.text)
        if layout.title is not None and _seen(layout.title.rect, visible, reach):
            painter.setFont(layout.title_font)
            _draw_text(painter, layout.title, style.text)
            painter.setFont(layout.font)

        # Appointments: a triangle, and a dashed line down to 0.
        for mark in layout.marks:
            tip = layout.mark_top + layout.mark_size
            painter.setPen(_mark_pen(style, layout))
            painter.drawLine(QPointF(mark.x, tip), QPointF(mark.x, plot.bottom()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(style.mark))
            painter.drawPolygon(_triangle(mark.x, layout.mark_top, layout.mark_size))

        # The scores: a line through each run, a marker on each score. A score on its own
        # keeps the full size, so that it shows however crowded the rest are.
        data = QPen(style.line, layout.line_width)
        data.setCapStyle(Qt.PenCapStyle.RoundCap)
        data.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for segment in layout.segments:
            if len(segment) < 2:
                continue
            corners = [QPointF(x, y) for x, y in _thinned(segment)]
            if len(corners) <= MANY_CORNERS:
                painter.setPen(data)
                painter.drawPolyline(QPolygonF(corners))
            else:
                # A long, zig-zagging polyline wider than a pixel is stroked as one shape that
                # crosses itself (hundreds of ms for ten years); separate lines with flat ends
                # look the same at that density and take a few.
                flat = QPen(data)
                flat.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(flat)
                painter.drawLines([QLineF(a, b) for a, b in pairwise(corners)])
        full = MARKER * line
        ring = 0.06 * line if layout.marker_radius >= full else 0.0
        for segment in layout.segments:
            radius = full if len(segment) == 1 else layout.marker_radius
            _draw_markers(
                painter, segment, radius, style, ring if len(segment) > 1 else 0.06 * line
            )

        # The legend.
        for entry in layout.legend:
            sample = entry.sample
            if not _seen(sample.united(entry.label.rect), visible, line):
                continue
            middle = sample.center().y()
            if entry.kind is LegendKind.SCORE:
                painter.setPen(data)
                painter.drawLine(QPointF(sample.left(), middle), QPointF(sample.right(), middle))
                fake = PlotPoint(chart.start, 0, sample.center().x(), middle)
                _draw_markers(painter, [fake], full, style, 0.06 * line)
            else:
                size = min(layout.mark_size, sample.height() * 0.45)
                top = sample.top() + 0.05 * line
                painter.setPen(_mark_pen(style, layout))
                painter.drawLine(
                    QPointF(sample.center().x(), top + size),
                    QPointF(sample.center().x(), sample.bottom()),
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(style.mark))
                painter.drawPolygon(_triangle(sample.center().x(), top, size))
            _draw_text(painter, entry.label, style.text)
    finally:
        painter.restore()


def render_image(
    chart: TrendChart, size: QSize, style: ChartStyle, device_pixel_ratio: float = 1.0
) -> QImage:
    """``chart`` painted on an image of ``size`` (logical pixels) at ``device_pixel_ratio``."""
    image = QImage(
        round(size.width() * device_pixel_ratio),
        round(size.height() * device_pixel_ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(style.background if style.background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        paint_trend(painter, QRectF(0, 0, size.width(), size.height()), chart, style)
    finally:
        painter.end()
    return image


# --- words ------------------------------------------------------------------------------------


class TrendChartWords(QObject):
    """The words of the text alternative that change with a count: ``self.tr`` with a count
    is what lupdate reads as a plural ("1 entry", "2 entries"; "1 registro", "2 registros")."""

    def entries(self, count: int) -> str:
        return self.tr("%n entry(s)", "", count)

    def appointments_marked(self, count: int) -> str:
        return self.tr("%n appointment(s) marked: %1.", "", count)


def _fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced by ``values`` in one pass (a value that holds "%2"
    itself stays as it is)."""
    return re.sub(r"%(\d)", lambda found: values[int(found[1]) - 1], template)


def _date_text(moment: datetime, zone: tzinfo, pattern: str) -> str:
    return QLocale().toString(_qdate(moment.astimezone(zone).date()), pattern)


def describe(chart: TrendChart) -> str:
    """The chart in words, for a screen reader (and the printed summary's text alternative):
    the span, how many scores, the lowest, highest and latest, the appointments marked, and
    what 0 and 10 mean."""
    locale = QLocale()
    pattern = _date_format()
    first = _date_text(chart.start, chart.zone, pattern)
    # The span ends just before ``end``: a span that ends at midnight ends the day before.
    last = _date_text(chart.end - timedelta(microseconds=1), chart.zone, pattern)
    shown = chart.shown_points()
    if not shown:
        text = _fill(
            QCoreApplication.translate("TrendChart", "%1: no entries from %2 to %3."),
            chart.title,
            first,
            last,
        )
    else:
        scores = [score for _, score in shown]
        latest_at, latest = shown[-1]
        entries = TrendChartWords().entries(len(shown))
        text = _fill(
            QCoreApplication.translate(
                "TrendChart", "%1 from %2 to %3: %4, lowest %5, highest %6, latest %7 on %8."
            ),
            chart.title,
            first,
            last,
            entries,
            locale.toString(min(scores)),
            locale.toString(max(scores)),
            locale.toString(latest),
            _date_text(latest_at, chart.zone, pattern),
        )
    appointments = chart.shown_appointments()
    if appointments:
        days = [_date_text(at, chart.zone, pattern) for at in appointments]
        marked = TrendChartWords().appointments_marked(len(appointments))
        text += " " + _fill(marked, locale.createSeparatedList(days))
    scale = QCoreApplication.translate("TrendChart", "0 means %1; 10 means %2.")
    text += " " + _fill(scale, chart.low_label, chart.high_label)
    return text
