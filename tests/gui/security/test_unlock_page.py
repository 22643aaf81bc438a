"""The page shown while the journal is locked, typed into as a person would: the passphrase or
the recovery key opens it; a wrong one says so beside the field, keeps the keyboard there
with the text picked and changes nothing else; after three wrong tries in a row the next one
waits, longer each time; Caps Lock is guessed from the letters typed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QStackedWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.security.unlock_page import UnlockPage
from tests.gui.data.test_data_keyboard import mnemonics, nameless, unreached
from tests.gui.security.conftest import (
    PASSPHRASE,
    RECOVERY_KEY,
    FakeJournal,
    ShowUnlock,
    Unlocked,
    scaled_text,
    show,
)
from tests.gui.test_accessibility import focusable

MENU_LETTERS = set("FEQVH")


def type_and_enter(qtbot: QtBot, page: UnlockPage, text: str) -> None:
    page.field.selectAll()
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def test_the_passphrase_opens_the_journal_and_the_field_is_emptied(
    qtbot: QtBot, journal: FakeJournal, unlock_page: ShowUnlock
) -> None:
    page, unlocked = unlock_page()
    assert QApplication.focusWidget() is page.field
    assert page.field.echoMode() == QLineEdit.EchoMode.Password
    type_and_enter(qtbot, page, PASSPHRASE)
    assert journal.called("unlock") == [PASSPHRASE]
    assert unlocked.times == 1
    # Nothing of the passphrase is left on the page for the next lock.
    assert page.field.text() == ""
    assert not page.message.has_message()


def test_the_recovery_key_typed_in_the_same_field_opens_it_too(
    qtbot: QtBot, journal: FakeJournal, unlock_page: ShowUnlock
) -> None:
    page, unlocked = unlock_page()
    assert "recovery key" in page.recovery_hint.text()
    qtbot.keyClicks(page.field, RECOVERY_KEY)
    page.unlock_button.click()
    assert journal.called("unlock") == [RECOVERY_KEY]
    assert unlocked.times == 1


def test_a_wrong_passphrase_says_so_beside_the_field_and_nothing_else_changes(
    qtbot: QtBot, journal: FakeJournal, unlock_page: ShowUnlock
) -> None:
    page, unlocked = unlock_page()
    type_and_enter(qtbot, page, "river candle")
    assert unlocked.times == 0
    assert "does not open your journal" in page.message.text()
    assert page.message.text().startswith("⚠")
    # The screen reader hears it with the field.
    assert "does not open" in page.field.accessibleDescription()
    # The keyboard stays in the field, the text picked: typing again replaces it.
    assert QApplication.focusWidget() is page.field
    assert page.field.selectedText() == "river candle"
    assert page.unlock_button.isEnabled()
    assert page.wait_label.isHidden()
    qtbot.keyClicks(page.field, PASSPHRASE)
    assert page.field.text() == PASSPHRASE
    assert not page.message.has_message()  # a new try: the old message is gone
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert unlocked.times == 1
    assert page.wrong_in_a_row == 0


def test_an_empty_field_asks_for_the_passphrase_without_trying(
    qtbot: QtBot, journal: FakeJournal, unlock_page: ShowUnlock
) -> None:
    page, _unlocked = unlock_page()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert journal.calls == []
    assert "Type your passphrase" in page.message.text()
    assert page.wrong_in_a_row == 0


def test_a_problem_with_the_key_file_is_shown_beside_the_field(
    qtbot: QtBot, journal: FakeJournal, unlock_page: ShowUnlock
) -> None:
    page, unlocked = unlock_page()
    journal.problem = "The key file next to your journal could not be read."
    type_and_enter(qtbot, page, PASSPHRASE)
    assert unlocked.times == 0
    assert "key file next to your journal could not be read" in page.message.text()
    assert page.wrong_in_a_row == 0  # not a wrong try
    assert QApplication.focusWidget() is page.field


def test_after_three_wrong_tries_the_next_waits_and_each_wait_doubles_up_to_a_minute(
    qtbot: QtBot, journal: FakeJournal, unlock_page: ShowUnlock
) -> None:
    page, unlocked = unlock_page()
    delays = [page.retry_delay_ms(wrong) for wrong in range(1, 10)]
    assert delays == [0, 0, 5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]

    for _ in range(2):
        type_and_enter(qtbot, page, "wrong guess")
        assert page.unlock_button.isEnabled()
        assert not page.waiting()
    type_and_enter(qtbot, page, "wrong guess")
    assert page.waiting()
    assert not page.unlock_button.isEnabled()
    assert page.wait_label.isVisible()
    assert page.wait_label.text() == "Try again in 5 s"
    # While it waits, Enter tries nothing, even the right passphrase.
    type_and_enter(qtbot, page, PASSPHRASE)
    assert journal.called("unlock") == ["wrong guess"] * 3
    assert unlocked.times == 0


def test_the_wait_ends_and_the_right_passphrase_then_opens_it(
    qtbot: QtBot, journal: FakeJournal, unlock_page: ShowUnlock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(UnlockPage, "RETRY_BASE_MS", 40)
    monkeypatch.setattr(UnlockPage, "TICK_MS", 10)
    page, unlocked = unlock_page()
    for _ in range(3):
        type_and_enter(qtbot, page, "wrong guess")
    assert not page.unlock_button.isEnabled()
    assert page.wait_label.text() == "Try again in 1 s"
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=5_000)
    assert page.wait_label.isHidden()
    # A fourth wrong try waits twice as long.
    type_and_enter(qtbot, page, "wrong guess")
    assert page.waiting()
    assert page._wait_timer.interval() == 80
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=5_000)
    type_and_enter(qtbot, page, PASSPHRASE)
    assert unlocked.times == 1


def test_the_page_shown_again_has_the_keyboard_in_the_field_and_keeps_its_wait(
    qtbot: QtBot, journal: FakeJournal
) -> None:
    # As in the window: the page takes turns with the areas in a stack.
    journal.encrypted = True
    unlocked = Unlocked()
    page = UnlockPage(journal, unlocked)
    areas = QPushButton("An area")
    stack = QStackedWidget()
    stack.addWidget(areas)
    stack.addWidget(page)
    stack.setCurrentWidget(page)
    show(qtbot, stack, (1024, 700))
    assert QApplication.focusWidget() is page.field
    for _ in range(3):
        type_and_enter(qtbot, page, "wrong guess")
    stack.setCurrentWidget(areas)
    areas.setFocus()
    assert QApplication.focusWidget() is areas
    stack.setCurrentWidget(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.field, timeout=2_000)
    assert page.waiting()
    assert not page.unlock_button.isEnabled()
    assert page.wait_label.isVisible()


def test_caps_lock_is_guessed_from_the_letters_typed(qtbot: QtBot, unlock_page: ShowUnlock) -> None:
    page, _unlocked = unlock_page()
    assert page.caps_label.isHidden()
    # An upper-case letter without Shift: Caps Lock must be on.
    qtbot.keyClick(page.field, "R")
    assert page.caps_label.isVisible()
    assert page.caps_label.text() == "Caps Lock is on"
    # Digits and signs say nothing either way.
    qtbot.keyClicks(page.field, "7 -")
    assert page.caps_label.isVisible()
    # A lower-case letter without Shift: off again.
    qtbot.keyClick(page.field, "r")
    assert page.caps_label.isHidden()
    # A lower-case letter with Shift held: on.
    qtbot.keyClick(page.field, "r", Qt.KeyboardModifier.ShiftModifier)
    assert page.caps_label.isVisible()
    # Pressing Caps Lock flips the guess.
    qtbot.keyClick(page.field, Qt.Key.Key_CapsLock)
    assert page.caps_label.isHidden()
    # An upper-case letter with Shift: off, and stays off.
    qtbot.keyClick(page.field, "R", Qt.KeyboardModifier.ShiftModifier)
    assert page.caps_label.isHidden()


def test_show_passphrase_shows_what_is_typed(qtbot: QtBot, unlock_page: ShowUnlock) -> None:
    page, _unlocked = unlock_page()
    qtbot.keyClicks(page.field, "abc")
    page.show_check.click()
    assert page.field.echoMode() == QLineEdit.EchoMode.Normal
    page.show_check.click()
    assert page.field.echoMode() == QLineEdit.EchoMode.Password


def test_every_control_has_a_name_tab_reaches_it_and_alt_letters_reach_the_field(
    qtbot: QtBot, unlock_page: ShowUnlock
) -> None:
    page, _unlocked = unlock_page()
    # The field, Show passphrase, Unlock.
    assert {page.field, page.show_check, page.unlock_button} <= set(focusable(page))
    assert nameless(page) == []
    assert unreached(page, qtbot, page.field) == []
    assert page.field.accessibleName() == "Passphrase or recovery key"
    assert "recovery key" in page.field.accessibleDescription()
    letters = mnemonics(page)
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS, letters
    page.unlock_button.setFocus()
    qtbot.keyClick(page.unlock_button, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.field


def test_at_200_percent_the_page_fits_1024_by_700(qtbot: QtBot, unlock_page: ShowUnlock) -> None:
    scaled_text(2.0)
    page, _unlocked = unlock_page()
    assert page.minimumSizeHint().width() <= 1024
    assert page.minimumSizeHint().height() <= 700
    assert page.title.font().pointSizeF() > page.field.font().pointSizeF() * 1.3
    for control in focusable(page):
        right = control.mapTo(page, control.rect().topRight()).x()
        assert right <= page.width(), control.objectName()
