"""Saving a check-in moves the keyboard once, from the form straight to "Check in now": Qt
does not pass it through the widgets after the form, nor through the overview's last
focused widget, on the way (each a focus change a screen reader says, and a repaint)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from tests.gui.symptoms.conftest import OpenSymptoms, check_in_at, days_ago, esas

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_saving_a_check_in_moves_the_keyboard_once(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    for days in (3, 2, 1):
        check_in_at(journal, days_ago(days), {pain.id: days})
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.select(pain.id)
    overview.trend.entries.setFocus(Qt.FocusReason.OtherFocusReason)  # last focused there
    qtbot.keyClick(overview.trend.entries, Qt.Key.Key_K, CTRL_SHIFT)
    scale = QApplication.focusWidget()
    assert scale is not None
    assert area.pane.form.isAncestorOf(scale)
    qtbot.keyClick(scale, "4")
    focused: list[QWidget | None] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: focused.append(new))

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)

    assert len(journal.symptoms.check_ins()) == 4
    assert [widget for widget in focused if widget is not None] == [overview.check_in_button]
