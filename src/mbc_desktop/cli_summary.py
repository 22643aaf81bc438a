"""``mbc-desktop summary``: the pre-appointment summary from the command line, without a display.

It opens the journal the way the app does (the data folder's rules, a migration with a backup
first), builds the same ``Summary`` the preview shows, and writes it as a PDF, HTML or plain
text. Qt runs on its offscreen platform with a QGuiApplication only: no widget, no window, no
dialog, so it works over SSH, in a cron job or in CI.

What the person sees is one line on the terminal: what was written, or what is wrong and what
to do. A file is only ever replaced whole (written beside it, then renamed over it), and
nothing is written when something is wrong. Like the rest of the entry point's terminal lines
(and argparse's own), these lines are in English; ``--language`` chooses the summary's language.
"""

import argparse
import contextlib
import logging
import os
import shlex
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop.paths import DataDirError, DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from mbc_desktop.app import Journal
    from mbc_desktop.domain import Appointment
    from mbc_desktop.summary.model import Paper, Summary

log = logging.getLogger(__name__)

PROGRAM = "mbc-desktop"
# Exit codes: what was asked cannot be done as asked (argparse uses 2 too); it could not be done.
USAGE = 2
FAILED = 1

# --out's ending → format, when --format is not given.
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".html": "html", ".htm": "html", ".txt": "text"}
PAPER_NAMES = {"a4": "A4", "letter": "Letter"}


class CommandError(Exception):
    """Stops the command with one line for the terminal (without the program's name)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def run_summary(args: argparse.Namespace) -> int:
    """Run ``mbc-desktop summary`` with the parsed ``args``; returns the exit code."""
    try:
        return _run(args)
    except CommandError as error:
        say(error.message)
        return error.code
    except Exception:
        # The traceback is for the log (configured once the data folder is checked).
        log.exception("The summary command failed")
        say(
            "the summary could not be made because of an unexpected error; "
            "the details are in the log in the data folder (logs/mbc-desktop.log)."
        )
        return FAILED


def say(message: str) -> None:
    """One line on the terminal's error stream (where the status goes; stdout is the text)."""
    if sys.stderr is not None:  # None when started without a console on Windows
        print(f"{PROGRAM}: {message}", file=sys.stderr)


# --- what to write, and where ------------------------------------------------------------------


def format_for(format_option: str | None, out: Path | None) -> str:
    """--format if given, else from the --out file's ending, else a PDF."""
    if format_option:
        return format_option
    if out is not None:
        return FORMAT_OF_SUFFIX.get(out.suffix.casefold(), "pdf")
    return "pdf"


def check_can_write(out: Path) -> None:
    """Raise CommandError (exit 1) unless ``out`` can be written, by writing a trial file
    beside it (permission bits miss read-only disks, ACLs and root) and removing it."""
    folder = out.parent
    if out.is_dir():
        problem = "it is a folder"
    elif not folder.exists():
        problem = f"the folder {folder} does not exist"
    elif not folder.is_dir():
        problem = f"{folder} is a file, not a folder"
    else:
        try:
            handle, trial = tempfile.mkstemp(prefix=".mbc-desktop-check-", dir=folder)
        except OSError as error:
            problem = DataDirError.from_os_error(folder, error).reason
        else:
            os.close(handle)
            os.unlink(trial)
            return
    raise CommandError(f"cannot write {out}: {problem}.", FAILED)


def write_whole(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` so that ``out`` is either as it was or complete: into a new
    file in the same folder, flushed to the disk, then renamed over ``out``. The new file is
    removed if anything fails."""
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_to_stdout(data: bytes) -> None:
    """The text or HTML on standard output, as UTF-8 whatever the terminal's locale (HTML
    says it is UTF-8; text pasted into a portal message keeps its accents)."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        # Read by something that stopped early (``| head``): that is not an error. Python
        # would complain when it flushes stdout on exit, so point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def default_out(summary: "Summary", packet: bool) -> Path:
    """Where a PDF goes without --out: summary-2026-12-01.pdf (the appointment's day, or
    today's with none planned) in the current folder."""
    if summary.appointment is not None:
        from mbc_desktop.words.dates import zone

        day = summary.appointment.local_start(zone("")).date()
    else:
        day = summary.made_at.astimezone().date()
    return Path(f"{'packet' if packet else 'summary'}-{day.isoformat()}.pdf")


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


# What write_pdf may leave out to fit the page, by kind: (one, several).
LEFT_OUT_NAMES = {
    "questions": ("question", "questions"),
    "symptoms": ("symptom", "symptoms"),
    "medications": ("medicine", "medicines"),
    "changes": ("medicine change", "medicine changes"),
}


def left_out_words(left_out: dict[str, int]) -> str:
    """ "4 questions and 1 medicine" for what did not fit on the page."""
    parts = [
        plural(count, *LEFT_OUT_NAMES.get(kind, (kind, kind)))
        for kind, count in left_out.items()
        if count
    ]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# --- the data folder and the journal -----------------------------------------------------------


def open_data_folder(args: argparse.Namespace) -> DataPaths:
    """The data folder, checked as the app checks it; a folder without a journal is left as it
    is (there is nothing to summarise, and this command makes no journal)."""
    from mbc_desktop.__main__ import data_dir_line
    from mbc_desktop.app import prepare_data_dir

    from_env = args.data_dir is None
    paths = DataPaths(resolve_data_dir(args.data_dir))
    if paths.root.exists() and not paths.root.is_dir():
        error = DataDirError(paths.root, "it is a file, not a folder")
        raise CommandError(data_dir_line(error, from_env).removeprefix(f"{PROGRAM}: "), USAGE)
    if not paths.journal.is_file():
        raise CommandError(
            f"there is no journal in {paths.root}. Start MBC Desktop once to make one, "
            "or choose the folder that holds yours with --data-dir.",
            USAGE,
        )
    try:
        # umask 077 (the summary is health information, like the journal) and the log file.
        warnings = prepare_data_dir(paths)
    except DataDirError as error:
        raise CommandError(
            data_dir_line(error, from_env).removeprefix(f"{PROGRAM}: "), USAGE
        ) from error
    for warning in warnings:
        say(f"warning: {warning.folder}: {warning.message}")
    from mbc_desktop.cli_data import unlock_if_encrypted

    unlock_if_encrypted(paths)  # asks for the passphrase if the journal is encrypted
    return paths


@contextlib.contextmanager
def opened_journal(paths: DataPaths) -> Iterator["Journal"]:
    from mbc_desktop.app import open_journal
    from mbc_desktop.storage import JournalError

    try:
        journal = open_journal(paths)  # migrates, with a backup first, if it is older
    except JournalError as error:
        raise CommandError(f"cannot open the journal {paths.journal}: {error}", FAILED) from error
    try:
        yield journal
    finally:
        journal.close()


# --- Qt without a display ----------------------------------------------------------------------


def use_offscreen_platform() -> None:
    """On Linux and the BSDs, Qt's offscreen platform: nothing is shown, so no display is
    needed, and a display that is there is left alone. macOS and Windows always have their
    own platform, which shows nothing without a window."""
    if os.name != "posix" or sys.platform == "darwin":
        return
    current = os.environ.get("QT_QPA_PLATFORM", "")
    if current.split(":")[0] not in ("offscreen", "minimal"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@contextlib.contextmanager
def headless_qt(language: str) -> Iterator[None]:
    """A QGuiApplication (fonts, painting, translation; never widgets) speaking ``language``.
    Qt's own warnings go to the log, not to the terminal's one line."""
    use_offscreen_platform()
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    from mbc_desktop.words.i18n import use_language

    def to_log(kind: QtMsgType, _context: object, message: str) -> None:
        level = logging.DEBUG if kind == QtMsgType.QtDebugMsg else logging.WARNING
        log.log(level, "Qt: %s", message)

    previous = qInstallMessageHandler(to_log)
    try:
        _app = QGuiApplication.instance() or QGuiApplication([PROGRAM])  # kept while in use
        use_language(language)
        yield
    finally:
        qInstallMessageHandler(previous)


# --- the appointment ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Hint:
    """How to run the command again on the same data folder, for "see the ids with …"."""

    data_dir: str | None

    def command(self, *rest: str) -> str:
        words = [PROGRAM]
        if self.data_dir is not None:
            words += ["--data-dir", self.data_dir]
        return shlex.join([*words, "summary", *rest])


def local_day(appointment: "Appointment") -> date:
    """The day of the appointment where it takes place (its own zone, else this computer's)."""
    from mbc_desktop.words.dates import zone

    return appointment.local_start(zone("")).date()


def choose_appointment(journal: "Journal", choice: str | int | date, hint: Hint) -> int | None:
    """The id of the appointment asked for; None for "next" when none is planned."""
    from mbc_desktop.domain import NotFoundError

    see_ids = f"See the ids with: {hint.command('--list')}"
    if choice == "next":
        upcoming = journal.appointments.next_appointment()
        return None if upcoming is None else upcoming.id
    if isinstance(choice, int):
        try:
            return journal.appointments.get(choice).id
        except NotFoundError:
            raise CommandError(f"no appointment with id {choice}. {see_ids}", USAGE) from None
    assert isinstance(choice, date)
    on_that_day = [a for a in journal.appointments.list() if local_day(a) == choice]
    if not on_that_day:
        raise CommandError(f"no appointment on {choice.isoformat()}. {see_ids}", USAGE)
    if len(on_that_day) > 1:
        ids = ", ".join(str(a.id) for a in on_that_day)
        raise CommandError(
            f"{len(on_that_day)} appointments on {choice.isoformat()} (ids {ids}); "
            f"choose one with --appointment ID, for example: "
            f"{hint.command('--appointment', str(on_that_day[0].id))}",
            USAGE,
        )
    return on_that_day[0].id


def list_appointments(journal: "Journal") -> str:
    """Every appointment, earliest first: id, day and time where it takes place, who, why."""
    from mbc_desktop.words.dates import zone

    upcoming = journal.appointments.next_appointment()
    lines = []
    for appointment in journal.appointments.list():
        start = appointment.local_start(zone(""))
        words = [
            f"{appointment.id:>5}",
            start.strftime("%Y-%m-%d %H:%M"),
            appointment.time_zone or "",
            " — ".join(part for part in (appointment.clinician, appointment.purpose) if part),
        ]
        if upcoming is not None and appointment.id == upcoming.id:
            words.append("(next)")
        elif appointment.is_completed:
            words.append("(finished)")
        lines.append("  ".join(word for word in words if word))
    if not lines:
        return "No appointments in this journal yet.\n"
    return "\n".join(["   id  day        time", *lines]) + "\n"


# --- the command -------------------------------------------------------------------------------


def paper_for(journal: "Journal", option: str | None) -> "Paper":
    """--paper, else the paper chosen in the app (Letter where it is usual, else A4)."""
    from mbc_desktop.summary.model import Paper

    return Paper(option) if option else journal.summary_preferences.paper()


def cannot_write(out: Path, error: OSError) -> CommandError:
    # write_pdf says what failed in a sentence of its own; the reason is in its cause.
    cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
    reason = DataDirError.from_os_error(out.parent, cause).reason
    return CommandError(f"cannot write {out}: {reason}.", FAILED)


def _run(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    kind = format_for(args.format, out)
    if out is not None and not args.list:
        check_can_write(out)  # before the journal is opened (and perhaps migrated)
    paths = open_data_folder(args)
    hint = Hint(args.data_dir)
    with headless_qt(args.language), opened_journal(paths) as journal:
        if args.list:
            write_to_stdout(list_appointments(journal).encode("utf-8"))
            return 0
        appointment_id = choose_appointment(journal, args.appointment, hint)
        summary = journal.summary.build(appointment_id, packet=args.packet)
        if kind == "pdf":
            written = _write_pdf(summary, out, paper_for(journal, args.paper), args.packet)
            warn_if_not_encrypted(paths, out or default_out(summary, args.packet))
            return written
        if kind == "html":
            from mbc_desktop.summary.html import to_html

            data = to_html(summary).encode("utf-8")
        else:
            from mbc_desktop.summary.text import to_text

            data = to_text(summary).encode("utf-8")
        if out is None:
            write_to_stdout(data)
            return 0
        try:
            write_whole(out, data)
        except OSError as error:
            raise cannot_write(out, error) from error
        log.info("Summary written as %s", kind)
        say(f"wrote {out}")
        warn_if_not_encrypted(paths, out)
        return 0


def warn_if_not_encrypted(paths: DataPaths, out: Path) -> None:
    from mbc_desktop.cli_data import warn_if_not_encrypted as warn

    warn(paths, out)


def _write_pdf(summary: "Summary", out: Path | None, paper: "Paper", packet: bool) -> int:
    from mbc_desktop.summary.pdf import write_pdf

    if out is None:
        out = default_out(summary, packet)
        check_can_write(out)
    try:
        result = write_pdf(summary, out, paper)  # replaces ``out`` whole itself
    except OSError as error:
        raise cannot_write(out, error) from error
    log.info("Summary written as PDF: %d page(s), compact %s", result.pages, result.compact)
    line = f"wrote {out} ({plural(result.pages, 'page', 'pages')}, {PAPER_NAMES[paper.value]})"
    if any(result.left_out.values()):
        line += f"; {left_out_words(result.left_out)} did not fit"
    say(line)
    return 0
