"""Why a journal could not be opened, backed up, restored or rescued, in words a user can act on.

Every message a person may see is a module-level constant here (or a literal passed to
NotAJournalError or JournalTooNewError), so that words/i18n.py can list it for translation.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mbc_desktop.storage.backup import BackupInfo
    from mbc_desktop.storage.health import Health

# The file could not be read at all, or is not a database (random bytes, a text file…).
NOT_READABLE = (
    "This file could not be read as an MBC Desktop journal. It may be damaged "
    "or be a different kind of file; it was left as it is."
)
# The start-up check found damage.
DAMAGED_AT_START = (
    "Your journal file is damaged, so MBC Desktop did not open it; the file was left as it "
    "is. Restore the newest backup that passes its check, or rescue what can still be read "
    "into a new file."
)
# Damage met while the journal was open.
DAMAGED_WHILE_OPEN = (
    "Your journal file turned out to be damaged while in use, so MBC Desktop stopped saving "
    "to it and your last change was not saved; the file was left as it is. Close MBC "
    "Desktop, then restore the newest backup that passes its check, or rescue what can still "
    "be read into a new file."
)
BACKUP_CHECK_FAILED = (
    "The backup did not pass its check after it was written, so it was deleted. Your journal "
    "was not changed; try again, or back up to another folder."
)
BACKUP_NOT_WRITTEN = (
    "The backup could not be written. Your journal was not changed; make sure the folder "
    "has free space and that you may write in it, then try again."
)
BACKUP_JOURNAL_DAMAGED = (
    "Your journal file is damaged, so it was not backed up: a backup would copy the damage. "
    "Restore the newest backup that passes its check, or rescue what can still be read into "
    "a new file."
)
BACKUP_FOLDER_MISSING = (
    "The folder chosen for the backup is not there. Connect the drive or choose another "
    "folder, then try again."
)
RESTORE_BACKUP_DAMAGED = (
    "This backup is damaged, so it was not restored and your journal was not changed. "
    "Choose another backup."
)
RESTORE_NOT_A_BACKUP = (
    "This file is not a backup of an MBC Desktop journal, so it was not restored and your "
    "journal was not changed. Choose a backup of your journal."
)
RESTORE_TOO_NEW = (
    "This backup was made by a newer version of MBC Desktop, so it was not restored and your "
    "journal was not changed. Install that version (or newer) to restore it."
)
RESTORE_LOCKED = (
    "This backup is encrypted, and this journal's key does not open it, so it was not "
    "restored and your journal was not changed. Choose a backup of this journal."
)
RESTORE_FAILED = (
    "The backup could not be restored, and your journal was not changed. Make sure the "
    "data folder has free space, then try again."
)
SALVAGE_NOTHING_READ = (
    "Nothing could be read from the damaged journal, so no new file was made. Restore a "
    "backup instead."
)
SALVAGE_FAILED = (
    "The rescued journal could not be written, so no new file was made and the damaged one "
    "was left as it is. Make sure the folder has free space, then try again."
)


class JournalError(Exception):
    """The journal file could not be opened or used. The message is for the user."""


class NotAJournalError(JournalError):
    """The file is not an MBC Desktop journal (or is too damaged to tell)."""


class JournalTooNewError(JournalError):
    """The file was written by a newer version of the app; we must not touch it."""


class DamagedJournalError(NotAJournalError):
    """The journal is damaged: found by the start-up check, or met while it was open.

    ``health`` says what the check found (for the log); ``good_backup`` is the newest backup
    that passes its own check, to offer for restoring (None if there is none). The file was
    not written to. A NotAJournalError too, so that code which catches that still refuses it.
    """

    def __init__(
        self, message: str, health: "Health", good_backup: "BackupInfo | None" = None
    ) -> None:
        super().__init__(message)
        self.health = health
        self.good_backup = good_backup


class BackupError(JournalError):
    """A backup could not be made, or a backup could not be restored. Nothing was changed."""


class SalvageError(JournalError):
    """Nothing could be rescued from a damaged journal; no new file was made."""
