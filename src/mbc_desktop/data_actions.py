"""What the data screens do, done with the storage's functions and the export service: the
composition root's half of ``ui/data`` and ``ui/security`` (which may not import storage).

``JournalFileActions`` works on the journal file while it is not open (a damaged journal at
start-up); ``OpenJournalActions`` on the open journal (File › Your data), closing it first for a
restore.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop.paths import DataPaths
from mbc_desktop.services.exchange import ExportResult, ImportPreview, ImportResult
from mbc_desktop.storage import BackupError, JournalError, SalvageError, cipher, encryption
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
from mbc_desktop.ui.security.actions import (
    EncryptionProblem,
    PreparedEncryption,
    WrongSecret,
)

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
            return make_backup(self._journal.store.database, REASON_MANUAL)
        except BackupError as error:
            raise DataProblem(str(error)) from error

    def back_up_to(self, folder: Path) -> BackupInfo:
        try:
            return backup_to_folder(self._journal.store.database, folder)
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
            make_backup(self._journal.store.database, REASON_BEFORE_IMPORT)
        except BackupError as error:
            raise DataProblem(str(error)) from error
        return self._journal.exchange.import_export(preview, replace)


class JournalUnlock:
    """The unlock page's action: the passphrase or recovery key, checked, becomes the key the
    process opens the journal with (``storage.cipher``)."""

    def __init__(self, paths: DataPaths) -> None:
        self._paths = paths

    def unlock(self, secret: str) -> None:
        try:
            key = cipher.unlock(self._paths.journal, secret)
        except cipher.WrongSecretError as error:
            raise WrongSecret() from error
        except cipher.KeyFileError as error:
            raise EncryptionProblem(str(error)) from error
        cipher.use_key(key)


class JournalEncryption:
    """File › Passphrase and lock on the open journal. A switch closes the journal's engine,
    rewrites the files, and opens them again under the same Store, so the areas go on."""

    def __init__(
        self, paths: DataPaths, journal: "Journal", before_switch: Callable[[], None]
    ) -> None:
        self._paths = paths
        self._journal = journal
        self._before_switch = before_switch

    @property
    def journal(self) -> Path:
        return self._paths.journal

    def is_encrypted(self) -> bool:
        return cipher.is_encrypted(self._paths.journal)

    def prepare(self, passphrase: str) -> PreparedEncryption:
        key = cipher.Key.new()
        key_file = cipher.lock_with_passphrase(key, passphrase)
        return PreparedEncryption(key.recovery_key(), (key, key_file))

    def turn_on(self, prepared: PreparedEncryption) -> list[Path]:
        token = prepared.token
        assert isinstance(token, tuple)
        key, key_file = token
        assert isinstance(key, cipher.Key)
        assert isinstance(key_file, cipher.KeyFile)
        return self._switch(lambda: encryption.turn_on(self._paths.journal, key, key_file))

    def change_passphrase(self, current: str, new: str) -> None:
        key = self._checked(current)
        try:
            encryption.change_passphrase(self._paths.journal, key, new)
        except OSError as error:
            raise EncryptionProblem(encryption.SWITCH_FAILED) from error

    def turn_off(self, current: str) -> list[Path]:
        key = self._checked(current)
        return self._switch(lambda: encryption.turn_off(self._paths.journal, key))

    def _checked(self, secret: str) -> cipher.Key:
        """The key in use, if ``secret`` is its passphrase or recovery key."""
        known = cipher.current_key()
        try:
            key = cipher.unlock(self._paths.journal, secret)
        except (cipher.WrongSecretError, cipher.KeyFileError) as error:
            # (KeyFileError: a passphrase, with no key file to check it against.)
            raise WrongSecret() from error
        if known is None or key != known:
            raise WrongSecret()
        return known

    def _switch(self, switch: Callable[[], encryption.SwitchResult]) -> list[Path]:
        """Run ``switch`` on the closed journal; the backups it left as they were."""
        self._before_switch()
        store = self._journal.store
        store.close()
        try:
            return switch().backups_left
        except (JournalError, OSError) as error:
            raise EncryptionProblem(str(error) or encryption.SWITCH_FAILED) from error
        finally:
            store.reopen()
