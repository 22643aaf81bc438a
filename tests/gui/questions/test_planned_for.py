"""Questions planned for an appointment: "Ask it at" in the details (undoable), the
Appointment filter, and the marks of a question carried over from earlier visits."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewAppointment, NewQuestion, QuestionChanges
from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow


def services(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.questions_pane is not None
    assert window.appointments_pane is not None
    return window.questions_pane._service, window.appointments_pane._service


def shown(window: MainWindow) -> list[str]:
    pane = window.questions_pane
    assert pane is not None
    return [pane.model.question_at(row).text for row in range(pane.model.rowCount())]


def test_ask_it_at_plans_a_question_for_an_appointment_and_undo_puts_it_back(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    questions, appointments = services(window)
    soon = datetime.now(UTC) + timedelta(days=2)
    appointments.add(NewAppointment(starts_at=soon, clinician="Dr. Ortiz"))
    later = appointments.add(
        NewAppointment(starts_at=soon + timedelta(days=30), clinician="Dr. Lee")
    )
    question = questions.add(NewQuestion(text="Second opinion?"))
    pane = window.questions_pane
    assert pane is not None
    pane.select_question(question.id)
    combo = pane.editor.appointment_combo
    assert combo.currentText() == "The next appointment"
    assert combo.count() == 3
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # opens the list; changes nothing
    qtbot.keyClick(combo.view(), Qt.Key.Key_End)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert questions.get(question.id).appointment_id == later.id
    assert "Dr. Lee" in window.undo_action.text()
    window.undo_action.trigger()
    assert questions.get(question.id).appointment_id is None


def test_the_appointment_filter_shows_what_is_planned_for_one(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    questions, appointments = services(window)
    soon = datetime.now(UTC) + timedelta(days=2)
    upcoming = appointments.add(NewAppointment(starts_at=soon, clinician="Dr. Ortiz"))
    later = appointments.add(NewAppointment(starts_at=soon + timedelta(days=30)))
    questions.add(NewQuestion(text="Unplanned"))
    for_next = questions.add(NewQuestion(text="For the next one"))
    questions.update(for_next.id, QuestionChanges(appointment_id=upcoming.id))
    for_later = questions.add(NewQuestion(text="For the later one"))
    questions.update(for_later.id, QuestionChanges(appointment_id=later.id))
    pane = window.questions_pane
    assert pane is not None
    combo = pane.filter_bar.appointment_filter
    combo.setCurrentIndex(combo.findData("next"))
    assert shown(window) == ["Unplanned", "For the next one"]
    combo.setCurrentIndex(combo.findData(later.id))
    assert shown(window) == ["For the later one"]
    assert "Showing 1 of 3" in pane.counts.text()
    pane.clear_filters()
    assert len(shown(window)) == 3


def test_a_question_carried_over_says_from_when_and_is_flagged_after_three(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    questions, appointments = services(window)
    start = datetime.now(UTC) - timedelta(days=120)
    question = questions.add(NewQuestion(text="Will the pain get better?"))
    visits = [
        appointments.add(NewAppointment(starts_at=start + timedelta(days=30 * n))) for n in range(4)
    ]
    for visit in visits[:3]:
        appointments.finish_visit(visit.id)
    carried = questions.get(question.id)
    assert carried.carry_count == 3
    pane = window.questions_pane
    assert pane is not None
    pane.select_question(question.id)
    assert pane.editor.carried_label.isVisible()
    assert pane.editor.carried_label.text().startswith("⚑ Asked about since")
