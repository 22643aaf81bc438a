"""Defects a newcomer's probe of Home, Appointments and the visit found, each pinned down."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewAppointment, NewQuestion
from mbc_desktop.words.dates import long_date
from tests.gui.conftest import OpenWindow


def test_an_alt_letter_scrolls_its_field_into_view(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = window.appointments_pane
    assert pane is not None
    window.resize(1024, 700)
    window.apply_text_scale(2.0)
    window.add_appointment()
    qtbot.wait(50)
    field = pane.editor.notes_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is field
    scroller = next(w for w in window.findChildren(QScrollArea) if w.widget() is pane)
    viewport = scroller.viewport()
    top_left = field.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().intersects(QRect(top_left, field.size()))


def test_home_says_the_last_visit_a_question_was_carried_from(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert window.appointments_pane is not None
    assert window.home_pane is not None
    appointments = window.appointments_pane._service
    question = window.questions_pane._service.add(NewQuestion(text="Is it working?"))  # type: ignore[union-attr]
    start = datetime.now(UTC) - timedelta(days=40)
    visits = [
        appointments.add(NewAppointment(starts_at=start + timedelta(days=20 * n))) for n in range(3)
    ]
    appointments.finish_visit(visits[0].id)
    appointments.finish_visit(visits[1].id)
    window.go_to_area(0)
    text = window.home_pane.questions_list.item(0).text()
    assert question.text in text
    assert f"carried over from {long_date(visits[1].local_start())}" in text


def test_esc_on_ask_it_at_goes_back_to_the_list(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = window.questions_pane
    assert pane is not None
    window.show_area(pane)
    question = pane._service.add(NewQuestion(text="When?"))
    pane.select_question(question.id)
    pane.editor.appointment_combo.setFocus()
    qtbot.keyClick(pane.editor.appointment_combo, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is pane.list_view


def test_the_welcome_shows_every_button_whole_at_200_percent(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.apply_text_scale(2.0)
    window.offer_welcome()
    dialog = window.welcome_dialog
    assert dialog is not None
    qtbot.wait(20)
    for button in dialog.findChildren(QAbstractButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    layout = dialog.layout()
    assert layout is not None
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())


def test_a_date_and_time_typed_as_written_are_saved_as_meant(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = window.appointments_pane
    assert pane is not None
    window.add_appointment()
    editor = pane.editor
    assert QApplication.focusWidget() is editor.date_edit
    editor.date_edit.setSelectedSection(editor.date_edit.Section.MonthSection)
    qtbot.keyClicks(editor.date_edit, "12/03/2027")
    editor.time_edit.setFocus(Qt.FocusReason.TabFocusReason)
    editor.time_edit.setSelectedSection(editor.time_edit.Section.HourSection)
    qtbot.keyClicks(editor.time_edit, "2:05 PM")
    editor.flush()
    assert editor.appointment is not None
    saved = pane._service.get(editor.appointment.id).local_start()
    assert (saved.year, saved.month, saved.day, saved.hour, saved.minute) == (2027, 12, 3, 14, 5)
    assert "December 3, 2027" in editor.when_label.text()
