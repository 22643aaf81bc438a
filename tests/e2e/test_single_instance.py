"""Starting MBC Desktop a second time on the same data folder, with two real processes."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# A second start as `python -m mbc_desktop` makes it, then reports how many main windows it made.
# Any message box it shows is read out and closed, so the test never hangs on one.
SECOND = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from mbc_desktop.__main__ import main
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.main_window import MainWindow

make_application()

def close_message_boxes():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            print("message:", widget.text().replace("\n", " "), flush=True)
            widget.close()

timer = QTimer()
timer.timeout.connect(close_message_boxes)
timer.start(50)
code = main(["--data-dir", sys.argv[1]])
windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
print("main windows:", len(windows), flush=True)
sys.exit(code)
"""

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def log_text(data_dir: Path) -> str:
    log_file = data_dir / "logs" / "mbc-desktop.log"
    return log_file.read_text() if log_file.exists() else ""


def wait_for_log(data_dir: Path, line: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while line not in log_text(data_dir):
        assert process.poll() is None, "the first MBC Desktop ended"
        assert time.monotonic() < deadline, f"no {line!r} in the log"
        time.sleep(0.1)


def start_second(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SECOND, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
    )


def test_second_start_brings_the_first_window_forward_and_ends(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-m", "mbc_desktop", "--data-dir", str(data_dir)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_log(data_dir, "Journal open", first)
        started = time.monotonic()
        second = start_second(data_dir)
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert second.stderr.strip().splitlines() == [
            "MBC Desktop is already open; switched to that window."
        ]
        assert "main windows: 0" in second.stdout
        assert "message:" not in second.stdout
        assert took < 15
        wait_for_log(data_dir, "Asked to come forward by a second start", first)
        assert first.poll() is None, "the first MBC Desktop must keep running"
    finally:
        first.terminate()
        first.wait(timeout=30)
    assert first.returncode == 0


def test_second_start_says_so_when_the_first_does_not_answer(tmp_path: Path) -> None:
    from mbc_desktop.ui.application import lock_data_dir

    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    # Holds the lock, as a hung MBC Desktop would, but never answers on the socket.
    hung = lock_data_dir(data_dir)
    assert hung is not None
    try:
        second = start_second(data_dir)
    finally:
        hung.unlock()
    assert second.returncode == 1, second.stderr
    assert "message: MBC Desktop is already open with this journal, but it is not answering" in (
        second.stdout
    )
    assert "main windows: 0" in second.stdout
