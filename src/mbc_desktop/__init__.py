"""MBC Desktop: a private, offline companion for getting ready for oncology appointments."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "MBC Desktop"
ORGANISATION = "MBC Desktop"

try:
    __version__ = version("mbc-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
