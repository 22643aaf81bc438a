"""Small pieces the Medications area's widgets share."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mbc_desktop.ui.common.widgets import plain_label


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
