"""The QApplication: names, icon, base text size, and the last-resort error message."""

import logging
import sys
from importlib.resources import files
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mbc_desktop import APP_NAME, ORGANISATION, __version__

DESKTOP_ID = "org.mbcdesktop.MBCDesktop"
log = logging.getLogger(__name__)
_base_font: QFont | None = None


def make_application() -> QApplication:
    """The one QApplication (made if needed), with the names that Qt and desktops use."""
    global _base_font
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if _base_font is None:
        # The platform's own text size: the 100 % that View › Text size scales from.
        _base_font = QFont(QApplication.font())
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setOrganizationName(ORGANISATION)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    icon = files("mbc_desktop.resources").joinpath("icons/mbc-desktop.svg")
    QGuiApplication.setWindowIcon(QIcon(str(icon)))
    return app


def lock_data_dir(data_dir: Path) -> QLockFile | None:
    """Claim the data folder for this process; None if another MBC Desktop has it open.

    Two windows on one journal would each show a list the other has changed. The lock is
    released when the process ends, even by a crash (Qt checks whether its owner still runs).
    """
    lock = QLockFile(str(data_dir / "mbc-desktop.lock"))
    lock.setStaleLockTime(0)  # held for as long as the app runs, however long that is
    return lock if lock.tryLock(200) else None


def base_font() -> QFont:
    return QFont(_base_font) if _base_font is not None else QFont(QApplication.font())


def run(app: QApplication) -> int:
    sys.excepthook = _report_unhandled
    return app.exec()


def _report_unhandled(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    log.critical("Unhandled error", exc_info=(kind, error, trace))
    QMessageBox.warning(
        QApplication.activeWindow(),
        "Something went wrong",
        "Something unexpected went wrong. Everything shown as saved is safe in your journal. "
        "If what you just did did not work, try it again; if it keeps failing, restart "
        "MBC Desktop. The log file in the data folder (Help › About) has the details.",
    )
