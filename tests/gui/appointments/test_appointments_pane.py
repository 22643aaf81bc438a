"""The Appointments area on a real journal: add by keyboard, change, delete with undo (its
questions are kept), history search, and the calendar file."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.domain import AppointmentChanges, NewAppointment, NewQuestion, QuestionChanges
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.appointments.pane import AppointmentsPane
from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.words.i18n import use_language


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    make_application()
    use_language("en")  # English, with its plural forms
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    opened = open_journal(paths)
    yield opened
    opened.close()


@pytest.fixture
def pane(qtbot: QtBot, journal: Journal, tmp_path: Path) -> AppointmentsPane:
    made = AppointmentsPane(
        journal.appointments,
        journal.questions,
        QUndoStack(),
        UiSettings(tmp_path / "data" / "settings.ini"),
    )
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    return made


def soon(days: int, hour: int = 10) -> datetime:
    return (datetime.now(UTC) + timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


def test_an_empty_journal_invites_the_first_appointment(pane: AppointmentsPane) -> None:
    assert pane.empty_label.isVisible()
    assert "New appointment" in pane.empty_label.text()


def test_adding_by_keyboard_puts_the_keyboard_on_its_date_and_saves_each_field(
    qtbot: QtBot, pane: AppointmentsPane, journal: Journal
) -> None:
    pane.new_button.setFocus()
    qtbot.keyClick(pane.new_button, Qt.Key.Key_Space)
    (appointment,) = journal.appointments.list()
    assert pane.upcoming_model.rowCount() == 1
    editor = pane.editor
    editor.date_edit.setDate(QDate(2030, 3, 14))
    editor.time_edit.setTime(QTime(14, 30))
    editor.clinician_edit.setFocus()
    qtbot.keyClicks(editor.clinician_edit, "Dr. Ortiz")
    editor.place_edit.setFocus()  # leaving the field saves it
    qtbot.keyClicks(editor.place_edit, "Cancer Center, 3rd floor")
    editor.telehealth_check.setFocus()
    saved = journal.appointments.get(appointment.id)
    assert saved.clinician == "Dr. Ortiz"
    assert saved.place == "Cancer Center, 3rd floor"
    local = saved.local_start()
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2030, 3, 14, 14, 30)


def test_delete_keeps_its_questions_and_undo_brings_both_back(
    qtbot: QtBot, pane: AppointmentsPane, journal: Journal
) -> None:
    appointment = journal.appointments.add(NewAppointment(starts_at=soon(5), clinician="Dr. Lee"))
    question = journal.questions.add(NewQuestion(text="Can I travel?"))
    journal.questions.update(question.id, QuestionChanges(appointment_id=appointment.id))
    assert pane.select_appointment(appointment.id)
    pane.upcoming_list.setFocus()
    qtbot.keyClick(pane.upcoming_list, Qt.Key.Key_Delete)
    assert journal.appointments.list() == []
    assert journal.questions.get(question.id).appointment_id is None  # kept, for the next one
    assert pane.undo_banner.isVisible()
    pane.undo_banner.button.click()
    assert [a.id for a in journal.appointments.list()] == [appointment.id]
    assert journal.questions.get(question.id).appointment_id == appointment.id
    assert pane.editor.appointment is not None
    assert pane.editor.appointment.id == appointment.id


def test_past_appointments_are_searchable_by_what_was_said(
    qtbot: QtBot, pane: AppointmentsPane, journal: Journal
) -> None:
    past = journal.appointments.add(NewAppointment(starts_at=soon(-30), clinician="Dr. Ortiz"))
    journal.appointments.update(past.id, AppointmentChanges(decisions="Switch to capecitabine"))
    journal.appointments.add(NewAppointment(starts_at=soon(-60), clinician="Dr. Lee"))
    journal.appointments.add(NewAppointment(starts_at=soon(7), clinician="Dr. Ortiz"))
    assert pane.past_model.rowCount() == 2
    assert pane.upcoming_model.rowCount() == 1
    pane.search.setText("capecitabine")
    assert pane.past_model.rowCount() == 1
    assert pane.past_model.appointment_at(0).id == past.id
    assert pane.upcoming_model.rowCount() == 0


def test_the_calendar_file_has_the_upcoming_ones_and_question_texts_only_when_asked(
    qtbot: QtBot, pane: AppointmentsPane, journal: Journal, tmp_path: Path
) -> None:
    appointment = journal.appointments.add(
        NewAppointment(starts_at=soon(3), clinician="Dr. Ortiz", place="Main St 1")
    )
    journal.appointments.add(NewAppointment(starts_at=soon(-3), clinician="Past"))
    question = journal.questions.add(NewQuestion(text="Zq private worry?"))
    journal.questions.update(question.id, QuestionChanges(appointment_id=appointment.id))
    assert not pane.include_questions.isChecked()  # off unless the person turns it on
    written = pane.export_to(tmp_path / "visits")
    assert written.suffix == ".ics"
    calendar = Calendar.from_ical(written.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1
    assert "Dr. Ortiz" in str(events[0].get("SUMMARY"))
    assert "1 question" in str(events[0].get("DESCRIPTION"))
    assert b"Zq private" not in written.read_bytes()
    assert pane.export_message.isVisible()
    pane.include_questions.setChecked(True)
    again = pane.export_to(tmp_path / "visits.ics")
    assert b"Zq private worry" in again.read_bytes()


def test_one_appointment_alone_can_go_to_a_calendar(
    qtbot: QtBot, pane: AppointmentsPane, journal: Journal, tmp_path: Path
) -> None:
    first = journal.appointments.add(NewAppointment(starts_at=soon(3), clinician="Dr. Ortiz"))
    journal.appointments.add(NewAppointment(starts_at=soon(9), clinician="Dr. Lee"))
    assert pane.select_appointment(first.id)
    written = pane.export_to(tmp_path / "one.ics", [first])
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert [str(e.get("SUMMARY")) for e in events] == ["Appointment with Dr. Ortiz"]
    assert pane.editor.export_one_button.isVisible()
