"""The optional visit timer: the minutes since the visit view was first shown for this
appointment, beside the title, with a checkbox to hide it."""

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QWidget

from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel

TICK_MS = 5_000  # minutes are shown, so a few seconds late is never seen


class VisitTimer(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = ScaledLabel("", TextRole.HEADING)
        self.label.setObjectName("visitTimer")
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.check = QCheckBox(self.tr("Show the &timer"))
        self.check.setObjectName("showTimer")
        self.check.setChecked(True)
        self.check.setToolTip(self.tr("The time since this view opened"))
        self.check.toggled.connect(self.show_time)
        self._started = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.show_time)
        self.show_time()

    @property
    def running(self) -> bool:
        return self._started.isValid()

    def start(self) -> None:
        self._started.start()
        self._tick.start()
        self.show_time()

    def reset(self) -> None:
        """Stopped at nothing, until ``start`` (a new appointment, not seen yet)."""
        self._started.invalidate()
        self._tick.stop()
        self.show_time()

    def minutes(self) -> int:
        return int(self._started.elapsed() // 60_000) if self._started.isValid() else 0

    def show_time(self) -> None:
        text = self.tr("%n minute(s) so far", "", self.minutes())
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setVisible(self.check.isChecked())
