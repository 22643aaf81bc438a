"""The sectioned form (ui/common/sections.py) on its own, by keyboard: the index, Previous and
Next, Ctrl+PgUp/PgDown, what is answered, and the index above the section when room is short."""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QScrollArea
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.application import base_font, make_application
from mbc_desktop.ui.common.sections import SectionedForm, SectionPage
from mbc_desktop.ui.common.theme import LIGHT, apply_theme, apply_type_scale
from mbc_desktop.words.i18n import use_language


def progress(form: SectionedForm) -> str:
    # English plurals come from mbc_desktop_en.ts; until lupdate has collected this message
    # Qt shows the source's "(s)". Either way the count is in words.
    return form.progress_label.text().replace("section(s)", "sections")


@dataclass
class Form:
    window: QMainWindow
    form: SectionedForm
    fields: list[QLineEdit]


@pytest.fixture
def sectioned(qtbot: QtBot) -> Iterator[Form]:
    app = make_application()
    use_language("en")
    apply_theme(app, LIGHT)
    original_font = QFont(QApplication.font())
    window = QMainWindow()
    form = SectionedForm()
    fields = []
    for number, title in enumerate(("Treatment", "Clinical trials", "What changed")):
        page = SectionPage(title, "One line about it.")
        field = QLineEdit()
        field.setObjectName(f"field{number}")
        page.add_field(f"&{'TCW'[number]} field", field, "What it means, in plain words.")
        page.finish()
        fields.append(field)
        answered = None if number == 2 else (lambda f=field: bool(f.text().strip()))
        form.add_section(title, page, answered)
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setWidget(form)
    window.setCentralWidget(scroller)
    window.resize(1024, 700)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield Form(window, form, fields)
    window.close()
    QApplication.setFont(original_font)


def test_index_marks_and_counts_only_answered_sections(qtbot: QtBot, sectioned: Form) -> None:
    form = sectioned.form
    assert progress(form) == "0 of 2 sections answered"
    assert form.index.item(0).text() == "○ Treatment"
    assert form.index.item(2).text() == "What changed"  # not a question: no mark, not counted
    form.show_section(0)
    assert QApplication.focusWidget() is sectioned.fields[0]
    qtbot.keyClicks(sectioned.fields[0], "Pills")
    form.refresh_progress()
    assert progress(form) == "1 of 2 sections answered"
    assert form.index.item(0).text() == "✓ Treatment"
    spoken = form.index.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Treatment, answered"
    assert form.index.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Clinical trials, not answered yet"
    )
    assert form.index.accessibleName() == "Sections"


def test_ctrl_page_keys_and_buttons_move_through_the_sections(
    qtbot: QtBot, sectioned: Form
) -> None:
    form, fields = sectioned.form, sectioned.fields
    form.show_section(0)
    assert not form.previous_button.isEnabled()
    qtbot.keyClick(fields[0], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.current() == 1
    assert form.stack.currentWidget() is form.page(1)
    assert QApplication.focusWidget() is fields[1]
    qtbot.keyClick(fields[1], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.current() == 2
    assert not form.next_button.isEnabled()
    qtbot.keyClick(fields[2], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.current() == 2  # the last stays the last
    qtbot.keyClick(fields[2], Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.current() == 1
    assert QApplication.focusWidget() is fields[1]
    form.previous_button.setFocus()
    qtbot.keyClick(form.previous_button, Qt.Key.Key_Space)
    assert form.current() == 0
    assert QApplication.focusWidget() is fields[0]
    assert form.previous_button.text() == "← Previous section"
    assert form.next_button.text() == "Next section →"


def test_arrows_in_the_index_show_a_section_and_enter_goes_into_it(
    qtbot: QtBot, sectioned: Form
) -> None:
    form = sectioned.form
    changes: list[int] = []
    form.current_changed.connect(changes.append)
    form.index.setFocus()
    qtbot.keyClick(form.index, Qt.Key.Key_Down)
    assert form.current() == 1
    assert form.stack.currentWidget() is form.page(1)
    assert QApplication.focusWidget() is form.index  # looking, not yet answering
    qtbot.keyClick(form.index, Qt.Key.Key_Down)
    qtbot.keyClick(form.index, Qt.Key.Key_Return)
    assert form.current() == 2
    assert QApplication.focusWidget() is sectioned.fields[2]
    assert changes == [1, 2]


def test_the_index_goes_above_the_section_at_large_text(qtbot: QtBot, sectioned: Form) -> None:
    form = sectioned.form
    form.fit_layout()
    assert form.is_side_by_side()
    assert form.index.geometry().right() < form.stack.mapTo(form, form.stack.rect().topLeft()).x()
    font = base_font()
    font.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(font)
    apply_type_scale(sectioned.window)
    sectioned.window.resize(700, 700)
    qtbot.waitUntil(lambda: not form.is_side_by_side())
    qtbot.wait(20)
    index_bottom = form.index.mapTo(form, form.index.rect().bottomLeft()).y()
    assert index_bottom < form.stack.mapTo(form, form.stack.rect().topLeft()).y()
    # Every row of the index shows whole: the list is as tall as its rows.
    last = form.index.visualItemRect(form.index.item(form.count() - 1))
    assert last.bottom() <= form.index.viewport().height()
    sectioned.window.resize(1600, 900)
    QApplication.setFont(base_font())
    apply_type_scale(sectioned.window)
    qtbot.waitUntil(form.is_side_by_side)


def test_a_narrow_window_puts_the_index_above_rather_than_scrolling_sideways(
    qtbot: QtBot, sectioned: Form
) -> None:
    form = sectioned.form
    for field in sectioned.fields:  # a section that needs some width
        field.setMinimumWidth(form.fontMetrics().averageCharWidth() * 80)
    sectioned.window.resize(1024, 700)
    qtbot.waitUntil(form.is_side_by_side)
    qtbot.wait(50)  # the layout takes the new minimum widths
    assert form.minimumSizeHint().width() >= form.needed_width() - 40
    sectioned.window.resize(form.needed_width() - 40, 700)
    qtbot.wait(50)
    assert not form.is_side_by_side()
    scroller = sectioned.window.centralWidget()
    assert isinstance(scroller, QScrollArea)
    assert form.width() <= scroller.viewport().width()
    sectioned.window.resize(1024, 700)
    qtbot.waitUntil(form.is_side_by_side)
