"""During the visit, by keyboard only: the planned questions must-ask first, Space marks the
picked one asked (and again open), typing starts its answer, Enter saves it, the notes box
keeps the rest, Edit › Undo puts a mark back, and Alt+I goes on to After the visit."""

import re
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain import NewAppointment, NewQuestion, Priority, Status
from mbc_desktop.ui.visit.pane import AFTER_PAGE, DURING_PAGE
from mbc_desktop.ui.visit.question_list import flag_words
from tests.gui.visit.conftest import OpenVisit, add_questions, visit_now

ALT = Qt.KeyboardModifier.AltModifier


def test_the_visit_in_progress_shows_its_questions_must_ask_first(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit_now(journal)
    add_questions(journal)
    area = open_visit()
    during = area.pane.during
    assert area.pane.page == DURING_PAGE
    assert "Dr. Ortiz" in during.heading.text()
    assert "Medical oncologist" in during.heading.text()
    assert "Riverside Cancer Center" in during.when_label.text()
    questions = during.model.questions()
    assert [q.priority for q in questions] == [
        Priority.MUST_ASK,
        Priority.MUST_ASK,
        Priority.WANT_TO_ASK,
        Priority.WANT_TO_ASK,
        Priority.IF_TIME,
    ]
    # Stable within a priority: as in the person's list.
    assert [q.text for q in questions[:2]] == [
        "What is the goal of my treatment now?",
        "Should we lower the dose?",
    ]
    # The keyboard is on the list, on the first question; a screen reader hears it whole.
    assert QApplication.focusWidget() is during.list_view
    first = during.model.index(0, 0)
    assert during.list_view.currentIndex() == first
    spoken = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("1. What is the goal of my treatment now?")
    assert "Must ask" in spoken
    assert "Status: Open" in spoken


def test_space_marks_three_questions_asked_and_typing_answers_one(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_now(journal)
    add_questions(journal)
    area = open_visit()
    during = area.pane.during
    view = during.list_view
    ids = [q.id for q in during.model.questions()]

    # Space, Down, Space, Down, Space: the first three are asked.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    statuses = [journal.questions.get(i).status for i in ids]
    assert statuses == [Status.ASKED] * 3 + [Status.OPEN] * 2
    assert during.progress_label.text() == "3 of 5 asked"
    # Taken up at this visit: they now belong to its record.
    assert {journal.questions.get(i).appointment_id for i in ids[:3]} == {visit.id}
    # Space again: open again; and once more: asked.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert journal.questions.get(ids[2]).status is Status.OPEN
    assert "Mark asked" in during.mark_button.text()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert journal.questions.get(ids[2]).status is Status.ASKED
    assert "Mark open again" in during.mark_button.text()

    # Typing on the list starts the answer of the picked question, with what was typed.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClicks(view, "N")
    assert QApplication.focusWidget() is during.answer_edit
    qtbot.keyClicks(during.answer_edit, "ot yet: wait for the scan")
    assert during.answer_edit.toPlainText() == "Not yet: wait for the scan"
    # Enter saves it and goes back to the same question in the list.
    qtbot.keyClick(during.answer_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view
    assert view.currentIndex().row() == 1
    answered = journal.questions.get(ids[1])
    assert answered.answer == "Not yet: wait for the scan"
    assert answered.status is Status.ANSWERED
    # The card shows it: the answer and the mark.
    assert during.model.question_at(1) == answered
    # Space on an answered question leaves it answered and says so.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert journal.questions.get(ids[1]).status is Status.ANSWERED
    assert "answered" in during.answer_for_label.text()


def test_esc_also_saves_the_answer_and_shift_enter_breaks_the_line(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit_now(journal)
    add_questions(journal)
    area = open_visit()
    during = area.pane.during
    first = during.model.questions()[0]
    qtbot.keyClick(during.list_view, Qt.Key.Key_Return)  # Enter starts the answer too
    assert QApplication.focusWidget() is during.answer_edit
    qtbot.keyClicks(during.answer_edit, "Control")
    qtbot.keyClick(during.answer_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(during.answer_edit, "for now")
    qtbot.keyClick(during.answer_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is during.list_view
    assert journal.questions.get(first.id).answer == "Control\nfor now"


def test_undo_puts_a_mark_back_on_the_same_question(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit_now(journal)
    add_questions(journal)
    area = open_visit()
    during = area.pane.during
    view = during.list_view
    first = during.model.questions()[0]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert area.undo_stack.undoText() == "Mark “What is the goal of my treatment now?” asked"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = journal.questions.get(first.id)
    assert restored.status is Status.OPEN
    assert restored.appointment_id is None  # for the next appointment again, as it was
    assert view.currentIndex().row() == 0
    assert QApplication.focusWidget() is view


def test_notes_are_saved_to_the_appointment_as_they_are_typed(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_now(journal)
    add_questions(journal)
    area = open_visit()
    during = area.pane.during
    qtbot.keyClick(during.list_view, Qt.Key.Key_N, ALT)
    assert QApplication.focusWidget() is during.notes_edit
    qtbot.keyClicks(during.notes_edit, "Letrozole every day. Call 555-0100 if fever.")
    qtbot.waitUntil(
        lambda: journal.appointments.get(visit.id).visit_notes.startswith("Letrozole"),
        timeout=3000,
    )
    qtbot.keyClicks(during.notes_edit, " Bring")
    # Esc saves what was typed since, at once, and goes back to the list.
    qtbot.keyClick(during.notes_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is during.list_view
    assert journal.appointments.get(visit.id).visit_notes.endswith("fever. Bring")
    # Closing saves too.
    qtbot.keyClick(during.list_view, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(during.notes_edit, " the scans")
    area.pane.flush()
    assert journal.appointments.get(visit.id).visit_notes.endswith("Bring the scans")


def test_the_timer_shows_the_time_so_far_and_can_be_hidden(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit_now(journal)
    area = open_visit()
    during = area.pane.during
    assert during.timer_label.isVisible()
    assert re.fullmatch(r"0 minutes? so far|0 minute\(s\) so far", during.timer_label.text())
    # Alt+T ticks the box off (a button's Alt+letter clicks it, after a short flash).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ALT)
    assert QApplication.focusWidget() is during.timer_check
    qtbot.waitUntil(lambda: not during.timer_check.isChecked())
    assert not during.timer_label.isVisible()
    qtbot.keyClick(during.timer_check, Qt.Key.Key_Space)
    assert during.timer_label.isVisible()


def test_with_no_questions_planned_the_notes_take_the_keyboard(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit_now(journal)
    area = open_visit()
    during = area.pane.during
    assert during.no_questions.isVisible()
    assert not during.list_view.isVisible()
    assert not during.mark_button.isVisible()
    assert QApplication.focusWidget() is during.notes_edit


def test_alt_i_finishes_the_visit_and_opens_after_the_visit(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_now(journal)
    add_questions(journal)
    area = open_visit()
    during = area.pane.during
    qtbot.keyClick(during.list_view, Qt.Key.Key_Space)
    qtbot.keyClicks(during.list_view, "Y")
    qtbot.keyClick(during.answer_edit, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: area.pane.page == AFTER_PAGE)
    after = area.pane.after
    assert after.appointment is not None
    assert after.appointment.id == visit.id
    # What was typed a moment ago was saved on the way.
    first = during.model.questions()[0]
    assert journal.questions.get(first.id).answer == "Y"
    # The first question's status has the keyboard; Back returns to the visit.
    assert QApplication.focusWidget() is after.rows[0].status_combo
    assert after.back_button.isVisible()
    qtbot.keyClick(after.rows[0].status_combo, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: area.pane.page == DURING_PAGE)
    assert QApplication.focusWidget() is during.list_view


def test_a_question_that_keeps_slipping_says_so_on_its_card(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_now(journal)
    earlier = [
        journal.appointments.add(NewAppointment(starts_at=visit.starts_at - timedelta(days=30 * n)))
        for n in (3, 2, 1)
    ]
    slipping = journal.questions.add(
        NewQuestion(text="Can I see a dietitian?", appointment_id=earlier[0].id)
    )
    for appointment in earlier:
        journal.appointments.finish_visit(appointment.id, None)
    area = open_visit()
    during = area.pane.during
    row = during.model.row_of(slipping.id)
    assert row is not None
    flagged = during.model.question_at(row)
    assert flagged is not None
    assert flagged.is_flagged
    spoken = during.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Asked about since" in spoken
    assert flag_words(flagged).startswith("⚑ Asked about since")
