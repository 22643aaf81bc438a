"""The page the main window shows instead of the areas while the journal is locked: at start-up
when the journal is encrypted, and after a lock (Ctrl+L or the idle time).

One field takes the passphrase or the recovery key. A wrong one gets a message beside the
field and nothing else changes; after three wrong tries in a row each next try waits a little
(5 s, then 10, 20, 40, at most 60), so that guessing by hand is slow (the passphrase is also
stretched on purpose, so guessing by program is slow too).
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    FieldMessage,
    MutedLabel,
    ScaledLabel,
    announce,
    plain_label,
)
from mbc_desktop.ui.security.actions import EncryptionProblem, UnlockActions, WrongSecret
from mbc_desktop.ui.security.parts import (
    CapsLockGuess,
    busy,
    button_row,
    passphrase_field,
    scrolled,
    show_typing,
)
from mbc_desktop.words.i18n import domain_message, number
from mbc_desktop.words.texts import fill

log = logging.getLogger(__name__)


class UnlockPage(QWidget):
    """Type the passphrase (or the recovery key) to open the journal; ``on_unlocked`` is
    called once ``actions.unlock`` has opened it."""

    FREE_TRIES = 3  # wrong tries in a row before the first wait
    RETRY_BASE_MS = 5_000  # the first wait; each further wrong try doubles it…
    RETRY_MAX_MS = 60_000  # …up to this
    TICK_MS = 1_000  # the countdown's step
    COLUMN_CHARS = 64  # the page's column, in characters of its text

    def __init__(
        self,
        actions: UnlockActions,
        on_unlocked: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._on_unlocked = on_unlocked
        self.wrong_in_a_row = 0
        self.setObjectName("unlockPage")

        self.column = QWidget()
        self.column.setObjectName("unlockColumn")
        layout = QVBoxLayout(self.column)
        self.title = ScaledLabel(self.tr("Your journal is locked"), TextRole.TITLE)
        self.title.setObjectName("unlockTitle")
        layout.addWidget(self.title)
        self.explanation = plain_label(
            self.tr(
                "Your journal is encrypted, so no one can read it without your passphrase. "
                "Type your passphrase to open it."
            )
        )
        self.explanation.setObjectName("unlockExplanation")
        layout.addWidget(self.explanation)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)

        self.field = passphrase_field("unlockPassphrase")
        self.field.setAccessibleName(self.tr("Passphrase or recovery key"))
        self._description = self.tr(
            "Type your passphrase. If you forgot it, type your recovery key instead."
        )
        self.field.setAccessibleDescription(self._description)
        field_label = QLabel(self.tr("&Passphrase"))
        field_label.setObjectName("unlockPassphraseLabel")
        field_label.setBuddy(self.field)
        # Beside the field while the guess says Caps Lock is on; words, not a colour or an
        # icon. Its room is kept while hidden, so the field does not jump.
        self.caps_label = QLabel(self.tr("Caps Lock is on"))
        self.caps_label.setObjectName("unlockCapsLock")
        self.caps_label.setTextFormat(Qt.TextFormat.PlainText)
        keep = self.caps_label.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.caps_label.setSizePolicy(keep)
        self.caps_label.hide()
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.caps_label)
        self.message = FieldMessage(self.field, lines=2)
        layout.addWidget(field_label)
        layout.addLayout(field_row)
        layout.addWidget(self.message)
        self.recovery_hint = MutedLabel(self.tr("Forgot it? Type your recovery key instead."))
        self.recovery_hint.setObjectName("unlockRecoveryHint")
        layout.addWidget(self.recovery_hint)

        self.show_check = QCheckBox(self.tr("&Show passphrase"))
        self.show_check.setObjectName("unlockShow")
        self.show_check.toggled.connect(lambda on: show_typing((self.field,), on))
        layout.addWidget(self.show_check)

        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.wait_label = QLabel(" ")
        self.wait_label.setObjectName("unlockWait")
        self.wait_label.setTextFormat(Qt.TextFormat.PlainText)
        keep = self.wait_label.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the page does not move when it comes and goes
        self.wait_label.setSizePolicy(keep)
        self.wait_label.hide()
        layout.addWidget(button_row(self.unlock_button, name="unlockButtons"))
        layout.addWidget(self.wait_label)

        self.caps = CapsLockGuess(self)
        self.caps.watch(self.field)
        self.caps.changed.connect(self._caps_changed)
        self.field.returnPressed.connect(self.unlock)
        self.field.textEdited.connect(self._typed)

        # The wait after wrong tries: one timer for its end, one for the countdown's steps.
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.setTimerType(Qt.TimerType.PreciseTimer)  # the countdown reads it
        self._wait_timer.timeout.connect(self._wait_over)
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self._show_countdown)

        # The column keeps to a readable width, in the middle of the page.
        holder = QWidget()
        holder.setObjectName("unlockForm")
        centred = QHBoxLayout(holder)
        centred.addStretch(1)
        centred.addWidget(self.column, 100)
        centred.addStretch(1)
        self.column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._fit_column()
        # A little below the top, as a question asked, not a form to fill in.
        placed = QWidget()
        placed.setObjectName("unlockPlaced")
        upright = QVBoxLayout(placed)
        upright.addStretch(1)
        upright.addWidget(holder)
        upright.addStretch(3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(placed, "unlockScroll"), 1)

    # --- the window asks ------------------------------------------------------------------------
    def explain_key_file_lost(self) -> None:
        """The journal looks encrypted, but its key file (journal.key) is not beside it: only
        the recovery key can open it now."""
        self.explanation.setText(
            self.tr(
                "Your journal file cannot be read as it is. If you encrypted it, the file that "
                "holds its key (journal.key) is missing: type your recovery key to open it. If "
                "you never encrypted it, the file may be damaged: the mbc-desktop restore "
                "command can put a backup in its place (see the user guide)."
            )
        )

    def focus_start(self) -> None:
        """The keyboard starts in the field, ready to type."""
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_start()
        # Shown inside a window that is being shown too: once more when that has settled.
        QTimer.singleShot(0, self, self.focus_start)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()
        super().changeEvent(event)

    def _fit_column(self) -> None:
        self.column.setMaximumWidth(self.fontMetrics().averageCharWidth() * self.COLUMN_CHARS)

    # --- typing -----------------------------------------------------------------------------
    def _caps_changed(self, on: bool) -> None:
        self.caps_label.setVisible(on)
        if on:
            announce(self.field, self.caps_label.text())

    def _typed(self, _text: str) -> None:
        # A new try is being typed: the old message has said what it had to.
        if self.message.has_message():
            self._clear_message()

    def _clear_message(self) -> None:
        self.message.clear_message()
        self.field.setAccessibleDescription(self._description)

    def _say(self, message: str) -> None:
        self.message.show_message(message)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    # --- unlocking --------------------------------------------------------------------------
    def unlock(self) -> bool:
        """Try what is typed; True once the journal is open (``on_unlocked`` was called)."""
        if self.waiting():
            announce(self.wait_label, self.wait_label.text())
            return False
        secret = self.field.text()
        if not secret:
            self._say(self.tr("Type your passphrase or your recovery key."))
            return False
        try:
            with busy():
                self._actions.unlock(secret)
        except WrongSecret:
            self._wrong()
            return False
        except EncryptionProblem as problem:
            self._say(domain_message(problem.message))
            return False
        except Exception:
            log.exception("Unlocking failed")
            self._say(
                self.tr(
                    "Something unexpected went wrong, and your journal was not opened. Try "
                    "again; if it happens again, the log in the data folder says why."
                )
            )
            return False
        finally:
            del secret  # as far as Python lets us: no reference left here
        self.wrong_in_a_row = 0
        self.field.clear()
        self.show_check.setChecked(False)
        self._clear_message()
        self._on_unlocked()
        return True

    def _wrong(self) -> None:
        self.wrong_in_a_row += 1
        self._say(
            self.tr(
                "That passphrase or recovery key does not open your journal. Check it and "
                "try again."
            )
        )
        delay = self.retry_delay_ms(self.wrong_in_a_row)
        if delay:
            self._start_wait(delay)

    def retry_delay_ms(self, wrong_in_a_row: int) -> int:
        """How long the next try waits after ``wrong_in_a_row`` wrong tries: nothing for the
        first few, then RETRY_BASE_MS, doubling each time, at most RETRY_MAX_MS."""
        if wrong_in_a_row < self.FREE_TRIES:
            return 0
        delay = self.RETRY_BASE_MS * 2 ** (wrong_in_a_row - self.FREE_TRIES)
        return int(min(delay, self.RETRY_MAX_MS))

    # --- the wait ---------------------------------------------------------------------------
    def waiting(self) -> bool:
        return self._wait_timer.isActive()

    def _start_wait(self, delay_ms: int) -> None:
        self.unlock_button.setEnabled(False)
        self._wait_timer.start(delay_ms)
        self._tick_timer.start(min(self.TICK_MS, delay_ms))
        self._show_countdown()
        self.wait_label.show()
        announce(self.wait_label, self.wait_label.text())

    def _show_countdown(self) -> None:
        remaining = max(self._wait_timer.remainingTime(), 0)
        seconds = max(1, -(-remaining // 1000))  # rounded up: never "0 s" while waiting
        self.wait_label.setText(fill(self.tr("Try again in %1 s"), number(seconds)))

    def _wait_over(self) -> None:
        self._tick_timer.stop()
        self.wait_label.hide()
        self.unlock_button.setEnabled(True)
