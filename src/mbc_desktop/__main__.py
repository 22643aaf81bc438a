"""Entry point: ``mbc-desktop`` and ``python -m mbc_desktop``."""

import argparse
import os
import sys

from mbc_desktop import APP_NAME, __version__
from mbc_desktop.paths import DATA_DIR_ENV, resolve_data_dir


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
    if data_dir.exists() and not data_dir.is_dir():
        print(f"mbc-desktop: {data_dir} is a file, not a folder; give a folder", file=sys.stderr)
        return 2
    from mbc_desktop.app import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
