"""One MBC Desktop per data folder: a second start brings the first window forward instead.

The data folder's lock file (``application.lock_data_dir``) is what says MBC Desktop is
running. The process that holds it also listens on a local socket named after the data
folder. A second start that finds the lock taken connects, sends ``show``, waits for
``shown`` and ends without a window. Only this user can connect, and nothing leaves the
computer: a local socket is not a network connection.
"""

import hashlib
import logging
import os
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

SHOW = b"show\n"
SHOWN = b"shown\n"
CONNECT_TIMEOUT_MS = 1000
# Long enough for a running app that is busy for a moment (a large journal opening).
ANSWER_TIMEOUT_MS = 5000
LONGEST_MESSAGE = 64
# A Unix socket's path must fit in 108 bytes; past this, the name goes in the temp folder.
LONGEST_RUNTIME_DIR = 60


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for one user and data folder, different for any other.

    On Linux it goes in the per-user runtime folder (owner-only) when there is one; otherwise
    Qt puts it in the temporary folder (and the owner-only socket option still applies).
    """
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{data_dir}".encode()).hexdigest()[:24]
    name = f"mbc-desktop-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and len(runtime) <= LONGEST_RUNTIME_DIR and Path(runtime).is_dir():
        return str(Path(runtime) / name)
    return name


class InstanceServer(QObject):
    """Listens for a second start on the same data folder; emits ``come_forward`` for it."""

    come_forward = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening. Call only while holding the data folder's lock: a name left
        behind by a crash is removed first, which would break a running instance's socket."""
        QLocalServer.removeServer(self._name)
        if self._server.listen(self._name):
            return True
        # Not fatal: the lock still keeps a second window out; it just cannot be brought here.
        log.warning("Not listening for a second start (%s)", self._server.serverError().name)
        return False

    def _accept(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            connection.readyRead.connect(partial(self._read, connection))
            self._read(connection)  # it may have written before we connected readyRead

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > LONGEST_MESSAGE:
                connection.abort()
            return
        message = connection.readLine(LONGEST_MESSAGE).data()
        if message == SHOW:
            log.info("Asked to come forward by a second start")
            self.come_forward.emit()
            connection.write(SHOWN)
            connection.flush()
        connection.disconnectFromServer()


def bring_forward(window: QWidget) -> None:
    """Show the window on top and give it the keyboard (un-minimised, still maximised if it was).

    Some desktops only flash its task-bar entry instead: they do not let a program take the
    focus by itself.
    """
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def ask_to_come_forward(data_dir: Path) -> bool:
    """Ask the MBC Desktop that has ``data_dir`` open to bring its window forward.

    False if nobody answered: no socket, or a process that holds the lock but is stuck.
    """
    connection = QLocalSocket()
    connection.connectToServer(server_name(data_dir))
    if not connection.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    connection.write(SHOW)
    if not connection.waitForBytesWritten(CONNECT_TIMEOUT_MS):
        return False
    while not connection.canReadLine():
        if not connection.waitForReadyRead(ANSWER_TIMEOUT_MS):
            return False
    answer = connection.readLine(LONGEST_MESSAGE).data()
    connection.disconnectFromServer()
    return answer == SHOWN


def hand_over_to_running(data_dir: Path) -> int:
    """For a second start on a data folder that is in use: bring the running window forward
    (or, if it does not answer, say so) and return the exit code for this process."""
    if ask_to_come_forward(data_dir):
        log.info("Another MBC Desktop has this data folder open; it came forward")
        if sys.stderr is not None:  # None when started without a console on Windows
            message = QCoreApplication.translate(
                "single_instance", "MBC Desktop is already open; switched to that window."
            )
            print(message, file=sys.stderr)
        return 0
    log.warning("Another MBC Desktop has this data folder open but did not answer")
    QMessageBox.warning(
        None,
        QCoreApplication.translate("single_instance", "MBC Desktop is already open"),
        QCoreApplication.translate(
            "single_instance",
            "MBC Desktop is already open with this journal, but it is not answering. If you "
            "can see its window, switch to it. If you cannot, it may be stuck: log out and "
            "back in (or restart the computer), then start MBC Desktop again.\n\n"
            "Journal folder: {folder}",
        ).format(folder=data_dir),
    )
    return 1
