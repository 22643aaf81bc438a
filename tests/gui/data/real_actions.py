"""The data screens' actions as the app does them (mbc_desktop.data_actions), for the tests on
real journal files in tmp_path.

``Journals`` stands in for the app's state: the journal open now, closed for a restore and
opened again by ``reopen`` (the app also rebuilds the window's areas then).
"""

from dataclasses import dataclass, field
from pathlib import Path

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.data_actions import JournalFileActions, OpenJournalActions
from mbc_desktop.paths import DataPaths
from mbc_desktop.services.exchange import ExportResult, ImportPreview, ImportResult
from mbc_desktop.storage.backup import BackupInfo
from mbc_desktop.ui.data import Rescued


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
    """The app's own actions (mbc_desktop.data_actions) on whichever journal ``journals`` has
    open now, as the app's are on the journal it has open."""

    def __init__(self, journals: Journals) -> None:
        self._journals = journals

    def _open(self) -> OpenJournalActions:
        return OpenJournalActions(self._journals.paths, self._journals.journal(), lambda: None)

    @property
    def journal(self) -> Path:
        return self._journals.paths.journal

    @property
    def backup_folder(self) -> Path:
        return JournalFileActions(self._journals.paths).backup_folder

    def backups(self) -> list[BackupInfo]:
        return self._open().backups()

    def back_up_now(self) -> BackupInfo:
        return self._open().back_up_now()

    def back_up_to(self, folder: Path) -> BackupInfo:
        return self._open().back_up_to(folder)

    def restore(self, backup: Path) -> BackupInfo | None:
        current = self._journals.current
        actions = JournalFileActions(self._journals.paths) if current is None else self._open()
        try:
            return actions.restore(backup)  # closes the open journal first, if it is good
        finally:
            if current is not None and current.closed:
                self._journals.current = None

    def salvage(self) -> Rescued:
        return JournalFileActions(self._journals.paths).salvage()

    def export_json(self, path: Path) -> ExportResult:
        return self._open().export_json(path)

    def export_csv(self, path: Path) -> ExportResult:
        return self._open().export_csv(path)

    def preview_import(self, path: Path) -> ImportPreview:
        return self._open().preview_import(path)

    def import_file(self, preview: ImportPreview, replace: bool) -> ImportResult:
        return self._open().import_file(preview, replace)
