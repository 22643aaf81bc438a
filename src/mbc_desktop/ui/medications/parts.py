"""Small pieces the Medications area's widgets share."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from mbc_desktop.ui.common.theme import TextRole, set_text_role
from mbc_desktop.ui.common.widgets import plain_label


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is in view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()


def reveal_soon(widget: QWidget) -> None:
    """Bring ``widget`` into view once the layout has settled: a field just shown (or a page
    just swapped in) has no place yet when the keyboard is put on it."""
    QTimer.singleShot(0, widget, lambda: reveal(widget))


def focusable_text(name: str) -> QLabel:
    """Words the keyboard can reach (Tab stops on them; a screen reader reads them)."""
    shown = plain_label()
    shown.setObjectName(name)
    shown.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return shown


class HintLabel(QLabel):
    """A hint under a field: small, wrapping, in the theme's muted colour (still 4.5:1).

    It paints with the palette's placeholder role, which every theme sets to its muted text,
    so it follows a change of theme by itself (a hidden widget is not told of one)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_text_role(self, TextRole.SMALL)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
