"""Pieces the data dialog and the damaged-journal page share."""

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QScrollArea, QWidget

from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.widgets import plain_label


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A waiting cursor while a backup, restore or rescue runs (they take a moment)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def scrolled(form: QWidget, name: str) -> QScrollArea:
    """``form`` in a scroll area that scrolls up and down, never sideways (200 % text)."""
    scroller = QScrollArea()
    scroller.setObjectName(name)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroller.setWidget(form)
    return scroller


def button_row(*buttons: QPushButton, name: str) -> QWidget:
    """Buttons in a row that wraps rather than widen the window (Spanish, 200 % text)."""
    row = QWidget()
    row.setObjectName(name)
    layout = FlowLayout(row, spacing=8)
    for button in buttons:
        layout.addWidget(button)
    return row


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
