"""The data screens' actions done with the real storage and services: what app.py is asked to
do (see the report), used by the tests on real journal files in tmp_path.

``Journals`` stands in for the app's state: the journal open now, closed for a restore and
opened again by ``reopen`` (the app also rebuilds the window's areas then).
"""

from dataclasses import dataclass, field
from pathlib import Path

from mbc_desktop import __version__
from mbc_desktop.app import Journal, open_journal
from mbc_desktop.paths import DataPaths
from mbc_desktop.services.exchange import (
    ExchangeService,
    ExportResult,
    ImportPreview,
    ImportResult,
)
from mbc_desktop.storage import BackupError, SalvageError
from mbc_desktop.storage.backup import (
    REASON_BEFORE_IMPORT,
    REASON_MANUAL,
    BackupInfo,
    backup_folder,
    backup_to_folder,
    list_backups,
    make_backup,
    restore,
    timestamped_name,
    unused_path,
)
from mbc_desktop.storage.exchange_repository import exchange_repository
from mbc_desktop.storage.salvage import salvage
from mbc_desktop.ui.data import DataProblem, Rescued

REASON_RESCUED = "rescued"


@dataclass
class Journals:
    """The journal the app has open (None while closed), and how often it was (re)opened."""

    paths: DataPaths
    current: Journal | None = None
    opened: int = 0
    every: list[Journal] = field(default_factory=list)

    def open(self) -> Journal:
        self.close()
        self.current = open_journal(self.paths)
        self.every.append(self.current)
        self.opened += 1
        return self.current

    def reopen(self) -> None:
        self.open()

    def close(self) -> None:
        if self.current is not None:
            self.current.close()
            self.current = None

    def journal(self) -> Journal:
        assert self.current is not None, "the journal is closed"
        return self.current


class StorageActions:
    """DataActions and RestoreActions over the storage's functions and the ExchangeService."""

    def __init__(self, journals: Journals) -> None:
        self._journals = journals

    @property
    def journal(self) -> Path:
        return self._journals.paths.journal

    @property
    def backup_folder(self) -> Path:
        return backup_folder(self.journal)

    def _exchange(self) -> ExchangeService:
        store = self._journals.journal().store
        return ExchangeService(store, bulk=exchange_repository, app_version=__version__)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.journal)

    def back_up_now(self) -> BackupInfo:
        try:
            return make_backup(self._journals.journal().store.engine, REASON_MANUAL)
        except BackupError as error:
            raise DataProblem(str(error)) from error

    def back_up_to(self, folder: Path) -> BackupInfo:
        try:
            return backup_to_folder(self._journals.journal().store.engine, folder)
        except BackupError as error:
            raise DataProblem(str(error)) from error

    def restore(self, backup: Path) -> BackupInfo | None:
        # The app saves typing first (window.save_typing()), then closes the journal.
        self._journals.close()
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

    def export_json(self, path: Path) -> ExportResult:
        return self._exchange().write_export(path)

    def export_csv(self, path: Path) -> ExportResult:
        return self._exchange().write_symptoms_csv(path)

    def preview_import(self, path: Path) -> ImportPreview:
        return self._exchange().read_export(path)

    def import_file(self, preview: ImportPreview, replace: bool) -> ImportResult:
        try:
            make_backup(self._journals.journal().store.engine, REASON_BEFORE_IMPORT)
        except BackupError as error:
            raise DataProblem(str(error)) from error
        return self._exchange().import_export(preview, replace)
