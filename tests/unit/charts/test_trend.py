"""The trend chart renderer: what it draws where (its layout, checked as rectangles), what it
paints (checked as pixels), and what it says (the text alternative)."""

import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import combinations, pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from mbc_desktop.charts import (
    ChartStyle,
    TrendChart,
    describe,
    layout_trend,
    paint_trend,
    render_image,
    with_scores,
)
from mbc_desktop.charts.trend import TrendLayout
from tests.unit.charts.sample import APPOINTMENTS, GAP, NOW, YEAR_START, ZONE, pain

WIDTH, HEIGHT = 800, 300
LINE = QColor(0, 0, 255)
MARK = QColor(255, 0, 0)


@pytest.fixture(autouse=True)
def _english_dates(qapp: QApplication) -> Iterator[None]:
    """Dates as in US English; the default locale is put back after each test."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def style(scale: float = 1.0, show_title: bool = False) -> ChartStyle:
    """Colours that tell the parts apart in pixels: scores blue, appointments red."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    return ChartStyle(
        font=font,
        text=QColor(0, 0, 0),
        muted=QColor(90, 90, 90),
        line=LINE,
        grid=QColor(200, 200, 200),
        mark=MARK,
        background=QColor(255, 255, 255),
        show_title=show_title,
    )


def layout(
    chart: TrendChart, width: int = WIDTH, height: int = HEIGHT, scale: float = 1.0
) -> TrendLayout:
    return layout_trend(
        chart, QRectF(0, 0, width, height), style(scale), QImage(1, 1, QImage.Format.Format_ARGB32)
    )


def count(image: QImage, area: QRectF, wanted: Callable[[int, int, int], bool]) -> int:
    """How many pixels in ``area`` have a colour ``wanted(r, g, b)`` accepts."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data, stride = bytes(rgb.constBits()), rgb.bytesPerLine()
    found = 0
    for y in range(max(0, int(area.top())), min(rgb.height(), int(area.bottom()) + 1)):
        row = data[y * stride : (y + 1) * stride]
        for x in range(max(0, int(area.left())), min(rgb.width(), int(area.right()) + 1)):
            blue, green, red = row[4 * x], row[4 * x + 1], row[4 * x + 2]
            found += wanted(red, green, blue)
    return found


def bluish(r: int, g: int, b: int) -> bool:
    return b - max(r, g) > 60


def reddish(r: int, g: int, b: int) -> bool:
    return r - max(g, b) > 60


def day(year: int, month: int, day_: int, hour: int = 20) -> datetime:
    return datetime(year, month, day_, hour, tzinfo=ZONE)


# --- painting -------------------------------------------------------------------------------


def test_a_year_of_scores_paints_the_line_and_every_appointment() -> None:
    chart = pain()
    image = render_image(chart, QSize(WIDTH, HEIGHT), style())
    where = layout(chart)
    plot = where.plot

    assert image.size() == QSize(WIDTH, HEIGHT)
    assert count(image, plot, bluish) > 2000  # the scores' line and markers
    assert len(where.marks) == len(APPOINTMENTS)
    for mark in where.marks:
        column = QRectF(mark.x - 1, plot.top(), 2, plot.height())
        rows_marked = sum(
            count(image, QRectF(column.left(), y, column.width(), 0), reddish) > 0
            for y in range(int(plot.top()), int(plot.bottom()))
        )
        assert rows_marked > 0.3 * plot.height()  # the dashed line, down the whole plot
        triangle = QRectF(
            mark.x - where.mark_size / 2, where.mark_top, where.mark_size, where.mark_size
        )
        assert count(image, triangle, reddish) > where.mark_size  # and the triangle on it
    # Between appointments, nothing red.
    between = (where.marks[0].x + where.marks[1].x) / 2
    assert count(image, QRectF(between - 3, plot.top(), 6, plot.height()), reddish) == 0


def test_scores_outside_the_span_are_neither_laid_out_nor_painted() -> None:
    start, end = day(2026, 6, 1, 0), day(2026, 7, 1, 0)
    outside = ((start - timedelta(days=2), 9), (start - timedelta(seconds=1), 9), (end, 9))
    chart = pain(start, end, outside, appointments=())

    assert layout(chart).points == ()
    image = render_image(chart, QSize(WIDTH, HEIGHT), style())
    assert count(image, layout(chart).plot.adjusted(-10, -10, 10, 10), bluish) == 0

    inside = pain(start, end, (*outside, (start, 4)), appointments=())
    assert [(p.at, p.score) for p in layout(inside).points] == [(start, 4)]


def test_a_single_score_shows_as_a_marker() -> None:
    at = day(2026, 6, 10)
    chart = pain(day(2026, 6, 1, 0), day(2026, 7, 1, 0), ((at, 7),), appointments=())
    where = layout(chart)
    (point,) = where.points
    image = render_image(chart, QSize(WIDTH, HEIGHT), style())

    radius = where.line_height * 0.2
    around = QRectF(point.x - radius, point.y - radius, 2 * radius, 2 * radius)
    assert count(image, around, bluish) >= 0.5 * around.width() * around.height()
    assert point.y == pytest.approx(where.plot.bottom() - 0.7 * where.plot.height())


def test_no_scores_leaves_the_axes_and_nothing_in_the_plot() -> None:
    chart = pain(points=())
    where = layout(chart)
    image = render_image(chart, QSize(WIDTH, HEIGHT), style())

    assert where.segments == ()
    assert count(image, where.plot, bluish) == 0
    assert [tick.score for tick in where.y_ticks][:1] == [0]
    gridlines = count(image, where.plot, lambda r, g, b: r == g == b and 150 < r < 250)
    assert gridlines > where.plot.width()


def test_a_long_gap_breaks_the_line() -> None:
    chart = pain()
    where = layout(chart)
    runs = [(run[0].at, run[-1].at) for run in where.segments]
    # The three weeks without check-ins split the year in two runs (and only there).
    assert len(runs) == 2
    assert runs[0][1] < GAP[0]
    assert runs[1][0] >= GAP[1]

    image = render_image(chart, QSize(WIDTH, HEIGHT), style())
    middle = (
        where.plot.left()
        + ((GAP[0] + (GAP[1] - GAP[0]) / 2 - chart.start) / (chart.end - chart.start))
        * where.plot.width()
    )
    assert count(image, QRectF(middle - 2, where.plot.top(), 4, where.plot.height()), bluish) == 0


def test_crowded_scores_get_smaller_markers_but_a_lone_score_keeps_its_size() -> None:
    two_weeks = pain(day(2026, 11, 14, 0), NOW)
    year = pain()
    assert layout(year).marker_radius < layout(two_weeks).marker_radius
    assert layout(year).marker_radius >= 0.14 * layout(year).line_height


def test_many_scores_are_all_drawn_quickly() -> None:
    start = NOW - timedelta(days=800)
    points = tuple((start + timedelta(hours=40 * n), n % 11) for n in range(480))
    chart = pain(start, NOW, points)

    began = time.perf_counter()
    image = render_image(chart, QSize(WIDTH, HEIGHT), style())
    took = time.perf_counter() - began

    assert len(layout(chart).points) == 480
    assert count(image, layout(chart).plot, bluish) > 0
    assert took < 1.0


def test_print_style_is_black_and_greys_only() -> None:
    font = QFont(QApplication.font())
    image = render_image(pain(), QSize(WIDTH, HEIGHT), ChartStyle.for_print(font, True), 2.0)
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(rgb.constBits())

    assert data[0::4] == data[1::4] == data[2::4]  # blue, green and red: every pixel grey
    assert data[0::4].count(0) > 5000  # with real black in it (text, line, markers)


def painted(
    chart: TrendChart, shown: QRectF, *, visible: bool, layout: TrendLayout | None = None
) -> QImage:
    """The part ``shown`` of the chart (laid out in WIDTH x HEIGHT), on an image of its size;
    with ``visible``, the painter is told that only that part can be seen."""
    image = QImage(int(shown.width()), int(shown.height()), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        rect = QRectF(-shown.left(), -shown.top(), WIDTH, HEIGHT)
        paint_trend(
            painter,
            rect,
            chart,
            style(),
            layout=layout,
            visible=QRectF(image.rect()) if visible else None,
        )
    finally:
        painter.end()
    return image


@pytest.mark.parametrize(
    "shown",
    [
        QRectF(0, 0, WIDTH // 2, HEIGHT),  # the numbers at the left
        QRectF(0, 2 * HEIGHT // 3, WIDTH, HEIGHT // 3),  # the words at 0, the dates, the legend
        QRectF(WIDTH // 8, 0, WIDTH // 2, HEIGHT // 4),  # the words at 10 and the triangles
        QRectF(WIDTH // 3, HEIGHT // 3, 24, 24),  # inside the plot
    ],
)
def test_a_chart_seen_in_part_paints_that_part_exactly(shown: QRectF) -> None:
    """Told what can be seen, the chart leaves out what cannot: what shows is the same."""
    chart = pain()
    assert painted(chart, shown, visible=True) == painted(chart, shown, visible=False)


def test_charts_that_differ_only_in_scores_share_their_layout() -> None:
    """``with_scores`` places another chart's scores in a layout: the same as laying that
    chart out, whether its scores are sparse, crowded, split by a gap or none."""
    year = pain()
    rect = QRectF(0, 0, WIDTH, HEIGHT)
    device = QImage(1, 1, QImage.Format.Format_ARGB32)
    laid_out = layout_trend(year, rect, style(), device)
    lone = ((day(2026, 6, 10), 7),)
    crowded = tuple((NOW - timedelta(hours=6 * n), n % 11) for n in range(1, 1400))
    for points in ((), lone, crowded, year.points[::40]):
        other = pain(points=points)
        assert with_scores(laid_out, other) == layout_trend(other, rect, style(), device)
        # And painted with it, the chart is the one painted from its own layout.
        whole = QRectF(0, 0, WIDTH, HEIGHT)
        assert painted(other, whole, visible=False, layout=with_scores(laid_out, other)) == painted(
            other, whole, visible=False
        )


def test_render_image_honours_the_device_pixel_ratio() -> None:
    image = render_image(pain(), QSize(400, 250), style(), 2.0)
    assert (image.width(), image.height(), image.devicePixelRatio()) == (800, 500, 2.0)
    assert count(image, QRectF(0, 0, 800, 500), bluish) > 1000


# --- layout: labels that fit ------------------------------------------------------------------

SPANS = {
    "two weeks": (datetime(2026, 11, 14, tzinfo=ZONE), NOW),
    "since an appointment": (APPOINTMENTS[-1], NOW),
    "three months": (datetime(2026, 8, 27, tzinfo=ZONE), NOW),
    "a year": (YEAR_START, NOW),
    "three years": (datetime(2023, 11, 2, tzinfo=ZONE), NOW),
    "twenty years": (datetime(2006, 11, 2, tzinfo=ZONE), NOW),
    "five hours": (NOW - timedelta(hours=5), NOW),
}


@pytest.mark.parametrize("span", SPANS)
@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(800, 300, 1.0), (800, 300, 2.0), (420, 420, 2.0), (1200, 320, 1.0)],
)
@pytest.mark.parametrize("title", [False, True], ids=["", "title"])
def test_labels_never_overlap_nor_leave_the_chart(
    span: str, width: int, height: int, scale: float, title: bool
) -> None:
    start, end = SPANS[span]
    chart = pain(start, end)
    chart = TrendChart(
        "Shortness of Breath", "No Shortness of Breath", "Worst Possible Shortness of Breath",
        chart.start, chart.end, chart.points, chart.appointments, chart.zone,
    )  # fmt: skip
    bounds = QRectF(0, 0, width, height)
    where = layout_trend(
        chart, bounds, style(scale, title), QImage(1, 1, QImage.Format.Format_ARGB32)
    )
    boxes = where.labels()

    outside = [box.text for box in boxes if not bounds.contains(box.rect)]
    assert outside == []
    overlapping = [(a.text, b.text) for a, b in combinations(boxes, 2) if a.rect.intersects(b.rect)]
    assert overlapping == []
    assert len(where.x_ticks) >= 1
    assert [tick.x for tick in where.x_ticks] == sorted(tick.x for tick in where.x_ticks)
    assert {0, 10} <= {tick.score for tick in where.y_ticks}
    assert where.plot.height() > where.line_height
    # The words at 0 and 10 are there, shortened only where there is no room.
    for box, words in ((where.high, chart.high_label), (where.low, chart.low_label)):
        assert box.text == words or (box.text.endswith("…") and words.startswith(box.text[:-1]))


def test_labels_and_margins_grow_with_the_text() -> None:
    chart = pain()
    small, large = layout(chart, scale=1.0), layout(chart, scale=2.0)

    assert large.line_height == pytest.approx(2 * small.line_height, rel=0.15)
    assert large.y_ticks[0].label.rect.height() > 1.7 * small.y_ticks[0].label.rect.height()
    assert large.plot.left() > small.plot.left() + 5
    assert large.marker_radius > small.marker_radius
    # Fewer dates fit; they are dropped, not squeezed.
    assert 2 <= len(large.x_ticks) < len(small.x_ticks)


def test_y_axis_has_every_second_number_when_there_is_room_and_0_5_10_when_not() -> None:
    assert [t.score for t in layout(pain(), height=400).y_ticks] == [0, 2, 4, 6, 8, 10]
    assert [t.score for t in layout(pain(), height=300, scale=2.0).y_ticks] == [0, 5, 10]
    tall = layout(pain(), height=400)
    assert tall.y_ticks[0].y == pytest.approx(tall.plot.bottom())
    assert tall.y_ticks[-1].y == pytest.approx(tall.plot.top())


def test_a_short_high_label_is_cut_with_an_ellipsis_only_when_needed() -> None:
    chart = pain()
    assert layout(chart, width=200, scale=2.0).high.text.endswith("…")
    assert layout(chart, width=800, scale=2.0).high.text == "Worst Possible Pain"


def _local(tick_at: datetime) -> datetime:
    return tick_at.astimezone(ZONE)


def test_two_weeks_has_a_tick_each_day() -> None:
    ticks = layout(pain(*SPANS["two weeks"])).x_ticks
    assert len(ticks) == 14
    assert all(b.at - a.at == timedelta(days=1) for a, b in pairwise(ticks))
    assert [t.label.text for t in ticks[:3]] == ["14", "15", "16"]
    assert [box.text for box in layout(pain(*SPANS["two weeks"])).x_context] == ["Nov 2026"]


def test_three_months_has_a_tick_each_week_and_the_months_under_them() -> None:
    where = layout(pain(*SPANS["three months"]))
    first_day = QLocale().firstDayOfWeek().value
    assert len(where.x_ticks) >= 12
    assert all(_local(t.at).isoweekday() == first_day for t in where.x_ticks)
    assert all(b.at - a.at == timedelta(days=7) for a, b in pairwise(where.x_ticks))
    months = [box.text for box in where.x_context]
    # The year goes with the first month shown (here September, August's label had no room).
    assert months[-2:] == ["Oct", "Nov"]
    assert months[0] in ("Aug 2026", "Sep 2026")


def test_a_year_has_a_tick_each_month_and_the_years_under_them() -> None:
    where = layout(pain())
    assert [t.label.text for t in where.x_ticks] == [
        "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
    ]  # fmt: skip
    assert all(_local(t.at).day == 1 and _local(t.at).hour == 0 for t in where.x_ticks)
    assert [box.text for box in where.x_context] == ["2025", "2026"]


def test_twenty_years_has_ticks_on_years() -> None:
    where = layout(pain(*SPANS["twenty years"]))
    assert all(re.fullmatch(r"\d{4}", t.label.text) for t in where.x_ticks)
    assert where.x_context == ()
    assert len(where.x_ticks) >= 3


def test_dates_on_the_axis_are_read_in_the_charts_zone() -> None:
    start = datetime(2026, 11, 14, 12, 0, tzinfo=UTC)  # 1 AM on the 15th in Auckland
    auckland = ZoneInfo("Pacific/Auckland")
    chart = pain(start, start + timedelta(days=14), zone=auckland)
    ticks = layout(chart).x_ticks
    assert all(t.at.astimezone(auckland).hour == 0 for t in ticks)
    assert ticks[0].label.text == "16"
    new_york = layout(pain(start, start + timedelta(days=14))).x_ticks
    assert new_york[0].label.text == "15"


def test_month_names_follow_the_interface_language() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
    where = layout(pain())
    assert where.x_ticks[1].label.text == "ene"
    assert describe(pain(*SPANS["three months"])).startswith("Pain from ago 27, 2026 to nov 27")


# --- words ------------------------------------------------------------------------------------


def test_describe_gives_the_span_counts_lowest_highest_latest_and_appointments() -> None:
    points = (
        (day(2026, 10, 28), 2),
        (day(2026, 11, 2), 7),
        (day(2026, 11, 20), 1),
        (day(2026, 11, 26), 3),
        (day(2026, 10, 1), 10),  # before the span
    )
    appointments = (day(2026, 11, 3, 9), day(2026, 11, 24, 9), day(2026, 12, 20, 9))
    chart = pain(day(2026, 10, 27, 0), day(2026, 11, 27, 15), points, appointments)

    text = describe(chart)

    assert text.startswith("Pain from Oct 27, 2026 to Nov 27, 2026: 4 entr")
    assert re.search(r"4 entr(y|ies|y\(s\)), lowest 1, highest 7, latest 3 on Nov 26, 2026\.", text)
    assert re.search(r"2 appointment(s|\(s\)) marked: Nov 3, 2026 and Nov 24, 2026\.", text)
    assert "Dec 20" not in text  # an appointment after the span is not marked
    assert text.endswith("0 means No Pain; 10 means Worst Possible Pain.")


def test_describe_says_when_there_are_no_entries() -> None:
    text = describe(pain(day(2026, 11, 14, 0), day(2026, 11, 28, 0), (), ()))
    # A span that ends at midnight ends the day before.
    assert text.startswith("Pain: no entries from Nov 14, 2026 to Nov 27, 2026.")
    assert "appointment" not in text


def test_describe_reads_dates_in_the_charts_zone() -> None:
    late = datetime(2026, 11, 20, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    chart = pain(
        late - timedelta(days=2), late + timedelta(hours=1), ((late, 5),), (),
        zone=ZoneInfo("America/Los_Angeles"),
    )  # fmt: skip
    assert "latest 5 on Nov 20, 2026" in describe(chart)
    in_utc = pain(chart.start, chart.end, chart.points, (), zone=UTC)
    assert "latest 5 on Nov 21, 2026" in describe(in_utc)


def test_describe_keeps_a_name_with_a_percent_sign_as_typed() -> None:
    chart = pain(points=())
    named = TrendChart("Pain %2 %3", "No", "Worst", chart.start, chart.end, (), ())
    assert describe(named).startswith("Pain %2 %3: no entries from Nov 27, 2025")


# --- the chart's own rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"start": datetime(2026, 1, 1)},
        {"points": ((datetime(2026, 6, 1), 3),)},
        {"appointments": (datetime(2026, 6, 1),)},
        {"end": YEAR_START},
        {"points": ((day(2026, 6, 1), 11),)},
        {"points": ((day(2026, 6, 1), -1),)},
    ],
    ids=["naive start", "naive point", "naive appointment", "empty span", "score 11", "score -1"],
)
def test_a_chart_refuses_what_it_cannot_draw(change: dict[str, object]) -> None:
    values: dict[str, object] = {
        "title": "Pain", "low_label": "No Pain", "high_label": "Worst Possible Pain",
        "start": YEAR_START, "end": NOW, "points": (), "appointments": (),
    }  # fmt: skip
    with pytest.raises(ValueError, match=r"\w"):
        TrendChart(**{**values, **change})  # type: ignore[arg-type]


def test_charts_never_load_qt_widgets() -> None:
    """The printed summary uses charts without widgets: importing them (and painting an
    image) must not load QtWidgets, even indirectly."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "import mbc_desktop.charts\n"
        "from tests.unit.charts.sample import pain\n"
        "from PySide6.QtCore import QSize\nfrom PySide6.QtGui import QFont\n"
        "mbc_desktop.charts.render_image(pain(), QSize(300, 200), "
        "mbc_desktop.charts.ChartStyle.for_print(QFont()))\n"
        "mbc_desktop.charts.describe(pain())\n"
        "print(sorted(m for m in sys.modules if 'QtWidgets' in m))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.stdout.strip() == "[]"


def test_the_text_alternative_counts_in_words_in_english_and_spanish() -> None:
    from mbc_desktop.words.i18n import use_language

    chart = pain()
    try:
        use_language("en")
        english = describe(chart)
        assert "entry(s)" not in english
        assert re.search(r"\b\d+ entries\b", english)
        assert re.search(r"\b\d+ appointments marked: ", english)
        use_language("es")
        spanish = describe(chart)
        assert re.search(r"\b\d+ registros\b", spanish)
        assert re.search(r"\b\d+ citas marcadas: ", spanish)
    finally:
        use_language("en")
