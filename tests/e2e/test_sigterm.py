"""Told to stop from outside (log-out, shutdown, Ctrl+C) right after typing: nothing is lost."""

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="POSIX signals"),
]

# The real app, started the way `python -m mbc_desktop` starts it, plus a timer that types
# into the question editor once the journal is open (as fast as a person could: no pause for
# the editor's save timer) and says so on stdout.
CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mbc_desktop.__main__ import main
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.main_window import MainWindow

data_dir, typed_text = sys.argv[1], sys.argv[2]
make_application()

def type_once_open():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].questions_pane is None:
        return
    timer.stop()
    window = windows[0]
    if window.welcome_dialog is not None:
        window.welcome_dialog.reject()
    from mbc_desktop.domain import NewQuestion
    pane = window.questions_pane
    pane.add_question(NewQuestion(text="Saved before typing"))
    pane.editor.text_edit.selectAll()
    QTest.keyClicks(pane.editor.text_edit, typed_text)
    print("typed", flush=True)

timer = QTimer()
timer.timeout.connect(type_once_open)
timer.start(20)
sys.exit(main(["--data-dir", data_dir]))
"""


def start_and_type(data_dir: Path, text: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), text],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    line = process.stdout.readline() if ready else ""
    if line.strip() != "typed":
        process.kill()
        _out, err = process.communicate(timeout=30)
        pytest.fail(f"the app did not get as far as typing: {err}")
    return process


def question_texts(data_dir: Path) -> list[str]:
    journal = data_dir / "journal.sqlite"
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
        return [row[0] for row in db.execute("SELECT text FROM questions")]


@pytest.mark.parametrize(
    "stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name
)
def test_typing_is_saved_when_stopped_straight_after(tmp_path: Path, stop: signal.Signals) -> None:
    data_dir = tmp_path / "data"
    text = "What does my latest scan show"
    process = start_and_type(data_dir, text)
    typed_at = time.monotonic()
    process.send_signal(stop)
    # Well inside the editor's 0.6 s pause, so its own save timer cannot have done it.
    assert time.monotonic() - typed_at < 0.3
    try:
        _out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    assert process.returncode == 0, err
    assert question_texts(data_dir) == [text]
    log_text = (data_dir / "logs" / "mbc-desktop.log").read_text()
    assert f"Stopping on {stop.name}" in log_text
    assert text not in log_text


# SIGTERM arrives while the journal is being opened (and migrated): opening finishes first,
# then the app stops as usual, rather than being cut off half-way.
DURING_OPENING = r"""
import os, signal, sys
import mbc_desktop.app as app_module
from mbc_desktop.__main__ import main

real_attach = app_module.attach_journal

def attach_while_signalled(window, paths, *args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    return real_attach(window, paths, *args, **kwargs)

app_module.attach_journal = attach_while_signalled
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_stopped_while_the_journal_opens_it_finishes_opening_then_stops(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", DURING_OPENING, str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    log_text = (data_dir / "logs" / "mbc-desktop.log").read_text()
    assert log_text.index("Journal open") < log_text.index("Stopping on SIGTERM")
    assert "Unhandled error" not in log_text
    assert question_texts(data_dir) == []
