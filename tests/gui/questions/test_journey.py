"""The question list end to end, by keyboard alone, on a real journal file; then a restart."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import Priority, Status
from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow

QUESTIONS = [
    "What is the goal of my treatment right now?",
    "Why are my fingertips numb, and will it go away?",
    "Could a clinical trial be right for me?",
]


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key wherever the keyboard focus is, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def choose(qtbot: QtBot, combo: QComboBox, *moves: Qt.Key) -> None:
    """Open a closed choice with its first key (an arrow opens it, never changes it), move with
    the rest inside the open list, and pick with Enter."""
    before = combo.currentIndex()
    press(qtbot, moves[0])
    assert combo.view().isVisible(), "an arrow on a closed choice box opens its list"
    assert combo.currentIndex() == before, "and does not change it"
    for key in moves[1:] or (moves[0],):
        qtbot.keyClick(combo.view(), key)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)


def focused(window: MainWindow) -> QWidget | None:
    return QApplication.focusWidget()


def texts(window: MainWindow) -> list[str]:
    assert window.questions_pane is not None
    return [question.text for question in window.questions_pane.model.questions()]


def visible_texts(window: MainWindow) -> list[str]:
    pane = window.questions_pane
    assert pane is not None
    return [pane.model.question_at(row).text for row in range(pane.model.rowCount())]


def test_question_list_by_keyboard_then_restart(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = window.questions_pane
    assert pane is not None
    assert pane.stack.currentWidget().objectName() == "emptyState"

    # Add three questions: Ctrl+N, type, Enter.
    for text in QUESTIONS:
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert focused(window) is pane.new_question
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)
    assert texts(window) == QUESTIONS
    assert pane.new_question.text() == ""
    assert pane.stack.currentWidget() is pane.list_view

    # The newest is selected. Go to the first with the arrow keys.
    pane.list_view.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    assert pane.selected_question() is not None
    assert pane.selected_question().text == QUESTIONS[0]

    # Priority by its mnemonic (Alt+R). An arrow on a closed choice never changes it: Up
    # opens the list, another Up moves to "Must ask" (first), Enter picks it.
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focused(window) is pane.editor.priority_combo
    choose(qtbot, pane.editor.priority_combo, Qt.Key.Key_Up)
    assert pane.model.questions()[0].priority is Priority.MUST_ASK

    # Status: Alt+S, then Down opens the list, Down once more: Open -> Asked.
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert focused(window) is pane.editor.status_combo
    choose(qtbot, pane.editor.status_combo, Qt.Key.Key_Down)
    assert pane.model.questions()[0].status is Status.ASKED

    # Answer it: Alt+A, type; Tab to "Answered by", type; Tab away saves.
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert focused(window) is pane.editor.answer_edit
    type_text(qtbot, "To keep the cancer under control for as long as possible.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused(window) is pane.editor.answered_by_edit
    type_text(qtbot, "Dr. Ortiz")
    press(qtbot, Qt.Key.Key_Tab)
    first = pane.model.questions()[0]
    assert first.answer == "To keep the cancer under control for as long as possible."
    assert first.answered_by == "Dr. Ortiz"
    assert first.status is Status.ANSWERED  # writing the answer marked it answered

    # Reorder: the third question moves to the top with Alt+Up twice.
    pane.list_view.setFocus()
    press(qtbot, Qt.Key.Key_End)
    assert pane.selected_question().text == QUESTIONS[2]
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    expected = [QUESTIONS[2], QUESTIONS[0], QUESTIONS[1]]
    assert texts(window) == expected
    assert pane.selected_question().text == QUESTIONS[2]

    # Delete the second question with the Delete key, then undo with Ctrl+Z.
    press(qtbot, Qt.Key.Key_Down)
    assert pane.selected_question().text == QUESTIONS[0]
    press(qtbot, Qt.Key.Key_Delete)
    assert texts(window) == [QUESTIONS[2], QUESTIONS[1]]
    assert pane.undo_banner.isVisible()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(window) == expected
    restored = pane.model.questions()[1]
    assert restored.answer.startswith("To keep the cancer")
    assert restored.status is Status.ANSWERED

    # Search as you type: Ctrl+F, "numb".
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused(window) is pane.search
    type_text(qtbot, "numb")
    assert visible_texts(window) == [QUESTIONS[1]]
    assert "Showing 1 of 3" in pane.counts.text()
    pane.search.clear()

    # Filter by status with the keyboard: Alt+U, then down to "Answered".
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert focused(window) is pane.status_filter
    choose(qtbot, pane.status_filter, *[Qt.Key.Key_Down] * 5)
    assert pane.status_filter.currentText() == "Answered"
    assert visible_texts(window) == [QUESTIONS[0]]
    # ... and by priority: "Must ask" among answered is the same one.
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert focused(window) is pane.priority_filter
    choose(qtbot, pane.priority_filter, Qt.Key.Key_Down)
    assert pane.priority_filter.currentText() == "Must ask"
    assert visible_texts(window) == [QUESTIONS[0]]
    pane.clear_filters()
    assert visible_texts(window) == expected

    snapshot = [q.model_dump(exclude={"updated_at"}) for q in pane.model.questions()]
    window.close()

    # Start again on the same file: the same questions, order and answers.
    again = open_window()
    assert again.questions_pane is not None
    assert [
        q.model_dump(exclude={"updated_at"}) for q in again.questions_pane.model.questions()
    ] == snapshot
    assert texts(again) == expected
