"""Pieces dialogs and pages share: a busy cursor, a page that scrolls up and down only, and a
row of buttons that wraps (ui/data's screens and ui/security's)."""

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QScrollArea, QWidget

from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.widgets import plain_label


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A waiting cursor while something takes a moment (a backup, a restore, a rescue, the
    passphrase stretched, the journal re-written)."""
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


def message_line(name: str) -> QLabel:
    """Under a dialog's pages: what was done, or why not, in one sentence, selectable (it may
    hold a path). Hidden until there is something to say."""
    label = plain_label()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
