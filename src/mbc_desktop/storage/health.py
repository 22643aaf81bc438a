"""Is a journal file whole? SQLite's own checks, run without changing a byte of the file.

``quick_check`` runs at every start-up, before anything opens the journal for writing. It reads
the 100-byte header itself (SQLite's magic string, a valid page size, a file that is a whole
number of pages and not shorter than its header says), then asks SQLite for
``PRAGMA quick_check``: every b-tree page, cell and record format (O(N)), but not whether the
indexes agree with their tables (``integrity_check``, O(N log N), does that too).

How the file is opened, so that checking never writes to it:

- no ``-wal`` or ``-journal`` next to it (the app was closed normally): read-only and
  ``immutable``, so SQLite takes no locks and makes no ``-wal``/``-shm`` files (a read-only
  connection to a WAL-mode file otherwise leaves two empty ones behind);
- a ``-wal`` (the app stopped without closing the journal): read-only, through the WAL. The
  database and ``-wal`` files stay byte-identical; SQLite may rebuild the ``-shm`` index, which
  holds no data;
- a hot rollback ``-journal``, or a folder where SQLite cannot make its ``-shm``: the files are
  copied into a private temporary folder and the copy is checked (SQLite rolls the copy back).

Measured (Python's SQLite 3.40.1, 2-core machine, warm cache, medians): the 10-year journal
of ``benchmarks/synthetic_journal.py`` plus ten years of daily check-ins from
``benchmarks/symptoms.py`` (3,000 questions, 3,120 check-ins, 26,701 scores, 522 appointments;
2.5 MB): ``quick_check`` 5.1 ms after a normal close, 5.4 ms with a 0.8 MB hot WAL (checking a
copy instead: 7.2 ms), ``integrity_check`` 15 ms. The same journal grown a hundredfold (240 MB,
2.7 million scores): ``quick_check`` 0.35 s, copying then checking 0.43 s,
``integrity_check`` 2.0 s. So start-up runs ``quick_check``; the time grows with the file.
"""

import contextlib
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mbc_desktop.storage import cipher

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# The most problems SQLite lists (its default is 100); the first few tell the story.
MOST_PROBLEMS = 20
# Corruption (SQLITE_CORRUPT) and "not a database" (SQLITE_NOTADB), as primary result codes.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
_DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


@dataclass(frozen=True)
class Health:
    """What a check found. ``problems`` are SQLite's and our own words, for the log."""

    ok: bool
    problems: tuple[str, ...]
    milliseconds: float


def side_file(database: Path, ending: str) -> Path:
    """``journal.sqlite-wal`` for ``("journal.sqlite", "-wal")``."""
    return database.with_name(database.name + ending)


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` (sqlite3's or SQLCipher's, or SQLAlchemy's wrapping one) says the
    file is damaged: SQLITE_CORRUPT or SQLITE_NOTADB, or "database disk image is malformed".
    (An encrypted file is only ever opened with a key already checked against its key file,
    so "not a database" there is damage too, not a wrong key.)"""
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException) and original is not error:
        return is_damage(original)
    if not isinstance(error, cipher.database_errors()):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _DAMAGE_CODES
    # Made by hand, or by an older Python: only the message tells.
    message = str(error).lower()
    return any(word in message for word in _DAMAGE_WORDS)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only and leaves nothing behind.

    ``immutable`` when there is no ``-wal`` or ``-journal`` beside it (SQLite then takes no
    locks and makes no side files); otherwise plain read-only, through the WAL. Only for a
    file no one is writing to in rollback-journal mode (the journal is always in WAL mode).
    """
    wal, journal = side_file(path, "-wal"), side_file(path, "-journal")
    immutable = not wal.exists() and not journal.exists()
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def quick_check(path: Path) -> Health:
    """The header and ``PRAGMA quick_check`` of the file at ``path``, without writing to it.

    An empty file is a healthy, empty database. Raises OSError if the file cannot be read at
    all (missing, or no permission): that is not damage.
    """
    return _check(path, "quick_check")


def integrity_check(path: Path) -> Health:
    """As ``quick_check``, with ``PRAGMA integrity_check`` (indexes against tables too)."""
    return _check(path, "integrity_check")


def looks_like_sqlite(path: Path) -> bool:
    """Whether the file is, or was before it was damaged, an SQLite database.

    True if it starts with SQLite's header; or, with the header overwritten, if it is a
    whole number of 512-byte blocks and SQLite's schema text ("CREATE TABLE") is in its first
    mebibyte. Random bytes and text files are not.
    """
    with path.open("rb") as file:
        start = file.read(1 << 20)
        size = file.seek(0, 2)
    if start.startswith(SQLITE_HEADER):
        return True
    if cipher.journal_is_encrypted(path) or (cipher.current_key() and cipher.is_encrypted(path)):
        return True  # encrypted: every byte looks random, the key file says it is ours
    return size >= 1024 and size % 512 == 0 and b"CREATE TABLE" in start


def _check(path: Path, pragma: str) -> Health:
    started = time.perf_counter()
    problems, readable = _header_problems(path)
    if readable:
        problems += _pragma_problems(path, pragma)
    return Health(
        ok=not problems,
        problems=tuple(problems),
        milliseconds=(time.perf_counter() - started) * 1000,
    )


def _page_size(header: bytes) -> int | None:
    value = int.from_bytes(header[16:18], "big")
    size = 65536 if value == 1 else value
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else None


def _header_problems(path: Path) -> tuple[list[str], bool]:
    """Problems the first 100 bytes and the size show, and whether SQLite should look further.

    An empty file has none and needs no further look.
    """
    with path.open("rb") as file:
        header = file.read(HEADER_SIZE)
        size = file.seek(0, 2)
    if size == 0:
        return [], False
    if cipher.is_encrypted(path) and cipher.current_key() is not None:
        # Encrypted: the header is ciphertext too; SQLCipher checks each page's HMAC as the
        # pragma reads it, so damage anywhere shows there.
        whole = size % 512 == 0
        return ([] if whole else ["The file is not a whole number of 512-byte blocks."]), True
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return ["The file does not begin with SQLite's header."], False
    page_size = _page_size(header)
    if page_size is None:
        return ["The page size in the file's header is not one SQLite uses."], False
    problems = []
    if size % page_size:
        problems.append(f"The file is {size} bytes, not a whole number of {page_size}-byte pages.")
    # The header's page count is valid when "version-valid-for" matches the change counter.
    # A file shorter than that was cut. (With a -wal, a checkpoint may have been interrupted
    # after page 1 was written; the WAL then still holds the rest, so do not judge.)
    pages = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28]
    wal = side_file(path, "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if valid and pages and not has_wal and pages * page_size > size:
        problems.append(f"The header says {pages} pages, but the file holds {size // page_size}.")
    return problems, True


def _pragma_problems(path: Path, pragma: str) -> list[str]:
    journal = side_file(path, "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        return _check_a_copy(path, pragma)  # a hot journal: SQLite must roll it back first
    try:
        with contextlib.closing(
            cipher.connect(path, uri=read_only_uri(path), timeout=5)
        ) as connection:
            return _run(connection, pragma)
    except cipher.database_errors() as error:
        if is_damage(error):
            return [str(error)]
        # Could not open read-only through the WAL (e.g. no -shm and a folder SQLite may not
        # write in): check a copy instead.
        return _check_a_copy(path, pragma)


def _run(connection: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MOST_PROBLEMS})").fetchall()
    except cipher.database_errors() as error:
        if not is_damage(error):
            raise
        return [str(error)]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


@contextlib.contextmanager
def _private_folder(near: Path) -> Iterator[Path]:
    """A temporary folder, owner-only, next to ``near`` if possible (the same disk, already
    private), else in the system's temporary folder. Removed with all it holds."""
    try:
        folder = tempfile.mkdtemp(prefix=".check-", dir=near)
    except OSError:
        folder = tempfile.mkdtemp(prefix="mbc-desktop-check-")
    try:
        yield Path(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_a_copy(path: Path, pragma: str) -> list[str]:
    with _private_folder(path.parent) as folder:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        for ending in ("-wal", "-journal"):
            if side_file(path, ending).exists():
                shutil.copyfile(side_file(path, ending), side_file(copy, ending))
        try:
            with contextlib.closing(cipher.connect(copy, timeout=5)) as connection:
                return _run(connection, pragma)
        except cipher.database_errors() as error:
            return [str(error)]
