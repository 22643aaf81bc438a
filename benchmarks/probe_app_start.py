"""Start-up of MBC Desktop, as ``run_gui`` does it: ``start_gui(data_dir)`` then the event loop.

    probe_app_start.py DATA_DIR painted   stop at the window's first paint (``first_painted``)
    probe_app_start.py DATA_DIR data      go on until the data is ready (below)
    probe_app_start.py DATA_DIR visit     then also visit every area, for the peak memory

Run by run.py in a fresh process. Prints perf_counter() values:

- ``t0``: the first line of this script, before any import;
- ``painted``: ``first_painted`` (the first paint event of the window's content);
- ``data_set``: Home's data is in its widgets. If the window has a ``data_ready`` signal, the
  moment it is emitted (the hook for a start-up that fills Home before the areas are built);
  otherwise right after the app's own after-first-paint loader (``attach_journal``), which
  builds every area and shows Home: a slot queued on ``first_painted`` after it;
- ``data_ready``: the end of the paint pass that first paints Home (the widget named
  ``homePane``) once its data is set: a zero-timer started from that paint event. This is
  "data ready": the person sees the next appointment, its question counts and the flagged
  symptoms;

and ``peak_rss_mib`` (at data ready, or at the first paint), ``visited_rss_mib`` (after every
area has been shown and painted, ``visit`` only), ``home`` (what Home showed: the next
appointment's line, the counts and the flagged symptoms, to check the journal is the one meant).
"""

# ruff: noqa: E402 - the clock must start before anything else is imported
import time

T0 = time.perf_counter()

import os
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mbc_desktop.app import start_gui
from mbc_desktop.ui.application import make_application

marks: dict[str, float] = {"t0": T0}
until = sys.argv[2]
extra: dict[str, object] = {}


def done() -> None:
    from _common import finish

    finish({**marks, **extra})


def fail(message: str) -> NoReturn:
    print(message, file=sys.stderr, flush=True)
    os._exit(1)


def label_text(name: str) -> str:
    found = window.findChild(QLabel, name)
    return found.text() if found is not None and found.isVisible() else ""


def settle() -> None:
    quiet = 0
    for _ in range(200):
        started = time.perf_counter()
        QApplication.processEvents()
        quiet = quiet + 1 if time.perf_counter() - started < 0.0005 else 0
        if quiet == 2:
            return


def visit_every_area() -> None:
    # Data ready comes from Home's first screen, before the areas are built: wait for them.
    deadline = time.perf_counter() + 30
    while window.sidebar.count() == 0 and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    settle()
    for row in range(window.sidebar.count()):
        window.go_to_area(row)
        settle()


def data_ready() -> None:
    from _common import peak_rss_mib

    marks["data_ready"] = time.perf_counter()
    extra["peak_rss_mib"] = peak_rss_mib()
    extra["home"] = {
        "next": label_text("nextWhen"),
        "counts": label_text("plannedCounts"),
        "flagged": label_text("homeFlaggedSymptoms"),
        "empty": label_text("homeEmpty"),
    }
    if until == "visit":
        visit_every_area()
        extra["visited_rss_mib"] = peak_rss_mib()
        extra["areas"] = window.sidebar.count()
    done()


class HomePainted(QObject):
    """On Home's first paint after its data is set, wait for the paint pass to end."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "data_ready" not in marks:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, data_ready)
        return False


home_watcher = HomePainted()


def on_first_paint() -> None:
    from _common import peak_rss_mib

    marks["painted"] = time.perf_counter()
    if until == "painted":
        extra["peak_rss_mib"] = peak_rss_mib()
        done()


def on_data_set() -> None:
    if "data_set" in marks:
        return
    marks["data_set"] = time.perf_counter()
    home = window.findChild(QWidget, "homePane")
    if home is None:
        fail(f"No Home: {window.status_text.text()}")
    home.installEventFilter(home_watcher)
    home.update()


window, _journals = start_gui(Path(sys.argv[1]))
window.first_painted.connect(on_first_paint)
if until != "painted":
    hook = getattr(window, "data_ready", None)
    if hook is not None:
        hook.connect(on_data_set)
    # Queued after the app's own loader (connected first), so this runs right after it: a zero
    # timer, as the app queues its own (``Qt.ConnectionType`` here would make Qt's namespace,
    # ~11 ms the app itself no longer spends before its first paint).
    window.first_painted.connect(lambda: QTimer.singleShot(0, on_data_set))
QTimer.singleShot(120_000, lambda: fail("timed out"))
make_application().exec()
