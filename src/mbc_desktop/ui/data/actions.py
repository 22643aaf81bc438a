"""What the data screens need from the rest of the app, as Protocols.

ui/ never imports storage/ (docs/architecture.md), so the composition root (app.py) passes
objects that do the work with the storage's backup, restore and salvage functions and the
ExchangeService. Their types are only described here; the storage's own ``BackupInfo``
already has the shape of ``BackupEntry``.

Every method that can fail for a reason the person can act on raises ``DataProblem`` (its
message a finished sentence from the layer below, which the screens translate with
``words.i18n.domain_message``), or the services' ``ImportProblem`` / ``ExportProblem``. In
every such case nothing was changed.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from mbc_desktop.services.exchange import ExportResult, ImportPreview, ImportResult


class DataProblem(Exception):  # noqa: N818 - pairs with ImportProblem and ExportProblem
    """A backup, restore or rescue that could not be done; nothing was changed. The message is
    a finished sentence for the person (the storage's BackupError or SalvageError text)."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class BackupEntry(Protocol):
    """One backup file (the storage's ``BackupInfo`` has this shape)."""

    @property
    def path(self) -> Path: ...

    @property
    def made_at(self) -> datetime:
        """When it was made, an aware datetime (UTC)."""
        ...

    @property
    def size(self) -> int:
        """In bytes."""
        ...

    @property
    def reason(self) -> str:
        """Why: "automatic", "on-exit", "manual", "before-restore", "before-import",
        "before-migration" or "before-schema-NNNN", "damaged", "rescued"…"""
        ...


@dataclass(frozen=True)
class Rescued:
    """A new journal file made from what could be read of a damaged one: where, and how many
    rows of each table were put in it (the storage's ``salvage`` result)."""

    path: Path
    counts: dict[str, int]


class RestoreActions(Protocol):
    """What the damaged-journal page needs."""

    @property
    def journal(self) -> Path:
        """The journal file."""
        ...

    @property
    def backup_folder(self) -> Path:
        """Where the automatic backups are."""
        ...

    def restore(self, backup: Path) -> BackupEntry | None:
        """Put the backup file at ``backup`` in place of the journal.

        Saves what is being typed and closes the journal first (the storage's ``restore``
        needs it closed). A healthy journal is backed up first ("before-restore"); a damaged
        one is moved aside into the backups folder. Returns that backup (or the damaged file
        moved aside), or None if there was no journal. Raises DataProblem if the backup can't
        be restored (then the journal file is as it was). Either way the journal is left
        closed: the screen then calls its ``reopen`` callback.
        """
        ...

    def salvage(self) -> Rescued:
        """Copy what can still be read of the (damaged) journal into a new file, which the
        person may then restore. The journal file is only read. Raises DataProblem if nothing
        could be read or the new file could not be written (then no new file is left)."""
        ...


class DataActions(Protocol):
    """What the "Your data" dialog needs: backups, restore, export and import."""

    @property
    def journal(self) -> Path:
        """The journal file."""
        ...

    @property
    def backup_folder(self) -> Path:
        """Where the automatic backups are."""
        ...

    def backups(self) -> Sequence[BackupEntry]:
        """The backups in the backup folder, newest first."""
        ...

    def back_up_now(self) -> BackupEntry:
        """A checked backup into the backup folder (reason "manual"). Raises DataProblem."""
        ...

    def back_up_to(self, folder: Path) -> BackupEntry:
        """A checked backup into ``folder`` (a USB stick…), reason "manual". Raises
        DataProblem (no such folder, no room, no permission)."""
        ...

    def restore(self, backup: Path) -> BackupEntry | None:
        """As ``RestoreActions.restore``: the journal is closed afterwards, restored or not;
        the dialog then calls its ``reopen`` callback."""
        ...

    def export_json(self, path: Path) -> ExportResult:
        """The whole journal as JSON at ``path`` (ExchangeService.write_export). Raises
        ExportProblem."""
        ...

    def export_csv(self, path: Path) -> ExportResult:
        """Every symptom score as CSV at ``path`` (ExchangeService.write_symptoms_csv). Raises
        ExportProblem."""
        ...

    def preview_import(self, path: Path) -> ImportPreview:
        """Read and check an export (ExchangeService.read_export). Raises ImportProblem."""
        ...

    def import_file(self, preview: ImportPreview, replace: bool) -> ImportResult:
        """Back the journal up ("before-import"), then import (ExchangeService.import_export).
        Raises DataProblem if the backup fails (nothing imported), ImportProblem if the
        import does (nothing changed)."""
        ...
