"""The page the main window shows instead of the areas when the journal file is damaged, found
at start-up or while in use: what happened in plain words, the newest good backup to restore,
a rescue of what can still be read into a new file, and where the damaged file is.

Nothing here writes to the damaged file: a restore puts a good copy in its place and keeps
the damaged one in the backups folder; a rescue only reads it.
"""

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    MutedLabel,
    ScaledLabel,
    announce,
    plain_label,
    reveal,
)
from mbc_desktop.ui.data.actions import BackupEntry, DataProblem, Rescued, RestoreActions
from mbc_desktop.ui.data.dialog import utc_now
from mbc_desktop.ui.data.parts import busy, button_row, path_label, scrolled
from mbc_desktop.ui.data.words import DataWords
from mbc_desktop.words.i18n import domain_message
from mbc_desktop.words.texts import fill

log = logging.getLogger(__name__)

# The storage's salvage counts, in the order a person thinks of them.
RESCUED_ORDER = (
    "questions",
    "appointments",
    "symptoms",
    "check_ins",
    "scores",
    "medications",
    "dose_steps",
    "answers",
)


class DamagedJournalPage(QWidget):
    """What to do about a damaged journal: restore ``good_backup`` (the newest backup that
    passes its check, or None), choose another backup file, or rescue what can be read.

    ``reopen`` is called once a backup or the rescued journal is in place. ``restored`` says,
    just before, what was done (a sentence the window may show once the journal is open).
    """

    restored = Signal(str)

    def __init__(
        self,
        actions: RestoreActions,
        good_backup: BackupEntry | None,
        reopen: Callable[[], None],
        *,
        while_running: bool = False,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._good = good_backup
        self._reopen = reopen
        self._open_url = open_url
        self._now = now
        self._words = DataWords(self)
        self.rescued: Rescued | None = None
        self.setObjectName("damagedJournalPage")
        self._revealing: QWidget | None = None
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(0)
        self._reveal_timer.timeout.connect(self._reveal_now)

        form = QWidget()
        form.setObjectName("damagedForm")
        layout = QVBoxLayout(form)
        self.title = ScaledLabel(self.tr("Your journal file is damaged"), TextRole.TITLE)
        layout.addWidget(self.title)
        if while_running:
            what = self.tr(
                "Your journal file turned out to be damaged while you were using it. MBC "
                "Desktop stopped saving to it at once, so your last change may not be saved; "
                "it has not changed the file since."
            )
        else:
            what = self.tr(
                "MBC Desktop found the damage when it started, so it did not open the file. It "
                "has not changed it, and will not write to it."
            )
        self.explanation = plain_label(
            what
            + " "
            + self.tr(
                "You can put back the newest backup, or rescue what can still be read into a "
                "new journal. Either way the damaged file is kept."
            )
        )
        self.explanation.setObjectName("damagedExplanation")
        layout.addWidget(self.explanation)

        # --- a backup --------------------------------------------------------------------
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(ScaledLabel(self.tr("Restore a backup"), TextRole.HEADING))
        self.backup_label = plain_label()
        self.backup_label.setObjectName("damagedBackup")
        layout.addWidget(self.backup_label)
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setObjectName("damagedRestore")
        self.restore_button.clicked.connect(self.restore_good_backup)
        self.choose_button = QPushButton(self.tr("&Choose a backup file…"))
        self.choose_button.setObjectName("damagedChooseBackup")
        self.choose_button.setAccessibleDescription(
            self.tr("Restore another backup, such as one on a USB stick.")
        )
        self.choose_button.clicked.connect(self.choose_backup)
        layout.addWidget(
            button_row(self.restore_button, self.choose_button, name="damagedBackupButtons")
        )
        if good_backup is not None:
            self.backup_label.setText(
                fill(
                    self.tr(
                        "The newest backup that passes its check is from %1 (%2, %3). "
                        "Restoring it puts your journal back as it was then; what you added "
                        "after that is not in it."
                    ),
                    self._words.when_in_sentence(good_backup.made_at, now()),
                    self._words.why(good_backup.reason),
                    self._words.size(good_backup.size),
                )
            )
            self.restore_button.setAccessibleDescription(self.backup_label.text())
        else:
            self.backup_label.setText(
                self.tr(
                    "No backup that passes its check was found next to your journal. If you "
                    "keep backups somewhere else, such as on a USB stick, choose one."
                )
            )
            self.restore_button.hide()

        # --- a rescue --------------------------------------------------------------------
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(ScaledLabel(self.tr("Rescue what can be read"), TextRole.HEADING))
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "MBC Desktop copies every entry it can still read into a new journal file, "
                    "then tells you how many of each kind it found. The damaged file is only "
                    "read. Entries on the damaged parts of the file are lost."
                )
            )
        )
        self.rescue_button = QPushButton(self.tr("Try to re&scue what can be read"))
        self.rescue_button.setObjectName("damagedRescue")
        self.rescue_button.clicked.connect(self.rescue)
        self.rescue_result = plain_label()
        self.rescue_result.setObjectName("damagedRescueResult")
        self.rescue_result.hide()
        self.use_rescued_button = QPushButton(self.tr("&Use the rescued journal"))
        self.use_rescued_button.setObjectName("damagedUseRescued")
        self.use_rescued_button.clicked.connect(self.use_rescued)
        self.use_rescued_button.hide()
        layout.addWidget(button_row(self.rescue_button, name="damagedRescueButtons"))
        layout.addWidget(self.rescue_result)
        layout.addWidget(button_row(self.use_rescued_button, name="damagedUseButtons"))

        # --- where the file is -----------------------------------------------------------
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(ScaledLabel(self.tr("Where the damaged file is"), TextRole.HEADING))
        self.path_label = path_label(actions.journal, "damagedPath")
        self.path_label.setAccessibleName(self.tr("The damaged journal file"))
        self.path_label.setAccessibleDescription(str(actions.journal))
        layout.addWidget(self.path_label)
        self.copy_button = QPushButton(self.tr("Co&py the path"))
        self.copy_button.setObjectName("damagedCopyPath")
        self.copy_button.clicked.connect(self.copy_path)
        self.open_button = QPushButton(self.tr("&Open the folder"))
        self.open_button.setObjectName("damagedOpenFolder")
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(button_row(self.copy_button, self.open_button, name="damagedFileButtons"))
        layout.addStretch(1)

        # What was done, or why not: one sentence, announced.
        self.message_label = plain_label()
        self.message_label.setObjectName("damagedMessage")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(form, "damagedScroll"), 1)
        outer.addWidget(self.message_label)

    # --- the window asks ------------------------------------------------------------------------
    def focus_start(self) -> None:
        """The keyboard starts on the first thing to do: restore, or else rescue."""
        first = self.restore_button if self._good is not None else self.rescue_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal_soon(first)

    def _reveal_soon(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view once the layout has settled (focus moved from code
        does not scroll). The page's own timer: it dies with the page, where a zero-time
        single shot could still run while the page is being deleted."""
        self._revealing = widget
        self._reveal_timer.start()

    def _reveal_now(self) -> None:
        if self._revealing is not None:
            reveal(self._revealing)

    def say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()
        announce(self.message_label, message)

    def _failed(self, what: str) -> None:
        log.exception("Damaged journal: %s failed", what)
        self.say(
            "⚠ "
            + self.tr(
                "Something unexpected went wrong, so this was not done; the damaged file was "
                "left as it is. The log in the data folder says why."
            )
        )

    # --- restoring --------------------------------------------------------------------------
    def restore_good_backup(self) -> bool:
        if self._good is None:
            return False
        return self.restore(
            self._good.path,
            fill(
                self.tr("The backup from %1 is restored."),
                self._words.when_in_sentence(self._good.made_at, self._now()),
            ),
        )

    def choose_backup(self) -> bool:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(self._actions.backup_folder),
            self.tr("MBC Desktop backups (*.sqlite);;All files (*)"),
        )
        if not chosen:
            return False
        return self.restore(Path(chosen), fill(self.tr("The backup %1 is restored."), chosen))

    def use_rescued(self) -> bool:
        if self.rescued is None:
            return False
        return self.restore(self.rescued.path, self.tr("The rescued journal is in use."))

    def restore(self, backup: Path, done_text: str) -> bool:
        """Put ``backup`` in place of the damaged journal, then have the app open it. On a
        problem, say why and stay (the damaged file is as it was)."""
        try:
            with busy():
                aside = self._actions.restore(backup)
        except DataProblem as problem:
            self.say("⚠ " + domain_message(problem.message))
            return False
        except Exception:
            self._failed("restoring")
            return False
        message = done_text
        if aside is not None:
            message += " " + fill(
                self.tr("The damaged file is kept in the backups folder as %1."), aside.path.name
            )
        self.say(message)
        self.restored.emit(message)
        try:
            self._reopen()
        except Exception:
            log.exception("The journal could not be opened after it was restored")
        return True

    # --- rescuing ---------------------------------------------------------------------------
    def rescue(self) -> Rescued | None:
        """Copy what can be read into a new file and say how many of each kind were found."""
        try:
            with busy():
                rescued = self._actions.salvage()
        except DataProblem as problem:
            self.say("⚠ " + domain_message(problem.message))
            return None
        except Exception:
            self._failed("rescuing")
            return None
        self.rescued = rescued
        found = [
            (kind, count) for kind in RESCUED_ORDER if (count := rescued.counts.get(kind, 0))
        ] + [
            (kind, count)
            for kind, count in rescued.counts.items()
            if kind not in RESCUED_ORDER and count
        ]
        lines = [fill(self.tr("Rescued into a new file, %1. It holds:"), rescued.path.name)]
        lines += ["• " + self._words.rescued_kind(kind, count) for kind, count in found]
        if not found:
            lines = [self.tr("The new file holds no entries: nothing could be read.")]
        else:
            lines.append(
                self.tr(
                    "Use it if that is what you expected; the damaged file is then kept in the "
                    "backups folder. Or restore a backup instead."
                )
            )
        self.rescue_result.setText("\n".join(lines))
        self.rescue_result.show()
        self.use_rescued_button.setVisible(bool(found))
        self.use_rescued_button.setAccessibleDescription(self.rescue_result.text())
        self.message_label.hide()
        announce(self.rescue_result, self.rescue_result.text())
        next_step = self.use_rescued_button if found else self.rescue_button
        next_step.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal_soon(next_step)
        return rescued

    # --- the file ---------------------------------------------------------------------------
    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self._actions.journal))
        self.say(self.tr("The path is copied. Paste it where you need it."))

    def open_folder(self) -> None:
        folder = self._actions.journal.parent
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self.say(
                fill(
                    self.tr("No file manager could be opened. The folder is %1"),
                    str(folder),
                )
            )
