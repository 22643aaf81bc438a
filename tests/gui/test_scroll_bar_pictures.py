"""Scroll bars are painted from pictures of Fusion's own drawing (ui/common/focus.py: Fusion
draws a tall vertical one slowly, and the same one again whenever what is around it is
painted), each drawn from the few rows where Fusion's drawing changes, the others repeating
them (ui/common/scroll_bar_drawing.py): each picture is Fusion's drawing to the pixel, the
window looks as it does with Fusion drawing every bar (to within the rounding of a picture's
soft edges blended once), in every theme, and a changed scroll bar is drawn anew."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QScrollBar,
    QStyle,
    QStyleFactory,
    QStyleOptionSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common import focus
from mbc_desktop.ui.common.scroll_bar_drawing import draw_scroll_bar
from mbc_desktop.ui.common.theme import THEMES, Theme, apply_theme, current_theme
from tests.gui.conftest import OpenWindow
from tests.gui.walk import areas, full_window


def picture(widget: QWidget, qtbot: QtBot) -> QImage:
    qtbot.wait(10)
    return widget.grab().toImage()


def largest_difference(first: QImage, second: QImage) -> int:
    """The most any colour channel of any pixel differs by (0 to 255)."""
    assert first.size() == second.size()
    if first == second:
        return 0
    one, other = (
        bytes(image.convertToFormat(QImage.Format.Format_ARGB32).constBits())
        for image in (first, second)
    )
    return max(abs(a - b) for a, b in zip(one, other, strict=True))


# A picture's soft edges (the groove's and slider's anti-aliased borders) are blended over
# what is behind the bar once, where Fusion blends each stroke: the rounding may differ by one
# shade of 255 on those pixels. Anything Fusion draws differently differs by far more.
ROUNDING = 1


@pytest.fixture
def pictures_back(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = current_theme()
    flash = app.cursorFlashTime()
    app.setCursorFlashTime(0)  # a caret blinking between two pictures is not a scroll bar
    monkeypatch.setattr(focus, "keep_scroll_bars", True)
    yield
    app.setCursorFlashTime(flash)
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
        focus._scroll_bars.clear()
        drawn = picture(window, qtbot)
        assert not focus._scroll_bars  # Fusion drew every bar itself
        assert largest_difference(kept, drawn) <= ROUNDING, f"{name} in {theme.name}"
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
    focus.keep_scroll_bars = False  # Fusion drawing it: the picture was of the moved bar
    assert largest_difference(picture(bar, qtbot), moved) <= ROUNDING
    assert largest_difference(picture(bar, qtbot), first) > ROUNDING


def _states() -> list[tuple[str, QStyle.StateFlag, QStyle.SubControl]]:
    flag, part = QStyle.StateFlag, QStyle.SubControl
    return [
        ("plain", flag.State_None, part.SC_None),
        ("slider hovered", flag.State_MouseOver, part.SC_ScrollBarSlider),
        ("slider pressed", flag.State_Sunken, part.SC_ScrollBarSlider),
        ("arrow hovered", flag.State_MouseOver, part.SC_ScrollBarAddLine),
        ("arrow pressed", flag.State_Sunken, part.SC_ScrollBarSubLine),
    ]


@pytest.mark.usefixtures("pictures_back")
@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
def test_a_bar_drawn_from_its_rows_that_differ_is_fusions_to_the_pixel(theme: Theme) -> None:
    """scroll_bar_drawing: Fusion draws only the rows where its drawing changes and the rest
    repeat them. Every orientation, length, slider place and size, state, ratio 1 and 2."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    fusion = QStyleFactory.create("Fusion")
    cases = 0
    for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):
        for length in (20, 45, 301, 800):
            for top, page, value in ((100, 50, 0), (100, 50, 50), (100, 50, 100), (1, 11, 1),
                                     (0, 10, 0), (5000, 10, 2500)):  # fmt: skip
                bar = QScrollBar(orientation)
                across = fusion.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                if orientation == Qt.Orientation.Horizontal:
                    bar.resize(length, across)
                else:
                    bar.resize(across, length)
                bar.setRange(0, top)
                bar.setPageStep(page)
                bar.setValue(value)
                for name, state, active in _states():
                    for ratio in (1, 2):
                        option = QStyleOptionSlider()
                        bar.initStyleOption(option)
                        option.subControls = QStyle.SubControl.SC_All
                        option.state |= state
                        option.activeSubControls = active
                        expected = QImage(
                            option.rect.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied
                        )
                        expected.fill(Qt.GlobalColor.transparent)
                        expected.setDevicePixelRatio(ratio)
                        painter = QPainter(expected)
                        fusion.drawComplexControl(
                            QStyle.ComplexControl.CC_ScrollBar, option, painter, bar
                        )
                        painter.end()
                        drawn = draw_scroll_bar(
                            option,
                            ratio,
                            lambda o, p, b=bar: fusion.drawComplexControl(
                                QStyle.ComplexControl.CC_ScrollBar, o, p, b
                            ),
                            lambda control, o=option, b=bar: fusion.subControlRect(
                                QStyle.ComplexControl.CC_ScrollBar, o, control, b
                            ),
                        )
                        assert drawn == expected, (orientation, length, top, value, name, ratio)
                        cases += 1
    assert cases == 2 * 4 * 6 * 5 * 2
