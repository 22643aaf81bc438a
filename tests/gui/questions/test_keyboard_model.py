"""The keyboard model from the user guide: unique Alt+letters, into and out of the list and
its details, Esc and Enter, and choices that never change by accident."""

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import Priority
from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow
from tests.gui.walk import areas, full_window

MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def window_mnemonics(window: MainWindow) -> Counter[str]:
    """Every Alt+letter the window answers to: menu titles, labels with a buddy, buttons."""
    letters: Counter[str] = Counter()
    for action in window.menuBar().actions():
        if action.isVisible() and (letter := mnemonic(action.text())):
            letters[letter] += 1
    for widget in window.findChildren(QWidget):
        # What is shown: other areas' letters work only when their area is.
        if widget.window() is not window or not widget.isVisible():
            continue
        if not (
            (isinstance(widget, QLabel) and widget.buddy() is not None)
            or isinstance(widget, QAbstractButton)
        ):
            continue
        text = widget.text()
        if letter := mnemonic(text):
            letters[letter] += 1
    return letters


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_alt_letter_in_the_window_is_unique_menus_included(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, language: str
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    UiSettings(data_dir / "settings.ini").language = language
    window = full_window(open_window)
    for area in areas(window):
        letters = window_mnemonics(window)
        assert [letter for letter, count in letters.items() if count > 1] == [], area
    window.show_area(window.questions_pane)
    assert len(window_mnemonics(window)) >= 15
    # Within each menu, too.
    for menu in window.menuBar().findChildren(QMenu):
        inside = Counter(mnemonic(a.text()) for a in menu.actions() if mnemonic(a.text()))
        assert [letter for letter, count in inside.items() if count > 1] == [], menu.title()


def test_alt_q_opens_the_questions_menu_not_a_button(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = full_window(open_window)
    assert mnemonic(window.questions_menu.title()) == "q"
    assert "q" not in {
        mnemonic(b.text()) for b in window.findChildren(QAbstractButton) if mnemonic(b.text())
    }


def test_esc_in_the_details_goes_back_to_the_picked_row(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = full_window(open_window)
    pane = window.questions_pane
    assert pane is not None
    picked = pane.selected_question()
    pane.list_view.setFocus()
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is pane.editor.text_edit
    for field in (pane.editor.answer_edit, pane.editor.answered_by_edit, pane.editor.topic_combo):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is pane.list_view
        assert pane.selected_question() == picked


def test_search_keys_esc_clears_then_leaves_and_down_enters_the_results(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = full_window(open_window)
    pane = window.questions_pane
    assert pane is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is pane.search
    qtbot.keyClicks(pane.search, "scan")
    assert pane.model.rowCount() == 1
    # Down goes into the results, on the first one.
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is pane.list_view
    assert pane.selected_question() is not None
    assert "scan" in pane.selected_question().text
    # Esc in Search clears it; a second Esc goes back to the list.
    pane.search.setFocus()
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == ""
    assert pane.model.rowCount() == 15
    assert QApplication.focusWidget() is pane.search
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is pane.list_view


def test_arrows_on_a_closed_choice_open_it_and_change_nothing(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = full_window(open_window)
    pane = window.questions_pane
    assert pane is not None
    question = pane.selected_question()
    assert question is not None
    for combo in (pane.editor.priority_combo, pane.editor.status_combo, pane.status_filter):
        before = combo.currentIndex()
        combo.setFocus()
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_PageDown):
            qtbot.keyClick(combo, key)
            assert combo.currentIndex() == before
            assert combo.view().isVisible()
            combo.hidePopup()
    assert pane._service.get(question.id) == question  # nothing was saved


def test_undoing_a_delete_picks_the_restored_question_and_undo_names_the_question(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = full_window(open_window)
    pane = window.questions_pane
    assert pane is not None
    victim = pane.model.question_at(4)
    pane.select_question(victim.id)
    pane.list_view.setFocus()
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Delete)
    assert pane.selected_question() != victim
    pane.list_view.setFocus()
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.selected_question() is not None
    assert pane.selected_question().id == victim.id
    assert QApplication.focusWidget() is pane.list_view
    # A priority change says which question and what it became.
    pane.editor.priority_combo.setCurrentIndex(
        pane.editor.priority_combo.findData(Priority.IF_TIME)
    )
    pane.editor.priority_combo.activated.emit(0)
    assert window.undo_action.text().startswith("&Undo Set priority of “Am I a candidate")
    assert window.undo_action.text().endswith("to If time")
    # After undo, the question it changed is picked, even if another one was.
    pane.select_question(pane.model.question_at(0).id)
    window.undo_action.trigger()
    assert pane.selected_question().id == victim.id
