"""Scroll bars are painted from pictures of Fusion's own drawing (ui/common/focus.py: Fusion
draws a tall vertical one slowly, and the same one again whenever what is around it is
painted): the window looks exactly as it does with Fusion drawing every one, in every theme,
and a changed scroll bar is drawn anew."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common import focus
from mbc_desktop.ui.common.theme import THEMES, Theme, apply_theme, current_theme
from tests.gui.conftest import OpenWindow
from tests.gui.walk import areas, full_window


def picture(widget: QWidget, qtbot: QtBot) -> QImage:
    qtbot.wait(10)
    return widget.grab().toImage()


@pytest.fixture
def pictures_back(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = current_theme()
    monkeypatch.setattr(focus, "keep_scroll_bars", True)
    yield
    apply_theme(app, before)


@pytest.mark.usefixtures("pictures_back")
@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
def test_every_area_looks_the_same_with_pictures_of_its_scroll_bars(
    qtbot: QtBot, open_window: OpenWindow, theme: Theme, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = full_window(open_window)
    window.resize(720, 600)  # small: every area's scroll bars show
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    bars = 0
    for name in areas(window):
        focus._scroll_bars.clear()
        monkeypatch.setattr(focus, "keep_scroll_bars", True)
        kept = picture(window, qtbot)
        bars += len(focus._scroll_bars)
        monkeypatch.setattr(focus, "keep_scroll_bars", False)
        drawn = picture(window, qtbot)
        assert kept == drawn, f"{name} in {theme.name}"
    assert bars > 0  # pictures were used


@pytest.mark.usefixtures("pictures_back")
def test_a_scroll_bar_that_changes_is_drawn_anew(qtbot: QtBot) -> None:
    bar = QScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.resize(14, 400)
    bar.setRange(0, 100)
    bar.setPageStep(20)
    bar.show()
    first = picture(bar, qtbot)
    assert picture(bar, qtbot) == first  # the same bar: the same picture
    bar.setValue(60)
    moved = picture(bar, qtbot)
    assert moved != first
    focus.keep_scroll_bars = False
    assert picture(bar, qtbot) == moved
