"""Starting the real app in a separate process, as a user would."""

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mbc_desktop import __version__

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from mbc_desktop.app import start_gui
from mbc_desktop.ui.application import make_application

heavy = ("sqlalchemy", "alembic", "pydantic")
seen = {"before_start": [m for m in heavy if m in sys.modules]}
window, opened = start_gui(Path(sys.argv[1]))
window.first_painted.connect(
    lambda: seen.setdefault("at_first_paint", [m for m in heavy if m in sys.modules])
)
app = make_application()

def check():
    if window.questions_pane is not None:
        seen["journal_opened"] = True
        seen["after_open"] = [m for m in heavy if m in sys.modules]
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(10)
QTimer.singleShot(30000, app.quit)
app.exec()
print(json.dumps(seen))
"""


def run_python(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


@pytest.mark.slow
def test_window_paints_before_the_database_layer_is_imported(tmp_path: Path) -> None:
    result = run_python("-c", PROBE, str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["before_start"] == []
    assert seen["at_first_paint"] == [], "heavy imports happened before the window painted"
    assert seen["journal_opened"] is True
    assert "sqlalchemy" in seen["after_open"]


def test_version_flag_prints_the_version() -> None:
    result = run_python("-m", "mbc_desktop", "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"MBC Desktop {__version__}"


def test_data_dir_that_is_a_file_gets_a_one_line_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    result = run_python("-m", "mbc_desktop", "--data-dir", str(not_a_folder))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "is a file, not a folder" in result.stderr


def test_unknown_option_is_refused() -> None:
    result = run_python("-m", "mbc_desktop", "--no-such-option")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_data_dir_option_creates_a_private_journal_there(tmp_path: Path) -> None:
    data_dir = tmp_path / "portable journal"
    process = subprocess.Popen(
        [sys.executable, "-m", "mbc_desktop", "--data-dir", str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "MBC_DESKTOP_DATA_DIR": "/nonexistent"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    journal = data_dir / "journal.sqlite"
    try:
        deadline = time.monotonic() + 60
        ready = False
        while time.monotonic() < deadline and not ready:
            time.sleep(0.2)
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            if journal.exists():
                with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
                    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
                ready = {"questions", "alembic_version"} <= tables
        assert ready, "the journal was not created in --data-dir"
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stderr:
            process.stderr.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    assert (data_dir / "logs" / "mbc-desktop.log").exists()
    assert not Path("/nonexistent").exists()
