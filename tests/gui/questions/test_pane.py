"""The Questions pane: validation beside the field, saving as you type, drag and drop, undo."""

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewQuestion, Priority, QuestionChanges, Status, Topic
from mbc_desktop.services import QuestionService
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.ui.questions.pane import QuestionsPane
from tests.gui.conftest import OpenWindow


def pane_of(window: MainWindow) -> QuestionsPane:
    assert window.questions_pane is not None
    return window.questions_pane


def service_of(window: MainWindow) -> QuestionService:
    return pane_of(window)._service


def add(window: MainWindow, *texts: str) -> list[int]:
    return [service_of(window).add(NewQuestion(text=text)).id for text in texts]


def test_blank_question_gets_a_message_beside_the_field_and_saves_nothing(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = pane_of(open_window())
    pane.new_question.setFocus()
    qtbot.keyClicks(pane.new_question, "   ")
    qtbot.keyClick(pane.new_question, Qt.Key.Key_Return)
    assert pane.new_question_message.has_message()
    assert "can't be empty" in pane.new_question_message.text()
    assert pane.new_question.accessibleDescription() == pane.new_question_message.message
    assert service_of(pane.window()).list() == []  # type: ignore[arg-type]
    # Typing a real question clears the message.
    pane.new_question.clear()
    qtbot.keyClicks(pane.new_question, "Is this normal?")
    qtbot.keyClick(pane.new_question, Qt.Key.Key_Return)
    assert not pane.new_question_message.has_message()
    assert [q.text for q in pane.model.questions()] == ["Is this normal?"]


def test_too_long_question_is_refused_and_the_stored_text_kept(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    (question_id,) = add(window, "Short and clear?")
    pane.select_question(question_id)
    pane.editor.text_edit.setFocus()
    pane.editor.text_edit.setPlainText("x" * 501)
    pane.editor.flush()
    assert pane.editor.text_message.has_message()
    assert "under 500 characters" in pane.editor.text_message.text()
    assert "Not saved" in pane.editor.saved_label.text()
    assert service_of(window).get(question_id).text == "Short and clear?"
    # Emptying it is refused the same way.
    pane.editor.text_edit.setPlainText("  \n ")
    pane.editor.flush()
    assert "can't be empty" in pane.editor.text_message.text()
    assert service_of(window).get(question_id).text == "Short and clear?"


def test_typing_is_saved_after_a_pause_without_leaving_the_field(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    (question_id,) = add(window, "Draft")
    pane.select_question(question_id)
    pane.editor.answer_edit.setFocus()
    qtbot.keyClicks(pane.editor.answer_edit, "Scan in two weeks")
    qtbot.waitUntil(
        lambda: service_of(window).get(question_id).answer == "Scan in two weeks", timeout=3000
    )
    assert "Saved" in pane.editor.saved_label.text()


def test_closing_the_window_saves_what_was_just_typed(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    (question_id,) = add(window, "Can I still garden?")
    pane.select_question(question_id)
    pane.editor.answered_by_edit.setFocus()
    qtbot.keyClicks(pane.editor.answered_by_edit, "Nurse Sam")
    window.close()  # well before the save timer fires
    again = open_window()
    assert pane_of(again).model.questions()[0].answered_by == "Nurse Sam"


def test_drop_at_the_end_of_a_filtered_list_lands_after_the_last_shown_question(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    service = service_of(window)
    a, b, _c, d = add(window, "A", "B", "C", "D")
    service.update(b, service_changes(priority=Priority.MUST_ASK))
    service.update(d, service_changes(priority=Priority.MUST_ASK))
    service.update(a, service_changes(priority=Priority.MUST_ASK))
    pane.priority_filter.setCurrentIndex(pane.priority_filter.findData(Priority.MUST_ASK))
    assert [pane.model.question_at(r).text for r in range(pane.model.rowCount())] == ["A", "B", "D"]
    # Drag "A" to the end of what is shown: after D (and so after the hidden C too).
    data = pane.model.mimeData([pane.model.index(0, 0)])
    assert pane.model.dropMimeData(
        data, Qt.DropAction.MoveAction, pane.model.rowCount(), 0, QModelIndex()
    )
    assert [q.text for q in service.list()] == ["B", "C", "D", "A"]
    # Drag "A" back onto "B": it goes before it.
    data = pane.model.mimeData([pane.model.index(2, 0)])
    assert pane.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, pane.model.index(0, 0))
    assert [q.text for q in service.list()] == ["A", "B", "C", "D"]
    assert [q.text for q in pane.model.questions()] == ["A", "B", "C", "D"]
    assert [q.position for q in pane.model.questions()] == [0, 1, 2, 3]


def service_changes(**values: object) -> QuestionChanges:
    return QuestionChanges.model_validate(values)


def test_priority_and_status_changes_can_be_undone_and_redone(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    (question_id,) = add(window, "Should I get a second opinion?")
    pane.select_question(question_id)
    combo = pane.editor.status_combo
    combo.setFocus()
    combo.showPopup()
    qtbot.keyClick(combo.view(), Qt.Key.Key_End)  # Dropped
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert service_of(window).get(question_id).status is Status.DROPPED
    window.undo_action.trigger()
    assert service_of(window).get(question_id).status is Status.OPEN
    assert combo.currentData() == Status.OPEN
    window.redo_action.trigger()
    assert service_of(window).get(question_id).status is Status.DROPPED


def test_moving_by_keyboard_skips_questions_hidden_by_the_filter(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    service = service_of(window)
    a, b, c = add(window, "Pain at night", "Cost of pills", "Pain when walking")
    pane.search.setText("pain")
    pane.select_question(c)
    pane.list_view.setFocus()
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [q.id for q in service.list()] == [c, a, b]
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [q.id for q in service.list()] == [a, c, b]
    window.undo_action.trigger()
    assert [q.id for q in service.list()] == [c, a, b]


def test_empty_state_offers_starter_questions(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = pane_of(window)
    assert pane.stack.currentWidget().objectName() == "emptyState"
    assert pane.counts.text() == "No questions yet."
    from mbc_desktop.ui.common.widgets import WrapButton

    first = pane.stack.currentWidget().findChildren(WrapButton)[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    (question,) = service_of(window).list()
    assert question.topic is Topic.TREATMENT_OPTIONS
    assert question.priority is Priority.MUST_ASK
    assert pane.stack.currentWidget() is pane.list_view


def test_no_match_state_and_adding_a_question_the_filter_would_hide(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    add(window, "One")
    pane.search.setText("zebra")
    assert pane.stack.currentWidget().objectName() == "noMatchState"
    assert "Showing 0 of 1" in pane.counts.text()
    pane.new_question.setText("Two")
    pane.add_from_field()
    # The new question is shown and picked, not silently hidden by the search.
    assert pane.search.text() == ""
    assert pane.selected_question() is not None
    assert pane.selected_question().text == "Two"


def test_counts_follow_changes(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = pane_of(window)
    a, _b = add(window, "One", "Two")
    assert pane.counts.text().startswith("2 questions  ·  2 open")
    service_of(window).update(a, service_changes(status=Status.ANSWERED))
    assert "1 open  ·  1 answered" in pane.counts.text()


def test_deleting_shows_undo_banner_that_restores(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = pane_of(window)
    a, b = add(window, "Keep me", "Delete me")
    pane.select_question(b)
    pane.editor.delete_button.click()
    assert [q.id for q in service_of(window).list()] == [a]
    assert pane.undo_banner.isVisible()
    qtbot.mouseClick(pane.undo_banner.button, Qt.MouseButton.LeftButton)
    assert [q.id for q in service_of(window).list()] == [a, b]
    assert not pane.undo_banner.isVisible()


def test_undo_banner_goes_away_once_something_else_is_done(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = pane_of(window)
    (question_id,) = add(window, "Delete me")
    pane.select_question(question_id)
    pane.delete_selected()
    assert pane.undo_banner.isVisible()
    pane.new_question.setText("Something new")
    pane.add_from_field()
    # Its Undo would now undo the add, not the delete, so it must not be offered.
    assert not pane.undo_banner.isVisible()


def test_editor_clears_when_its_question_goes_away(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = pane_of(window)
    pane.new_question.setText("Added by mistake")
    pane.add_from_field()
    pane.editor.answer_edit.setFocus()
    qtbot.keyClicks(pane.editor.answer_edit, "typed")
    window.undo_action.trigger()  # undoes the add while the answer is still being typed
    assert service_of(window).list() == []
    assert pane.editor.question is None


def test_long_text_is_shortened_at_a_word_boundary() -> None:
    from mbc_desktop.words.texts import shorten

    assert shorten("Short one", 40) == "Short one"
    text = "My hands and feet have been numb since the last cycle. Should we lower it?"
    short = shorten(text, 60)
    assert short == "My hands and feet have been numb since the last cycle…"
    assert len(short) <= 60
