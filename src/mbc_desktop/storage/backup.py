"""Consistent copies of an open journal, taken with ``VACUUM INTO`` (never a file copy)."""

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from mbc_desktop.storage.engine import OWNER_ONLY_FILE, ensure_private_dir


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup_to(engine: Engine, destination: Path) -> Path:
    """Write a consistent, compact copy of the database to ``destination``, owner-only.

    ``VACUUM INTO`` reads one snapshot and writes a fresh file, so it is safe while the
    journal is open. It never overwrites a file: an existing ``destination`` raises
    FileExistsError.
    """
    ensure_private_dir(destination.parent)
    # VACUUM INTO accepts an empty file. Making it first, owner-only, means the copy is never
    # readable by others, not even for the moment before a chmod, whatever the umask.
    fd = os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY_FILE)
    try:
        if os.name == "posix":
            os.fchmod(fd, OWNER_ONLY_FILE)
    finally:
        os.close(fd)
    try:
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("VACUUM INTO ?", (str(destination),))
        finally:
            raw.close()
    except BaseException:
        destination.unlink(missing_ok=True)  # the empty file made above, or half a copy
        raise
    return destination


def timestamped_name(label: str, now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"journal-{label}-{moment}.sqlite"


def unused_path(path: Path) -> Path:
    """``path``, or ``name-2.sqlite``, ``name-3.sqlite``… if taken (VACUUM INTO won't overwrite)."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
