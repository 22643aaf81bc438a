"""Colours and sizes shared by the panes. Colour is never the only signal: every colour here
goes with a word or a shape that says the same thing."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Light and dark variants of the priority badge fill, each with text contrast >= 4.5:1.
# Keyed by the enum values (Priority and Status are StrEnums), so that importing the theme
# does not import the domain layer before the window has painted.
_PRIORITY_COLOURS = {
    "must_ask": ("#8a1538", "#ffb3c6"),
    "want_to_ask": ("#1f4e8c", "#b3d1ff"),
    "if_time": ("#4a4a4a", "#d0d0d0"),
}

STATUS_MARKS = {"open": "○", "asked": "◐", "answered": "✓", "dropped": "–"}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def priority_colours(priority: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, text) for a priority badge that reads well on this palette."""
    light, dark = _PRIORITY_COLOURS[priority]
    if is_dark(palette):
        return QColor(dark), QColor("#111111")
    return QColor(light), QColor("#ffffff")


def error_colour(palette: QPalette) -> QColor:
    return QColor("#ff8a8a") if is_dark(palette) else QColor("#a40000")


def muted_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)
