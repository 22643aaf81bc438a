"""Export and import of the whole journal: versioned JSON for everything, CSV for symptoms.

An import is all or nothing: it is one storage transaction, so a problem half-way leaves the
journal as it was. Reading a file (``read_export``) checks everything first and says what is
wrong in one sentence (``ImportProblem``); ``import_export`` then replaces the journal with the
file, or merges the file's entries in next to the journal's.

The caller makes a backup of the journal before ``import_export`` (the app does it with the
storage's backup, reason "before-import"); this service does not touch backups.

Files are written whole or not at all: a temporary file in the same folder, owner-only from
its first byte, flushed to disk, then renamed over the destination.
"""

import csv
import io
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pydantic import ValidationError

from mbc_desktop.domain.appointments import zone_named
from mbc_desktop.domain.exchange import (
    KINDS,
    MAX_EXPORT_BYTES,
    ExportProblem,
    ImportProblem,
    JournalExport,
    JournalRows,
    count_entries,
    first_problem,
    merge_plan,
    parse_export,
    renumbered,
    too_big_message,
    with_header,
)
from mbc_desktop.domain.symptoms import SymptomKind
from mbc_desktop.services.events import Listeners
from mbc_desktop.services.questions import utc_now

if TYPE_CHECKING:
    from mbc_desktop.storage import Store, Transaction

__all__ = [
    "CSV_COLUMNS",
    "ExchangeService",
    "ExportProblem",
    "ExportResult",
    "ImportPreview",
    "ImportProblem",
    "ImportResult",
    "JournalImported",
    "csv_cell",
]

# Messages (finished sentences; the UI translates them).
CANT_READ = "This file could not be read ({reason}). Check that it is there and try again."
NOT_A_FILE = "This is a folder, not a file. Choose the .json file that MBC Desktop exported."
CANT_WRITE = "The file could not be saved ({reason}). Choose another folder and try again."
CANT_EXPORT = (
    "The journal could not be exported because an entry breaks MBC Desktop's rules ({problem}). "
    "Make a backup instead (it keeps everything), and report the problem."
)
CANT_MERGE = (
    "The file could not be merged because an entry in the journal breaks MBC Desktop's rules "
    "({problem}). Nothing was changed. Make a backup, and report the problem."
)

# The symptoms file: one row per score.
CSV_COLUMNS = ("taken_at", "symptom", "kind", "score", "completed_by", "note")
# A spreadsheet takes a cell that starts with one of these for a formula (CSV injection):
# such a cell gets a leading apostrophe, which spreadsheets show as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class BulkJournal(Protocol):
    """What the service needs of the storage's ``ExchangeRepository``."""

    def schema_revision(self) -> str: ...
    def read(self) -> JournalRows: ...
    def counts(self) -> dict[str, int]: ...
    def next_ids(self) -> dict[str, int]: ...
    def clear(self) -> None: ...
    def insert(self, rows: JournalRows) -> None: ...


@dataclass(frozen=True)
class ExportResult:
    """A file written: where, how many entries of each kind, and its size in bytes."""

    path: Path
    counts: dict[str, int]
    size: int


@dataclass(frozen=True)
class ImportPreview:
    """A file read and checked, ready to import: what it holds, before anything changes."""

    export: JournalExport
    counts: dict[str, int]
    exported_at: datetime
    app_version: str


@dataclass(frozen=True)
class ImportResult:
    """What an import did, by kind (``KINDS``): entries added, entries skipped because the
    journal had them already (merge), and entries the journal had before (replace)."""

    replace: bool
    added: dict[str, int]
    skipped: dict[str, int]
    removed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))


@dataclass(frozen=True)
class JournalImported:
    """An import was committed: every area shows the journal afresh (ids may have changed,
    and undo stacks no longer apply)."""

    result: ImportResult


def csv_cell(value: str) -> str:
    """A text for a CSV cell that a spreadsheet will not run as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, owner-only. Raises OSError."""
    folder = path.parent
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        if os.name == "posix":
            os.fchmod(fd, stat.S_IRUSR | stat.S_IWUSR)  # mkstemp makes it 0600; whatever umask
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if os.name == "posix":
        # The rename itself reaches the disk only when the folder is flushed.
        folder_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)


class ExchangeService:
    """Export and import of the whole journal.

    ``bulk`` gives the storage's bulk repository inside a transaction
    (``mbc_desktop.storage.exchange_repository``); the composition root passes it, since
    services do not import storage. ``app_version`` is written into every export.
    """

    def __init__(
        self,
        store: "Store",
        clock: Callable[[], datetime] = utc_now,
        *,
        bulk: "Callable[[Transaction], BulkJournal]",
        app_version: str = "",
    ) -> None:
        self._store = store
        self._clock = clock
        self._bulk = bulk
        self._app_version = app_version
        self.changes: Listeners[JournalImported] = Listeners()

    # --- export ----------------------------------------------------------------------------
    def export(self) -> JournalExport:
        """The whole journal as an export. Raises ExportProblem if an entry breaks the app's
        rules (only a journal changed by something else holds one)."""
        try:
            with self._store.transaction() as tx:
                bulk = self._bulk(tx)
                rows = bulk.read()
                schema = bulk.schema_revision()
            return with_header(
                rows,
                exported_at=self._clock(),
                app_version=self._app_version,
                schema_revision=schema,
            )
        except ValidationError as error:
            raise ExportProblem(CANT_EXPORT.format(problem=first_problem(error))) from error

    def write_export(self, path: Path) -> ExportResult:
        """Write the whole journal to ``path`` as JSON (UTF-8, indented), replacing a file
        there only once the new one is complete. Raises ExportProblem with a sentence."""
        export = self.export()
        data = (export.to_json() + "\n").encode("utf-8")
        self._write(path, data)
        return ExportResult(path=path, counts=count_entries(export), size=len(data))

    def symptoms_csv(self) -> tuple[str, int]:
        """The symptoms file's text and how many scores it has: one row per score, oldest
        check-in first, the symptoms in the check-in's order (the ESAS-r scales, then your
        own, then other problems); the time in the check-in's own zone."""
        with self._store.transaction() as tx:
            rows = self._bulk(tx).read()
        kind_order = {SymptomKind.ESAS: 0, SymptomKind.OWN: 1, SymptomKind.OTHER: 2}
        symptoms = {s.id: s for s in rows.symptoms}
        order = {
            s.id: place
            for place, s in enumerate(
                sorted(rows.symptoms, key=lambda s: (kind_order[s.kind], s.position, s.id))
            )
        }
        out = io.StringIO()
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        count = 0
        for check_in in sorted(rows.check_ins, key=lambda c: (c.taken_at, c.id)):
            zone = zone_named(check_in.time_zone) or UTC
            taken_at = check_in.taken_at.astimezone(zone).isoformat()
            for score in sorted(check_in.scores, key=lambda s: order[s.symptom_id]):
                symptom = symptoms[score.symptom_id]
                writer.writerow(
                    (
                        taken_at,
                        csv_cell(symptom.name),
                        symptom.kind.value,
                        score.score,
                        check_in.completed_by.value,
                        csv_cell(check_in.note),
                    )
                )
                count += 1
        return out.getvalue(), count

    def write_symptoms_csv(self, path: Path) -> ExportResult:
        """Write every symptom score to ``path`` as CSV (UTF-8 with a byte-order mark, so
        spreadsheets read accents right). Raises ExportProblem with a sentence."""
        try:
            content, count = self.symptoms_csv()
        except ValidationError as error:
            raise ExportProblem(CANT_EXPORT.format(problem=first_problem(error))) from error
        data = content.encode("utf-8-sig")
        self._write(path, data)
        return ExportResult(path=path, counts={"scores": count}, size=len(data))

    def _write(self, path: Path, data: bytes) -> None:
        try:
            _write_atomically(path, data)
        except OSError as error:
            raise ExportProblem(CANT_WRITE.format(reason=_reason(error))) from error

    # --- import ----------------------------------------------------------------------------
    def read_export(self, path: Path) -> ImportPreview:
        """Read and check an export. Raises ImportProblem with a sentence for anything wrong:
        nothing is changed either way."""
        try:
            if path.is_dir():
                raise ImportProblem(NOT_A_FILE)
            size = path.stat().st_size
            if size > MAX_EXPORT_BYTES:
                raise ImportProblem(too_big_message(size))
            with path.open("rb") as file:
                data = file.read(MAX_EXPORT_BYTES + 1)  # the file may have grown meanwhile
        except OSError as error:
            raise ImportProblem(CANT_READ.format(reason=_reason(error))) from error
        export = parse_export(data)
        return ImportPreview(
            export=export,
            counts=count_entries(export),
            exported_at=export.exported_at,
            app_version=export.app_version,
        )

    def import_export(
        self, preview_or_export: ImportPreview | JournalExport, replace: bool
    ) -> ImportResult:
        """Import a checked export in one transaction: all of it, or (on any error) none.

        ``replace``: the journal's entries are all deleted and the file's written in their
        place, under the file's ids. Otherwise the file's entries are added next to the
        journal's under new ids, exact duplicates skipped (see ``domain.exchange.merge_plan``).
        Make a backup first. Raises ImportProblem if the entries can't be written.
        """
        export = (
            preview_or_export.export
            if isinstance(preview_or_export, ImportPreview)
            else preview_or_export
        )
        try:
            result = self._import(export, replace)
        except ValidationError as error:  # a journal entry that breaks the app's rules
            raise ImportProblem(CANT_MERGE.format(problem=first_problem(error))) from error
        self.changes.emit(JournalImported(result))
        return result

    def _import(self, export: JournalExport, replace: bool) -> ImportResult:
        with self._store.transaction() as tx:
            bulk = self._bulk(tx)
            if replace:
                removed = bulk.counts()
                bulk.clear()
                bulk.insert(renumbered(export.rows))
                result = ImportResult(
                    replace=True,
                    added=count_entries(export),
                    skipped=dict.fromkeys(KINDS, 0),
                    removed=removed,
                )
            else:
                plan = merge_plan(bulk.read(), export.rows, bulk.next_ids())
                bulk.insert(plan.rows)
                result = ImportResult(replace=False, added=plan.added, skipped=plan.skipped)
        return result
