"""Small widgets the panes share: headings that follow the text size, field messages, banners."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from mbc_desktop.ui.common.theme import error_colour


class ScaledLabel(QLabel):
    """A label whose font is a multiple of the application font, so it follows View › Text size."""

    def __init__(
        self, text: str = "", factor: float = 1.0, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self._factor = factor
        self._bold = bold
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._factor)
        font.setBold(self._bold)
        self.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_font()
        return super().event(event)


class FieldMessage(QLabel):
    """The message shown right under a field when what was typed cannot be saved.

    It starts with a warning sign so that it does not rely on its red colour, and it becomes the
    field's accessible description, so a screen reader announces it with the field.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName(f"{field.objectName()}Message")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        self.setPalette(palette)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.setAccessibleName(message)
        self._field.setAccessibleDescription(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self._field.setAccessibleDescription("")
        self.hide()

    @property
    def message(self) -> str:
        return self.text().removeprefix("⚠ ")


class UndoBanner(QFrame):
    """'Question deleted. Undo' — shown after a delete instead of asking "are you sure?"."""

    undo_clicked = Signal()
    SHOW_MS = 12_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton("&Undo")
        self.button.setAccessibleName("Undo delete")
        self.button.clicked.connect(self.undo_clicked)
        self.button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def announce(self, message: str) -> None:
        self.label.setText(message)
        self.setAccessibleName(message)
        self.show()
        self._timer.start(self.SHOW_MS)


class FocusOutWatcher(QObject):
    """Calls back when a watched widget loses keyboard focus (to save what was typed)."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines instead of widening the window."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(text)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)
