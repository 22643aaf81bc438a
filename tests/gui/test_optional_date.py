"""An optional date field (a medicine's start and stop, a test's date) is never a keyboard
trap: Tab and Shift+Tab leave it when it is empty, as they do any other field."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.optional_date import OptionalDateField


def test_tab_and_shift_tab_leave_an_empty_date(qtbot: QtBot) -> None:
    window = QWidget()
    before, after = QLineEdit(), QLineEdit()
    field = OptionalDateField("Not given")
    layout = QVBoxLayout(window)
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert field.is_empty()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before
    # With a date in it, Tab still ends up beyond it (through its parts).
    qtbot.keyClicks(field, "3")
    assert not field.is_empty()
    for _ in range(4):
        if QApplication.focusWidget() is after:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
