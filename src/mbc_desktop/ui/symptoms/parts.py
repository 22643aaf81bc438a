"""Small pieces the Symptoms area's views share: secondary text in the theme's muted colour,
numbers with one decimal, and bringing a control into view."""

from fractions import Fraction

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from mbc_desktop.ui.common.theme import TextRole, muted_colour, set_text_role


class MutedLabel(QLabel):
    """Plain, wrapping text in the theme's muted colour (still 4.5:1 against the window),
    which follows a change of theme."""

    def __init__(
        self, text: str = "", role: TextRole = TextRole.BODY, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if role is not TextRole.BODY:
            set_text_role(self, role)
        self._recolour()

    def _recolour(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_colour())
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._recolour()


def one_decimal(value: Fraction | float) -> str:
    """A figure with one decimal, as the interface language writes it (4.5, 4,5)."""
    return QLocale().toString(float(value), "f", 1)


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is in view (moving the focus
    from code does not, unlike Tab)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()
