"""GUI fixtures: the real main window on a real journal file in tmp_path."""

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, attach_journal, make_window
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.common.theme import LIGHT, apply_theme
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.words.i18n import use_language

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[OpenWindow]:
    """Builds a main window on the journal in ``data_dir``, as the app does at start-up.

    Call it again after closing a window to "start the app again" on the same file.
    """
    app = make_application()
    original_font = QFont(QApplication.font())
    opened: list[tuple[MainWindow, Journal]] = []

    def make() -> MainWindow:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        paths = DataPaths(data_dir)
        window = make_window(paths)
        qtbot.addWidget(window)
        journal = attach_journal(window, paths)
        assert journal is not None, window.status_text.text()
        opened.append((window, journal))
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for window, journal in opened:
        window.close_now()  # a test may leave typing that can't be saved: never ask here
        journal.close()
    # The text size, language and theme are application-wide; put them back for the next test.
    QApplication.setFont(original_font)
    use_language("en")
    apply_theme(app, LIGHT)
    del app


@pytest.fixture
def app_logging() -> Iterator[None]:
    """For tests that start the app as a user would (start_gui sets up logging to a file):
    take the log handler away again, so later tests do not write to a deleted folder."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _unfreeze_the_collector() -> Iterator[None]:
    """A started app freezes the garbage collector's survivors (app.Session.open, for its
    pauses); the next test starts with none frozen, as a fresh process does."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture(autouse=True)
def _close_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """A dialog or message box a test leaves open must not be found by the tests after it."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.objectName() != "focusRing":
            if isinstance(widget, MainWindow):
                widget.close_now()
            else:
                widget.close()
            widget.deleteLater()
    QApplication.processEvents()
