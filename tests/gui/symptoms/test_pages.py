"""The area's two pages, the overview and the check-in form: each is as tall as itself (the
form hidden under the overview leaves no blank space below it), and the form opens from its
top wherever the overview was scrolled to."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.ui.symptoms.pane import FORM_PAGE
from tests.gui.conftest import OpenWindow
from tests.gui.paints import Paints
from tests.gui.symptoms.conftest import OpenSymptoms, daily_check_ins, esas


def test_the_overview_is_as_tall_as_itself_not_as_the_hidden_form(
    qtbot: QtBot, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()  # no check-in yet: a short overview
    pane = area.pane
    pane.start_check_in()  # the form now holds its dozen scales...
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Escape)  # ...and is hidden again, kept
    assert pane.page == 0
    width = pane.overview.width()
    assert pane.form.heightForWidth(width) > pane.overview.heightForWidth(width) + 100
    layout = pane.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    needed = pane.overview.heightForWidth(width) + margins.top() + margins.bottom()
    # As tall as the overview needs, or as the window's room if that is more.
    expected = max(needed, area.scroller.viewport().height())
    qtbot.waitUntil(lambda: pane.height() == expected)
    qtbot.wait(50)
    assert pane.height() == expected


def test_the_form_opens_from_its_top(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    daily_check_ins(journal, pain, 20)
    area = open_symptoms()
    bar = area.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    bar.setValue(bar.maximum())  # the overview scrolled to its end
    area.pane.start_check_in()
    assert bar.value() == 0
    focused = QApplication.focusWidget()
    assert focused is not None
    assert area.pane.form.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert area.pane.overview.isVisible()


def test_a_check_in_begun_from_another_area_has_its_overview_ready_before_the_save(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    """Ctrl+Shift+K from Home opens the form in an area never shown: while the form is
    filled in, the hidden overview is laid out at the form's width and painted off screen
    (Qt's caches filled), so that the save shows it within a frame even the first time."""
    window = open_window()
    pane = window.symptoms_pane
    assert pane is not None
    overview = pane.overview
    painted = Paints()
    overview.installEventFilter(painted)
    window.check_in()
    assert pane.page == FORM_PAGE
    qtbot.waitUntil(lambda: painted.count > 0)
    assert overview.width() == pane.stack.width()
    assert not overview.isVisible()  # painted, not shown
    focused = QApplication.focusWidget()
    assert focused is not None
    assert pane.form.isAncestorOf(focused)  # the keyboard stays in the form
