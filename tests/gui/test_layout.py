"""Layout rules from docs/ui-guidelines.md, checked on the real window with a full journal:
one type scale that follows View › Text size, usable at 1024×700 and at 200 % text, scrolling
rather than clipping, a window that never resizes itself, dialogs sized to their text."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.settings import TEXT_SCALES
from mbc_desktop.ui.common.theme import ROLE_PROPERTY, TextRole
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.ui.questions.pane import QuestionsPane
from tests.gui.conftest import OpenWindow
from tests.sample_journal import fill_questions


def full_window(open_window: OpenWindow, qtbot: QtBot, size: tuple[int, int]) -> MainWindow:
    window = open_window()
    pane = window.questions_pane
    assert pane is not None
    window.show_area(pane)
    pane.select_question(fill_questions(pane._service))
    window.resize(*size)
    qtbot.wait(30)
    return window


def pixel_size(widget: QWidget) -> float:
    return QFontInfo(widget.font()).pointSizeF()


def rect_in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def clipped_by_a_scroll_area(widget: QWidget) -> bool:
    """Inside a scroll area's viewport (where being outside the window just means scrolled)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def shown_controls(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLabel | QLineEdit) and w.isVisible()
    ]


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_headings_follow_the_text_size_and_stay_larger_than_body_text(
    qtbot: QtBot, open_window: OpenWindow, scale: float
) -> None:
    window = full_window(open_window, qtbot, (1100, 760))
    window.apply_text_scale(scale)
    qtbot.wait(10)
    body = QFontInfo(QApplication.font()).pointSizeF()
    assert body == pytest.approx(window._base_font.pointSizeF() * scale, abs=0.6)
    headings = [
        w
        for w in window.findChildren(QWidget)
        if w.property(ROLE_PROPERTY) in (TextRole.TITLE, TextRole.HEADING)
    ]
    assert len(headings) >= 3  # the status page, the pane's title and "Question details"
    for heading in headings:
        assert pixel_size(heading) >= body, heading.objectName() or heading.property("text")
    # The menus and the sidebar follow the text size too.
    assert pixel_size(window.sidebar) == pytest.approx(body, abs=0.6)
    assert pixel_size(window.menuBar()) == pytest.approx(body, abs=0.6)


def test_bigger_text_never_widens_the_window(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = full_window(open_window, qtbot, (1024, 700))
    before = window.size()
    window.apply_text_scale(2.0)
    qtbot.wait(50)
    assert window.size() == before
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 700


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("size", [(1024, 700), (1100, 760), (1600, 1000)])
def test_every_control_fits_inside_the_window_and_is_never_squeezed(
    qtbot: QtBot, open_window: OpenWindow, scale: float, size: tuple[int, int]
) -> None:
    window = full_window(open_window, qtbot, size)
    window.apply_text_scale(scale)
    qtbot.wait(50)
    frame = window.rect()
    outside = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in shown_controls(window)
        if not clipped_by_a_scroll_area(w) and not frame.contains(rect_in_window(w, window))
    ]
    assert outside == []
    squeezed = [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}"
        for w in shown_controls(window)
        if not (isinstance(w, QLabel) and w.wordWrap()) and w.width() < w.minimumSizeHint().width()
    ]
    assert squeezed == []


def editor_buttons_visible(pane: QuestionsPane) -> bool:
    viewport = pane.editor._scroller.viewport()
    for button in (
        pane.editor.move_up_button,
        pane.editor.move_down_button,
        pane.editor.delete_button,
    ):
        top_left = button.mapTo(viewport, QPoint(0, 0))
        if not viewport.rect().contains(QRect(top_left, button.size())):
            return False
    return True


@pytest.mark.parametrize("size", [(1024, 700), (1100, 760)])
def test_at_the_usual_sizes_the_details_show_whole_without_scrolling(
    qtbot: QtBot, open_window: OpenWindow, size: tuple[int, int]
) -> None:
    window = full_window(open_window, qtbot, size)
    pane = window.questions_pane
    assert pane is not None
    assert not pane.is_narrow
    assert editor_buttons_visible(pane)
    assert pane.editor.saved_label.isVisible()
    assert "Saved" in pane.editor.saved_label.text()
    # Cards of at most three lines of text: at least nine questions in view at 1024×700.
    card = pane.list_view.sizeHintForRow(0)
    assert card <= 3.4 * pane.list_view.fontMetrics().lineSpacing()
    assert pane.list_view.viewport().height() // card >= 9
    # The sidebar is no wider than its longest name needs.
    name = max(
        window.sidebar.fontMetrics().horizontalAdvance(window.sidebar.item(row).text())
        for row in range(window.sidebar.count())
    )
    assert window.sidebar.width() <= name + 6 * window.sidebar.fontMetrics().averageCharWidth()


def test_at_200_percent_in_a_small_window_list_and_details_take_turns(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = full_window(open_window, qtbot, (1024, 700))
    window.apply_text_scale(2.0)
    qtbot.wait(50)
    pane = window.questions_pane
    assert pane is not None
    assert pane.is_narrow
    # The list gets the room: at least four whole cards.
    assert pane.list_view.isVisible()
    assert not pane.editor.isVisible()
    # Three or more whole cards (four filters at 200 % take two rows above the list).
    assert pane.list_view.viewport().height() // pane.list_view.sizeHintForRow(0) >= 3
    # Enter opens the details of the picked question; Esc goes back to it.
    picked = pane.selected_question()
    pane.list_view.setFocus()
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Return)
    assert pane.editor.isVisible()
    assert not pane.list_view.isVisible()
    assert QApplication.focusWidget() is pane.editor.text_edit
    assert pane.editor.back_button.isVisible()
    qtbot.keyClick(pane.editor.text_edit, Qt.Key.Key_Escape)
    assert pane.list_view.isVisible()
    assert QApplication.focusWidget() is pane.list_view
    assert pane.selected_question() == picked
    # A field's Alt+letter works from the list too: it opens the details at that field.
    qtbot.keyClick(pane.list_view, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is pane.editor.priority_combo
    # Back at normal size, side by side again.
    window.apply_text_scale(1.0)
    qtbot.wait(50)
    assert not pane.is_narrow
    assert pane.list_view.isVisible()
    assert pane.editor.isVisible()


def test_the_user_guide_grows_with_the_text(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    small = window.show_guide()
    qtbot.addWidget(small)
    small_size = small.size()
    small.close()
    window.apply_text_scale(2.0)
    large = window.show_guide()
    qtbot.addWidget(large)
    assert large.width() > small_size.width() * 1.5
    assert large.height() > small_size.height() * 1.5
    screen = large.screen().availableGeometry()
    assert large.width() <= screen.width()
    assert large.height() <= screen.height()
    large.close()
