"""The Symptoms area's chart keeps its last painting: painted again with nothing changed (the
area shown again, the window uncovered) it is copied, not drawn; a new chart, size, text size
or theme draws it again; and the copy is the same pixels as drawing it."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.theme import DARK, LIGHT, THEMES, Theme, apply_theme
from mbc_desktop.ui.common.trend_view import TrendView
from mbc_desktop.ui.symptoms.chart_view import CachedTrendView
from tests.unit.charts.sample import NOW, pain


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def app() -> Iterator[QApplication]:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    yield instance
    apply_theme(instance, LIGHT)


def shown(qtbot: QtBot, view: TrendView) -> TrendView:
    qtbot.addWidget(view)
    view.resize(QSize(560, 300))
    view.show()
    qtbot.waitExposed(view)
    return view


def picture(view: TrendView) -> QImage:
    return view.grab().toImage()


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_copy_is_the_same_pixels_as_drawing_the_chart(
    qtbot: QtBot, app: QApplication, theme: Theme
) -> None:
    apply_theme(app, theme)
    chart = pain()
    drawn, cached = shown(qtbot, TrendView()), shown(qtbot, CachedTrendView())
    for view in (drawn, cached):
        view.set_chart(chart)
    assert picture(cached) == picture(drawn)
    assert picture(cached) == picture(drawn)  # the copy this time
    assert isinstance(cached, CachedTrendView)
    assert cached.drawn == 1


def test_it_is_drawn_again_only_when_what_it_shows_changes(qtbot: QtBot, app: QApplication) -> None:
    view = shown(qtbot, CachedTrendView())
    assert isinstance(view, CachedTrendView)
    view.set_chart(pain())
    for _ in range(3):
        view.grab()
    assert view.drawn == 1
    view.set_chart(pain(NOW.replace(day=14, hour=0, minute=0), NOW))  # another span
    view.grab()
    assert view.drawn == 2
    view.resize(QSize(600, 300))
    view.grab()
    assert view.drawn == 3
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    view.grab()
    assert view.drawn == 4
    apply_theme(app, DARK)
    view.grab()
    assert view.drawn == 5
    view.set_chart(None)  # the empty text: nothing kept
    view.grab()
    assert view.drawn == 5
