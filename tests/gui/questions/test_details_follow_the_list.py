"""The details always show the question picked in the list, and only one the list shows."""

import random

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewQuestion
from mbc_desktop.ui.questions.pane import QuestionsPane
from tests.gui.conftest import OpenWindow

WORDS = ["trial", "scan", "pain", "dose", "cost"]


def fill(pane: QuestionsPane) -> list[int]:
    return [
        pane._service.add(NewQuestion(text=f"Is there news about the {WORDS[i % 5]} ({i})?")).id
        for i in range(1, 16)
    ]


def assert_details_match_the_list(pane: QuestionsPane) -> None:
    shown = pane.editor.question
    current = pane.list_view.currentIndex()
    if shown is None:
        return
    assert pane.model.row_of(shown.id) is not None, "the details show a hidden question"
    assert current.isValid(), "the details show a question but the list has none picked"
    assert pane.model.question_at(current.row()).id == shown.id


def test_searching_away_the_picked_question_empties_the_details_and_saves_nothing_to_it(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = open_window().questions_pane
    assert pane is not None
    ids = fill(pane)
    picked = ids[13]  # question 14, about the cost
    pane.select_question(picked)
    pane.search.setFocus()
    # Each keystroke re-filters: "t" still shows question 14, "trial" hides it.
    qtbot.keyClicks(pane.search, "trial")
    assert pane.model.rowCount() == 3
    assert pane.model.row_of(picked) is None
    assert_details_match_the_list(pane)
    assert pane.editor.question is None
    assert pane.editor.placeholder.isVisible()
    assert "Pick one in the list" in pane.editor.placeholder.text()
    # The next keystrokes cannot land on the hidden question.
    pane.editor.answer_edit.setPlainText("typed while it was hidden")
    pane.editor.flush()
    assert pane._service.get(picked).answer == ""


def test_details_and_list_agree_through_random_searches_filters_and_changes(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = open_window().questions_pane
    assert pane is not None
    ids = fill(pane)
    rnd = random.Random(1)
    for _step in range(250):
        action = rnd.randrange(6)
        if action == 0:
            pane.select_question(rnd.choice(ids))
        elif action == 1:
            pane.search.setFocus()
            pane.search.clear()
            qtbot.keyClicks(pane.search, rnd.choice([*WORDS, "", "news"]))
        elif action == 2:
            pane.status_filter.setCurrentIndex(rnd.randrange(pane.status_filter.count()))
        elif action == 3:
            pane.list_view.setFocus()
            qtbot.keyClick(pane.list_view, rnd.choice([Qt.Key.Key_Down, Qt.Key.Key_Up]))
        elif action == 4 and pane.editor.question is not None:
            pane.editor.status_combo.setCurrentIndex(rnd.randrange(4))
            pane.editor.status_combo.activated.emit(0)
        elif action == 5:
            pane.priority_filter.setCurrentIndex(rnd.randrange(pane.priority_filter.count()))
        assert_details_match_the_list(pane)
