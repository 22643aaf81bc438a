"""The one place that decides where the journal, its backups and the logs live.

Order of precedence: ``--data-dir`` on the command line, then the ``MBC_DESKTOP_DATA_DIR``
environment variable (tests, portable installs), then the platform's per-user data folder
from platformdirs (``~/.local/share/MBC Desktop`` on Linux, ``%LOCALAPPDATA%\\MBC Desktop`` on
Windows, ``~/Library/Application Support/MBC Desktop`` on macOS). Chosen once; never change
it, or users' journals would seem to vanish.
"""

import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "MBC_DESKTOP_DATA_DIR"
APP_DIR_NAME = "MBC Desktop"
OWNER_ONLY_DIR = 0o700


def default_data_dir() -> Path:
    import platformdirs  # here: the window's start is given its folder (~2.5 ms to import)

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
    def lock(self) -> Path:
        """Held while the app (or a data command: restore, import…) works on the folder."""
        return self.root / "mbc-desktop.lock"

    @property
    def settings(self) -> Path:
        """Window size, text size and other display preferences (never journal content)."""
        return self.root / "settings.ini"


class DataDirError(Exception):
    """The data folder cannot be used. ``reason`` says why in plain words, without a capital
    or a full stop, so that it reads inside a longer sentence; ``str(error)`` is one sentence.
    """

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"MBC Desktop cannot use {folder} as its data folder: {reason}.")
        self.folder = folder
        self.reason = reason

    @classmethod
    def from_os_error(cls, folder: Path, error: OSError, part: str = "") -> "DataDirError":
        """The error for ``error``, met in ``folder`` or, if given, in its subfolder ``part``."""
        reason = _reason(error)
        return cls(folder, f"{reason} (in its {part} folder)" if part else reason)


@dataclass(frozen=True)
class DataDirWarning:
    """Something the person should know about the data folder; the app still works."""

    folder: Path
    message: str  # one or two finished sentences, for a dialog or after "warning: "


_REASONS = {
    errno.EACCES: "you don't have permission to write there",
    errno.EPERM: "you don't have permission to write there",
    errno.EROFS: "it is on a disk that can only be read",
    errno.ENOTDIR: "part of that path is a file, not a folder",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.ENAMETOOLONG: "the path is too long",
}


def _reason(error: OSError) -> str:
    known = _REASONS.get(error.errno or 0)
    if known:
        return known
    return (error.strerror or str(error) or type(error).__name__).lower()


def create_private_folder(folder: Path) -> bool:
    """Create ``folder`` and any missing parents, each owner-only (0700) whatever the umask.

    Returns whether ``folder`` itself was created. A folder that already exists keeps its
    permissions: it may hold other people's files, and is not ours to change.
    """
    missing = [path for path in [folder, *folder.parents] if not path.exists()]
    for path in reversed(missing):
        try:
            path.mkdir(mode=OWNER_ONLY_DIR)
        except FileExistsError:
            if path == folder:
                return False
            continue
        if os.name == "posix":
            path.chmod(OWNER_ONLY_DIR)
    return bool(missing)


def _check_writable(folder: Path) -> None:
    # os.access() misses read-only mounts, ACLs and root; writing a file is the real test.
    handle, name = tempfile.mkstemp(prefix=".mbc-desktop-check-", dir=folder)
    os.close(handle)
    os.unlink(name)


def _loose_permissions_warning(folder: Path) -> DataDirWarning | None:
    if os.name != "posix":
        return None
    mode = stat.S_IMODE(folder.stat().st_mode)
    readable = bool(mode & 0o055)  # list it, or open files in it by name
    writable = bool(mode & 0o022)
    if not (readable or writable):
        return None
    can = " and ".join(word for word, yes in (("opened", readable), ("changed", writable)) if yes)
    return DataDirWarning(
        folder,
        f"This folder can be {can} by other users of this computer. Your journal inside it "
        "stays private to you, but for full privacy keep it in a folder only you can open.",
    )


def prepare_data_folder(paths: DataPaths) -> list[DataDirWarning]:
    """Make sure the data folder exists and can be written; create it owner-only if missing.

    Raises DataDirError, with the reason in plain words, if the folder cannot be used. Returns
    warnings to show the person, such as a folder that other users can open. An existing
    folder is never changed. Safe to call more than once.
    """
    root = paths.root
    if root.exists() and not root.is_dir():
        raise DataDirError(root, "it is a file, not a folder")
    try:
        created = create_private_folder(root)
        _check_writable(root)
    except OSError as error:
        raise DataDirError.from_os_error(root, error) from error
    if created:
        return []
    warning = _loose_permissions_warning(root)
    return [warning] if warning else []
