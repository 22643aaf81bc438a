"""Accessibility proved by walking the real window: every area in the sidebar and every dialog
the menus open, found by walking them (a new area or dialog is covered without editing this
file). Every focusable control has an accessible name; Tab reaches every enabled control and
comes back around; a focus ring is drawn around whatever has the focus, in every theme."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.focus import ringed_widget
from mbc_desktop.ui.common.theme import THEMES, Theme, apply_theme
from tests.gui.conftest import OpenWindow
from tests.gui.walk import areas, dialogs, full_window


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.inherits("QScrollBar")
        and w.window() is root.window()
    ]


def nameless(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in focusable(root)
        if not accessible_name(w).strip()
    ]


def test_every_focusable_control_in_every_area_and_dialog_has_a_name(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = full_window(open_window)
    checked = 0
    for area in areas(window):
        assert nameless(window) == [], area
        checked += len(focusable(window))
        # The details too, where list and details take turns.
        pane = window.area(window.sidebar.currentRow())
        open_details = getattr(pane, "open_details", None)
        if callable(open_details):
            open_details()
            assert nameless(window) == [], f"{area} details"
    for dialog in dialogs(window, qtbot):
        assert nameless(dialog) == [], dialog.objectName()
        checked += len(focusable(dialog))
    assert checked > 25


def test_the_menus_have_no_nameless_items(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = full_window(open_window)
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            assert action.isSeparator() or action.text().replace("&", "").strip(), menu.title()


def tab_cycle(window: QWidget, qtbot: QtBot, start: QWidget, limit: int = 80) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab did not come back around in {limit} steps")


def test_tab_reaches_every_enabled_control_and_comes_back_around(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = full_window(open_window)
    for area in areas(window):
        pane = window.area(window.sidebar.currentRow())
        assert pane is not None
        reached = set(tab_cycle(window, qtbot, window.sidebar))
        missing = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in focusable(window)
            if w not in reached and not w.focusProxy()
        ]
        assert missing == [], area


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_a_focus_ring_in_the_theme_colour_surrounds_the_focused_control(
    qtbot: QtBot, open_window: OpenWindow, theme: Theme
) -> None:
    window = full_window(open_window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    pane = window.questions_pane
    assert pane is not None
    for widget in (pane.search, pane.editor.delete_button, pane.editor.priority_combo):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(20)
        assert ringed_widget() is widget
        picture = window.grab().toImage()
        top_left = widget.mapTo(window, widget.rect().topLeft())
        ring = QColor(theme.focus)
        # Along the widget's edges, just outside it, the ring's colour must show.
        hits = 0
        for x in range(top_left.x(), top_left.x() + widget.width(), 4):
            for y in (top_left.y() - 2, top_left.y() + widget.height() + 1):
                pixel = picture.pixelColor(x, y)
                if (
                    abs(pixel.red() - ring.red())
                    + abs(pixel.green() - ring.green())
                    + abs(pixel.blue() - ring.blue())
                    < 60
                ):
                    hits += 1
        assert hits > widget.width() // 8, f"{widget.objectName()}: no visible ring ({hits})"


def test_no_areas_scroll_area_is_a_tab_stop_of_its_own(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from PySide6.QtWidgets import QScrollArea

    window = open_window()
    scrollers = [window.pages.widget(row + 1) for row in range(window.sidebar.count())]
    assert scrollers
    for scroller in scrollers:
        assert isinstance(scroller, QScrollArea)
        assert scroller.focusPolicy() == Qt.FocusPolicy.NoFocus, scroller.objectName()
