"""The QApplication: names, icon, base text size, saving when told to stop from outside,
and the last-resort error message."""

import logging
import os
import signal
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import FrameType, TracebackType

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from mbc_desktop import APP_NAME, ORGANISATION, __version__
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.pyside_hook import read_sources_plainly

# Right after PySide6's first import, before the app's other modules: PySide6's import hook
# then reads each of them without keeping its source (see pyside_hook).
read_sources_plainly()

DESKTOP_ID = "org.mbcdesktop.MBCDesktop"
log = logging.getLogger(__name__)
_base_font: QFont | None = None


def make_application() -> QApplication:
    """The one QApplication (made if needed), with the names that Qt and desktops use."""
    global _base_font
    existing = QApplication.instance()
    # Fusion from the start (Qt's -style option): apply_theme's first call, for the window's
    # first paint, leaves the style as it is (setStyle would make PySide6 build QStyle's enums).
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([*sys.argv[:1], "-style", "Fusion"])
    )
    if _base_font is None:
        # The platform's own text size: the 100 % that View › Text size scales from.
        _base_font = QFont(QApplication.font())
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setOrganizationName(ORGANISATION)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    icon = Path(__file__).parent.parent / "resources" / "icons" / "mbc-desktop.svg"
    QGuiApplication.setWindowIcon(QIcon(str(icon)))
    return app


def repeat_every(parent: QObject, milliseconds: int, action: Callable[[], None]) -> QTimer:
    """Run ``action`` every ``milliseconds`` while ``parent`` lives (automatic backups)."""
    timer = QTimer(parent)
    timer.setInterval(milliseconds)
    timer.timeout.connect(action)
    timer.start()
    return timer


def lock_data_dir(data_dir: Path, wait_ms: int = 200) -> QLockFile | None:
    """Claim the data folder for this process; None if another MBC Desktop has it open
    (after waiting up to ``wait_ms`` for it to be free).

    Two windows on one journal would each show a list the other has changed. The lock is
    released when the process ends, even by a crash (Qt checks whether its owner still runs).
    The data commands (``mbc-desktop backup``, ``restore``, ``import``…) take the same lock
    for the moment they work.
    """
    lock = QLockFile(str(DataPaths(data_dir).lock))
    lock.setStaleLockTime(0)  # held for as long as the app runs, however long that is
    return lock if lock.tryLock(wait_ms) else None


def base_font() -> QFont:
    return QFont(_base_font) if _base_font is not None else QFont(QApplication.font())


def run(app: QApplication) -> int:
    sys.excepthook = _report_unhandled
    return app.exec()


# SIGHUP: the terminal it was started from closed. Windows has no SIGHUP.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class StopRequests(QObject):
    """Saves what is typed when the app is told to stop from outside, not only after the pause.

    SIGTERM (log-out, shutdown, ``kill``), SIGINT (Ctrl+C) and SIGHUP (its terminal closed)
    call ``stop``, which should close the window (its closeEvent saves what is typed); then
    the app quits normally.
    The desktop session's "save your work" requests call ``save`` and leave the window open,
    as the person can still cancel the log-out.

    Python runs its signal handlers only when the interpreter has control, which it does not
    while Qt waits for events. So the handler itself does nothing: Python also writes the
    signal number to a pipe (``signal.set_wakeup_fd``; a socket on Windows), a QSocketNotifier
    on the other end wakes Qt's loop, and ``stop`` runs there like any other event, never
    half-way through other code such as opening the journal.
    """

    def __init__(
        self,
        app: QGuiApplication,
        stop: Callable[[], object],
        save: Callable[[], None],
    ) -> None:
        super().__init__(app)
        self._app = app
        self._stop = stop
        self._save = save
        self._read: Callable[[], bytes]
        self._closers: list[Callable[[], None]]
        if sys.platform == "win32":  # there, only a socket can wake Python up
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            read_fd, write_fd = reader.fileno(), writer.fileno()
            self._read = partial(reader.recv, 64)
            self._closers = [reader.close, writer.close]
        else:  # a pipe: the socket module is ~2.5 ms of imports before the first paint
            read_fd, write_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(write_fd, False)
            self._read = partial(os.read, read_fd, 64)
            self._closers = [partial(os.close, read_fd), partial(os.close, write_fd)]
        self._previous_wakeup_fd = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
        self._previous_handlers = {
            number: signal.signal(number, _wake_qt_only) for number in STOP_SIGNALS
        }
        self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._signalled)
        app.commitDataRequest.connect(self.save_for_session)
        app.saveStateRequest.connect(self.save_for_session)
        self._removed = False

    def _signalled(self) -> None:
        try:
            numbers = self._read()
        except BlockingIOError:
            return
        stops = [n for n in numbers if n in STOP_SIGNALS]
        if not stops:
            return
        log.info("Stopping on %s; saving first", signal.Signals(stops[0]).name)
        # A second signal now ends the process at once, in case saving ever hangs.
        for number in STOP_SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        self._stop()
        self._app.quit()

    def save_for_session(self, _manager: object = None) -> None:
        """The session manager asks for data to be saved (the desktop is logging out)."""
        log.info("Desktop session ending; saving what is typed")
        self._save()

    def remove(self) -> None:
        """Put the signal handling back as it was (tests, and after the app has stopped)."""
        if self._removed:
            return
        self._removed = True
        self._notifier.setEnabled(False)
        self._app.commitDataRequest.disconnect(self.save_for_session)
        self._app.saveStateRequest.disconnect(self.save_for_session)
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        for number, handler in self._previous_handlers.items():
            if handler is not None:  # None: set outside Python, cannot be put back
                signal.signal(number, handler)
        for close in self._closers:
            close()


def _wake_qt_only(_number: int, _frame: FrameType | None) -> None:
    """Replaces Python's own handling (for SIGINT, KeyboardInterrupt in the middle of a slot);
    the wake-up pipe brings the signal to StopRequests."""


# Set by the composition root: takes an error it knows how to show (a journal found damaged
# while the app runs) and returns True; anything else gets the general message below.
special_errors: list[Callable[[BaseException], bool]] = []


def _report_unhandled(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if any(handle(error) for handle in special_errors):
        return
    log.critical("Unhandled error", exc_info=(kind, error, trace))
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("application", "Something went wrong"),
        QCoreApplication.translate(
            "application",
            "Something unexpected went wrong. Everything shown as saved is safe in your "
            "journal. If what you just did did not work, try it again; if it keeps failing, "
            "restart MBC Desktop. The log file in the data folder (Help › About) has the "
            "details.",
        ),
    )
