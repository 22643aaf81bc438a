"""Rescue what can still be read from a damaged journal into a new one.

``salvage`` never touches the damaged file: it works on a copy in a private temporary folder.
If the copy's 100-byte header is damaged, a standard one is written in its place (trying each
page size until SQLite can read the schema). Then a new journal is made the normal way (the
current schema, through ``migrate``) and filled table by table, parents first, with the rows
that can still be read: rows are read in rowid order, and where a page fails, the next
readable rowid is found by probing forward (doubling, then halving back), so only the rows on
the damaged pages are lost. Rows that point at a row that was lost are mended the way the
schema says (a question's appointment becomes "the next one", ON DELETE SET NULL) or left
out (a score whose check-in was lost). The new file must pass ``integrity_check``; only then
does it get its name.
"""

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mbc_desktop.storage import cipher
from mbc_desktop.storage.database import Database
from mbc_desktop.storage.errors import SALVAGE_FAILED, SALVAGE_NOTHING_READ, SalvageError
from mbc_desktop.storage.files import OWNER_ONLY_FILE, ensure_private_dir
from mbc_desktop.storage.health import SQLITE_HEADER, integrity_check, side_file

log = logging.getLogger(__name__)

# The journal's tables, each after the tables it points at.
TABLES = (
    "appointments",
    "questions",
    "symptoms",
    "check_ins",
    "scores",
    "medications",
    "dose_steps",
    "answers",
)
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
SMALLEST_ROWID = -(2**63)
LARGEST_ROWID = 2**63 - 1
SQLITE_VERSION_NUMBER = 3040001


def salvage(damaged: Path, into: Path) -> dict[str, int]:
    """Make a new journal at ``into`` from the rows of ``damaged`` that can still be read.

    Returns how many rows of each table were put in the new journal (every table of
    ``TABLES``, 0 if none). ``into`` must not exist (FileExistsError). Raises SalvageError
    with a plain message if the damaged file's tables cannot be found at all, or the new file
    cannot be written; then nothing is left at ``into``. The damaged file is only read.
    """
    if into.exists():
        raise FileExistsError(into)
    ensure_private_dir(into.parent)
    with _private_folder(into.parent) as folder:
        source = folder / "damaged.sqlite"
        shutil.copyfile(damaged, source)
        if side_file(damaged, "-wal").exists():
            shutil.copyfile(side_file(damaged, "-wal"), side_file(source, "-wal"))
        os.chmod(source, OWNER_ONLY_FILE)
        if not _readable_schema(source):
            log.error("Salvage: the damaged journal's tables could not be found")
            raise SalvageError(SALVAGE_NOTHING_READ)
        _drop_a_partial_page(source)
        if not _readable_schema(source):
            log.error("Salvage: the damaged journal's tables could not be found")
            raise SalvageError(SALVAGE_NOTHING_READ)
        target = folder / "rescued.sqlite"
        try:
            counts = _fill(source, target)
            health = integrity_check(target)
            if not health.ok:
                log.error("Salvage: the new journal failed its check: %s", health.problems)
                raise SalvageError(SALVAGE_FAILED)
            target = _encrypted_like(damaged, target)
            _fsync(target)
            if into.exists():
                raise FileExistsError(into)
            os.rename(target, into)
        except cipher.sqlite_errors(OSError) as error:
            log.error("Salvage: the new journal could not be written: %s", error)
            raise SalvageError(SALVAGE_FAILED) from error
    log.info("Salvage: %s", ", ".join(f"{count} {table}" for table, count in counts.items()))
    return counts


def _encrypted_like(damaged: Path, rescued: Path) -> Path:
    """The rescued journal, encrypted with the damaged one's key if that one was encrypted
    (so that nothing plain lands beside an encrypted journal)."""
    key = cipher.current_key()
    if key is None or not cipher.is_encrypted(damaged):
        return rescued
    encrypted = rescued.with_name("rescued-encrypted.sqlite")
    fd = os.open(encrypted, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY_FILE)
    os.close(fd)
    cipher.export_copy(rescued, encrypted, key, source_key=None)
    return encrypted


@contextlib.contextmanager
def _private_folder(near: Path) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=".salvage-", dir=near))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- finding the tables ------------------------------------------------------------------------


def _connect_to_read(path: Path) -> sqlite3.Connection:  # or SQLCipher's, the same API
    """A connection to the copy that lets SQLite read past what it would call corrupt.

    ``writable_schema`` makes SQLite accept a file shorter than its header says (a cut file)
    instead of refusing to open it; nothing is written through this connection.
    """
    # An encrypted copy is opened with the key the process knows.
    connection: sqlite3.Connection = cipher.connect(path)
    connection.execute("PRAGMA writable_schema = ON")
    return connection


def _schema_tables(path: Path) -> set[str]:
    with contextlib.closing(_connect_to_read(path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(name) for (name,) in rows}


def _readable_schema(copy: Path) -> bool:
    """Whether SQLite can list the copy's tables, writing a new header first if it must."""
    try:
        if _schema_tables(copy) & set(TABLES):
            return True
    except cipher.database_errors():
        pass
    with copy.open("rb") as file:
        start = file.read(len(SQLITE_HEADER))
    if start == SQLITE_HEADER:
        return False  # the header is whole; what is damaged is the schema itself
    size = copy.stat().st_size
    for page_size in PAGE_SIZES:
        if size % page_size or size < page_size:
            continue
        _write_header(copy, page_size, size // page_size, wal=side_file(copy, "-wal").exists())
        try:
            if _schema_tables(copy) & set(TABLES):
                log.warning("Salvage: the header was damaged; read with %d-byte pages", page_size)
                return True
        except cipher.database_errors():
            continue
    return False


def _drop_a_partial_page(copy: Path) -> None:
    """Cut the copy of a file that ends part-way through a page back to whole pages.

    SQLite reads the missing end of such a page as zeros, and a row whose bytes are cut would
    come back with zeros in its text: better lost than silently wrong.
    """
    with copy.open("r+b") as file:
        header = file.read(100)
        if cipher.is_encrypted(copy):
            # The header is ciphertext: SQLCipher's pages are 4 KiB (its default, which we
            # never change), and its own check rejects a cut page rather than reading zeros.
            page_size = cipher.PAGE_SIZE
        else:
            value = int.from_bytes(header[16:18], "big")
            page_size = 65536 if value == 1 else value
        size = file.seek(0, 2)
        if page_size >= 512 and size % page_size:
            file.truncate(size - size % page_size)
            log.warning("Salvage: the file ends part-way through a page; that page is left out")


def _write_header(path: Path, page_size: int, pages: int, wal: bool) -> None:
    """A standard SQLite header (https://sqlite.org/fileformat.html#the_database_header)."""
    version = 2 if wal else 1
    header = bytearray(100)
    header[0:16] = SQLITE_HEADER
    header[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
    header[18], header[19] = version, version  # write and read versions: 2 is WAL
    header[20:24] = bytes((0, 64, 32, 32))  # reserved space, payload fractions
    header[24:28] = (1).to_bytes(4, "big")  # change counter
    header[28:32] = pages.to_bytes(4, "big")
    header[40:44] = (1).to_bytes(4, "big")  # schema cookie
    header[44:48] = (4).to_bytes(4, "big")  # schema format
    header[56:60] = (1).to_bytes(4, "big")  # UTF-8
    header[92:96] = (1).to_bytes(4, "big")  # version-valid-for = change counter
    header[96:100] = SQLITE_VERSION_NUMBER.to_bytes(4, "big")
    with path.open("r+b") as file:
        file.write(header)


# --- reading what can be read ------------------------------------------------------------------


class _Reader:
    """Rows of one table in rowid order, stepping over the pages that fail.

    Rows are read in batches with LIMIT, each batch fetched whole: Python's sqlite3 steps to
    the next row before handing over the current one, so a row read one by one just before a
    damaged page would be lost with the error. When a batch fails, rows are read one at a
    time from where it started, up to the damage.
    """

    BATCH = 256

    def __init__(self, connection: sqlite3.Connection, table: str, columns: list[str]) -> None:
        names = ", ".join(f'"{column}"' for column in columns)
        # NOT INDEXED: walk the table's own b-tree; a damaged index must not hide rows.
        self._select = (
            f'SELECT rowid, {names} FROM "{table}" NOT INDEXED WHERE rowid >= ? ORDER BY rowid'
        )
        self._connection = connection
        self.skipped_ranges = 0

    def rows(self) -> Iterator[tuple[object, ...]]:
        start: int | None = SMALLEST_ROWID
        while start is not None:
            try:
                batch = self._connection.execute(
                    f"{self._select} LIMIT {self.BATCH}", (start,)
                ).fetchall()
            except cipher.database_errors():
                batch = None
            if batch is not None:
                if not batch:
                    return
                yield from (tuple(row[1:]) for row in batch)
                start = _after(int(batch[-1][0]))
                continue
            # Somewhere in the next BATCH rows a page fails: go one row at a time.
            try:
                found = self._row_from(start)
            except cipher.database_errors():
                self.skipped_ranges += 1
                start = self._next_readable(start)
                continue
            if found is None:
                return
            rowid, values = found
            yield values
            start = _after(rowid)

    def _row_from(self, rowid: int) -> tuple[int, tuple[object, ...]] | None:
        """(rowid, values) of the first row from ``rowid`` on, or None if there is none.
        Raises sqlite3.DatabaseError if reading fails."""
        row = self._connection.execute(f"{self._select} LIMIT 1", (rowid,)).fetchone()
        return None if row is None else (int(row[0]), tuple(row[1:]))

    def _readable_from(self, rowid: int) -> bool:
        """Whether reading from ``rowid`` works (finding a row, or that none are left)."""
        try:
            self._row_from(rowid)
        except cipher.database_errors():
            return False
        return True

    def _next_readable(self, failing: int) -> int | None:
        """The smallest rowid above ``failing`` from which reading works (or finds that no
        rows are left); None if there is no such rowid.

        Doubles the step until a read works, then halves back to the first rowid that works.
        """
        low, step = failing, 1
        while True:
            probe = min(failing + step, LARGEST_ROWID)
            if self._readable_from(probe):
                break
            low = probe
            if probe == LARGEST_ROWID:
                return None
            step *= 2
        good = probe
        while good - low > 1:
            middle = (low + good) // 2
            if not self._readable_from(middle):
                low = middle
            else:
                good = middle
        return good


def _after(rowid: int) -> int | None:
    return None if rowid >= LARGEST_ROWID else rowid + 1


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _fill(source: Path, target: Path) -> dict[str, int]:
    database = Database(target)
    try:
        from mbc_desktop.storage.migrate import migrate

        migrate(database, target)
    finally:
        database.dispose()
    counts = dict.fromkeys(TABLES, 0)
    with (
        contextlib.closing(_connect_to_read(source)) as reading,
        contextlib.closing(sqlite3.connect(target, isolation_level=None)) as writing,
    ):
        writing.execute("PRAGMA foreign_keys = OFF")  # mended below, before the commit
        writing.execute("BEGIN IMMEDIATE")
        present = _tables_present(reading)
        inserted: dict[str, list[int]] = {table: [] for table in TABLES}
        for table in TABLES:
            if table not in present:
                continue
            try:
                wanted = _columns(writing, table)
                columns = [column for column in _columns(reading, table) if column in wanted]
            except cipher.database_errors():
                continue
            if not columns:
                continue
            names = ", ".join(f'"{column}"' for column in columns)
            marks = ", ".join("?" for _ in columns)
            # OR REPLACE: a rescued row takes the place of the one the migration made (the
            # nine ESAS-r scales), so the journal's own ids and names are kept.
            insert = f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})'
            reader = _Reader(reading, table, columns)
            for row in reader.rows():
                try:
                    cursor = writing.execute(insert, row)
                except cipher.database_errors():
                    continue  # a row the current schema refuses (NOT NULL, CHECK…)
                if cursor.lastrowid is not None:
                    inserted[table].append(cursor.lastrowid)
            if reader.skipped_ranges:
                log.warning("Salvage: %s: %d stretches skipped", table, reader.skipped_ranges)
        _copy_sequences(reading, writing)
        _mend_references(writing)
        for table in TABLES:
            counts[table] = _still_there(writing, table, inserted[table])
        writing.execute("COMMIT")
    return counts


def _tables_present(connection: sqlite3.Connection) -> set[str]:
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(name) for (name,) in rows}
    except cipher.database_errors():
        return set()


def _copy_sequences(reading: sqlite3.Connection, writing: sqlite3.Connection) -> None:
    """Keep AUTOINCREMENT's high-water marks, so that a deleted id is never reused."""
    try:
        rows = reading.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
    except cipher.database_errors():
        return
    for name, seq in rows:
        if name in TABLES and isinstance(seq, int):
            writing.execute(
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name)
            )


def _mend_references(writing: sqlite3.Connection) -> None:
    """Rows pointing at lost rows: SET NULL where the schema says so, else left out."""
    for _ in range(len(TABLES)):
        broken = writing.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, key_id in broken:
            keys = writing.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
            key = next((row for row in keys if row[0] == key_id), None)
            if key is not None and str(key[6]).upper() == "SET NULL":
                writing.execute(f'UPDATE "{table}" SET "{key[3]}" = NULL WHERE rowid = ?', (rowid,))
            else:
                writing.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    if writing.execute("PRAGMA foreign_key_check").fetchall():
        raise sqlite3.IntegrityError("rows still point at rows that are not there")


def _still_there(writing: sqlite3.Connection, table: str, rowids: list[int]) -> int:
    count = 0
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        placeholders = ", ".join("?" for _ in chunk)
        count += writing.execute(
            f'SELECT count(*) FROM "{table}" WHERE rowid IN ({placeholders})', chunk
        ).fetchone()[0]
    return count
