"""Consistent copies of an open journal, taken with ``VACUUM INTO`` (never a file copy)."""

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from mbc_desktop.storage.engine import ensure_private_dir


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup_to(engine: Engine, destination: Path) -> Path:
    """Write a consistent, compact copy of the database to ``destination``.

    ``VACUUM INTO`` reads one snapshot and writes a fresh file, so it is safe while the
    journal is open. It refuses to overwrite, which is what we want.
    """
    ensure_private_dir(destination.parent)
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("VACUUM INTO ?", (str(destination),))
    finally:
        raw.close()
    if destination.exists():
        destination.chmod(0o600)
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
