"""Entry point: ``mbc-desktop`` and ``python -m mbc_desktop``."""

import argparse
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        print(f"mbc-desktop: {data_dir} is a file, not a folder; give a folder", file=sys.stderr)
        return 2
    from mbc_desktop.app import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
