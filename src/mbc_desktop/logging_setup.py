"""Logging to a rotating file in the data folder.

What goes in the log: what the app did and what went wrong, with technical detail. What never
goes in: anything the person wrote (question text, answers, names). Log ids and counts only.
"""

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 3


def configure_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = RotatingFileHandler(
        log_file, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    if os.name == "posix":
        log_file.chmod(0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic announces each of its plugins at INFO; the migration itself we log ourselves.
    logging.getLogger("alembic").setLevel(logging.WARNING)
