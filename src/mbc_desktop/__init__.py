"""MBC Desktop: a private, offline companion for getting ready for oncology appointments."""

APP_NAME = "MBC Desktop"
ORGANISATION = "MBC Desktop"

# The one place the version is written (pyproject.toml reads it from here). A constant, not
# importlib.metadata: that lookup costs 50-80 ms before the window can paint.
__version__ = "0.1.0"
