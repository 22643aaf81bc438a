"""Entry point: ``mbc-desktop`` and ``python -m mbc_desktop``."""

import argparse
import os
import sys
from datetime import date

from mbc_desktop import APP_NAME, __version__
from mbc_desktop.cli_data import COMMANDS as DATA_COMMANDS
from mbc_desktop.cli_data import add_data_commands
from mbc_desktop.paths import (
    DATA_DIR_ENV,
    DataDirError,
    DataPaths,
    prepare_data_folder,
    resolve_data_dir,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mbc-desktop",
        description=(
            f"{APP_NAME}: a private, offline companion for getting ready for oncology "
            "appointments. Starts the window; 'mbc-desktop summary' writes the "
            "pre-appointment summary without one, and the other commands back up, check, "
            "restore, rescue, export and import the journal."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add MBC Desktop to your desktop's menu, with its icon, for this install "
        "(Linux; for pip and pipx installs and the unpacked bundle), and stop",
    )
    menu.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove the menu entry and icons that --install-desktop-entry added, and stop",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=(
            "open (or create) the journal in DIR instead of the usual per-user folder; "
            f"the {DATA_DIR_ENV} environment variable does the same"
        ),
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title="commands",
        description="without one, the window starts",
    )
    add_summary_command(commands)
    add_data_commands(commands)  # backup, check, backups, restore, salvage, export, import
    return parser


# The summary's choices, spelled out here so that --help needs no Qt and no Pydantic (the
# command line test checks them against summary.model.Paper and words.i18n.LANGUAGES).
SUMMARY_FORMATS = ("pdf", "html", "text")
SUMMARY_PAPERS = ("a4", "letter")
SUMMARY_LANGUAGES = ("en", "es")


def appointment_choice(value: str) -> str | int | date:
    """--appointment: "next", an appointment's id, or a day (YYYY-MM-DD)."""
    if value.strip().casefold() == "next":
        return "next"
    if value.strip().isdigit():
        return int(value)
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not 'next', an appointment's id or a date like 2026-12-01"
        ) from None


def add_summary_command(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    summary = commands.add_parser(
        "summary",
        help="write the pre-appointment summary (PDF, HTML or text) without a window",
        description=(
            "Write the pre-appointment summary for an appointment, without a display: "
            "a one-page PDF for the doctor by default, or HTML or plain text. "
            "Text and HTML go to the terminal when no --out is given."
        ),
    )
    summary.add_argument(
        "--appointment",
        metavar="next|ID|YYYY-MM-DD",
        type=appointment_choice,
        default="next",
        help="the next appointment (the default), one by its id, or the one on a day; "
        "--list shows them with their ids",
    )
    summary.add_argument(
        "--out",
        metavar="FILE",
        help="the file to write (replaced whole if it exists); its ending (.pdf, .html, .txt) "
        "chooses the format. Without it a PDF goes to summary-DATE.pdf here",
    )
    summary.add_argument(
        "--format",
        choices=SUMMARY_FORMATS,
        help="pdf, html or text (default: from the --out file's ending, else pdf)",
    )
    summary.add_argument(
        "--paper",
        choices=SUMMARY_PAPERS,
        help="the PDF's paper size (default: the one chosen in the app)",
    )
    summary.add_argument(
        "--packet",
        action="store_true",
        help="the longer second-opinion packet: cancer details, treatment history by line, "
        "records to gather, and the questions",
    )
    summary.add_argument(
        "--language",
        choices=SUMMARY_LANGUAGES,
        default="en",
        help="the summary's language: en (English, the default: the doctor's copy) or es",
    )
    summary.add_argument(
        "--list",
        action="store_true",
        help="list the appointments with their ids and dates, and write nothing",
    )
    # Also accepted after the command; the one before it is kept when this one is not given.
    summary.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the folder that holds the journal, as for mbc-desktop --data-dir",
    )


NO_DISPLAY = (
    "mbc-desktop: no display found. Start it from a desktop session, "
    "or set QT_QPA_PLATFORM=offscreen to run without a screen."
)


def has_no_display() -> bool:
    """True on Linux and the BSDs when Qt would find no screen to show a window on.

    Qt aborts in that case (after the data folder and log exist) with a hint to reinstall,
    which is wrong; we check first, with the standard library only. macOS and Windows always
    have their own platform.
    """
    if os.name != "posix" or sys.platform == "darwin":
        return False
    return not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # --help and --version need no display
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        # Files only: no display, no Qt, no data folder.
        from mbc_desktop.desktop_entry import run as change_desktop_entry

        return change_desktop_entry(install_it=args.install_desktop_entry)
    if args.command == "summary":
        # Headless: it needs no display, and never shows a window or a dialog.
        from mbc_desktop.cli_summary import run_summary

        return run_summary(args)
    if args.command in DATA_COMMANDS:
        # Headless and without Qt: the journal's files only.
        from mbc_desktop.cli_data import run_data_command

        return run_data_command(args)
    if has_no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(args.data_dir)
    # Checked before the window, so that a folder we cannot use costs one clear line, not a
    # traceback. The app checks again (it also runs without this entry point).
    try:
        warnings = prepare_data_folder(DataPaths(data_dir))
    except DataDirError as error:
        print(data_dir_line(error, from_env=args.data_dir is None), file=sys.stderr)
        if windows_are_seen():
            # Started from a menu, the person has no terminal to read that line in.
            from mbc_desktop.ui.application import make_application
            from mbc_desktop.ui.startup_messages import tell_data_dir_unusable

            make_application()
            tell_data_dir_unusable(str(error))
        return 2
    for warning in warnings:
        print(f"mbc-desktop: warning: {warning.folder}: {warning.message}", file=sys.stderr)
    from mbc_desktop.app import run_gui

    keep_dbus_from_starting_a_bus()
    try:
        return run_gui(data_dir)  # shows a data folder problem in a dialog itself
    except DataDirError as error:
        print(data_dir_line(error, from_env=args.data_dir is None), file=sys.stderr)
        return 2


def keep_dbus_from_starting_a_bus() -> None:
    """With no session bus, D-Bus would start one for Qt (``dbus-launch --autolaunch``) that
    outlives the app; "disabled:" makes it do without. A bus that exists is used as before
    (the screen reader's accessibility bus comes through it)."""
    if os.name != "posix" or sys.platform == "darwin":
        return
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"


def data_dir_line(error: DataDirError, from_env: bool) -> str:
    """What is wrong with the data folder and what to do, in one line for the terminal."""
    advice = "Choose a folder you can write to with --data-dir"
    if from_env and os.environ.get(DATA_DIR_ENV):
        advice += f", or change {DATA_DIR_ENV}"
    return f"mbc-desktop: cannot use {error.folder} as the data folder: {error.reason}. {advice}."


def windows_are_seen() -> bool:
    """False on Qt's offscreen and minimal platforms, where no one could close a dialog."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return platform not in ("offscreen", "minimal")


if __name__ == "__main__":
    sys.exit(main())
