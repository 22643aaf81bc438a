"""Home in the real window, by keyboard only: it opens first; with no appointment it invites
one; Alt+P adds one (the keyboard lands on its date); Alt+A goes to a new question; the
question shows on Home, planned for the next appointment; Alt+S starts the visit."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def shown_area(window: MainWindow) -> object:
    return window.area(window.sidebar.currentRow())


def test_home_by_keyboard_from_nothing_to_a_planned_question(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    home = window.home_pane
    assert home is not None
    assert shown_area(window) is home  # Home is the first area
    assert home.empty_label.isVisible()
    assert QApplication.focusWidget() is home.add_appointment_button

    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Add your next appointment
    # A button's Alt+letter "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: shown_area(window) is window.appointments_pane, timeout=2000)
    assert window.appointments_pane is not None
    assert QApplication.focusWidget() is window.appointments_pane.editor.date_edit
    editor = window.appointments_pane.editor
    editor.clinician_edit.setFocus()
    qtbot.keyClicks(editor.clinician_edit, "Dr. Ortiz")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it

    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert shown_area(window) is home
    assert "Dr. Ortiz" in home.details_label.text()
    assert QApplication.focusWidget() is home.start_button

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Add a question
    assert window.questions_pane is not None
    qtbot.waitUntil(lambda: shown_area(window) is window.questions_pane, timeout=2000)
    assert QApplication.focusWidget() is window.questions_pane.new_question
    qtbot.keyClicks(window.questions_pane.new_question, "Is the new drug a pill?")
    press(qtbot, Qt.Key.Key_Return)

    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert home.questions_list.count() == 1
    assert home.questions_list.item(0).text().endswith("Is the new drug a pill?")
    assert home.counts_label.text() == "1 question planned · 0 must-ask"
    home.start_button.setFocus()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Start the visit
    qtbot.waitUntil(lambda: shown_area(window) is window.visit_pane, timeout=2000)


def test_the_welcome_offers_to_add_the_next_appointment(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.offer_welcome()
    dialog = window.welcome_dialog
    assert dialog is not None
    dialog.appointment_button.click()
    assert shown_area(window) is window.appointments_pane
    assert window.appointments_pane is not None
    assert len(window.appointments_pane._service.list()) == 1
    assert QApplication.focusWidget() is window.appointments_pane.editor.date_edit
    assert window.settings.welcome_done
