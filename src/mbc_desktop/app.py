"""Composition root: decides the paths, opens the journal, builds the services and the window.

Start-up order matters for how fast the app feels: the window is created and painted first,
with only Qt loaded; SQLAlchemy, Alembic and Pydantic are imported right after the first paint.
"""

import logging
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop import __version__
from mbc_desktop.paths import DataPaths

if TYPE_CHECKING:
    from mbc_desktop.services import QuestionService
    from mbc_desktop.storage import Store
    from mbc_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class Journal:
    """An open journal and the services that work on it."""

    store: "Store"
    questions: "QuestionService"
    _closed: bool = field(default=False, repr=False)

    def close(self) -> None:
        if not self._closed:
            self.store.close()
            self._closed = True


def prepare_data_dir(paths: DataPaths) -> None:
    """Create the data folder owner-only and start logging into it."""
    from mbc_desktop.logging_setup import configure_logging

    os.umask(0o077)
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        paths.root.chmod(0o700)
    configure_logging(paths.log_file)
    log.info("MBC Desktop %s starting (Python %s)", __version__, platform.python_version())


def open_journal(paths: DataPaths) -> Journal:
    """Open (creating or migrating as needed) the journal and build the services on it."""
    from mbc_desktop.services import QuestionService
    from mbc_desktop.storage import open_journal as open_store

    store = open_store(paths.journal)
    return Journal(store=store, questions=QuestionService(store))


def make_window(paths: DataPaths) -> "MainWindow":
    """The main window, without the journal yet (it shows "Opening your journal…")."""
    from mbc_desktop.ui.application import base_font
    from mbc_desktop.ui.common.settings import UiSettings
    from mbc_desktop.ui.main_window import MainWindow

    return MainWindow(UiSettings(paths.settings), paths.root, base_font())


def attach_journal(window: "MainWindow", paths: DataPaths) -> Journal | None:
    """Open the journal and give the window its areas; on failure, say why in the window."""
    from mbc_desktop.storage import JournalError
    from mbc_desktop.ui.main_window import UiServices

    try:
        journal = open_journal(paths)
    except JournalError as error:
        log.error("Journal not opened: %s", type(error).__name__)
        window.show_problem("Your journal could not be opened", f"{error}\n\n{_where(paths)}")
        return None
    except Exception:
        log.exception("Unexpected error while opening the journal")
        window.show_problem(
            "Your journal could not be opened",
            "Something unexpected went wrong, and nothing was changed. Close MBC Desktop and "
            f"start it again. If this keeps happening, the log file has the details.\n\n"
            f"{_where(paths)}",
        )
        return None
    window.attach(UiServices(questions=journal.questions))
    window.destroyed.connect(journal.close)
    assert window.questions_pane is not None
    log.info("Journal open (schema ready, %d questions)", window.questions_pane.model.total())
    return journal


def _where(paths: DataPaths) -> str:
    return f"Journal: {paths.journal}\nLog: {paths.log_file}"


def start_gui(data_dir: Path) -> tuple["MainWindow", list[Journal]]:
    """Show the window now; open the journal right after its first paint."""
    from mbc_desktop.ui.application import lock_data_dir, make_application

    paths = DataPaths(data_dir)
    prepare_data_dir(paths)
    app = make_application()
    window = make_window(paths)
    opened: list[Journal] = []
    lock = lock_data_dir(paths.root)
    if lock is None:
        log.info("Another MBC Desktop has this data folder open")
        window.show_problem(
            "MBC Desktop is already open",
            "Your journal is open in another MBC Desktop window. Switch to that window; "
            "a second one could show an out-of-date list. You can close this one.\n\n"
            + _where(paths),
        )
        window.show()
        return window, opened
    app.aboutToQuit.connect(lock.unlock)
    window.lock = lock  # lives as long as the window

    def load() -> None:
        if not window.isVisible():  # closed (or told to stop) before it got this far
            log.info("Window closed before the journal was opened")
            return
        journal = attach_journal(window, paths)
        if journal is not None:
            opened.append(journal)
            app.aboutToQuit.connect(journal.close)
            window.offer_welcome()

    window.after_first_paint(load)
    window.show()
    return window, opened


def run_gui(data_dir: Path) -> int:
    """Start the app and run it until it quits; returns the process's exit code.

    Told to stop from outside (SIGTERM at log-out or shutdown, Ctrl+C), it closes the window
    first, which saves what is typed, instead of losing the last half-second of typing.
    """
    from mbc_desktop.ui.application import StopRequests, make_application, run

    window, _opened = start_gui(data_dir)
    app = make_application()
    stop_requests = StopRequests(app, stop=window.close, save=lambda: save_typing(window))
    try:
        return run(app)
    finally:
        stop_requests.remove()


def save_typing(window: "MainWindow") -> None:
    """Save what is being typed now, without waiting for the pause after typing."""
    if window.questions_pane is not None:
        window.questions_pane.flush()
