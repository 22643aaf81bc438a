"""A long form's sections are shown one at a time in a stack as tall as the section shown:
a short section after a long one leaves no screenful of blank space under it."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.widgets import CurrentPageStack, show_page


def page(lines: int) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    for number in range(lines):
        layout.addWidget(QLabel(f"Line {number}"))
    return widget


def test_the_stack_asks_for_the_room_of_the_page_shown(qtbot: QtBot) -> None:
    stack = CurrentPageStack()
    qtbot.addWidget(stack)
    long, short = page(40), page(2)
    stack.addWidget(long)
    stack.addWidget(short)
    show_page(stack, 0)
    tall = stack.sizeHint().height()
    show_page(stack, 1)
    assert stack.currentWidget() is short
    assert stack.sizeHint().height() < tall / 5
    assert stack.minimumSizeHint().height() < tall / 5
    show_page(stack, 0)
    assert stack.sizeHint().height() == tall
