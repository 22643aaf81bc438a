"""File › Passphrase and lock…: whether the journal is encrypted, turning encryption on (a
passphrase typed twice, then the recovery key, kept before anything is encrypted), changing
the passphrase, turning it off, and the lock (after how long with no use, and now).

Each step is a page of its own; Cancel or Esc goes back to the first page having changed
nothing. Nothing is written until the step's last button ("Encrypt my journal", "Change
passphrase", "Turn off encryption").
"""

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.ui.common.dialog_parts import message_line
from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    MutedLabel,
    ScaledLabel,
    announce,
    fit_to_screen,
    plain_label,
)
from mbc_desktop.ui.security.actions import (
    MIN_PASSPHRASE_LENGTH,
    EncryptionActions,
    EncryptionProblem,
    PreparedEncryption,
    WrongSecret,
)
from mbc_desktop.ui.security.forms import PassphraseForm
from mbc_desktop.ui.security.parts import busy, button_row, scrolled
from mbc_desktop.ui.security.recovery_step import RecoveryKeyStep
from mbc_desktop.words.i18n import domain_message, number
from mbc_desktop.words.texts import fill

log = logging.getLogger(__name__)

LOCK_CHOICES: tuple[int | None, ...] = (None, 5, 10, 15, 30, 60)  # minutes; None: never
DEFAULT_LOCK_MINUTES = 15  # set when encryption is turned on, unless another was chosen
NEVER = 0  # the choice box's data for "Never" (a None would not be found again)


def local_now() -> datetime:
    return datetime.now().astimezone()


class EncryptionDialog(QDialog):
    """Passphrase and lock. ``lock_now`` locks the window (the dialog closes first).

    ``encryption_changed`` says whether the journal is encrypted after turning it on or off;
    ``lock_after_changed`` says the lock time now in force (minutes, or None for never: always
    None while the journal is not encrypted), for the window's ``IdleLock.set_minutes``.
    """

    encryption_changed = Signal(bool)
    lock_after_changed = Signal(object)

    STATUS_PAGE, TURN_ON_PAGE, RECOVERY_PAGE, CHANGE_PAGE, OFF_PAGE = range(5)

    def __init__(
        self,
        actions: EncryptionActions,
        settings: UiSettings,
        lock_now: Callable[[], None],
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._settings = settings
        self._lock_now = lock_now
        self._now = now
        self._prepared: PreparedEncryption | None = None
        self._loading = False
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Passphrase and lock"))

        self.pages = QStackedWidget()
        self.pages.setObjectName("encryptionPages")
        self.pages.addWidget(scrolled(self._status_page(), "encryptionStatusScroll"))
        self.pages.addWidget(scrolled(self._turn_on_page(), "encryptionTurnOnScroll"))
        self.recovery = RecoveryKeyStep(lambda: self._actions.journal.parent, now)
        self.recovery.said.connect(self.say)
        self.recovery.encrypt_button.clicked.connect(self.encrypt)
        self.recovery.cancel_button.clicked.connect(self.back_to_status)
        self.pages.addWidget(scrolled(self.recovery, "encryptionRecoveryScroll"))
        self.pages.addWidget(scrolled(self._change_page(), "encryptionChangeScroll"))
        self.pages.addWidget(scrolled(self._off_page(), "encryptionOffScroll"))

        self.message_label = message_line("encryptionMessage")

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("encryptionClose")
        self.close_button.clicked.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.message_label)
        outer.addWidget(button_row(self.close_button, name="encryptionCloseRow"))

        # Ctrl+L locks from here too (the window's own shortcut is asleep under a dialog).
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_shortcut.activated.connect(self.lock)

        fit_to_screen(self, chars=90, lines=44)
        self.refresh()
        self.show_page(self.STATUS_PAGE)

    # --- the pages ----------------------------------------------------------------------------
    def _page(self, name: str, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName(name)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ScaledLabel(title, TextRole.TITLE))
        return page, layout

    def _gap(self, layout: QVBoxLayout) -> None:
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)

    def _status_page(self) -> QWidget:
        page, layout = self._page("encryptionStatusPage", self.tr("Passphrase and lock"))
        layout.addWidget(ScaledLabel(self.tr("Encryption"), TextRole.HEADING))
        self.status_label = plain_label()
        self.status_label.setObjectName("encryptionStatus")
        layout.addWidget(self.status_label)
        self.turn_on_button = QPushButton(self.tr("Turn &on encryption…"))
        self.turn_on_button.setObjectName("encryptionTurnOn")
        self.turn_on_button.clicked.connect(self.start_turn_on)
        self.change_button = QPushButton(self.tr("&Change passphrase…"))
        self.change_button.setObjectName("encryptionChange")
        self.change_button.clicked.connect(self.start_change)
        self.turn_off_button = QPushButton(self.tr("&Turn off encryption…"))
        self.turn_off_button.setObjectName("encryptionTurnOff")
        self.turn_off_button.clicked.connect(self.start_turn_off)
        layout.addWidget(
            button_row(
                self.turn_on_button,
                self.change_button,
                self.turn_off_button,
                name="encryptionButtons",
            )
        )

        self._gap(layout)
        layout.addWidget(ScaledLabel(self.tr("Lock"), TextRole.HEADING))
        self.lock_note = MutedLabel()
        self.lock_note.setObjectName("encryptionLockNote")
        layout.addWidget(self.lock_note)
        self.lock_box = ChoiceBox()
        self.lock_box.setObjectName("encryptionLockAfter")
        for minutes in LOCK_CHOICES:
            self.lock_box.addItem(self._lock_text(minutes), minutes or NEVER)
        self.lock_box.currentIndexChanged.connect(self._lock_chosen)
        lock_label = QLabel(self.tr("Lock &after"))
        lock_label.setBuddy(self.lock_box)
        layout.addWidget(lock_label)
        layout.addWidget(self.lock_box, 0, Qt.AlignmentFlag.AlignLeft)
        self.lock_now_button = QPushButton(self.tr("Lock &now"))
        self.lock_now_button.setObjectName("encryptionLockNow")
        self.lock_now_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_now_button.setAccessibleDescription(
            self.tr("Hides your journal until your passphrase is typed again. Ctrl+L does it too.")
        )
        self.lock_now_button.clicked.connect(self.lock)
        layout.addWidget(button_row(self.lock_now_button, name="encryptionLockButtons"))
        layout.addStretch(1)
        return page

    def _turn_on_page(self) -> QWidget:
        page, layout = self._page("encryptionTurnOnPage", self.tr("Turn on encryption"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Choose a passphrase. Your journal and every backup of it are then "
                    "encrypted: MBC Desktop asks for the passphrase when it starts and after "
                    "it locks, and no one can read them without it."
                )
            )
        )
        self.turn_on_hint = MutedLabel(
            fill(
                self.tr(
                    "A good passphrase is a few words that have nothing to do with each other: "
                    "easy for you to remember, hard for anyone else to guess. It needs at "
                    "least %1 characters."
                ),
                number(MIN_PASSPHRASE_LENGTH),
            )
        )
        self.turn_on_hint.setObjectName("encryptionHint")
        layout.addWidget(self.turn_on_hint)
        self.turn_on_form = PassphraseForm("encryptionTurnOnForm", current=False, new=True)
        self.continue_button = self._form_and_buttons(
            layout, self.turn_on_form, self.tr("&Continue"), "encryptionContinue", "TurnOn"
        )
        self.continue_button.clicked.connect(self.continue_turn_on)
        return page

    def _change_page(self) -> QWidget:
        page, layout = self._page("encryptionChangePage", self.tr("Change your passphrase"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Type the passphrase you use now (or your recovery key), then the new one "
                    "twice. Your recovery key stays the same."
                )
            )
        )
        self.change_form = PassphraseForm("encryptionChangeForm", current=True, new=True)
        self.change_now_button = self._form_and_buttons(
            layout, self.change_form, self.tr("&Change passphrase"), "encryptionChangeNow", "Change"
        )
        self.change_now_button.clicked.connect(self.change)
        return page

    def _off_page(self) -> QWidget:
        page, layout = self._page("encryptionOffPage", self.tr("Turn off encryption"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Your journal and its backups become plain files again: anyone who can "
                    "open your files on this computer, or a copy of them, can read them. Your "
                    "passphrase and recovery key are then no longer needed, and the journal "
                    "no longer locks."
                )
            )
        )
        self.off_form = PassphraseForm("encryptionOffForm", current=True, new=False)
        self.off_now_button = self._form_and_buttons(
            layout, self.off_form, self.tr("&Turn off encryption"), "encryptionTurnOffNow", "Off"
        )
        self.off_now_button.clicked.connect(self.turn_off)
        return page

    def _form_and_buttons(
        self, layout: QVBoxLayout, form: PassphraseForm, text: str, name: str, row: str
    ) -> QPushButton:
        """A step's passphrase form, then its button and Cancel in a row
        (``encryption<row>Row``); returns the button."""
        self._gap(layout)
        layout.addWidget(form)
        button = QPushButton(text)
        button.setObjectName(name)
        layout.addWidget(button_row(button, self._cancel_button(), name=f"encryption{row}Row"))
        layout.addStretch(1)
        return button

    def _cancel_button(self) -> QPushButton:
        button = QPushButton(self.tr("Cancel"))
        button.setObjectName("encryptionCancel")
        button.clicked.connect(self.back_to_status)
        return button

    # --- moving between pages -----------------------------------------------------------------
    def show_page(self, index: int) -> None:
        """Show one step, with the keyboard where the next key is wanted and Enter on its
        button."""
        self.pages.setCurrentIndex(index)
        self.close_button.setVisible(index == self.STATUS_PAGE)
        defaults = {
            self.TURN_ON_PAGE: self.continue_button,
            self.RECOVERY_PAGE: self.recovery.encrypt_button,
            self.CHANGE_PAGE: self.change_now_button,
            self.OFF_PAGE: self.off_now_button,
        }
        for button in self.findChildren(QPushButton):
            button.setDefault(button is defaults.get(index))
        if index == self.STATUS_PAGE:
            first = self.turn_on_button if not self.encrypted() else self.change_button
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif index == self.TURN_ON_PAGE:
            self.turn_on_form.focus_first()
        elif index == self.RECOVERY_PAGE:
            self.recovery.focus_start()
        elif index == self.CHANGE_PAGE:
            self.change_form.focus_first()
        elif index == self.OFF_PAGE:
            self.off_form.focus_first()

    def start_turn_on(self) -> None:
        self.message_label.hide()
        self.turn_on_form.clear()
        self.show_page(self.TURN_ON_PAGE)

    def start_change(self) -> None:
        self.message_label.hide()
        self.change_form.clear()
        self.show_page(self.CHANGE_PAGE)

    def start_turn_off(self) -> None:
        self.message_label.hide()
        self.off_form.clear()
        self.show_page(self.OFF_PAGE)

    def back_to_status(self) -> None:
        """Cancel: forget what was typed and the key made, change nothing."""
        self._forget()
        self.message_label.hide()
        self.show_page(self.STATUS_PAGE)

    def _forget(self) -> None:
        self._prepared = None
        self.recovery.forget()
        for form in (self.turn_on_form, self.change_form, self.off_form):
            form.clear()

    def reject(self) -> None:
        # Esc in a step goes back to the first page; on the first page, it closes.
        if self.pages.currentIndex() != self.STATUS_PAGE:
            self.back_to_status()
            return
        self._forget()
        super().reject()

    # --- what the first page says -------------------------------------------------------------
    def encrypted(self) -> bool:
        try:
            return self._actions.is_encrypted()
        except Exception:
            log.exception("Whether the journal is encrypted could not be read")
            return False

    def lock_minutes(self) -> int | None:
        """The lock time in force: the one chosen, while the journal is encrypted."""
        return self._settings.lock_after_minutes if self.encrypted() else None

    def refresh(self) -> None:
        """Say again whether the journal is encrypted, and offer what fits."""
        on = self.encrypted()
        if on:
            self.status_label.setText(
                self.tr(
                    "Encryption is on. Your journal and its backups open only with your "
                    "passphrase or your recovery key."
                )
            )
            self.lock_note.setText(
                self.tr(
                    "MBC Desktop locks your journal when you have not used it for a while, and "
                    "asks for your passphrase again. Your place is kept."
                )
            )
        else:
            self.status_label.setText(
                self.tr(
                    "Encryption is off. Anyone who can open your files on this computer, or a "
                    "copy of them, can read your journal. With a passphrase, no one can read "
                    "it without that passphrase."
                )
            )
            self.lock_note.setText(
                self.tr("The lock needs a passphrase: turn on encryption first.")
            )
        self.setAccessibleDescription(self.status_label.text())
        self.turn_on_button.setVisible(not on)
        self.change_button.setVisible(on)
        self.turn_off_button.setVisible(on)
        self.lock_box.setEnabled(on)
        self.lock_now_button.setEnabled(on)
        self.lock_shortcut.setEnabled(on)
        self._loading = True
        try:
            self._show_lock_choice(self._settings.lock_after_minutes if on else None)
        finally:
            self._loading = False

    def _lock_text(self, minutes: int | None) -> str:
        if minutes is None:
            return self.tr("Never")
        return fill(self.tr("%1 minutes of no use"), number(minutes))

    def _show_lock_choice(self, minutes: int | None) -> None:
        index = self.lock_box.findData(minutes or NEVER)
        if index < 0:  # a time set outside this dialog: shown as it is
            self.lock_box.addItem(self._lock_text(minutes), minutes)
            index = self.lock_box.count() - 1
        self.lock_box.setCurrentIndex(index)

    def _lock_chosen(self, _index: int) -> None:
        if self._loading:
            return
        minutes = int(self.lock_box.currentData() or NEVER) or None
        self._settings.lock_after_minutes = minutes
        self.lock_after_changed.emit(self.lock_minutes())

    def lock(self) -> None:
        """Lock now: the dialog closes, then the window locks."""
        if not self.encrypted():
            return
        self._forget()
        self.done(QDialog.DialogCode.Accepted)
        self._lock_now()

    # --- messages -----------------------------------------------------------------------------
    def say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()
        announce(self.message_label, message)

    def _problem(self, message: str) -> None:
        self.say("⚠ " + domain_message(message))

    def _failed(self, what: str) -> None:
        log.exception("Passphrase and lock: %s failed", what)
        self.say(
            "⚠ "
            + self.tr(
                "Something unexpected went wrong, so nothing was changed. Try again; if it "
                "happens again, the log in the data folder says why."
            )
        )

    def _wrong_text(self) -> str:
        return self.tr(
            "That passphrase or recovery key does not open your journal. Check it and try again."
        )

    # --- turning encryption on ----------------------------------------------------------------
    def continue_turn_on(self) -> PreparedEncryption | None:
        """Check the new passphrase, make the key for it, and show the recovery key."""
        if not self.turn_on_form.check():
            return None
        self.message_label.hide()
        try:
            with busy():
                prepared = self._actions.prepare(self.turn_on_form.new_text())
        except EncryptionProblem as problem:
            self._problem(problem.message)
            return None
        except Exception:
            self._failed("making the key")
            return None
        self._prepared = prepared
        self.turn_on_form.clear()  # not kept on screen any longer than needed
        self.recovery.show_key(prepared.recovery_key)
        self.show_page(self.RECOVERY_PAGE)
        return prepared

    def encrypt(self) -> bool:
        """Encrypt the journal with the key made, once the person said they kept it."""
        prepared = self._prepared
        if prepared is None or not self.recovery.kept():
            return False
        try:
            with busy():
                left = self._actions.turn_on(prepared) or []
        except EncryptionProblem as problem:
            self._problem(problem.message)
            return False
        except Exception:
            self._failed("encrypting")
            return False
        self._forget()
        if self._settings.lock_after_minutes is None:
            self._settings.lock_after_minutes = DEFAULT_LOCK_MINUTES
        self._after_change(True)
        self.say(
            fill(
                self.tr(
                    "Your journal is encrypted. From now on MBC Desktop asks for your "
                    "passphrase when it starts. It locks after %1; you can change that here."
                ),
                self.lock_box.currentText(),
            )
            + self._left_as_they_were(
                left,
                self.tr(
                    "These backups could not be encrypted (they may be damaged), so anyone who "
                    "opens them can read them: %1. Delete them if you do not need them."
                ),
            )
        )
        return True

    def _after_change(self, encrypted: bool) -> None:
        self.refresh()
        self.show_page(self.STATUS_PAGE)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.encryption_changed.emit(encrypted)
        self.lock_after_changed.emit(self.lock_minutes())

    # --- changing the passphrase, turning encryption off -------------------------------------
    def change(self) -> bool:
        form = self.change_form
        if not form.check():
            return False
        self.message_label.hide()
        try:
            with busy():
                self._actions.change_passphrase(form.current_text(), form.new_text())
        except WrongSecret:
            form.show_wrong(self._wrong_text())
            return False
        except EncryptionProblem as problem:
            self._problem(problem.message)
            return False
        except Exception:
            self._failed("changing the passphrase")
            return False
        self._forget()
        self.show_page(self.STATUS_PAGE)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.say(self.tr("Your passphrase is changed. Your recovery key stays the same."))
        return True

    def turn_off(self) -> bool:
        form = self.off_form
        if not form.check():
            return False
        self.message_label.hide()
        try:
            with busy():
                left = self._actions.turn_off(form.current_text()) or []
        except WrongSecret:
            form.show_wrong(self._wrong_text())
            return False
        except EncryptionProblem as problem:
            self._problem(problem.message)
            return False
        except Exception:
            self._failed("turning encryption off")
            return False
        self._forget()
        self._after_change(False)
        self.say(
            self.tr(
                "Encryption is off. Your journal and its backups are plain files again, and "
                "MBC Desktop no longer asks for a passphrase."
            )
            + self._left_as_they_were(
                left,
                self.tr(
                    "These backups could not be read back, so they stay encrypted: %1. Your "
                    "passphrase or recovery key still opens them."
                ),
            )
        )
        return True

    @staticmethod
    def _left_as_they_were(files: "list[Path]", sentence: str) -> str:
        """``sentence`` naming ``files``, or nothing when there are none."""
        if not files:
            return ""
        return " " + fill(sentence, ", ".join(path.name for path in files))
