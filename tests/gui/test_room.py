"""An area's room is the scroll area's viewport around it, not its own width (which never goes
below its minimum); a resize of the viewport is heard."""

from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.room import Room


def test_the_room_is_the_viewport_and_its_resizes_are_heard(qtbot: QtBot) -> None:
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    pane = QWidget()
    pane.setMinimumWidth(900)  # wider than the room: the pane keeps its minimum
    heard: list[int] = []
    room = Room(pane, lambda: heard.append(room.width()))
    scroller.setWidget(pane)
    qtbot.addWidget(scroller)
    scroller.resize(500, 400)
    scroller.show()
    qtbot.waitExposed(scroller)
    room.follow()

    assert pane.width() >= 900
    assert room.width() == scroller.viewport().width() < 500
    scroller.resize(640, 400)
    qtbot.waitUntil(lambda: bool(heard) and heard[-1] == scroller.viewport().width())
    assert room.height() == scroller.viewport().height()
