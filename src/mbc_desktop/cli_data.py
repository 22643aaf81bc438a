"""The data-safety commands: ``mbc-desktop backup``, ``check``, ``backups``, ``restore``,
``salvage``, ``export`` and ``import``, without a window and without Qt.

Each opens the data folder the way the app does (its rules, umask 077, the log) and says what
it did in one line on the terminal's error stream, or what is wrong and what to do, with a
non-zero exit: 2 when what was asked cannot be done as asked (a file that is not there, not a
backup, not an export, or from a newer version), 1 when it could not be done (the journal is
damaged, a disk refused, MBC Desktop has the folder open). Lists (the backups, what an export
holds) go to standard output. Nothing is ever half-written: every file is written under a
temporary name, checked and renamed (the storage and the exchange service do that), and a
failure leaves no temporary file behind.

``restore``, ``import`` and ``salvage`` (of the folder's own journal) change or read the
journal as a whole, so they refuse while MBC Desktop has the data folder open, and hold the
folder's lock themselves while they work, so the app cannot start half-way. The lock is Qt's
``QLockFile`` protocol (``ui.application.lock_data_dir``), spoken here with the standard
library: see ``FolderLock``. ``backup``, ``check``, ``backups`` and ``export`` only read, with
SQLite's own consistent snapshots, and work while the app is open.

Like the rest of the entry point's lines, these are in English; each is a module-level
constant, so it can be listed for translation.
"""

import argparse
import contextlib
import errno
import logging
import os
import shlex
import socket
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop.cli_summary import (
    FAILED,
    USAGE,
    CommandError,
    check_can_write,
    say,
    write_to_stdout,
)
from mbc_desktop.paths import DataDirError, DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from mbc_desktop.services.exchange import ExchangeService, ImportPreview, ImportResult
    from mbc_desktop.storage import Store
    from mbc_desktop.storage.backup import BackupInfo

log = logging.getLogger(__name__)

PROGRAM = "mbc-desktop"
COMMANDS = ("backup", "check", "backups", "restore", "salvage", "export", "import")
EXPORT_FORMATS = ("json", "csv")
# The data folder's lock file, as ui.application.lock_data_dir names it.

# --- what the commands say (after "mbc-desktop: "; finished sentences) ---------------------------
NO_JOURNAL = (
    "there is no journal in {folder}. Start MBC Desktop once to make one, or choose the "
    "folder that holds yours with --data-dir."
)
NO_DATA_FOLDER = (
    "there is no data folder at {folder}. Choose the folder that holds your journal with "
    "--data-dir."
)
BACKED_UP = "backed up to {path} ({size}, checked)."
NO_BACKUP_FOLDER = (
    "cannot back up to {folder}: {problem}. Connect the drive or choose another folder, "
    "then try again."
)
HEALTHY = "the journal is healthy (checked in {milliseconds} ms)."
HEALTHY_FULL = "the journal is healthy (fully checked in {milliseconds} ms)."
CANNOT_READ_JOURNAL = "cannot read the journal {path}: {reason}."
DAMAGED = "the journal {path} is damaged ({problem}); it was left as it is."
DAMAGED_NOTHING_DONE = "the journal {path} is damaged, so {what}; it was left as it is."
NOT_A_JOURNAL = "{path} is not an MBC Desktop journal ({problem}); it was left as it is."
RESTORE_ADVICE = (
    "To go back to the newest backup that passes its check ({made}, {size}), close MBC "
    "Desktop and run: {command}"
)
SALVAGE_ADVICE = "To rescue what can still be read into a new file instead, run: {command}"
ONLY_SALVAGE_ADVICE = (
    "No backup passes its check. Rescue what can still be read into a new file with: {command}"
)
NO_BACKUPS = "No backups yet in {folder}."
NO_SUCH_FILE = "there is no file {path}."
NOT_A_FILE = "{path} is a folder, not a file."
NO_SUCH_BACKUP = "there is no backup number {number}. See the list with: {command}"
RESTORED = "restored {backup}{made}."
RESTORED_KEPT = "restored {backup}{made}; the journal as it was is kept in {path}."
RESTORED_DAMAGED_ASIDE = (
    "restored {backup}{made}; the damaged journal was moved, untouched, to {path}."
)
CANNOT_RESTORE = "cannot restore {path}: {message}"
IN_USE = (
    "MBC Desktop has the data folder {folder} open, so {what}. Close it (and wait for any "
    "other mbc-desktop command on this folder to end), then run this again."
)
LOCK_UNUSABLE = "cannot lock the data folder {folder}: {reason}."
ALREADY_THERE = "{path} already exists; choose a new file name (nothing is ever written over)."
RESCUED = "rescued into {path}: {counts}."
USE_RESCUED = "To use it as your journal, close MBC Desktop and run: {command}"
EXPORTED = "exported to {path} ({counts}; {size})."
EXPORTED_CSV = "exported the symptom scores to {path} ({count}; {size})."
CANNOT_EXPORT = "cannot export to {path}: {message}"
FILE_HOLDS = "{path}, exported {when} by MBC Desktop {version}, holds:"
FILE_HOLDS_NO_VERSION = "{path}, exported {when}, holds:"
CANNOT_IMPORT = "cannot import {path}: {message}"
CANNOT_BACK_UP_BEFORE_IMPORT = "nothing was imported, because {message}"
MERGED = (
    "merged {path} into the journal: added {added}{skipped}; the journal as it was is kept "
    "in {backup}."
)
SKIPPED = " ({count} already there, skipped)"
REPLACED = (
    "replaced the journal's entries ({removed}) with those of {path} ({added}); the journal "
    "as it was is kept in {backup}."
)
UNEXPECTED = (
    "the {command} command failed because of an unexpected error; the details are in the log "
    "in the data folder (logs/mbc-desktop.log)."
)

# Names of what a journal holds, by the exchange's kinds and the storage's tables: (one, many).
ENTRY_NAMES: Mapping[str, tuple[str, str]] = {
    "questions": ("question", "questions"),
    "appointments": ("appointment", "appointments"),
    "symptoms": ("symptom of your own", "symptoms of your own"),
    "check_ins": ("check-in", "check-ins"),
    "scores": ("symptom score", "symptom scores"),
    "medications": ("medicine", "medicines"),
    "dose_steps": ("dose", "doses"),
    "answers": ("saved answer", "saved answers"),
}
# What salvage counts are: every symptom, the nine ESAS-r scales included.
SALVAGE_NAMES: Mapping[str, tuple[str, str]] = {
    **ENTRY_NAMES,
    "symptoms": ("symptom", "symptoms"),
}


# --- the command line -----------------------------------------------------------------------------


def add_data_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """The seven commands' parsers, each with its own ``--data-dir``. Standard library only, so
    that ``--help`` stays fast."""
    backup = commands.add_parser(
        "backup",
        help="make a checked backup of the journal now",
        description=(
            "Back the journal up now, into the data folder's backups folder (older automatic "
            "backups are thinned as the app does), or into FOLDER, for example a USB stick. "
            "The copy is checked before it gets its name. Works while MBC Desktop is open."
        ),
    )
    backup.add_argument(
        "--to", metavar="FOLDER", help="back up into FOLDER (it must exist) instead"
    )
    _data_dir_option(backup)

    check = commands.add_parser(
        "check",
        help="check that the journal file is whole",
        description=(
            "Check the journal file with SQLite's quick_check (what MBC Desktop runs at every "
            "start), or its full integrity_check with --full. Reads only. Exit 0 if it is "
            "healthy; 1 if it is damaged, with the backup to restore and the command to do it."
        ),
    )
    check.add_argument(
        "--full", action="store_true", help="the full check (indexes against tables too)"
    )
    _data_dir_option(check)

    backups = commands.add_parser(
        "backups",
        help="list the journal's backups, newest first",
        description=(
            "List the backups in the data folder's backups folder, newest first: number, when "
            "made (local time), size, why, and the file. 'mbc-desktop restore NUMBER' "
            "restores one."
        ),
    )
    _data_dir_option(backups)

    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the journal (the journal is backed up first)",
        description=(
            "Restore a backup: it is checked, the current journal is backed up first (a "
            "damaged one is moved aside untouched), then the backup takes its place. Close "
            "MBC Desktop first."
        ),
    )
    restore.add_argument(
        "backup",
        metavar="BACKUP",
        help="a backup's file, or its number in 'mbc-desktop backups' (1 is the newest)",
    )
    _data_dir_option(restore)

    salvage = commands.add_parser(
        "salvage",
        help="rescue what can still be read from a damaged journal into a new file",
        description=(
            "Rescue the entries that can still be read from a damaged journal into a new "
            "journal file, and say how many of each kind. The damaged file is only read. "
            "'mbc-desktop restore FILE' then makes the new file your journal."
        ),
    )
    salvage.add_argument(
        "--out", metavar="FILE", required=True, help="the new file (it must not exist)"
    )
    salvage.add_argument(
        "--from",
        dest="source",
        metavar="FILE",
        help="rescue from FILE (e.g. a damaged journal that restore moved aside) instead of "
        "the data folder's journal",
    )
    _data_dir_option(salvage)

    export = commands.add_parser(
        "export",
        help="export the whole journal as JSON, or the symptom scores as CSV",
        description=(
            "Export the whole journal as a JSON file that 'mbc-desktop import' (or the app) "
            "reads back, or every symptom score as a CSV file for a spreadsheet. An existing "
            "file is replaced only once the new one is complete. Works while MBC Desktop is "
            "open."
        ),
    )
    export.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help="the file to write; its ending (.json, .csv) chooses the format",
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="json (the whole journal) or csv (symptom scores); default: from the ending, "
        "else json",
    )
    _data_dir_option(export)

    import_ = commands.add_parser(
        "import",
        help="import a JSON export into the journal (merged, or --replace)",
        description=(
            "Import a JSON export: say what it holds, back the journal up (reason "
            "before-import), then add the file's entries next to the journal's, skipping "
            "those it has already, or with --replace put them in place of all of the "
            "journal's. All or nothing: a bad file changes nothing. Close MBC Desktop first."
        ),
    )
    import_.add_argument("file", metavar="FILE", help="the .json file MBC Desktop exported")
    import_.add_argument(
        "--replace",
        action="store_true",
        help="delete the journal's entries and put the file's in their place",
    )
    _data_dir_option(import_)


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    # Also accepted after the command; the one before it is kept when this one is not given.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the folder that holds the journal, as for mbc-desktop --data-dir",
    )


def run_data_command(args: argparse.Namespace) -> int:
    """Run one of ``COMMANDS`` with the parsed ``args``; returns the exit code."""
    runners: dict[str, Callable[[argparse.Namespace], int]] = {
        "backup": run_backup,
        "check": run_check,
        "backups": run_backups,
        "restore": run_restore,
        "salvage": run_salvage,
        "export": run_export,
        "import": run_import,
    }
    try:
        return runners[args.command](args)
    except CommandError as error:
        for line in error.message.splitlines():
            say(line)
        return error.code
    except Exception:
        log.exception("The %s command failed", args.command)
        say(UNEXPECTED.format(command=args.command))
        return FAILED


# --- small helpers -------------------------------------------------------------------------------


def plural(count: int, names: tuple[str, str]) -> str:
    return f"{count:,} {names[0] if count == 1 else names[1]}"


def counts_words(
    counts: Mapping[str, int], names: Mapping[str, tuple[str, str]], *, zeros: bool
) -> str:
    """ "15 questions, 3 appointments and 4 medicines"; "nothing" if there is none."""
    parts = [
        plural(count, names.get(kind, (kind, kind)))
        for kind, count in counts.items()
        if count or zeros
    ]
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def size_words(size: int) -> str:
    """2.1 MB, 84 KB, 512 bytes (decimal units, as file managers show them)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return plural(size, ("byte", "bytes"))


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def one_line(text: str, limit: int = 200) -> str:
    """SQLite's findings in one line (its integrity_check rows have line breaks), not too long."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def command_line(args: argparse.Namespace, *words: str) -> str:
    """How to run ``mbc-desktop WORDS`` on the same data folder, ready to paste."""
    parts = [PROGRAM]
    if args.data_dir is not None:
        parts += ["--data-dir", str(resolve_data_dir(args.data_dir))]
    return shlex.join([*parts, *words])


def given_path(value: str) -> Path:
    return Path(value).expanduser().absolute()


def existing_file(value: str) -> Path:
    """The file a command reads; CommandError (exit 2) if it is not there or is a folder."""
    path = given_path(value)
    if path.is_dir():
        raise CommandError(NOT_A_FILE.format(path=path), USAGE)
    if not path.is_file():
        raise CommandError(NO_SUCH_FILE.format(path=path), USAGE)
    return path


def new_file(value: str) -> Path:
    """A file a command creates and never writes over: CommandError if it is there (exit 2)
    or its folder cannot be written (exit 1)."""
    path = given_path(value)
    if path.exists() or path.is_symlink():
        raise CommandError(ALREADY_THERE.format(path=path), USAGE)
    check_can_write(path)
    return path


# --- the data folder -----------------------------------------------------------------------------


def open_data_folder(args: argparse.Namespace, *, journal: bool, create: bool) -> DataPaths:
    """The data folder, checked and prepared as the app prepares it (umask 077, the log).

    ``journal``: there must be a journal in it (else exit 2, and nothing is made).
    ``create``: a missing folder is made (restore into a new folder); otherwise it must exist.
    """
    from mbc_desktop.__main__ import data_dir_line
    from mbc_desktop.app import prepare_data_dir

    from_env = args.data_dir is None
    paths = DataPaths(resolve_data_dir(args.data_dir))

    def unusable(error: DataDirError) -> CommandError:
        return CommandError(data_dir_line(error, from_env).removeprefix(f"{PROGRAM}: "), USAGE)

    if paths.root.exists() and not paths.root.is_dir():
        raise unusable(DataDirError(paths.root, "it is a file, not a folder"))
    if journal and not paths.journal.is_file():
        raise CommandError(NO_JOURNAL.format(folder=paths.root), USAGE)
    if not create and not paths.root.is_dir():
        raise CommandError(NO_DATA_FOLDER.format(folder=paths.root), USAGE)
    try:
        warnings = prepare_data_dir(paths)
    except DataDirError as error:
        raise unusable(error) from error
    for warning in warnings:
        say(f"warning: {warning.folder}: {warning.message}")
    unlock_if_encrypted(paths)
    return paths


# The passphrase (or recovery key) for an encrypted journal, for commands run by a script.
# Never an argument: arguments show in the process list and the shell's history.
PASSPHRASE_ENV = "MBC_DESKTOP_PASSPHRASE"
LOCKED_NO_TERMINAL = (
    "the journal in {folder} is encrypted. Run this command in a terminal to type its "
    "passphrase (or recovery key), or put it in the environment variable {env}."
)
RESTORED_PLAIN = (
    "note: the backup was encrypted, but {folder} has no key file (journal.key), so the "
    "journal was restored as a plain file. To encrypt it again, open MBC Desktop: File › "
    "Passphrase and lock."
)
NO_SECRET_TYPED = "no passphrase was typed, so nothing was done."
WRONG_SECRET_LINE = "that passphrase or recovery key does not open the journal in {folder}."
NOT_ENCRYPTED_WARNING = (
    "warning: {path} is not encrypted: anyone who can open it can read it "
    "(your journal and its backups are)."
)


def unlock_if_encrypted(paths: DataPaths, backup: Path | None = None) -> None:
    """Ask for the passphrase when the journal (or the ``backup`` to restore) is encrypted:
    from $MBC_DESKTOP_PASSPHRASE, else typed at the terminal (not echoed). CommandError when
    there is no way to ask or it does not open the journal."""
    from mbc_desktop.storage import cipher

    wanted = [paths.journal, *([backup] if backup is not None else [])]

    def needs_key(path: Path) -> bool:
        # With its key file, or (the key file lost, a backup from a USB stick) looking like
        # an encrypted file: the recovery key opens it with nothing else.
        return cipher.journal_is_encrypted(path) or cipher.looks_encrypted(path)

    if cipher.current_key() is not None or not any(map(needs_key, wanted)):
        return
    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is None:
        if not sys.stdin.isatty():
            raise CommandError(
                LOCKED_NO_TERMINAL.format(folder=paths.root, env=PASSPHRASE_ENV), USAGE
            )
        import getpass

        try:
            secret = getpass.getpass(f"Passphrase (or recovery key) for {paths.root}: ")
        except (KeyboardInterrupt, EOFError) as stopped:
            raise CommandError(NO_SECRET_TYPED, USAGE) from stopped
    try:
        key = cipher.unlock(paths.journal, secret)
    except cipher.WrongSecretError as error:
        raise CommandError(WRONG_SECRET_LINE.format(folder=paths.root), FAILED) from error
    except cipher.KeyFileError as error:
        raise CommandError(f"{error}", FAILED) from error
    if backup is not None and needs_key(backup) and not cipher.verify_key(backup, key):
        key.wipe()
        raise CommandError(WRONG_SECRET_LINE.format(folder=paths.root), FAILED)
    cipher.use_key(key)


def warn_if_not_encrypted(paths: DataPaths, out: Path) -> None:
    """A plain export of an encrypted journal says so."""
    from mbc_desktop.storage import cipher

    if cipher.journal_is_encrypted(paths.journal):
        say(NOT_ENCRYPTED_WARNING.format(path=out))


def damage_advice(args: argparse.Namespace, good_backup: "BackupInfo | None") -> list[str]:
    """What to do about a damaged journal: the newest good backup and how to restore it, and
    how to rescue what can be read."""
    salvage = command_line(args, "salvage", "--out", "rescued-journal.sqlite")
    if good_backup is None:
        return [ONLY_SALVAGE_ADVICE.format(command=salvage)]
    return [
        RESTORE_ADVICE.format(
            made=local_time(good_backup.made_at),
            size=size_words(good_backup.size),
            command=command_line(args, "restore", str(good_backup.path)),
        ),
        SALVAGE_ADVICE.format(command=salvage),
    ]


def refuse_a_damaged_journal(args: argparse.Namespace, paths: DataPaths, what: str) -> None:
    """CommandError (exit 1) with what to do, unless the journal passes ``quick_check``."""
    from mbc_desktop.storage.backup import newest_good_backup
    from mbc_desktop.storage.health import quick_check

    try:
        health = quick_check(paths.journal)
    except OSError as error:
        reason = DataDirError.from_os_error(paths.root, error).reason
        raise CommandError(
            CANNOT_READ_JOURNAL.format(path=paths.journal, reason=reason), FAILED
        ) from error
    if health.ok:
        return
    lines = [DAMAGED_NOTHING_DONE.format(path=paths.journal, what=what)]
    lines += damage_advice(args, newest_good_backup(paths.journal))
    raise CommandError("\n".join(lines), FAILED)


@contextlib.contextmanager
def opened_store(args: argparse.Namespace, paths: DataPaths, what: str) -> Iterator["Store"]:
    """The journal opened as the app opens it (checked, migrated with a backup first if it is
    older); a damaged or unusable journal is one line and what to do (exit 1)."""
    from mbc_desktop.storage import DamagedJournalError, JournalError, open_journal

    try:
        store = open_journal(paths.journal)
    except DamagedJournalError as error:
        lines = [DAMAGED_NOTHING_DONE.format(path=paths.journal, what=what)]
        lines += damage_advice(args, error.good_backup)
        raise CommandError("\n".join(lines), FAILED) from error
    except JournalError as error:
        raise CommandError(f"cannot open the journal {paths.journal}: {error}", FAILED) from error
    try:
        yield store
    finally:
        store.close()


def exchange_service(store: "Store") -> "ExchangeService":
    from mbc_desktop import __version__
    from mbc_desktop.services.exchange import ExchangeService
    from mbc_desktop.storage.exchange_repository import exchange_repository

    return ExchangeService(store, bulk=exchange_repository, app_version=__version__)


# --- the data folder's lock ----------------------------------------------------------------------


class FolderInUse(Exception):  # noqa: N818 - it says what it is
    """Another process (MBC Desktop, or another of these commands) holds the folder's lock."""


class FolderLock:
    """The data folder's lock, compatible with the app's ``QLockFile`` (Qt 6), without Qt.

    Qt's protocol on Unix: the lock is ``mbc-desktop.lock``, created with O_EXCL, holding
    ``flock(LOCK_EX)`` for as long as it is held, with the owner's pid, program name, host
    name, machine id and boot id on five lines. A lock file whose flock is free belongs to a
    process that has ended (a crash, a kill): it is stale and may be removed, under its own
    flock, as Qt removes one. We check the same way, and hold the lock the same way, so the app
    started meanwhile sees the folder in use (its pid check finds us running, and it cannot
    take the flock to remove the file). On Windows, Qt keeps the file open without delete
    sharing, as Python's own open does: a lock file that can be deleted is stale.
    """

    def __init__(self, folder: Path) -> None:
        self.path = DataPaths(folder).lock
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock; FolderInUse if someone holds it, OSError if it cannot be made."""
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                if self._held_by_someone():
                    raise FolderInUse(self.path) from None
                continue  # a stale lock, removed: try again
            try:
                _flock(fd)
                data = _lock_contents()
                written = 0
                while written < len(data):
                    written += os.write(fd, data[written:])
                os.fsync(fd)
            except BaseException:
                os.close(fd)
                self.path.unlink(missing_ok=True)
                raise
            self._fd = fd
            return
        raise FolderInUse(self.path)  # taken and given up again and again: someone is busy

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if _same_file(self._fd, self.path):
                self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)
            self._fd = None

    def _held_by_someone(self) -> bool:
        """Whether the existing lock file is held; a stale one is removed (False)."""
        if os.name != "posix":
            try:
                self.path.unlink()
            except FileNotFoundError:
                return False
            except PermissionError:
                return True  # open in the app, which does not share deleting
            return False
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return False  # released meanwhile
        try:
            try:
                _flock(fd)
            except BlockingIOError:
                return True  # its owner runs: the kernel drops a flock when a process ends
            except OSError as error:
                if error.errno not in (errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP):
                    raise
                # No flock on this file system: the pid alone decides, as for Qt.
            # As Qt: stale only if its owner no longer runs (a file just made, not yet
            # written, or a pid running the same program, counts as held).
            if _owner_runs(fd):
                return True
            if not _same_file(fd, self.path):
                return False  # replaced meanwhile: look again
            self.path.unlink()
            log.info("Removed a stale lock file in the data folder")
            return False
        finally:
            os.close(fd)

    def __enter__(self) -> "FolderLock":
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _flock(fd: int) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _same_file(fd: int, path: Path) -> bool:
    try:
        there = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _read_first_line(path: str) -> str:
    try:
        with open(path, encoding="ascii", errors="replace") as file:
            return file.readline().strip()
    except OSError:
        return ""


def _program_name(pid: int) -> str:
    """What Qt records as a process's name: its executable's file name."""
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name.removesuffix(" (deleted)")
    except OSError:
        return Path(sys.executable).name if pid == os.getpid() else ""


def _machine_id() -> str:
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        found = _read_first_line(candidate)
        if found:
            return found
    return ""


def _boot_id() -> str:
    return _read_first_line("/proc/sys/kernel/random/boot_id")


def _lock_contents() -> bytes:
    pid = os.getpid()
    lines = [str(pid), _program_name(pid), socket.gethostname(), _machine_id(), _boot_id()]
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _owner_runs(fd: int) -> bool:
    """Qt's ``isApparentlyStale``, turned round: whether the lock file's process, on this
    computer and since it last started, still runs the same program. A file Qt cannot read
    (empty, being written) counts as held, as for Qt with no stale time."""
    data = os.read(fd, 4096).decode("utf-8", errors="replace").split("\n")
    pid_text, name, host, machine, boot = (data + [""] * 5)[:5]
    try:
        pid = int(pid_text)
    except ValueError:
        return True
    if pid <= 0:
        return True
    same_host = not host or host == socket.gethostname()
    if machine and _machine_id():
        same_host = machine == _machine_id()
    if not same_host:
        return True  # another computer's (a shared folder): it may well be in use
    if boot and boot != _boot_id():
        return False  # from before this computer last started
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: it runs
    running = _program_name(pid)
    return not running or not name or running == Path(name).name


@contextlib.contextmanager
def locked_folder(paths: DataPaths, what: str) -> Iterator[None]:
    """The data folder's lock for the block; CommandError (exit 1) while the app has it."""
    lock = FolderLock(paths.root)
    try:
        lock.acquire()
    except FolderInUse:
        raise CommandError(IN_USE.format(folder=paths.root, what=what), FAILED) from None
    except OSError as error:
        reason = DataDirError.from_os_error(paths.root, error).reason
        raise CommandError(
            LOCK_UNUSABLE.format(folder=paths.root, reason=reason), FAILED
        ) from error
    try:
        yield
    finally:
        lock.release()


# --- backup, check, backups ----------------------------------------------------------------------


def run_backup(args: argparse.Namespace) -> int:
    from mbc_desktop.storage import BackupError
    from mbc_desktop.storage.backup import REASON_MANUAL, make_backup, rotate

    folder = given_path(args.to) if args.to else None
    if folder is not None:
        problem = _folder_problem(folder)
        if problem is not None:
            code = FAILED if folder.is_dir() else USAGE
            raise CommandError(NO_BACKUP_FOLDER.format(folder=folder, problem=problem), code)
    paths = open_data_folder(args, journal=True, create=False)
    refuse_a_damaged_journal(args, paths, "no backup was made")
    try:
        info = make_backup(paths.journal, REASON_MANUAL, folder=folder)
    except BackupError as error:
        raise CommandError(str(error), FAILED) from error
    if folder is None:
        rotate(paths.journal)  # as the app does after each backup into its own folder
    say(BACKED_UP.format(path=info.path, size=size_words(info.size)))
    return 0


def _folder_problem(folder: Path) -> str | None:
    """Why a backup cannot go into ``folder``, in words; None if it can (a trial file is
    written and removed: permission bits miss read-only disks and ACLs)."""
    import tempfile

    if not folder.exists():
        return "the folder does not exist"
    if not folder.is_dir():
        return "it is a file, not a folder"
    try:
        handle, trial = tempfile.mkstemp(prefix=".mbc-desktop-check-", dir=folder)
    except OSError as error:
        return DataDirError.from_os_error(folder, error).reason
    os.close(handle)
    os.unlink(trial)
    return None


def run_check(args: argparse.Namespace) -> int:
    from mbc_desktop.storage.backup import newest_good_backup
    from mbc_desktop.storage.health import integrity_check, looks_like_sqlite, quick_check

    paths = open_data_folder(args, journal=True, create=False)
    check = integrity_check if args.full else quick_check
    try:
        health = check(paths.journal)
        database = health.ok or looks_like_sqlite(paths.journal)
    except OSError as error:
        reason = DataDirError.from_os_error(paths.root, error).reason
        raise CommandError(
            CANNOT_READ_JOURNAL.format(path=paths.journal, reason=reason), FAILED
        ) from error
    milliseconds = max(1, round(health.milliseconds))
    if health.ok:
        say((HEALTHY_FULL if args.full else HEALTHY).format(milliseconds=milliseconds))
        return 0
    log.error("check: the journal failed its check: %s", "; ".join(health.problems))
    problem = one_line(health.problems[0]) if health.problems else "unknown"
    first = DAMAGED if database else NOT_A_JOURNAL
    say(first.format(path=paths.journal, problem=problem))
    for line in damage_advice(args, newest_good_backup(paths.journal)):
        say(line)
    return FAILED


def run_backups(args: argparse.Namespace) -> int:
    from mbc_desktop.storage.backup import list_backups

    paths = open_data_folder(args, journal=False, create=False)
    backups = list_backups(paths.journal)
    write_to_stdout(backups_table(backups, paths).encode("utf-8"))
    return 0


def backups_table(backups: "list[BackupInfo]", paths: DataPaths) -> str:
    """The backups, newest first, numbered from 1 as ``restore NUMBER`` takes them."""
    if not backups:
        return NO_BACKUPS.format(folder=paths.backups) + "\n"
    rows = [("#", "made", "size", "why", "file")]
    for number, info in enumerate(backups, start=1):
        rows.append(
            (
                str(number),
                local_time(info.made_at),
                size_words(info.size),
                info.reason,
                str(info.path),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    lines = []
    for row in rows:
        cells = [
            row[0].rjust(widths[0]),
            row[1].ljust(widths[1]),
            row[2].rjust(widths[2]),
            row[3].ljust(widths[3]),
            row[4],
        ]
        lines.append("  ".join(cells))
    return "\n".join(lines) + "\n"


# --- restore, salvage ----------------------------------------------------------------------------


def run_restore(args: argparse.Namespace) -> int:
    from mbc_desktop.storage import BackupError, cipher
    from mbc_desktop.storage.backup import REASON_DAMAGED, parse_name, restore
    from mbc_desktop.storage.errors import (
        RESTORE_BACKUP_DAMAGED,
        RESTORE_NOT_A_BACKUP,
        RESTORE_TOO_NEW,
    )

    backup = chosen_backup(args, DataPaths(resolve_data_dir(args.data_dir)))
    paths = open_data_folder(args, journal=False, create=True)
    unlock_if_encrypted(paths, backup)
    encrypted_backup = cipher.is_encrypted(backup) and cipher.current_key() is not None
    with locked_folder(paths, "the backup was not restored"):
        try:
            previous = restore(backup, paths.journal)
        except BackupError as error:
            wrong_file = {RESTORE_BACKUP_DAMAGED, RESTORE_NOT_A_BACKUP, RESTORE_TOO_NEW}
            code = USAGE if str(error) in wrong_file else FAILED
            raise CommandError(CANNOT_RESTORE.format(path=backup, message=error), code) from error
    parsed = parse_name(backup.name)
    made = f" (made {local_time(parsed[1])})" if parsed is not None else ""
    if previous is None:
        say(RESTORED.format(backup=backup, made=made))
    else:
        line = RESTORED_DAMAGED_ASIDE if previous.reason == REASON_DAMAGED else RESTORED_KEPT
        say(line.format(backup=backup, made=made, path=previous.path))
    if encrypted_backup and not cipher.is_encrypted(paths.journal):
        say(RESTORED_PLAIN.format(folder=paths.root))
    return 0


def chosen_backup(args: argparse.Namespace, paths: DataPaths) -> Path:
    """BACKUP as a file, or as its number in the list (when no file has that name)."""
    from mbc_desktop.storage.backup import list_backups

    value = args.backup.strip()
    if value.isdigit() and not given_path(args.backup).exists():
        number = int(value)
        backups = list_backups(paths.journal)
        if not 1 <= number <= len(backups):
            see = command_line(args, "backups")
            raise CommandError(NO_SUCH_BACKUP.format(number=number, command=see), USAGE)
        return backups[number - 1].path
    return existing_file(args.backup)


def run_salvage(args: argparse.Namespace) -> int:
    from mbc_desktop.storage import SalvageError
    from mbc_desktop.storage.salvage import salvage

    out = new_file(args.out)
    source = existing_file(args.source) if args.source else None
    paths = open_data_folder(args, journal=source is None, create=True)
    damaged = source or paths.journal
    # The folder's own journal must not change while it is copied; another file is the
    # person's to keep still.
    lock = (
        locked_folder(paths, "nothing was rescued") if source is None else contextlib.nullcontext()
    )
    with lock:
        try:
            counts = salvage(damaged, out)
        except FileExistsError as error:
            raise CommandError(ALREADY_THERE.format(path=out), USAGE) from error
        except SalvageError as error:
            raise CommandError(str(error), FAILED) from error
        except OSError as error:  # the damaged file could not be read
            reason = DataDirError.from_os_error(damaged.parent, error).reason
            raise CommandError(
                CANNOT_READ_JOURNAL.format(path=damaged, reason=reason), FAILED
            ) from error
    say(RESCUED.format(path=out, counts=counts_words(counts, SALVAGE_NAMES, zeros=True)))
    say(USE_RESCUED.format(command=command_line(args, "restore", str(out))))
    return 0


# --- export, import ------------------------------------------------------------------------------


def export_format(option: str | None, out: Path) -> str:
    """--format if given, else from the file's ending: .csv is CSV, anything else JSON."""
    if option:
        return option
    return "csv" if out.suffix.casefold() == ".csv" else "json"


def run_export(args: argparse.Namespace) -> int:
    from mbc_desktop.services.exchange import ExportProblem

    out = given_path(args.out)
    kind = export_format(args.format, out)
    check_can_write(out)  # before the journal is opened (and perhaps migrated)
    paths = open_data_folder(args, journal=True, create=False)
    with opened_store(args, paths, "nothing was exported") as store:
        service = exchange_service(store)
        write = service.write_symptoms_csv if kind == "csv" else service.write_export
        try:
            result = write(out)
        except ExportProblem as error:
            raise CommandError(CANNOT_EXPORT.format(path=out, message=error), FAILED) from error
    warn_if_not_encrypted(paths, out)
    if kind == "csv":
        count = plural(result.counts.get("scores", 0), ENTRY_NAMES["scores"])
        say(EXPORTED_CSV.format(path=out, count=count, size=size_words(result.size)))
    else:
        counts = counts_words(result.counts, ENTRY_NAMES, zeros=False)
        say(EXPORTED.format(path=out, counts=counts, size=size_words(result.size)))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from mbc_desktop.services.exchange import ImportProblem
    from mbc_desktop.storage import BackupError, DamagedJournalError
    from mbc_desktop.storage.backup import REASON_BEFORE_IMPORT, make_backup

    file = existing_file(args.file)
    paths = open_data_folder(args, journal=True, create=False)
    with (
        locked_folder(paths, "nothing was imported"),
        opened_store(args, paths, "nothing was imported") as store,
    ):
        service = exchange_service(store)
        try:
            preview = service.read_export(file)
        except ImportProblem as error:
            raise CommandError(CANNOT_IMPORT.format(path=file, message=error), USAGE) from error
        write_to_stdout(preview_words(file, preview).encode("utf-8"))
        try:
            backup = make_backup(store.database, REASON_BEFORE_IMPORT)
        except BackupError as error:
            raise CommandError(
                CANNOT_BACK_UP_BEFORE_IMPORT.format(message=_lower_first(str(error))), FAILED
            ) from error
        try:
            result = service.import_export(preview, replace=args.replace)
        except ImportProblem as error:
            raise CommandError(CANNOT_IMPORT.format(path=file, message=error), USAGE) from error
        except DamagedJournalError as error:
            lines = [DAMAGED_NOTHING_DONE.format(path=paths.journal, what="nothing was imported")]
            lines += damage_advice(args, error.good_backup)
            raise CommandError("\n".join(lines), FAILED) from error
    say(result_words(file, result, backup.path))
    return 0


def _lower_first(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]


def preview_words(file: Path, preview: "ImportPreview") -> str:
    """What the file holds, before anything changes: two lines."""
    when = local_time(preview.exported_at)
    if preview.app_version:
        first = FILE_HOLDS.format(path=file, when=when, version=preview.app_version)
    else:
        first = FILE_HOLDS_NO_VERSION.format(path=file, when=when)
    return f"{first}\n  {counts_words(preview.counts, ENTRY_NAMES, zeros=True)}\n"


def result_words(file: Path, result: "ImportResult", backup: Path) -> str:
    """What an import did, in one line, and where the journal as it was is kept."""
    added = counts_words(result.added, ENTRY_NAMES, zeros=False)
    if result.replace:
        removed = counts_words(result.removed, ENTRY_NAMES, zeros=False)
        return REPLACED.format(removed=removed, path=file, added=added, backup=backup)
    skipped_count = sum(result.skipped.values())
    skipped = ""
    if skipped_count:
        skipped = SKIPPED.format(count=plural(skipped_count, ("entry", "entries")))
    return MERGED.format(path=file, added=added, skipped=skipped, backup=backup)
