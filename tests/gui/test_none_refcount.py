"""Guard against a PySide6 bug that kills the app on Python 3.11.

PySide6 6.12.0 dropped one reference to None on every Qt call that returns nothing. On
Python 3.11, None is an ordinary object, so after some thousands of such calls the interpreter
aborts with "Fatal Python error: none_dealloc" (in the app: the second keystroke in Search on
a large journal). Python 3.12 made None immortal, so there the count cannot be read this way.
"""

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewQuestion
from tests.gui.conftest import OpenWindow

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on"
)


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    assert before - sys.getrefcount(None) < 10


def test_a_busy_session_keeps_none_alive(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = window.questions_pane
    assert pane is not None
    for number in range(200):
        pane._service.add(NewQuestion(text=f"Question number {number} about pain"))
    before = sys.getrefcount(None)
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "pain 1")
    pane.status_filter.setCurrentIndex(1)
    pane.status_filter.setCurrentIndex(0)
    pane.search.clear()
    pane.list_view.setFocus()
    for _ in range(20):
        qtbot.keyClick(pane.list_view, Qt.Key.Key_Down)
    lost = before - sys.getrefcount(None)
    assert lost < 500, f"{lost} references to None lost in a short session"
