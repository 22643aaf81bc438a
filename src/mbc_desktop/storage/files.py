"""The journal's files on disk: owner-only permissions and the side files SQLite keeps."""

import os
from pathlib import Path

from mbc_desktop.paths import create_private_folder

OWNER_ONLY_FILE = 0o600
# The files SQLite keeps next to a journal in WAL mode while it is open.
SIDE_FILES = ("-wal", "-shm")


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder``, and any missing parents, readable by the owner alone.

    A folder that already exists keeps its permissions: it may hold other people's files, and
    changing it is not ours to decide (paths.prepare_data_folder warns about a loose one).
    """
    create_private_folder(folder)


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it is missing; an existing file is left alone.

    An existing file is not known to be a journal until migrate() has looked inside, so its
    permissions wait for make_private(). SQLite gives the -wal and -shm files the permissions
    of the database file, so a new journal's three files are all owner-only.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, OWNER_ONLY_FILE)
    except FileExistsError:
        return
    try:
        if os.name == "posix":
            os.fchmod(fd, OWNER_ONLY_FILE)  # whatever the umask
    finally:
        os.close(fd)


def make_private(database: Path) -> None:
    """Make a journal known to be ours, and its -wal and -shm files, owner-only."""
    if os.name != "posix":
        return
    for path in (database, *(database.with_name(database.name + end) for end in SIDE_FILES)):
        if path.exists():
            path.chmod(OWNER_ONLY_FILE)
