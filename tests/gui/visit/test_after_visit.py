"""After the visit, by keyboard only: each question's status and answer, what was decided,
the next appointment, and Finish, which creates that appointment and moves the questions not
reached to it (checked through the services); a question carried three times is flagged."""

import re
from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain import NewAppointment, NewQuestion, QuestionChanges, Status
from mbc_desktop.ui.visit.pane import AFTER_PAGE, DONE_PAGE
from mbc_desktop.ui.visit.texts import short_day
from tests.gui.visit.conftest import OpenVisit, add_questions, visit_passed

ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_the_after_visit_flow_adds_the_next_appointment_and_carries_open_questions(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_passed(journal)
    add_questions(journal)
    area = open_visit()
    pane, after = area.pane, area.pane.after
    # A visit that has passed and is not finished: the area opens on its after-visit step.
    assert pane.page == AFTER_PAGE
    assert not after.back_button.isVisible()
    rows = after.rows
    assert [row.question.text for row in rows] == [
        "What is the goal of my treatment now?",
        "Should we lower the dose?",
        "When is my next scan?",
        "Am I a candidate for a trial?",
        "Can I travel in June?",
    ]
    goal, dose, scan, trial, travel = (row.question for row in rows)
    assert focused() is rows[0].status_combo

    # 1. Asked, and its answer (writing one marks it answered).
    qtbot.keyClicks(focused(), "a")
    assert journal.questions.get(goal.id).status is Status.ASKED
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is rows[0].answer_edit
    qtbot.keyClicks(focused(), "To control it for as long as possible.")
    # 2. Dropped.
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is rows[1].status_combo
    qtbot.keyClicks(focused(), "d")
    # 3 and 4 were not reached; 5 was asked.
    for _ in range(6):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is rows[4].status_combo
    qtbot.keyClicks(focused(), "a")

    # What was decided, the next steps and the tests ordered, each by its Alt+letter.
    for letter, text in (
        (Qt.Key.Key_C, "Stay on letrozole."),
        (Qt.Key.Key_X, "Call if the fever comes back."),
        (Qt.Key.Key_R, "CT scan in six weeks."),
    ):
        qtbot.keyClick(focused(), letter, ALT)
        qtbot.keyClicks(focused(), text)

    # The next appointment: three weeks on at the same time is suggested; a new clinician.
    qtbot.keyClick(focused(), Qt.Key.Key_L, ALT)
    assert focused() is after.next_section.clinician_edit
    assert after.next_section.clinician_edit.text() == "Dr. Ortiz"
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Dr. Lee")
    assert re.search(r"2 question(s|\(s\)) still open will move", after.finish_intro.text())

    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: pane.page == DONE_PAGE)

    finished = journal.appointments.get(visit.id)
    assert finished.is_completed
    assert finished.decisions == "Stay on letrozole."
    assert finished.next_steps == "Call if the fever comes back."
    assert finished.tests_ordered == "CT scan in six weeks."
    later = [a for a in journal.appointments.list() if a.id != visit.id]
    assert len(later) == 1
    nxt = later[0]
    assert nxt.clinician == "Dr. Lee"
    assert nxt.role == visit.role
    assert nxt.local_start() == visit.local_start() + timedelta(days=21)
    assert journal.questions.get(goal.id).status is Status.ANSWERED
    assert journal.questions.get(goal.id).answer == "To control it for as long as possible."
    assert journal.questions.get(dose.id).status is Status.DROPPED
    for reached in (goal, dose, travel):
        assert journal.questions.get(reached.id).appointment_id == visit.id
    for missed in (scan, trial):
        carried = journal.questions.get(missed.id)
        assert carried.status is Status.OPEN
        assert carried.appointment_id == nxt.id
        assert carried.carry_count == 1
        assert carried.carried_from == visit.starts_at
    # Said plainly, and the keyboard is on the way back to what was written.
    text = pane.done_text.text()
    assert re.fullmatch(
        r"2 question(s|\(s\)) not reached moved to your appointment on (.+)\.", text
    ), text
    assert text.endswith(f"on {short_day(nxt.local_start())}.")
    assert focused() is pane.review_button
    qtbot.keyClick(pane.review_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.page == AFTER_PAGE)
    assert after.completed_label.isVisible()
    assert not after.finish_button.isVisible()
    assert not after.next_section.isVisible()


def test_with_no_next_appointment_yet_open_questions_wait_for_the_next_one(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_passed(journal)
    questions = add_questions(journal)
    area = open_visit()
    pane, after = area.pane, area.pane.after
    qtbot.keyClick(focused(), Qt.Key.Key_Y, ALT)
    qtbot.waitUntil(lambda: after.next_section.no_next_check.isChecked())
    assert not after.next_section.date_edit.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: pane.page == DONE_PAGE)
    assert [a.id for a in journal.appointments.list()] == [visit.id]
    for question in questions:
        moved = journal.questions.get(question.id)
        assert moved.appointment_id is None
        assert moved.carry_count == 1
    assert "will wait for your next appointment" in pane.done_text.text()
    assert "Ctrl+3" in pane.done_text.text()


def test_a_next_appointment_already_planned_takes_the_open_questions(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_passed(journal)
    questions = add_questions(journal)
    planned = journal.appointments.add(
        NewAppointment(starts_at=visit.starts_at + timedelta(days=14), clinician="Dr. Kim")
    )
    area = open_visit()
    pane, after = area.pane, area.pane.after
    assert pane.page == AFTER_PAGE
    assert "Dr. Kim" in after.next_section.planned_label.text()
    assert after.next_section.no_next_check.isChecked()  # nothing new to add unless asked
    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: pane.page == DONE_PAGE)
    assert len(journal.appointments.list()) == 2
    assert {journal.questions.get(q.id).appointment_id for q in questions} == {planned.id}
    assert pane.done_text.text().endswith(f"on {short_day(planned.local_start())}.")


def test_a_next_appointment_before_this_visit_is_refused_with_a_message(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_passed(journal)
    area = open_visit()
    pane, after = area.pane, area.pane.after
    start = visit.local_start()
    after.next_section.date_edit.setDate(QDate(start.year, start.month, start.day).addDays(-2))
    qtbot.keyClick(focused(), Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: after.next_section.message.has_message())
    assert pane.page == AFTER_PAGE
    assert "after this visit" in after.next_section.message.message
    assert focused() is after.next_section.date_edit
    assert not journal.appointments.get(visit.id).is_completed


def test_a_question_carried_three_times_is_flagged_in_words(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    now = visit_passed(journal)
    service = journal.appointments
    earlier = [
        service.add(NewAppointment(starts_at=now.starts_at - timedelta(days=30 * n)))
        for n in (3, 2, 1)
    ]
    slipping = journal.questions.add(NewQuestion(text="Can I see a dietitian?"))
    once = journal.questions.add(NewQuestion(text="Is the rash from the pills?"))
    journal.questions.update(once.id, QuestionChanges(appointment_id=earlier[2].id))
    journal.questions.update(slipping.id, QuestionChanges(appointment_id=earlier[0].id))
    for appointment in earlier:
        service.finish_visit(appointment.id, None)
    assert journal.questions.get(slipping.id).carry_count == 3
    area = open_visit()
    after = area.pane.after
    assert after.appointment is not None
    assert after.appointment.id == now.id
    by_text = {row.question.text: row for row in after.rows}
    flag = by_text["Can I see a dietitian?"].history_label
    since = earlier[0].local_start().astimezone()
    assert flag.isVisible()
    assert flag.text().startswith("⚑ Asked about since")
    assert QDate(since.year, since.month, since.day).toString("yyyy") in flag.text()
    moved = by_text["Is the rash from the pills?"].history_label
    assert moved.text().startswith("Carried over from the visit on")
