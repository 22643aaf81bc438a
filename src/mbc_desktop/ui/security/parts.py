"""Pieces the unlock page and the Passphrase and lock dialog share: a passphrase field, the
caps-lock guess, the recovery key shown large, a busy cursor, and scrolling pages."""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

# Shared with the other dialogs; kept importable from here.
from mbc_desktop.ui.common.dialog_parts import busy as busy
from mbc_desktop.ui.common.dialog_parts import button_row as button_row
from mbc_desktop.ui.common.dialog_parts import scrolled as scrolled
from mbc_desktop.ui.common.theme import TYPE_SCALE, TextRole


def passphrase_field(name: str) -> QLineEdit:
    """A one-line field for a passphrase or a recovery key: shown as dots, and kept out of
    input methods' predictions and dictionaries."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhHiddenText
    )
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def show_typing(fields: tuple[QLineEdit, ...], shown: bool) -> None:
    """ "Show passphrase": the fields' text as typed, or as dots."""
    mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
    for field in fields:
        field.setEchoMode(mode)


class CapsLockGuess(QObject):
    """Guesses whether Caps Lock is on from the letters typed into the fields it watches.

    Qt has no portable way to ask for the Caps Lock state, so this is a heuristic: a letter
    that comes out upper case without Shift held, or lower case with Shift held, means Caps
    Lock is on; the opposite means it is off. A press of Caps Lock itself flips the last guess.
    Until a letter is typed, the guess is "off". ``changed`` says each new guess.
    """

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False

    def watch(self, field: QWidget) -> None:
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.guess(event)
        return False

    def guess(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_CapsLock:
            self._set(not self.on)
            return
        text = event.text()
        if len(text) != 1 or text.upper() == text.lower():
            return  # not a letter with two cases: says nothing about Caps Lock
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._set(text.isupper() != shift)

    def _set(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)


class KeyLabel(QLabel):
    """The recovery key, large and in a fixed-width font (so 0 and O, 1 and l are told apart
    more easily), selectable with the mouse or the keyboard, and reached by Tab so that a
    screen reader reads it. It follows View › Text size like a title does."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # it breaks after a dash at large text sizes
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit_font()

    def _fit_font(self) -> None:
        # Not a text role: apply_type_scale would give it the application's family back.
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QApplication.font().pointSizeF() * TYPE_SCALE[TextRole.TITLE])
        self.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._fit_font()
        return super().event(event)
