"""File › Passphrase and lock…, typed into as a person would: turning encryption on refuses a
short passphrase or two that differ (beside the boxes), shows the recovery key and encrypts
only once the person says they kept it, with the key that was made; changing the passphrase
and turning encryption off pass what was typed, and a wrong passphrase is said beside its
box; the lock's time is kept in the settings, and Lock now (Ctrl+L) locks."""

import os
import stat
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.ui.security.actions import MIN_PASSPHRASE_LENGTH
from mbc_desktop.ui.security.dialog import EncryptionDialog
from mbc_desktop.ui.security.forms import PassphraseForm
from tests.gui.security.conftest import (
    NEW_KEY,
    PASSPHRASE,
    RECOVERY_KEY,
    FakeJournal,
    OpenDialog,
)

GOOD = "velvet harbor tulip"


def type_into(qtbot: QtBot, field: QLineEdit | None, text: str) -> None:
    assert field is not None
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def enter(qtbot: QtBot) -> None:
    """Enter where the keyboard is (the step's button is the dialog's default)."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def fill_new(qtbot: QtBot, form: PassphraseForm, new: str, repeat: str) -> None:
    type_into(qtbot, form.new, new)
    type_into(qtbot, form.repeat, repeat)


# --- what the first page says -----------------------------------------------------------------
def test_not_encrypted_it_says_so_in_words_and_the_lock_waits_for_a_passphrase(
    journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    dialog, _locks = open_dialog()
    assert dialog.status_label.text().startswith("Encryption is off.")
    assert dialog.turn_on_button.isVisible()
    assert not dialog.change_button.isVisible()
    assert not dialog.turn_off_button.isVisible()
    assert dialog.lock_note.text() == "The lock needs a passphrase: turn on encryption first."
    assert not dialog.lock_box.isEnabled()
    assert not dialog.lock_now_button.isEnabled()
    assert dialog.lock_box.currentText() == "Never"
    assert QApplication.focusWidget() is dialog.turn_on_button


def test_encrypted_it_says_so_and_offers_change_and_turn_off(
    journal: FakeJournal, settings: UiSettings, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    settings.lock_after_minutes = 30
    dialog, _locks = open_dialog()
    assert dialog.status_label.text().startswith("Encryption is on.")
    assert not dialog.turn_on_button.isVisible()
    assert dialog.change_button.isVisible()
    assert dialog.turn_off_button.isVisible()
    assert dialog.lock_box.isEnabled()
    assert dialog.lock_box.currentText() == "30 minutes of no use"
    assert [dialog.lock_box.itemText(i) for i in range(dialog.lock_box.count())] == [
        "Never",
        "5 minutes of no use",
        "10 minutes of no use",
        "15 minutes of no use",
        "30 minutes of no use",
        "60 minutes of no use",
    ]
    assert QApplication.focusWidget() is dialog.change_button


# --- turning encryption on --------------------------------------------------------------------
def test_a_short_passphrase_is_refused_beside_its_box(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    dialog, _locks = open_dialog()
    qtbot.keyClick(dialog.turn_on_button, Qt.Key.Key_Space)
    form = dialog.turn_on_form
    assert dialog.pages.currentIndex() == EncryptionDialog.TURN_ON_PAGE
    assert QApplication.focusWidget() is form.new
    short = "x" * (MIN_PASSPHRASE_LENGTH - 1)
    # No message while typing: a passphrase is short for its first letters.
    fill_new(qtbot, form, short, short)
    assert form.new_message is not None
    assert not form.new_message.has_message()
    enter(qtbot)
    assert journal.called("prepare") == []
    assert f"at least {MIN_PASSPHRASE_LENGTH} characters" in form.new_message.text()
    assert QApplication.focusWidget() is form.new
    # It clears as soon as the passphrase is long enough.
    qtbot.keyClick(form.new, Qt.Key.Key_End)
    qtbot.keyClicks(form.new, "yz")
    assert not form.new_message.has_message()


def test_two_passphrases_that_differ_are_refused_beside_the_second(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    dialog, _locks = open_dialog()
    dialog.start_turn_on()
    form = dialog.turn_on_form
    fill_new(qtbot, form, GOOD, GOOD + "s")
    enter(qtbot)
    assert journal.called("prepare") == []
    assert form.repeat_message is not None
    assert "not the same" in form.repeat_message.text()
    assert QApplication.focusWidget() is form.repeat
    assert form.repeat is not None
    assert form.repeat.selectedText() == GOOD + "s"
    qtbot.keyClicks(form.repeat, GOOD)
    assert not form.repeat_message.has_message()
    enter(qtbot)
    assert journal.called("prepare") == [GOOD]


def test_the_journal_is_encrypted_only_once_the_recovery_key_is_kept_and_with_that_key(
    qtbot: QtBot, journal: FakeJournal, settings: UiSettings, open_dialog: OpenDialog
) -> None:
    dialog, _locks = open_dialog()
    changed: list[bool] = []
    lock_times: list[int | None] = []
    dialog.encryption_changed.connect(changed.append)
    dialog.lock_after_changed.connect(lock_times.append)
    dialog.start_turn_on()
    fill_new(qtbot, dialog.turn_on_form, GOOD, GOOD)
    enter(qtbot)
    assert journal.called("prepare") == [GOOD]
    step = dialog.recovery
    assert dialog.pages.currentIndex() == EncryptionDialog.RECOVERY_PAGE
    assert step.key_label.text() == NEW_KEY
    assert QApplication.focusWidget() is step.key_label
    # The passphrase is not kept in the boxes behind.
    assert dialog.turn_on_form.new_text() == ""
    # Not yet: the box is not ticked.
    assert not step.encrypt_button.isEnabled()
    enter(qtbot)
    step.encrypt_button.click()
    assert dialog.encrypt() is False
    assert journal.called("turn_on") == []
    assert not journal.encrypted
    qtbot.keyClick(step.kept_check, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(step.kept_check.isChecked, timeout=2_000)  # Qt animates the click
    assert step.encrypt_button.isEnabled()
    enter(qtbot)
    # turn_on got the very key that was shown.
    assert journal.called("turn_on") == [journal.prepared[0].token]
    assert journal.encrypted
    assert dialog.pages.currentIndex() == EncryptionDialog.STATUS_PAGE
    assert dialog.status_label.text().startswith("Encryption is on.")
    assert "Your journal is encrypted." in dialog.message_label.text()
    # The lock starts at 15 minutes, now that it means something.
    assert settings.lock_after_minutes == 15
    assert dialog.lock_box.currentText() == "15 minutes of no use"
    assert changed == [True]
    assert lock_times == [15]
    assert step.key_label.text() == ""
    assert QApplication.focusWidget() is dialog.close_button


def test_cancel_before_encrypting_changes_nothing(
    qtbot: QtBot, journal: FakeJournal, settings: UiSettings, open_dialog: OpenDialog
) -> None:
    dialog, _locks = open_dialog()
    dialog.start_turn_on()
    fill_new(qtbot, dialog.turn_on_form, GOOD, GOOD)
    enter(qtbot)
    dialog.recovery.kept_check.setChecked(True)
    qtbot.keyClick(dialog.recovery.key_label, Qt.Key.Key_Escape)
    assert dialog.pages.currentIndex() == EncryptionDialog.STATUS_PAGE
    assert dialog.isVisible()
    assert journal.called("turn_on") == []
    assert not journal.encrypted
    assert dialog.recovery.key_label.text() == ""
    assert settings.lock_after_minutes is None
    # Turning on again starts with empty boxes and a new key.
    dialog.start_turn_on()
    assert dialog.turn_on_form.new_text() == ""
    assert not dialog.recovery.kept_check.isChecked()


def test_a_problem_while_encrypting_is_said_and_nothing_changes(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    dialog, _locks = open_dialog()
    dialog.start_turn_on()
    fill_new(qtbot, dialog.turn_on_form, GOOD, GOOD)
    enter(qtbot)
    journal.problem = "There is not enough room on the disk to encrypt your journal."
    dialog.recovery.kept_check.setChecked(True)
    assert dialog.encrypt() is False
    assert dialog.message_label.text() == (
        "⚠ There is not enough room on the disk to encrypt your journal."
    )
    assert dialog.pages.currentIndex() == EncryptionDialog.RECOVERY_PAGE
    assert dialog.recovery.key_label.text() == NEW_KEY


def test_the_recovery_key_is_saved_as_an_owner_only_pdf_and_copied(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    dialog, _locks = open_dialog()
    dialog.start_turn_on()
    fill_new(qtbot, dialog.turn_on_form, GOOD, GOOD)
    enter(qtbot)
    saved = dialog.recovery.save_key_to(tmp_path / "my key")
    assert saved == tmp_path / "my key.pdf"
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert NEW_KEY in "".join(text.split())
    assert str(saved) in dialog.message_label.text()
    assert dialog.recovery.copy_key() == NEW_KEY
    assert QGuiApplication.clipboard().text() == NEW_KEY
    QGuiApplication.clipboard().clear()


# --- changing the passphrase, turning encryption off ------------------------------------------
def test_change_passes_the_current_and_new_passphrases(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    dialog, _locks = open_dialog()
    qtbot.keyClick(dialog.change_button, Qt.Key.Key_Space)
    form = dialog.change_form
    assert QApplication.focusWidget() is form.current
    type_into(qtbot, form.current, PASSPHRASE)
    fill_new(qtbot, form, GOOD, GOOD)
    enter(qtbot)
    assert journal.called("change_passphrase") == [(PASSPHRASE, GOOD)]
    assert journal.passphrase == GOOD
    assert dialog.pages.currentIndex() == EncryptionDialog.STATUS_PAGE
    assert "Your passphrase is changed" in dialog.message_label.text()
    assert form.current_text() == ""


def test_change_with_a_wrong_current_passphrase_says_so_beside_it(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    dialog, _locks = open_dialog()
    dialog.start_change()
    form = dialog.change_form
    type_into(qtbot, form.current, "not it at all")
    fill_new(qtbot, form, GOOD, GOOD)
    enter(qtbot)
    assert journal.called("change_passphrase") == [("not it at all", GOOD)]
    assert journal.passphrase == PASSPHRASE
    assert form.current_message is not None
    assert "does not open your journal" in form.current_message.text()
    assert QApplication.focusWidget() is form.current
    assert form.current is not None
    assert form.current.selectedText() == "not it at all"
    assert dialog.pages.currentIndex() == EncryptionDialog.CHANGE_PAGE


def test_change_needs_the_current_passphrase_and_a_good_new_one_before_trying(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    dialog, _locks = open_dialog()
    dialog.start_change()
    form = dialog.change_form
    fill_new(qtbot, form, "short", "short")
    enter(qtbot)
    assert journal.called("change_passphrase") == []
    assert form.current_message is not None
    assert form.new_message is not None
    assert "Type your current passphrase" in form.current_message.text()
    assert "at least" in form.new_message.text()
    assert QApplication.focusWidget() is form.current


def test_the_recovery_key_turns_encryption_off(
    qtbot: QtBot, journal: FakeJournal, settings: UiSettings, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    settings.lock_after_minutes = 10
    dialog, _locks = open_dialog()
    changed: list[bool] = []
    lock_times: list[int | None] = []
    dialog.encryption_changed.connect(changed.append)
    dialog.lock_after_changed.connect(lock_times.append)
    qtbot.keyClick(dialog.turn_off_button, Qt.Key.Key_Space)
    form = dialog.off_form
    assert QApplication.focusWidget() is form.current
    qtbot.keyClicks(form.current, RECOVERY_KEY)
    enter(qtbot)
    assert journal.called("turn_off") == [RECOVERY_KEY]
    assert not journal.encrypted
    assert dialog.status_label.text().startswith("Encryption is off.")
    assert "plain files again" in dialog.message_label.text()
    assert not dialog.lock_box.isEnabled()
    assert changed == [False]
    assert lock_times == [None]  # no lock without encryption


def test_turning_off_with_a_wrong_passphrase_says_so_beside_it(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    dialog, _locks = open_dialog()
    dialog.start_turn_off()
    form = dialog.off_form
    qtbot.keyClicks(form.current, "guess")
    enter(qtbot)
    assert journal.encrypted
    assert form.current_message is not None
    assert "does not open your journal" in form.current_message.text()
    assert QApplication.focusWidget() is form.current
    assert dialog.pages.currentIndex() == EncryptionDialog.OFF_PAGE


# --- the lock ---------------------------------------------------------------------------------
def test_the_lock_time_chosen_is_kept_and_said(
    qtbot: QtBot, journal: FakeJournal, settings: UiSettings, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    settings.lock_after_minutes = 15
    dialog, _locks = open_dialog()
    lock_times: list[int | None] = []
    dialog.lock_after_changed.connect(lock_times.append)
    dialog.lock_box.setCurrentIndex(dialog.lock_box.findText("5 minutes of no use"))
    assert settings.lock_after_minutes == 5
    dialog.lock_box.setCurrentIndex(dialog.lock_box.findText("Never"))
    assert settings.lock_after_minutes is None
    assert lock_times == [5, None]


def test_lock_now_and_ctrl_l_close_the_dialog_and_lock(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    journal.encrypted = True
    dialog, locks = open_dialog()
    dialog.lock_now_button.click()
    assert locks.times == 1
    assert not dialog.isVisible()

    again, locks = open_dialog()
    qtbot.keyClick(again.change_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locks.times == 1
    assert not again.isVisible()


def test_without_encryption_ctrl_l_does_nothing(
    qtbot: QtBot, journal: FakeJournal, open_dialog: OpenDialog
) -> None:
    dialog, locks = open_dialog()
    qtbot.keyClick(dialog.turn_on_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locks.times == 0
    assert dialog.isVisible()


def test_the_lock_setting_is_never_until_chosen_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "lock.ini"
    assert UiSettings(path).lock_after_minutes is None
    UiSettings(path).lock_after_minutes = 30
    assert UiSettings(path).lock_after_minutes == 30
    UiSettings(path).lock_after_minutes = None
    assert UiSettings(path).lock_after_minutes is None
    path.write_text("[security]\nlock_after_minutes=soon\n")
    assert UiSettings(path).lock_after_minutes is None
