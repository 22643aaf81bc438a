"""The recovery-key step of turning encryption on: the key shown large, Print…, Save as PDF…
and Copy, what the key is for, and "I have kept my recovery key somewhere safe", which must be
ticked before "Encrypt my journal" does anything."""

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QPushButton, QVBoxLayout, QWidget

from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel, plain_label
from mbc_desktop.ui.security.parts import KeyLabel, button_row
from mbc_desktop.ui.security.recovery_sheet import print_sheet, write_sheet_pdf
from mbc_desktop.words.texts import fill

log = logging.getLogger(__name__)


class RecoveryKeyStep(QWidget):
    """Shows ``key`` (``show_key``) until ``forget``. ``said`` carries what was done (or why
    not) for the dialog's message line; ``encrypt_button`` and ``cancel_button`` are the
    dialog's to connect."""

    said = Signal(str)

    def __init__(
        self,
        folder: Callable[[], Path],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._now = now
        self._key = ""
        self.setObjectName("encryptionRecoveryPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        gap = self.fontMetrics().lineSpacing() // 2
        layout.addWidget(ScaledLabel(self.tr("Your recovery key"), TextRole.TITLE))
        layout.addWidget(
            plain_label(
                self.tr(
                    "If you forget your passphrase, this recovery key opens your journal and "
                    "every backup of it. Print it or save it, and keep it somewhere safe, apart "
                    "from the computer, such as with your important papers."
                )
            )
        )
        layout.addSpacing(gap)
        self.key_label = KeyLabel()
        self.key_label.setObjectName("encryptionRecoveryKey")
        self.key_label.setAccessibleName(self.tr("Your recovery key"))
        layout.addWidget(self.key_label)
        layout.addSpacing(gap)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("encryptionPrintKey")
        self.print_button.clicked.connect(self.print_key)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("encryptionSaveKey")
        self.pdf_button.clicked.connect(self.save_key)
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setObjectName("encryptionCopyKey")
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy_key)
        layout.addWidget(
            button_row(
                self.print_button, self.pdf_button, self.copy_button, name="encryptionKeyButtons"
            )
        )
        layout.addSpacing(gap)
        self.key_warning = plain_label(
            self.tr(
                "Without your passphrase or this key, no one can open your journal: not you, "
                "and not the makers of MBC Desktop. The key is shown only now."
            )
        )
        self.key_warning.setObjectName("encryptionKeyWarning")
        layout.addWidget(self.key_warning)
        self.kept_check = QCheckBox(self.tr("I have &kept my recovery key somewhere safe"))
        self.kept_check.setObjectName("encryptionKept")
        self.kept_check.toggled.connect(self._follow_kept)
        layout.addWidget(self.kept_check)
        self.encrypt_button = QPushButton(self.tr("Encrypt my &journal"))
        self.encrypt_button.setObjectName("encryptionEncrypt")
        self.encrypt_button.setEnabled(False)
        self.encrypt_button.setAccessibleDescription(
            self.tr("Tick “I have kept my recovery key somewhere safe” first.")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("encryptionCancel")
        layout.addWidget(
            button_row(self.encrypt_button, self.cancel_button, name="encryptionEncryptRow")
        )
        layout.addStretch(1)

    @property
    def key(self) -> str:
        return self._key

    def show_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(key)
        self.key_label.setAccessibleDescription(key)
        self.kept_check.setChecked(False)
        self._follow_kept()

    def forget(self) -> None:
        # A copied key does not outlive the step on the clipboard (a clipboard manager may
        # have kept it already: the step says to paste it somewhere safe at once).
        clipboard = QGuiApplication.clipboard()
        if self._key and clipboard.text() == self._key:
            clipboard.clear()
        self._key = ""
        self.key_label.clear()
        self.key_label.setAccessibleDescription("")
        self.kept_check.setChecked(False)
        self._follow_kept()

    def kept(self) -> bool:
        return bool(self._key) and self.kept_check.isChecked()

    def _follow_kept(self) -> None:
        self.encrypt_button.setEnabled(self.kept())

    def focus_start(self) -> None:
        # The key first: a screen reader reads it, Ctrl+C copies it, Tab goes on to Print.
        self.key_label.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keeping it -------------------------------------------------------------------------
    def _failed(self, what: str) -> None:
        log.exception("Recovery key: %s failed", what)
        self.said.emit(
            "⚠ "
            + self.tr(
                "Something unexpected went wrong, so this was not done. Try again; if it "
                "happens again, the log in the data folder says why."
            )
        )

    def print_key(self) -> bool:
        """Ask which printer, then print the recovery sheet; True if it was sent."""
        if not self._key:
            return False
        try:
            sent = print_sheet(self, self._key, self._folder(), self._now())
        except Exception:
            self._failed("printing")
            return False
        if sent:
            self.said.emit(self.tr("Sent to the printer."))
        return sent

    def suggested_path(self) -> Path:
        return Path.home() / self.tr("mbc-desktop-recovery-key.pdf")

    def save_key(self) -> Path | None:
        """Ask where, then save the recovery sheet as a PDF."""
        if not self._key:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your recovery key as PDF"),
            str(self.suggested_path()),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        return self.save_key_to(Path(chosen))

    def save_key_to(self, chosen: Path) -> Path | None:
        """Save the recovery sheet at ``chosen`` (".pdf" added if missing), owner-only."""
        if not self._key:
            return None
        path = chosen
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_sheet_pdf(path, self._key, self._folder(), self._now())
        except OSError as error:
            log.warning("Recovery sheet not saved: %s", type(error).__name__)
            self.said.emit(
                "⚠ "
                + fill(
                    self.tr(
                        "The recovery key was not saved in %1: the folder can't be written "
                        "to, or the disk is full or not connected. Choose another place."
                    ),
                    str(path.parent),
                )
            )
            return None
        except Exception:
            self._failed("saving")
            return None
        self.said.emit(
            fill(
                self.tr(
                    "Saved to %1. Anyone who can open that file can open your journal: move it "
                    "somewhere safe, such as a USB stick you keep apart from the computer."
                ),
                str(path),
            )
        )
        return path

    def copy_key(self) -> str | None:
        if not self._key:
            return None
        QGuiApplication.clipboard().setText(self._key)
        self.said.emit(
            self.tr("Copied. Paste it where you keep things safe, such as a password manager.")
        )
        return self._key
