"""watch_keys: a form's Enter or Esc works from whichever of its fields has the keyboard, while
the labels and boxes around the fields are never sent through the watcher (a filter is called
in Python for each of their paints, shows and moves)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.widgets import KeysDo, watch_keys


class Counting(KeysDo):
    """Esc runs ``action``; every widget it was called for, and those it saw a key press in."""

    def __init__(self, parent: QObject, action: Callable[[], None] = lambda: None) -> None:
        super().__init__({Qt.Key.Key_Escape}, action, parent)
        self.seen: list[QObject] = []
        self.pressed: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(watched)
        if event.type() == QEvent.Type.KeyPress:
            self.pressed.append(watched)
        return super().eventFilter(watched, event)


def form_with_fields(qtbot: QtBot) -> tuple[QWidget, list[QWidget], list[QWidget]]:
    form = QWidget()
    qtbot.addWidget(form)
    column = QVBoxLayout(form)
    fields: list[QWidget] = []
    others: list[QWidget] = []
    for _ in range(4):
        box = QWidget(form)  # a row holding a label and its field
        row = QVBoxLayout(box)
        label = QLabel("Name", box)
        field = QLineEdit(box)
        row.addWidget(label)
        row.addWidget(field)
        column.addWidget(box)
        fields.append(field)
        others += [box, label]
    choice = QComboBox(form)
    choice.addItems(["One", "Two"])
    day = QDateEdit(form)
    button = QPushButton("Save", form)
    for widget in (choice, day, button):
        column.addWidget(widget)
    fields += [choice, day, button]
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form, fields, others


def test_esc_is_caught_in_every_field_and_labels_and_boxes_are_left_out(qtbot: QtBot) -> None:
    form, fields, others = form_with_fields(qtbot)
    left: list[bool] = []
    watcher = Counting(form, lambda: left.append(True))
    watch_keys(form, watcher)
    for field in fields:
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClick(field, Qt.Key.Key_Escape)
    assert len(left) == len(fields)
    watcher.seen.clear()
    for widget in others:
        widget.hide()
        widget.show()
        widget.repaint()
    qtbot.wait(10)
    assert not [widget for widget in watcher.seen if widget in others]


def test_a_pop_up_list_keeps_its_own_keys_and_what_is_left_out_stays_out(qtbot: QtBot) -> None:
    form, fields, _others = form_with_fields(qtbot)
    choice = next(field for field in fields if isinstance(field, QComboBox))
    choice.showPopup()  # its list is a window of its own
    qtbot.waitUntil(lambda: choice.view().isVisible())
    button = next(field for field in fields if isinstance(field, QPushButton))
    watcher = Counting(form)
    watch_keys(form, watcher, leave_out={button})
    QTest.keyClick(choice.view(), Qt.Key.Key_Down)
    assert choice.view() not in watcher.pressed
    choice.hidePopup()
    QTest.keyClick(button, Qt.Key.Key_Escape)
    assert button not in watcher.pressed
