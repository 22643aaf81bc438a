"""Start-up of MBC Desktop, as ``run_gui`` does it: ``start_gui(data_dir)`` then the event loop.

    probe_app_start.py DATA_DIR painted   stop at the window's first paint (``first_painted``)
    probe_app_start.py DATA_DIR pane      go on until the journal is open and the first area
                                          (Home) has been painted

Run by run.py in a fresh process. Prints perf_counter() values: ``t0`` (top of this script),
``painted`` (``first_painted``), ``pane_ready`` (just after the app's own after-first-paint
loader has attached the pane: ``window.questions_pane is not None``), ``pane_painted`` (the
pane's first paint has finished), and ``peak_rss_mib`` at the end.
"""

# ruff: noqa: E402 - the clock must start before anything else is imported
import time

T0 = time.perf_counter()

import os
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from mbc_desktop.app import start_gui
from mbc_desktop.ui.application import make_application

marks: dict[str, float] = {"t0": T0}
until = sys.argv[2]


def done() -> None:
    from _common import finish, peak_rss_mib

    finish({**marks, "peak_rss_mib": peak_rss_mib()})


def pane_painted() -> None:
    marks["pane_painted"] = time.perf_counter()
    done()


class PanePainted(QObject):
    """On the pane's first paint event, wait for the whole paint pass to end, then stop."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "pane_painted" not in marks:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, pane_painted)
        return False


def fail(message: str) -> NoReturn:
    print(message, file=sys.stderr, flush=True)
    os._exit(1)


def on_first_paint() -> None:
    marks["painted"] = time.perf_counter()
    if until == "painted":
        done()


def after_loader() -> None:
    # Queued after the app's own loader (connected first), so this runs right after it.
    marks["pane_ready"] = time.perf_counter()
    if window.questions_pane is None:
        fail(f"No Questions pane: {window.status_text.text()}")
    # The area shown first (Home) is what a person sees once the journal is open.
    shown = window.area(window.sidebar.currentRow()) or window.questions_pane
    shown.installEventFilter(pane_watcher)


pane_watcher = PanePainted()
window, _journals = start_gui(Path(sys.argv[1]))
window.first_painted.connect(on_first_paint)
window.first_painted.connect(after_loader, Qt.ConnectionType.QueuedConnection)
QTimer.singleShot(120_000, lambda: fail("timed out"))
make_application().exec()
