"""Start-up baseline: a bare PySide6 QMainWindow, the app's size, shown and painted once.

Run by run.py in a fresh process. Prints {"t0", "painted", "peak_rss_mib"}: perf_counter() at the
top of this script and when the window's content got its first paint event.
"""

# ruff: noqa: E402 - the clock must start before anything else is imported
import time

T0 = time.perf_counter()

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            painted = time.perf_counter()
            from _common import finish, peak_rss_mib

            finish({"t0": T0, "painted": painted, "peak_rss_mib": peak_rss_mib()})
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare window")
content = QWidget()
window.setCentralWidget(content)
window.resize(1100, 760)  # the size MainWindow starts at
watcher = FirstPaint()
content.installEventFilter(watcher)
window.show()
app.exec()
