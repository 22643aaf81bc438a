"""Quitting the app (here: told to stop at log-out) leaves a checked, owner-only backup holding
what was typed (tests/unit/storage/test_backups.py: none when nothing changed)."""

import os
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from .test_sigterm import start_and_type

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="POSIX signals"),
]


def backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("journal-on-exit-*.sqlite"))


def stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    assert process.returncode == 0, err


def test_quitting_backs_up_what_was_typed_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    stop(start_and_type(data_dir, "Is the new pain from the cancer"))
    (made,) = backups(data_dir)
    with sqlite3.connect(f"file:{made}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        texts = [row[0] for row in db.execute("SELECT text FROM questions ORDER BY position")]
    assert "Is the new pain from the cancer" in texts
    assert made.stat().st_mode & 0o777 == 0o600
    log_text = (data_dir / "logs" / "mbc-desktop.log").read_text()
    assert "Backed up the journal (on-exit" in log_text
