"""Passphrase and lock by keyboard only and at 200 % text: on every step Tab reaches every
control and comes back around, each has a name a screen reader says, every Alt+letter is
unique and leaves the menus' letters alone, and nothing is cut at the side."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.application import base_font
from mbc_desktop.ui.security.dialog import EncryptionDialog
from tests.gui.data.test_data_keyboard import (
    mnemonics,
    nameless,
    nothing_cut_at_the_side,
    unreached,
)
from tests.gui.security.conftest import PASSPHRASE, FakeJournal, OpenDialog, scaled_text
from tests.gui.test_accessibility import focusable

MENU_LETTERS = set("FEQVH")

SCROLLS = {
    EncryptionDialog.STATUS_PAGE: "encryptionStatusScroll",
    EncryptionDialog.TURN_ON_PAGE: "encryptionTurnOnScroll",
    EncryptionDialog.RECOVERY_PAGE: "encryptionRecoveryScroll",
    EncryptionDialog.CHANGE_PAGE: "encryptionChangeScroll",
    EncryptionDialog.OFF_PAGE: "encryptionOffScroll",
}


def check_step(qtbot: QtBot, dialog: EncryptionDialog) -> None:
    start = QApplication.focusWidget()
    assert start is not None
    assert start.window() is dialog
    assert nameless(dialog) == []
    assert unreached(dialog, qtbot, start) == []
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS, letters


def test_every_step_off_has_names_tab_and_unique_alt_letters(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    dialog, _locks = open_dialog()
    check_step(qtbot, dialog)
    dialog.start_turn_on()
    check_step(qtbot, dialog)
    form = dialog.turn_on_form
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.repeat
    qtbot.keyClick(form.repeat, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.new
    qtbot.keyClicks(form.new, PASSPHRASE)
    qtbot.keyClick(form.new, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.repeat
    qtbot.keyClicks(form.repeat, PASSPHRASE)
    qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == EncryptionDialog.RECOVERY_PAGE
    check_step(qtbot, dialog)
    # The key label is reached by Tab and named, so a screen reader reads it.
    assert dialog.recovery.key_label in focusable(dialog)
    assert dialog.recovery.key_label.accessibleName() == "Your recovery key"


def test_every_step_on_has_names_tab_and_unique_alt_letters(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    dialog, _locks = open_dialog()
    check_step(qtbot, dialog)
    assert dialog.lock_box in focusable(dialog)
    qtbot.keyClick(dialog.change_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.lock_box
    dialog.start_change()
    check_step(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.pages.currentIndex() == EncryptionDialog.STATUS_PAGE
    assert QApplication.focusWidget() is dialog.change_button
    dialog.start_turn_off()
    check_step(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.off_form.current


@pytest.mark.parametrize("encrypted", [False, True])
def test_at_200_percent_every_step_fits_the_screen_and_scrolls_rather_than_clip(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog, encrypted: bool
) -> None:
    journal.encrypted = encrypted
    scaled_text(2.0)
    dialog, _locks = open_dialog()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() * 0.9 + 1
    assert dialog.height() <= screen.height() * 0.9 + 1
    assert dialog.lock_box.font().pointSizeF() >= base_font().pointSizeF() * 1.9
    steps = (
        [EncryptionDialog.STATUS_PAGE, EncryptionDialog.CHANGE_PAGE, EncryptionDialog.OFF_PAGE]
        if encrypted
        else [EncryptionDialog.STATUS_PAGE, EncryptionDialog.TURN_ON_PAGE]
    )
    if not encrypted:
        dialog.start_turn_on()
        dialog.turn_on_form.new.setText(PASSPHRASE)  # type: ignore[union-attr]
        dialog.turn_on_form.repeat.setText(PASSPHRASE)  # type: ignore[union-attr]
        dialog.continue_turn_on()
        steps.append(EncryptionDialog.RECOVERY_PAGE)
        # The key is large and in a fixed-width font, and wraps rather than widen the page.
        key = dialog.recovery.key_label
        assert key.font().pointSizeF() >= base_font().pointSizeF() * 2 * 1.3
        assert key.fontInfo().fixedPitch()
    for size in ((dialog.width(), dialog.height()), (700, 600)):
        dialog.resize(*size)
        for index in steps:
            dialog.show_page(index)
            qtbot.wait(20)
            scroller = dialog.findChild(QScrollArea, SCROLLS[index])
            assert scroller is not None
            nothing_cut_at_the_side(qtbot, dialog, scroller)
