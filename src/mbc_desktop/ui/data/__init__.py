"""Your data: the "Your data" dialog (backups, restore, export, import) and the page shown
instead of the areas when the journal file is damaged. What they need from storage and the
services comes in through the Protocols of ``actions`` (ui/ never imports storage/)."""

from mbc_desktop.ui.data.actions import (
    BackupEntry,
    DataActions,
    DataProblem,
    Rescued,
    RestoreActions,
)
from mbc_desktop.ui.data.damaged import DamagedJournalPage
from mbc_desktop.ui.data.dialog import DataDialog

__all__ = [
    "BackupEntry",
    "DamagedJournalPage",
    "DataActions",
    "DataDialog",
    "DataProblem",
    "Rescued",
    "RestoreActions",
]
