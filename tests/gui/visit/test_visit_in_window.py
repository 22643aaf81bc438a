"""The Visit area in the real window, by keyboard only: Ctrl+4 opens it on the visit in
progress, Space marks a question asked, Edit › Undo (Ctrl+Z) takes it back, notes typed are
saved when the window closes, and Home's "Start the visit" lands on the list."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewAppointment, NewQuestion, Priority, Status
from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def window_with_a_visit(open_window: OpenWindow) -> MainWindow:
    window = open_window()
    assert window.visit_pane is not None
    appointments = window.visit_pane._appointments
    appointments.add(
        NewAppointment(starts_at=datetime.now(UTC) - timedelta(minutes=5), clinician="Dr. Ortiz")
    )
    questions = window.visit_pane._questions
    questions.add(NewQuestion(text="Can I travel in June?", priority=Priority.IF_TIME))
    questions.add(NewQuestion(text="Is the scan clear?", priority=Priority.MUST_ASK))
    return window


def test_ctrl_4_opens_the_visit_space_marks_and_ctrl_z_takes_it_back(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_a_visit(open_window)
    pane = window.visit_pane
    assert pane is not None
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.area(window.sidebar.currentRow()) is pane
    during = pane.during
    assert QApplication.focusWidget() is during.list_view
    first = during.current_question()
    assert first is not None
    assert first.text == "Is the scan clear?"  # must ask first
    press(qtbot, Qt.Key.Key_Space)
    assert pane._questions.get(first.id).status is Status.ASKED
    assert window.undo_action.text() == "&Undo Mark “Is the scan clear?” asked"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert pane._questions.get(first.id).status is Status.OPEN
    assert QApplication.focusWidget() is during.list_view


def test_notes_typed_are_saved_when_the_window_closes(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_a_visit(open_window)
    pane = window.visit_pane
    assert pane is not None
    press(qtbot, Qt.Key.Key_4, CTRL)
    press(qtbot, Qt.Key.Key_N, ALT)
    assert QApplication.focusWidget() is pane.during.notes_edit
    qtbot.keyClicks(pane.during.notes_edit, "Scan in six weeks")
    appointment = pane.during.appointment
    assert appointment is not None
    window.close()  # before the pause after typing has passed
    again = open_window()
    assert again.visit_pane is not None
    saved = again.visit_pane._appointments.get(appointment.id)
    assert saved.visit_notes == "Scan in six weeks"


def test_start_the_visit_on_home_lands_on_the_question_list(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_a_visit(open_window)
    assert window.home_pane is not None
    assert window.visit_pane is not None
    press(qtbot, Qt.Key.Key_1, CTRL)
    window.home_pane.start_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.area(window.sidebar.currentRow()) is window.visit_pane)
    assert QApplication.focusWidget() is window.visit_pane.during.list_view
