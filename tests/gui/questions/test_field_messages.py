"""Field messages appear and clear as you type, in space kept for them, with a counter near
the limit; and typing that can't be saved never vanishes without a word."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import QUESTION_MAX_CHARS, NewQuestion
from mbc_desktop.ui.questions.pane import QuestionsPane
from tests.gui.conftest import OpenWindow


def pane_with(open_window: OpenWindow, *texts: str) -> tuple[QuestionsPane, list[int]]:
    pane = open_window().questions_pane
    assert pane is not None
    ids = [pane._service.add(NewQuestion(text=text)).id for text in texts]
    return pane, ids


def y_of(widget: QWidget, pane: QuestionsPane) -> int:
    return widget.mapTo(pane, QPoint(0, 0)).y()


def test_a_message_shows_as_soon_as_the_text_is_too_long_and_clears_as_soon_as_it_fits(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane, (question_id,) = pane_with(open_window, "Short?")
    pane.select_question(question_id)
    editor = pane.editor
    qtbot.wait(10)  # laid out
    below = y_of(editor.topic_combo, pane)
    editor.text_edit.setFocus()
    editor.text_edit.setPlainText("x" * QUESTION_MAX_CHARS)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert not editor.text_message.has_message()
    assert editor.text_message.counter.text() == f"{QUESTION_MAX_CHARS} / {QUESTION_MAX_CHARS}"
    qtbot.keyClicks(editor.text_edit, "y")  # one too many: no Enter, no pause needed
    assert editor.text_message.has_message()
    assert "under 500 characters" in editor.text_message.message
    assert editor.text_edit.accessibleDescription() == editor.text_message.message
    qtbot.wait(10)
    assert y_of(editor.topic_combo, pane) == below, "the form jumped when the message came"
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Backspace)
    assert not editor.text_message.has_message()
    assert editor.text_edit.accessibleDescription() == ""


def test_the_new_question_box_counts_down_near_the_limit_and_warns_past_it(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane, _ = pane_with(open_window)
    pane.new_question.setFocus()
    qtbot.keyClicks(pane.new_question, "Why? ")
    assert pane.new_question_message.counter.text() == ""  # far from the limit: no counter
    pane.new_question.setText("w" * 420)
    assert pane.new_question_message.counter.text() == "420 / 500"
    assert not pane.new_question_message.has_message()
    pane.new_question.setText("w" * 501)
    assert pane.new_question_message.has_message()  # before Enter
    pane.new_question.setText("w" * 499)
    assert not pane.new_question_message.has_message()


def test_too_long_text_is_kept_when_another_question_is_picked_and_the_pane_says_so(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane, (first, second) = pane_with(open_window, "First?", "Second?")
    pane.select_question(first)
    typed = "z" * (QUESTION_MAX_CHARS + 5)
    pane.editor.text_edit.setFocus()
    pane.editor.text_edit.setPlainText(typed)
    pane.select_question(second)
    assert pane.editor.question is not None
    assert pane.editor.question.id == second
    assert pane.unsaved_banner.isVisible()
    assert "Question 1 has changes that were not saved" in pane.unsaved_banner.label.text()
    assert pane._service.get(first).text == "First?"  # the journal keeps the last good text
    # The way back: the banner's button picks it, with the typing and its message.
    pane.unsaved_banner.button.click()
    assert pane.editor.question is not None
    assert pane.editor.question.id == first
    assert pane.editor.text_edit.toPlainText() == typed
    assert pane.editor.text_message.has_message()
    assert QApplication.focusWidget() is pane.editor.text_edit
    assert not pane.unsaved_banner.isVisible()
    # Fixing it saves it.
    pane.editor.text_edit.setPlainText("First, fixed?")
    pane.editor.flush()
    assert pane._service.get(first).text == "First, fixed?"
    assert not pane.editor.has_drafts()


def test_closing_with_typing_that_cannot_be_saved_asks_and_can_go_back_to_it(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane, (first, second) = pane_with(open_window, "First?", "Second?")
    window = pane.window()
    pane.select_question(first)
    pane.editor.text_edit.setPlainText("z" * (QUESTION_MAX_CHARS + 1))
    pane.select_question(second)  # the typing is now a draft
    assert not window.close()  # type: ignore[attr-defined]
    box = window.unsaved_box  # type: ignore[attr-defined]
    assert box is not None
    assert box.isVisible()
    assert window.isVisible()
    box.defaultButton().click()  # "Go back to it"
    assert window.isVisible()
    assert pane.editor.question is not None
    assert pane.editor.question.id == first
    assert len(pane.editor.text_edit.toPlainText()) == QUESTION_MAX_CHARS + 1
    # Asked again, "Close without it" closes; the journal keeps the last good text.
    window.close()
    box = window.unsaved_box  # type: ignore[attr-defined]
    close_without = next(b for b in box.buttons() if b is not box.defaultButton())
    close_without.click()
    assert not window.isVisible()
    assert pane._service.get(first).text == "First?"


def test_a_stop_signal_closes_without_asking(qtbot: QtBot, open_window: OpenWindow) -> None:
    pane, (first,) = pane_with(open_window, "First?")
    window = pane.window()
    pane.select_question(first)
    pane.editor.text_edit.setPlainText("z" * (QUESTION_MAX_CHARS + 1))
    window.close_now()  # type: ignore[attr-defined]
    assert not window.isVisible()
    assert window.unsaved_box is None  # type: ignore[attr-defined]
