"""Drag a question with a real (virtual) mouse under Xvfb: the whole drag-and-drop path.

The offscreen tests call the drop handler directly; only a real X server runs QDrag itself.
Skipped where Xvfb or xdotool is missing (.ci/run installs both).
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool"
    ),
]

PROBE = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from mbc_desktop.app import attach_journal, make_window
from mbc_desktop.domain import NewQuestion
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application

app = make_application()
paths = DataPaths(Path(sys.argv[1]))
paths.root.mkdir(parents=True, exist_ok=True)
window = make_window(paths)
attach_journal(window, paths)
pane = window.questions_pane
window.show_area(pane)
for text in ["First", "Second", "Third", "Fourth"]:
    pane._service.add(NewQuestion(text=text))
window.move(0, 0)
window.resize(1000, 700)
window.show()

def announce():
    view = pane.list_view
    source = view.viewport().mapToGlobal(view.visualRect(pane.model.index(3, 0)).center())
    target = view.viewport().mapToGlobal(view.visualRect(pane.model.index(0, 0)).topLeft())
    print("POINTS", source.x(), source.y(), source.x(), target.y() + 4, flush=True)

def watch():
    order = [q.text for q in pane._service.list()]
    if order[0] != "First":
        print("ORDER", ",".join(order), flush=True)
        app.quit()

QTimer.singleShot(1000, announce)
timer = QTimer()
timer.timeout.connect(watch)
timer.start(50)
QTimer.singleShot(15000, app.quit)
app.exec()
"""


def test_dragging_the_last_question_to_the_top(tmp_path: Path) -> None:
    display = f":{90 + os.getpid() % 9}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = None
    try:
        time.sleep(1)
        app = subprocess.Popen(
            [sys.executable, "-c", PROBE, str(tmp_path / "data")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.startswith("POINTS"), line
        sx, sy, dx, dy = (int(n) for n in line.split()[1:])

        def xdo(*args: str) -> None:
            subprocess.run(["xdotool", *args], env=env, check=True)
            time.sleep(0.1)

        xdo("mousemove", str(sx), str(sy))
        xdo("mousedown", "1")
        for step in range(1, 11):  # move in steps, as a hand does, so Qt starts a drag
            xdo("mousemove", str(sx), str(sy - step * (sy - dy) // 10))
        xdo("mousemove", str(dx), str(dy))
        xdo("mouseup", "1")
        result = app.stdout.readline()
        assert result.strip() == "ORDER Fourth,First,Second,Third"
    finally:
        if app is not None:
            app.kill()
            app.wait()
            if app.stdout:
                app.stdout.close()
        xvfb.terminate()
        xvfb.wait()
