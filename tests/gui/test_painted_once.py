"""Switching areas paints the area once (issue 15: switching areas within a frame)."""

from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow
from tests.gui.paints import Paints


def test_switching_to_an_area_paints_it_once(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    for row in range(window.sidebar.count()):  # each area shown once: read and laid out
        window.go_to_area(row)
        qtbot.wait(20)
    window.go_to_area(0)
    qtbot.wait(50)
    for row in range(1, window.sidebar.count()):
        area = window.area(row)
        assert area is not None
        paints = Paints()
        area.installEventFilter(paints)
        window.go_to_area(row)
        qtbot.waitUntil(lambda counter=paints: counter.count > 0)
        qtbot.wait(50)
        area.removeEventFilter(paints)
        assert paints.count == 1, f"{window.sidebar.item(row).text()} painted {paints.count}×"
