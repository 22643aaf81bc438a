"""The "Prepare summary" dialog by keyboard only and at 200 % text: Tab reaches every control
and comes back around, each has a name a screen reader says, every Alt+letter is unique,
the title follows the type scale, and at 200 % the dialog fits the screen and scrolls
rather than clip."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.widgets import ScaledLabel, mnemonic_letter
from mbc_desktop.words.i18n import use_language
from tests.gui.summary.conftest import SummaryScreen
from tests.gui.test_accessibility import accessible_name, focusable, tab_cycle


def mnemonics(root: QWidget) -> list[str]:
    """Every Alt+letter shown in ``root``: labels with a buddy, buttons, check boxes, group
    boxes (visible ones only)."""
    letters = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic_letter(text)
        if letter:
            letters.append(letter)
    return letters


@pytest.mark.parametrize("language", ["en", "es"])
def test_tab_reaches_every_control_and_each_has_a_name(
    qtbot: QtBot, summary_screen: SummaryScreen, language: str
) -> None:
    if language == "es":
        assert use_language("es")
    dialog = summary_screen.open()
    controls = focusable(dialog)
    assert len(controls) >= 16  # choice, 7 sections, name, notes, paper, packet, 5 buttons
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}" for w in controls if not accessible_name(w).strip()
    ]
    assert nameless == []
    reached = set(tab_cycle(dialog, qtbot, dialog.appointment_box))
    missing = [f"{type(w).__name__} {w.objectName()!r}" for w in controls if w not in reached]
    assert missing == []
    if language == "es":
        assert dialog.english_check in reached


def test_every_alt_letter_is_unique_and_reaches_its_control(
    qtbot: QtBot, summary_screen: SummaryScreen
) -> None:
    dialog = summary_screen.open()
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters
    # The menu bar's letters are left to the window (this dialog is modal, but a person who
    # knows Alt+F should not meet it here with another meaning).
    assert not set(letters) & set("FEQVH"), letters
    assert {"A", "S", "N", "T", "P", "K", "R", "I", "D", "C"} <= set(letters)
    dialog.preview_button.setFocus()
    qtbot.keyClick(dialog.preview_button, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.notes_edit
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.appointment_box
    qtbot.keyClick(dialog.appointment_box, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.name_edit


def test_at_200_percent_text_it_fits_the_screen_and_scrolls_rather_than_clip(
    qtbot: QtBot, summary_screen: SummaryScreen
) -> None:
    summary_screen.window.apply_text_scale(2.0)
    dialog = summary_screen.open()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() * 0.9 + 1
    assert dialog.height() <= screen.height() * 0.9 + 1
    title = next(
        label for label in dialog.findChildren(ScaledLabel) if label.text().startswith("Prepare")
    )
    assert title.font().pointSizeF() > dialog.name_edit.font().pointSizeF()
    scroller = dialog.findChild(QScrollArea, "summaryScroll")
    assert scroller is not None
    form = scroller.widget()
    assert form is not None
    # Nothing is cut at the side: the form is never wider than the room it has.
    assert form.minimumSizeHint().width() <= scroller.viewport().width()
    # Every control can be brought into view, and then is whole.
    for control in focusable(dialog):
        if control.window() is dialog and scroller.isAncestorOf(control):
            scroller.ensureWidgetVisible(control, 0, 0)
            qtbot.wait(1)
            top_left = control.mapTo(scroller.viewport(), control.rect().topLeft())
            assert top_left.x() >= 0, control.objectName()
            assert top_left.x() + control.width() <= scroller.viewport().width(), (
                control.objectName()
            )
