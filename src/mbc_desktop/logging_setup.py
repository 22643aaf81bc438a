"""Logging to a rotating file in the data folder.

What goes in the log: what the app did and what went wrong, with technical detail. What never
goes in: anything the person wrote (question text, answers, names). Log ids and counts only.
"""

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from mbc_desktop.paths import create_private_folder

LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 3
OWNER_ONLY_FILE = 0o600


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are owner-only (0600) whatever the umask, rotations too."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY_FILE)
        if os.name == "posix":
            os.fchmod(fd, OWNER_ONLY_FILE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(log_file: Path, level: int = logging.INFO) -> None:
    """Log to ``log_file`` (its folder is made owner-only if missing), replacing an earlier
    log file set up by this function."""
    create_private_folder(log_file.parent)
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic announces each of its plugins at INFO; the migration itself we log ourselves.
    logging.getLogger("alembic").setLevel(logging.WARNING)
