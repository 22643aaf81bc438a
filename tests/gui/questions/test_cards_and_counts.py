"""What the cards and the counts say: numbers in the right place in any script, must-asks
counted right, one way out of an empty search."""

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewQuestion, Priority, QuestionChanges, Status
from mbc_desktop.ui.questions.delegate import title, wrap_and_elide
from mbc_desktop.ui.questions.filter_bar import STATUS_FILTERS
from tests.gui.conftest import OpenWindow


def x_of(text: str, index: int, font: QFont) -> float:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_the_number_stays_at_the_start_of_a_right_to_left_question(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = window.questions_pane
    assert pane is not None
    for _ in range(13):
        pane._service.add(NewQuestion(text="Filler?"))
    hebrew = pane._service.add(NewQuestion(text="מה המטרה של הטיפול שלי?"))
    arabic = pane._service.add(NewQuestion(text="ما هو هدف علاجي الآن؟"))
    for question, number in ((hebrew, "14."), (arabic, "15.")):
        (line,) = wrap_and_elide(title(question), window.font(), 2000, 2)
        digits = line.index(number)
        text_start = line.index(question.text[0])
        # Drawn left to right as the app is: the number left of the question, as "14." not ".14".
        assert x_of(line, digits, window.font()) < x_of(line, text_start, window.font())
        assert x_of(line, digits, window.font()) < 5


def test_must_ask_count_is_only_questions_not_asked_yet(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = open_window().questions_pane
    assert pane is not None
    service = pane._service
    ids = [
        service.add(NewQuestion(text=f"Must {n}?", priority=Priority.MUST_ASK)).id for n in range(4)
    ]
    service.update(ids[1], QuestionChanges(status=Status.ASKED))
    service.update(ids[2], QuestionChanges(status=Status.ANSWERED))
    service.update(ids[3], QuestionChanges(status=Status.DROPPED))
    assert pane.model.counts()[1] == 1
    assert pane.counts.text().endswith("1 must-ask not asked yet")


def test_open_or_asked_shows_both_open_and_asked(qtbot: QtBot, open_window: OpenWindow) -> None:
    pane = open_window().questions_pane
    assert pane is not None
    service = pane._service
    texts = {status: f"{status.label} one?" for status in Status}
    for status, text in texts.items():
        question = service.add(NewQuestion(text=text))
        if status is not Status.OPEN:
            service.update(question.id, QuestionChanges(status=status))
    labels = [label for label, _ in STATUS_FILTERS]
    pane.status_filter.setCurrentIndex(labels.index("Open or asked"))
    shown = {pane.model.question_at(row).text for row in range(pane.model.rowCount())}
    assert shown == {texts[Status.OPEN], texts[Status.ASKED]}


def test_an_empty_search_has_one_way_out_and_details_that_say_why(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = window.questions_pane
    assert pane is not None
    question = pane._service.add(NewQuestion(text="Is this normal?"))
    pane.select_question(question.id)
    pane.search.setText("zebra")
    assert pane.stack.currentWidget().objectName() == "noMatchState"
    show_all = [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and "show" in b.text().lower().replace("&", "")
    ]
    assert [b.accessibleName() for b in show_all] == ["Clear search and filters"]
    assert pane.editor.question is None
    assert "none match" in pane.editor.placeholder.text()
    assert "Pick a question" not in pane.editor.placeholder.text()
    show_all[0].click()
    assert pane.model.rowCount() == 1
