"""TrendView: the chart on screen, reached by Tab, told to a screen reader, sized in lines of
text, painted in the theme's colours."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.charts import describe, layout_trend
from mbc_desktop.ui.common.theme import DARK, HIGH_CONTRAST, LIGHT, apply_theme
from mbc_desktop.ui.common.trend_view import TrendView, screen_style
from tests.gui.paints import Paints
from tests.unit.charts.sample import NOW, pain

EMPTY = "No check-ins in these two weeks yet."


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def view(qtbot: QtBot) -> TrendView:
    trend = TrendView()
    trend.set_empty_text(EMPTY)
    qtbot.addWidget(trend)
    return trend


def test_a_screen_reader_hears_the_title_and_the_chart_in_words(view: TrendView) -> None:
    chart = pain()
    view.set_chart(chart)
    assert view.accessibleName() == "Pain"
    assert view.accessibleDescription() == describe(chart)
    assert "lowest" in view.accessibleDescription()
    assert view.toolTip() == ""

    two_weeks = pain(NOW.replace(day=14, hour=0, minute=0), NOW)
    view.set_chart(two_weeks)
    assert view.accessibleDescription() == describe(two_weeks)
    assert view.accessibleDescription() != describe(chart)

    view.set_chart(None)
    assert view.accessibleName() == EMPTY
    assert view.accessibleDescription() == ""


def test_tab_reaches_the_chart(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QLineEdit()
    before.setAccessibleName("Before")
    trend = TrendView()
    trend.set_chart(pain())
    layout.addWidget(before)
    layout.addWidget(trend)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)

    qtbot.keyClick(before, "\t")

    qtbot.waitUntil(trend.hasFocus)


def test_a_new_chart_is_painted(qtbot: QtBot, view: TrendView) -> None:
    with qtbot.waitExposed(view):
        view.show()
    counter = Paints()
    view.installEventFilter(counter)
    before = view.grab().toImage()

    view.set_chart(pain())

    qtbot.waitUntil(lambda: counter.count > 0)
    assert view.grab().toImage() != before
    painted = counter.count
    view.set_chart(pain(points=()))
    qtbot.waitUntil(lambda: counter.count > painted)
    view.removeEventFilter(counter)


def test_the_height_is_asked_for_in_lines_and_grows_with_the_text(view: TrendView) -> None:
    view.set_chart(pain())
    small = view.minimumSizeHint().height()
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    large = view.minimumSizeHint().height()

    assert large > 1.8 * small
    assert view.sizeHint().height() > large
    # At its smallest, the chart still fits every label, with 0, 5 and 10 on its axis.
    where = layout_trend(
        pain(), QRectF(0, 0, view.minimumSizeHint().width(), large), screen_style(font), view
    )
    bounds = QRectF(0, 0, view.minimumSizeHint().width(), large)
    assert [box.text for box in where.labels() if not bounds.contains(box.rect)] == []
    assert {0, 10} <= {tick.score for tick in where.y_ticks}
    assert len(where.y_ticks) >= 3
    assert where.legend[-1].label.rect.bottom() <= large
    full = layout_trend(
        pain(), QRectF(0, 0, view.sizeHint().width(), view.sizeHint().height()),
        screen_style(font), view,
    )  # fmt: skip
    assert [tick.score for tick in full.y_ticks] == [0, 2, 4, 6, 8, 10]


def test_the_empty_text_wraps_and_asks_for_the_room_it_needs(view: TrendView) -> None:
    view.set_chart(None)
    assert view.hasHeightForWidth()
    assert view.heightForWidth(120) > view.heightForWidth(800)
    view.set_chart(pain())
    assert not view.hasHeightForWidth()


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST], ids=lambda t: t.name)
def test_it_paints_in_the_current_themes_colours(
    qapp: QApplication, qtbot: QtBot, view: TrendView, theme: object
) -> None:
    view.set_chart(pain())
    view.resize(700, view.sizeHint().height())
    try:
        apply_theme(qapp, theme)  # type: ignore[arg-type]
        image = view.grab().toImage()
        style = screen_style(view.font())
        assert image.pixelColor(2, 2) == style.background
        assert style.background == QColor(theme.base)  # type: ignore[attr-defined]
        colours = {
            image.pixelColor(x, y).name() for x in range(0, 700, 3) for y in range(0, 200, 3)
        }
        assert style.line.name() in colours
    finally:
        apply_theme(qapp, LIGHT)


def test_gridlines_are_quieter_than_the_scores_in_every_theme() -> None:
    from mbc_desktop.ui.common.theme import contrast_ratio

    for theme in (LIGHT, DARK, HIGH_CONTRAST):
        style = screen_style(QFont(), theme)
        assert contrast_ratio(style.grid.name(), theme.base) < contrast_ratio(
            style.line.name(), theme.base
        )
