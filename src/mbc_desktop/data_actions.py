"""What the data screens do, done with the storage's functions and the export service: the
composition root's half of ``ui/data`` (which may not import storage).

``JournalFileActions`` works on the journal file while it is not open (a damaged journal at
start-up); ``OpenJournalActions`` on the open journal (File › Your data), closing it first for a
restore.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop.paths import DataPaths
from mbc_desktop.services.exchange import ExportResult, ImportPreview, ImportResult
from mbc_desktop.storage import BackupError, SalvageError
from mbc_desktop.storage.backup import (
    REASON_BEFORE_IMPORT,
    REASON_MANUAL,
    BackupInfo,
    backup_folder,
    backup_to_folder,
    list_backups,
    make_backup,
    refuse_a_bad_backup,
    restore,
    timestamped_name,
    unused_path,
)
from mbc_desktop.storage.salvage import salvage
from mbc_desktop.ui.data import DataProblem, Rescued

if TYPE_CHECKING:
    from mbc_desktop.app import Journal

# A rescued journal is kept in the backups folder under this reason (rotation leaves it).
REASON_RESCUED = "rescued"


class JournalFileActions:
    """Restore and rescue for a journal no one has open."""

    def __init__(self, paths: DataPaths) -> None:
        self._paths = paths

    @property
    def journal(self) -> Path:
        return self._paths.journal

    @property
    def backup_folder(self) -> Path:
        return backup_folder(self.journal)

    def restore(self, backup: Path) -> BackupInfo | None:
        try:
            return restore(backup, self.journal)
        except BackupError as error:
            raise DataProblem(str(error)) from error

    def salvage(self) -> Rescued:
        into = unused_path(self.backup_folder / timestamped_name(REASON_RESCUED))
        try:
            counts = salvage(self.journal, into)
        except SalvageError as error:
            raise DataProblem(str(error)) from error
        return Rescued(into, counts)


class OpenJournalActions(JournalFileActions):
    """Backups, restore, export and import for the open journal. ``before_close`` runs before
    a restore closes the journal (the window saves what is typed)."""

    def __init__(
        self, paths: DataPaths, journal: "Journal", before_close: Callable[[], None]
    ) -> None:
        super().__init__(paths)
        self._journal = journal
        self._before_close = before_close

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.journal)

    def back_up_now(self) -> BackupInfo:
        try:
            return make_backup(self._journal.store.engine, REASON_MANUAL)
        except BackupError as error:
            raise DataProblem(str(error)) from error

    def back_up_to(self, folder: Path) -> BackupInfo:
        try:
            return backup_to_folder(self._journal.store.engine, folder)
        except BackupError as error:
            raise DataProblem(str(error)) from error

    def restore(self, backup: Path) -> BackupInfo | None:
        # A backup that would be refused is refused while the journal is still open.
        try:
            refuse_a_bad_backup(backup)
        except BackupError as error:
            raise DataProblem(str(error)) from error
        self._before_close()
        self._journal.close()
        return super().restore(backup)

    def export_json(self, path: Path) -> ExportResult:
        return self._journal.exchange.write_export(path)

    def export_csv(self, path: Path) -> ExportResult:
        return self._journal.exchange.write_symptoms_csv(path)

    def preview_import(self, path: Path) -> ImportPreview:
        return self._journal.exchange.read_export(path)

    def import_file(self, preview: ImportPreview, replace: bool) -> ImportResult:
        try:
            make_backup(self._journal.store.engine, REASON_BEFORE_IMPORT)
        except BackupError as error:
            raise DataProblem(str(error)) from error
        return self._journal.exchange.import_export(preview, replace)
