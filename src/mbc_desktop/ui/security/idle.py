"""The lock after a time with no use: any key, click, wheel turn or touch starts the wait
again; when it runs out, ``idle`` is emitted and the window locks.

Only what a person does counts. Paints, timers and the mouse merely passing over the window
do not (a cursor nudged by a sleeve should not keep a journal open).

What a person types or clicks reaches the app's windows first (each a QWindow, which hands it
on to the widget meant), so the watch is on the windows, not on the whole application. A
filter on the application would be called, in Python, for every event of every widget (each
paint, show, move, layout): about 1.5 ms of a saved check-in, for a few key presses a minute.
(A letter composed from a dead key or by an input method reaches the field as composed text,
not through the window; the keys typed around it do, which is plenty for a wait of minutes.)
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from shiboken6 import isValid

# What a person does: typing, clicking, scrolling, touching.
USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Watches the app's windows for input; ``idle`` fires after ``set_minutes`` minutes
    without any (None: never).

    The windows open now are watched, and each window from the moment it first takes the
    keyboard (a dialog, say), before any key reaches it.

    Once ``idle`` has fired it waits no longer, whatever is typed (into the unlock page, say),
    until ``resume`` (after unlocking) or ``set_minutes``. ``pause`` stops it the same way.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Exact to the millisecond: a coarse timer may run 5 % late (3 minutes in an hour).
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._ran_out)
        self._interval_ms: int | None = None
        self._paused = False
        self._windows: list[QWindow] = []
        self._watching = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for window in QGuiApplication.topLevelWindows():
                self._watch(window)
            app.focusWindowChanged.connect(self._watch)
            self._watching = True

    def _watch(self, window: QWindow | None) -> None:
        self._windows = [known for known in self._windows if isValid(known)]  # closed ones out
        if window is None or any(window is known for known in self._windows):
            return
        window.installEventFilter(self)
        self._windows.append(window)

    def set_minutes(self, minutes: int | None) -> None:
        """Lock after ``minutes`` with no use, counted from now; None never locks."""
        self.set_interval_ms(None if minutes is None else minutes * 60_000)

    def set_interval_ms(self, interval_ms: int | None) -> None:
        """The same in milliseconds (tests use a short one)."""
        self._interval_ms = interval_ms if interval_ms and interval_ms > 0 else None
        self._paused = False
        self._restart()

    @property
    def interval_ms(self) -> int | None:
        return self._interval_ms

    def is_waiting(self) -> bool:
        """Whether the wait is running (it will fire unless there is input)."""
        return self._timer.isActive()

    def pause(self) -> None:
        """Stop waiting (while the window is locked)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Wait again, from now (once the window is unlocked)."""
        self._paused = False
        self._restart()

    def _restart(self) -> None:
        if self._interval_ms is None or self._paused:
            self._timer.stop()
            return
        self._timer.start(self._interval_ms)

    def _ran_out(self) -> None:
        self._paused = True
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and self._timer.isActive():
            self._timer.start()  # the same interval, from now
        return False

    def stop_watching(self) -> None:
        """Take the filter off the windows (the window is closing)."""
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._watching:
            app.focusWindowChanged.disconnect(self._watch)
            self._watching = False
        for window in self._windows:
            if isValid(window):
                window.removeEventFilter(self)
        self._windows = []
