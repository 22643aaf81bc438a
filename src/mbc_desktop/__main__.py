"""Entry point: ``mbc-desktop`` and ``python -m mbc_desktop``."""

import argparse
import os
import sys

from mbc_desktop import APP_NAME, __version__
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
            "appointments. Starts the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=(
            "open (or create) the journal in DIR instead of the usual per-user folder; "
            f"the {DATA_DIR_ENV} environment variable does the same"
        ),
    )
    return parser


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

    try:
        return run_gui(data_dir)  # shows a data folder problem in a dialog itself
    except DataDirError as error:
        print(data_dir_line(error, from_env=args.data_dir is None), file=sys.stderr)
        return 2


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
