"""Pieces the data dialog and the damaged-journal page share."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# Shared with the other dialogs; kept importable from here.
from mbc_desktop.ui.common.dialog_parts import busy as busy
from mbc_desktop.ui.common.dialog_parts import button_row as button_row
from mbc_desktop.ui.common.dialog_parts import scrolled as scrolled
from mbc_desktop.ui.common.widgets import plain_label


def path_label(path: Path, name: str) -> QLabel:
    """A file's path as plain text that can be selected with the mouse or the keyboard, and
    that Tab reaches (so a screen reader can read it, and Shift+arrows select it)."""
    label = plain_label(str(path))
    label.setObjectName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def with_suffix(chosen: Path, suffix: str) -> Path:
    """The file name as chosen, with ``suffix`` (".json") added when it has no such ending."""
    if chosen.suffix.lower() == suffix:
        return chosen
    return chosen.with_name(chosen.name + suffix)
