"""Switching areas paints the area once (issue 15: switching areas within a frame)."""

from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


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
