"""File › Your data…: where the journal is, its backups (back up now, back up to another
folder, restore one), and export and import.

A restore is the one place that asks first: it replaces the whole journal, and its undo is
"restore the backup made just before", which the confirmation and the message after it say.
An import shows what the file holds first (a page of its own), then merges or replaces.
"""

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain.exchange import KINDS
from mbc_desktop.services.exchange import ExportProblem, ImportPreview, ImportProblem
from mbc_desktop.ui.common.dialog_parts import message_line
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    KeysDo,
    MutedLabel,
    ScaledLabel,
    announce,
    fit_to_screen,
    plain_label,
)
from mbc_desktop.ui.data.actions import BackupEntry, DataActions, DataProblem
from mbc_desktop.ui.data.parts import busy, button_row, path_label, scrolled, with_suffix
from mbc_desktop.ui.data.words import DAMAGED, DataWords, kinds_in_order, local
from mbc_desktop.words.dates import clock_time, long_date
from mbc_desktop.words.i18n import domain_message
from mbc_desktop.words.texts import fill

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole


def utc_now() -> datetime:
    return datetime.now(UTC)


class DataDialog(QDialog):
    """Your data: the journal's place, its backups, export and import.

    ``reopen`` is called after every restore (the journal was closed for it, restored or
    not): the app opens the journal again and rebuilds its areas. ``actions`` must keep
    working across that (it reaches the journal open at the time of each call).
    """

    MAIN_PAGE, IMPORT_PAGE = 0, 1

    def __init__(
        self,
        actions: DataActions,
        reopen: Callable[[], None],
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        now: Callable[[], datetime] = utc_now,
        encrypted: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        # Whether the journal is encrypted: then the exports (JSON, CSV) carry a note that
        # they will not be; backups stay encrypted, so they need none. None: no note.
        self._encrypted = encrypted
        self._reopen = reopen
        self._open_url = open_url
        self._now = now
        self._words = DataWords(self)
        self._preview: ImportPreview | None = None
        self.entries: Sequence[BackupEntry] = []
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("dataDialog")
        self.setWindowTitle(self.tr("Your data"))

        self.pages = QStackedWidget()
        self.pages.setObjectName("dataPages")
        self.pages.addWidget(scrolled(self._main_page(), "dataMainScroll"))
        self.pages.addWidget(scrolled(self._import_page(), "dataImportScroll"))

        self.message_label = message_line("dataMessage")

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("dataClose")
        self.close_button.clicked.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.message_label)
        outer.addWidget(button_row(self.close_button, name="dataCloseRow"))

        self.refresh()
        self.pages.setCurrentIndex(self.MAIN_PAGE)
        fit_to_screen(self, chars=100, lines=54)
        self.backup_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the pages ----------------------------------------------------------------------------
    def _main_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("dataMainPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ScaledLabel(self.tr("Your data"), TextRole.TITLE))

        layout.addWidget(ScaledLabel(self.tr("Your journal"), TextRole.HEADING))
        layout.addWidget(
            plain_label(self.tr("Everything you keep in MBC Desktop is in this file:"))
        )
        self.journal_label = path_label(self._actions.journal, "dataJournalPath")
        self.journal_label.setAccessibleName(self.tr("Your journal file"))
        self.journal_label.setAccessibleDescription(str(self._actions.journal))
        layout.addWidget(self.journal_label)
        self.open_button = QPushButton(self.tr("&Open the folder"))
        self.open_button.setObjectName("dataOpenFolder")
        self.open_button.setAccessibleDescription(
            self.tr("Shows the folder with your journal and its backups in the file manager.")
        )
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(button_row(self.open_button, name="dataFolderRow"))

        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(ScaledLabel(self.tr("Backups"), TextRole.HEADING))
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "MBC Desktop backs up your journal by itself: every 30 minutes while you "
                    "make changes, when you close it, and before an update, an import or a "
                    "restore. Older automatic backups are thinned out: the newest 10 stay, then "
                    "one a day for two weeks, one a week for two months and one a month for a "
                    "year."
                )
            )
        )
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("dataBackups")
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.setUniformItemSizes(True)
        self.backup_list.setWordWrap(False)
        self.backup_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.backup_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.backup_list.currentRowChanged.connect(self._follow_selection)
        # Enter on a backup asks to restore it (it never makes the dialog do something else).
        self._enter = KeysDo({Qt.Key.Key_Return, Qt.Key.Key_Enter}, self._enter_on_row, self)
        self.backup_list.installEventFilter(self._enter)
        list_label = QLabel(self.tr("&Backups, newest first"))
        list_label.setBuddy(self.backup_list)
        layout.addWidget(list_label)
        layout.addWidget(self.backup_list, 1)
        self.empty_label = MutedLabel(
            self.tr("There are no backups yet. Back up now makes the first one.")
        )
        self.empty_label.setObjectName("dataNoBackups")
        layout.addWidget(self.empty_label)

        self.back_up_button = QPushButton(self.tr("Back up &now"))
        self.back_up_button.setObjectName("dataBackUpNow")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.back_up_to_button = QPushButton(self.tr("Back up &to…"))
        self.back_up_to_button.setObjectName("dataBackUpTo")
        self.back_up_to_button.setAccessibleDescription(
            self.tr("A backup in a folder you choose, such as on a USB stick.")
        )
        self.back_up_to_button.clicked.connect(self.back_up_to)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("dataRestore")
        self.restore_button.setAccessibleName(self.tr("Restore the backup picked in the list"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a fi&le…"))
        self.restore_file_button.setObjectName("dataRestoreFile")
        self.restore_file_button.setAccessibleDescription(
            self.tr("Restore a backup kept somewhere else, such as on a USB stick.")
        )
        self.restore_file_button.clicked.connect(self.restore_from_file)
        layout.addWidget(
            button_row(
                self.back_up_button,
                self.back_up_to_button,
                self.restore_button,
                self.restore_file_button,
                name="dataBackupButtons",
            )
        )

        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(ScaledLabel(self.tr("Export and import"), TextRole.HEADING))
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "An export is your whole journal in one file that other programs can read, "
                    "and that MBC Desktop on another computer can import. Anyone with the file "
                    "can read it: keep it somewhere private."
                )
            )
        )
        self.export_button = QPushButton(self.tr("E&xport everything…"))
        self.export_button.setObjectName("dataExport")
        self.export_button.setAccessibleDescription(
            self.tr("Saves your whole journal as a JSON file.")
        )
        self.export_button.clicked.connect(self.export_json)
        self.csv_button = QPushButton(self.tr("Export s&ymptoms (CSV)…"))
        self.csv_button.setObjectName("dataExportCsv")
        self.csv_button.setAccessibleDescription(
            self.tr("Saves every symptom score as a table that spreadsheets open.")
        )
        self.csv_button.clicked.connect(self.export_csv)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("dataImport")
        self.import_button.setAccessibleDescription(
            self.tr("Shows what a file exported by MBC Desktop holds, then imports it.")
        )
        self.import_button.clicked.connect(self.choose_import)
        self.plain_note = plain_label(
            "⚠ " + self.tr("This file will not be encrypted: anyone who can open it can read it.")
        )
        self.plain_note.setObjectName("dataNotEncrypted")
        if self._encrypted is not None and self._encrypted():
            plain = self.plain_note.text().removeprefix("⚠ ")
            for button in (self.export_button, self.csv_button):
                button.setAccessibleDescription(f"{button.accessibleDescription()} {plain}")
        else:
            self.plain_note.hide()
        layout.addWidget(self.plain_note)
        layout.addWidget(
            button_row(
                self.export_button, self.csv_button, self.import_button, name="dataExchangeButtons"
            )
        )
        return page

    def _import_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("dataImportPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ScaledLabel(self.tr("Import from a file"), TextRole.TITLE))
        self.import_file_label = plain_label()
        self.import_file_label.setObjectName("dataImportFile")
        layout.addWidget(self.import_file_label)
        self.import_made_label = plain_label()
        self.import_made_label.setObjectName("dataImportMade")
        layout.addWidget(self.import_made_label)
        self.import_counts_label = plain_label()
        self.import_counts_label.setObjectName("dataImportCounts")
        layout.addWidget(self.import_counts_label)

        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(ScaledLabel(self.tr("How to import it"), TextRole.HEADING))
        merge_text = self.tr(
            "The file's entries are added to your journal. Nothing in your journal is removed "
            "or changed, and entries that are in both are not added twice."
        )
        replace_text = self.tr(
            "Your journal's entries are all removed, and the file's take their place: your "
            "journal becomes the one in the file. For moving your journal to this computer."
        )
        self.merge_radio = QRadioButton(self.tr("&Add the file's entries to your journal (merge)"))
        self.merge_radio.setObjectName("dataMerge")
        self.merge_radio.setAccessibleDescription(merge_text)
        self.replace_radio = QRadioButton(self.tr("Re&place your journal with the file"))
        self.replace_radio.setObjectName("dataReplace")
        self.replace_radio.setAccessibleDescription(replace_text)
        self._how = QButtonGroup(self)
        self._how.addButton(self.merge_radio)
        self._how.addButton(self.replace_radio)
        self.merge_radio.setChecked(True)
        layout.addWidget(self.merge_radio)
        layout.addWidget(self._indented(MutedLabel(merge_text)))
        layout.addWidget(self.replace_radio)
        layout.addWidget(self._indented(MutedLabel(replace_text)))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Either way, your journal is backed up first: to go back, restore the "
                    "backup made before the import."
                )
            )
        )

        self.do_import_button = QPushButton(self.tr("I&mport"))
        self.do_import_button.setObjectName("dataDoImport")
        self.do_import_button.clicked.connect(self.import_now)
        self.cancel_import_button = QPushButton(self.tr("Cancel"))
        self.cancel_import_button.setObjectName("dataCancelImport")
        self.cancel_import_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_import_button.clicked.connect(self.leave_import)
        layout.addWidget(
            button_row(self.do_import_button, self.cancel_import_button, name="dataImportButtons")
        )
        layout.addStretch(1)
        return page

    def _indented(self, widget: QWidget) -> QWidget:
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(self.fontMetrics().averageCharWidth() * 4, 0, 0, 0)
        inner.addWidget(widget)
        return holder

    # --- the list -----------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        """Read the backups again, newest first; pick ``select`` (or keep the row picked)."""
        picked = select or self.selected_path()
        try:
            entries = sorted(self._actions.backups(), key=lambda b: b.made_at, reverse=True)
        except Exception:
            log.exception("The backups could not be listed")
            entries = []
        now = self._now()
        self.entries = entries
        self.backup_list.clear()
        for entry in entries:
            item = QListWidgetItem(self._words.row(entry.made_at, entry.size, entry.reason, now))
            spoken = self._words.spoken_row(entry.made_at, entry.size, entry.reason, now)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setData(PATH_ROLE, str(entry.path))
            item.setData(Qt.ItemDataRole.UserRole + 1, entry.reason)
            item.setToolTip(str(entry.path))
            self.backup_list.addItem(item)
        row = next(
            (i for i, e in enumerate(entries) if picked is not None and e.path == picked),
            0 if entries else -1,
        )
        self.backup_list.setCurrentRow(row)
        self.empty_label.setVisible(not entries)
        self._follow_selection(row)

    def rows(self) -> list[str]:
        """The list's rows as shown."""
        return [self.backup_list.item(i).text() for i in range(self.backup_list.count())]

    def selected(self) -> BackupEntry | None:
        row = self.backup_list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def selected_path(self) -> Path | None:
        entry = self.selected()
        return entry.path if entry is not None else None

    def _follow_selection(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        # A damaged journal set aside is kept for a rescue, never restored.
        self.restore_button.setEnabled(entry is not None and entry.reason != DAMAGED)

    # --- what was done ------------------------------------------------------------------------
    def say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()
        announce(self.message_label, message)

    def _problem(self, message: str) -> None:
        self.say("⚠ " + domain_message(message))

    def _failed(self, what: str) -> None:
        log.exception("Your data: %s failed", what)
        self.say(
            "⚠ "
            + self.tr(
                "Something unexpected went wrong, so this was not done. Try again; if it "
                "happens again, the log in the data folder says why."
            )
        )

    def _when(self, entry: BackupEntry) -> str:
        return self._words.when_in_sentence(entry.made_at, self._now())

    # --- the folder ---------------------------------------------------------------------------
    def open_folder(self) -> None:
        folder = self._actions.journal.parent
        if self._open_url(QUrl.fromLocalFile(str(folder))):
            return
        self.say(
            fill(
                self.tr("No file manager could be opened. The folder is %1"),
                str(folder),
            )
        )

    # --- backups ------------------------------------------------------------------------------
    def back_up_now(self) -> BackupEntry | None:
        try:
            with busy():
                entry = self._actions.back_up_now()
        except DataProblem as problem:
            self._problem(problem.message)
            return None
        except Exception:
            self._failed("backing up")
            return None
        self.refresh(select=entry.path)
        self.say(
            fill(
                self.tr("Backed up: %1, %2. It is at the top of the list."),
                self._when(entry),
                DataWords.size(entry.size),
            )
        )
        return entry

    def back_up_to(self) -> BackupEntry | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the backup"), str(Path.home())
        )
        if not folder:
            return None
        return self.back_up_into(Path(folder))

    def back_up_into(self, folder: Path) -> BackupEntry | None:
        try:
            with busy():
                entry = self._actions.back_up_to(folder)
        except DataProblem as problem:
            self._problem(problem.message)
            return None
        except Exception:
            self._failed("backing up to a folder")
            return None
        self.refresh()
        self.say(
            fill(self.tr("Backed up to %1 (%2)."), str(entry.path), self._words.size(entry.size))
        )
        return entry

    # --- restore ------------------------------------------------------------------------------
    def _enter_on_row(self) -> None:
        self.restore_selected()

    def restore_selected(self) -> QMessageBox | None:
        """Ask whether to restore the backup picked in the list (opens the question)."""
        entry = self.selected()
        if entry is None or entry.reason == DAMAGED:
            return None
        what = fill(self.tr("the backup from %1"), self._when(entry))
        return self.confirm_restore(entry.path, what)

    def restore_from_file(self) -> QMessageBox | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(self._actions.backup_folder),
            self.tr("MBC Desktop backups (*.sqlite);;All files (*)"),
        )
        if not chosen:
            return None
        return self.confirm_restore(Path(chosen), fill(self.tr("the backup %1"), chosen))

    def confirm_restore(self, backup: Path, what: str) -> QMessageBox:
        """The one question this dialog asks: restore ``what`` (its undo is named)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            fill(
                self.tr(
                    "Restore %1? Your journal will be as it was then; what you added or "
                    "changed since is not in that backup.\n\nYour journal as it is now is "
                    "backed up first, so you can go back to it by restoring that backup."
                ),
                what,
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("dataConfirmRestore")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name could look like HTML
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(cancel)

        def answered() -> None:
            if box.clickedButton() is restore:
                self.restore(backup, what)
            else:
                self.backup_list.setFocus(Qt.FocusReason.OtherFocusReason)

        box.finished.connect(answered)
        box.open()
        self.confirm_box = box
        return box

    def restore(self, backup: Path, what: str = "") -> BackupEntry | None:
        """Restore ``backup`` (no question asked), then have the app open the journal again.
        Returns the backup of the journal as it was just before (None if none was made)."""
        what = what or fill(self.tr("the backup %1"), str(backup))
        before: BackupEntry | None = None
        done = False
        try:
            with busy():
                before = self._actions.restore(backup)
            done = True
        except DataProblem as problem:
            self._problem(problem.message)
        except Exception:
            self._failed("restoring")
        finally:
            # The journal was closed for the restore, whether it worked or not.
            try:
                self._reopen()
            except Exception:
                log.exception("The journal could not be opened again after a restore")
        self.refresh(select=before.path if before is not None else None)
        if done:
            message = fill(self.tr("Restored %1."), what)
            if before is not None and before.reason != DAMAGED:
                message += " " + self.tr(
                    "Your journal as it was just before is kept as the backup “before a "
                    "restore”, picked in the list: restore it to go back."
                )
            self.say(message)
        self.backup_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return before

    # --- export -------------------------------------------------------------------------------
    def _today(self) -> str:
        return local(self._now()).date().isoformat()

    def export_json(self) -> Path | None:
        suggested = Path.home() / fill(self.tr("mbc-desktop-journal-%1.json"), self._today())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export your whole journal"),
            str(suggested),
            self.tr("MBC Desktop exports (*.json)"),
        )
        if not chosen:
            return None
        return self.export_json_to(with_suffix(Path(chosen), ".json"))

    def export_json_to(self, path: Path) -> Path | None:
        try:
            with busy():
                result = self._actions.export_json(path)
        except ExportProblem as problem:
            self._problem(problem.message)
            return None
        except Exception:
            self._failed("exporting")
            return None
        total = sum(result.counts.values())
        self.say(
            fill(self.tr("Exported %n entry(ies) to %1.", "", total), str(result.path))
            + " "
            + self.tr("Anyone with this file can read it: keep it somewhere private.")
        )
        return result.path

    def export_csv(self) -> Path | None:
        suggested = Path.home() / fill(self.tr("mbc-desktop-symptoms-%1.csv"), self._today())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export your symptom scores"),
            str(suggested),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return None
        return self.export_csv_to(with_suffix(Path(chosen), ".csv"))

    def export_csv_to(self, path: Path) -> Path | None:
        try:
            with busy():
                result = self._actions.export_csv(path)
        except ExportProblem as problem:
            self._problem(problem.message)
            return None
        except Exception:
            self._failed("exporting symptoms")
            return None
        scores = result.counts.get("scores", 0)
        self.say(
            fill(self.tr("Exported %n symptom score(s) to %1.", "", scores), str(result.path))
            + " "
            + self.tr("Anyone with this file can read it: keep it somewhere private.")
        )
        return result.path

    # --- import -------------------------------------------------------------------------------
    def choose_import(self) -> ImportPreview | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            str(Path.home()),
            self.tr("MBC Desktop exports (*.json);;All files (*)"),
        )
        if not chosen:
            return None
        return self.preview_import(Path(chosen))

    def preview_import(self, path: Path) -> ImportPreview | None:
        """Read and check ``path``; show what it holds, or why it can't be imported."""
        try:
            with busy():
                preview = self._actions.preview_import(path)
        except ImportProblem as problem:
            self._problem(problem.message)
            return None
        except Exception:
            self._failed("reading an export")
            return None
        self._preview = preview
        self.import_file_label.setText(fill(self.tr("File: %1"), str(path)))
        made = local(preview.exported_at)
        if preview.app_version:
            made_text = fill(
                self.tr("Exported on %1 at %2 by MBC Desktop %3."),
                long_date(made),
                clock_time(made),
                preview.app_version,
            )
        else:
            made_text = fill(
                self.tr("Exported on %1 at %2 (the file does not say by which version)."),
                long_date(made),
                clock_time(made),
            )
        self.import_made_label.setText(made_text)
        self.import_counts_label.setText(self.counts_text(preview.counts))
        self.merge_radio.setChecked(True)
        self.message_label.hide()
        self.pages.setCurrentIndex(self.IMPORT_PAGE)
        self.close_button.hide()
        self.do_import_button.setDefault(True)
        self.merge_radio.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.import_counts_label, self.import_counts_label.text())
        return preview

    def counts_text(self, counts: dict[str, int]) -> str:
        present = [(k, n) for k, n in kinds_in_order(counts, KINDS) if n]
        if not present:
            return self.tr("The file holds no entries.")
        lines = [self.tr("It holds:")]
        lines += ["• " + self._words.kind(kind, count) for kind, count in present]
        return "\n".join(lines)

    def import_now(self) -> bool:
        """Import the file previewed, merged or replacing; back to the list when done."""
        preview = self._preview
        if preview is None:
            return False
        replace = self.replace_radio.isChecked()
        try:
            with busy():
                result = self._actions.import_file(preview, replace)
        except (ImportProblem, DataProblem) as problem:
            self._problem(problem.message)
            return False
        except Exception:
            self._failed("importing")
            return False
        added = sum(result.added.values())
        if replace:
            message = self.tr(
                "Imported: your journal now holds the file's %n entry(ies).", "", added
            )
        else:
            message = self.tr("Imported: %n entry(ies) added to your journal.", "", added)
            skipped = sum(result.skipped.values())
            if skipped:
                message += " " + self.tr(
                    "%n were already in it and were not added twice.", "", skipped
                )
        message += " " + self.tr(
            "The journal as it was before is kept as the backup “before an import”."
        )
        self.leave_import()
        self.refresh()
        self.say(message)
        return True

    def leave_import(self) -> None:
        """Back to the main page, nothing imported."""
        self._preview = None
        self.do_import_button.setDefault(False)
        self.pages.setCurrentIndex(self.MAIN_PAGE)
        self.close_button.show()
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        # Esc on the import page goes back to the list; on the list, it closes.
        if self.pages.currentIndex() == self.IMPORT_PAGE:
            self.leave_import()
            self.message_label.hide()
            return
        super().reject()
