"""The one place that decides where the journal, its backups and the logs live.

Order of precedence: ``--data-dir`` on the command line, then the ``MBC_DESKTOP_DATA_DIR``
environment variable (tests, portable installs), then the platform's per-user data folder
from platformdirs (``~/.local/share/MBC Desktop`` on Linux, ``%LOCALAPPDATA%\\MBC Desktop`` on
Windows, ``~/Library/Application Support/MBC Desktop`` on macOS). Chosen once; never change
it, or users' journals would seem to vanish.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "MBC_DESKTOP_DATA_DIR"
APP_DIR_NAME = "MBC Desktop"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """Where this run keeps its data, as an absolute path (not created here)."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return Path(chosen).expanduser().resolve()


@dataclass(frozen=True)
class DataPaths:
    """The files inside one data folder."""

    root: Path

    @property
    def journal(self) -> Path:
        return self.root / "journal.sqlite"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "mbc-desktop.log"

    @property
    def settings(self) -> Path:
        """Window size, text size and other display preferences (never journal content)."""
        return self.root / "settings.ini"
