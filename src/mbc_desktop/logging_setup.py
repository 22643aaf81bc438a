"""Logging to a rotating file in the data folder.

What goes in the log: what the app did and what went wrong, with technical detail. What never
goes in: anything the person wrote (question text, answers, names). Log ids and counts only.
"""

import atexit
import io
import logging
import os
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop.paths import create_private_folder

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 3
OWNER_ONLY_FILE = 0o600
HELD_AT_MOST = 10_000  # records kept back before the log file opens (a start holds a few)


@cache
def _private_handler_class() -> type["RotatingFileHandler"]:
    """PrivateRotatingFileHandler, made on first use: logging.handlers (with pickle, queue and
    socket, ~5 ms to import) is not needed before the window's first paint."""
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(RotatingFileHandler):
        """A rotating log whose files are owner-only (0600) whatever the umask, rotations too."""

        def _open(self) -> io.TextIOWrapper:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY_FILE)
            if os.name == "posix":
                os.fchmod(fd, OWNER_ONLY_FILE)
            return open(fd, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler


class _Held(logging.Handler):
    """Keeps the records back until ``open_held_log`` opens the log file."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_AT_MOST:
            self.records.append(record)


def _log_file_handler(log_file: Path) -> logging.Handler:
    handler = _private_handler_class()(
        log_file,
        maxBytes=LOG_BYTES,
        backupCount=LOG_FILES_KEPT,
        encoding="utf-8",
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def _is_ours(handler: logging.Handler) -> bool:
    handlers = sys.modules.get("logging.handlers")  # none of its handlers if never imported
    rotating = handlers is not None and isinstance(handler, handlers.RotatingFileHandler)
    return rotating or isinstance(handler, _Held)


def configure_logging(log_file: Path, level: int = logging.INFO, *, hold: bool = False) -> None:
    """Log to ``log_file`` (its folder is made owner-only if missing), replacing an earlier
    log file set up by this function.

    With ``hold`` (the window's start), the records wait in memory until ``open_held_log``
    (after the first paint, or at exit) opens the file and writes them, in order.
    """
    create_private_folder(log_file.parent)
    root = logging.getLogger()
    for old in [h for h in root.handlers if _is_ours(h)]:
        root.removeHandler(old)
        old.close()
    if hold:
        # The file is opened now all the same: a log that cannot be written is said before
        # any window (DataDirError), as without ``hold``.
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY_FILE)
        try:
            if os.name == "posix":
                os.fchmod(fd, OWNER_ONLY_FILE)
        finally:
            os.close(fd)
        root.addHandler(_Held(log_file))
        atexit.unregister(open_held_log)  # once, however many starts (tests)
        atexit.register(open_held_log)  # (closed before it was painted: written at exit)
    else:
        root.addHandler(_log_file_handler(log_file))
    root.setLevel(level)
    # Alembic announces each of its plugins at INFO; the migration itself we log ourselves.
    logging.getLogger("alembic").setLevel(logging.WARNING)


def open_held_log() -> None:
    """Open the log file that ``configure_logging(..., hold=True)`` kept back, write what it
    held, and log straight to it from now on. Nothing to do if nothing is held."""
    root = logging.getLogger()
    for held in [h for h in root.handlers if isinstance(h, _Held)]:
        root.removeHandler(held)
        handler = _log_file_handler(held.log_file)
        for record in held.records:
            handler.handle(record)
        root.addHandler(handler)
