"""A focus ring you can see in every theme: a solid outline in the theme's focus colour
(at least 3:1 against its background) around whatever has the keyboard focus.

Fusion's own focus marks are thin and differ per widget; a QFocusFrame, drawn by this style,
gives every control the same clear ring, inside lists, forms and dialogs alike.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionFrame,
    QWidget,
)
from shiboken6 import isValid

RING_WIDTH = 2
RING_MARGIN = 3

_frame: QFocusFrame | None = None
_installed = False


class FocusRingStyle(QProxyStyle):
    """Fusion, with the focus frame drawn as a solid ring in the current theme's focus colour."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            from mbc_desktop.ui.common.theme import focus_colour

            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(focus_colour(), RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = RING_WIDTH / 2
            painter.drawRoundedRect(
                option.rect.toRectF().adjusted(inset, inset, -inset, -inset), 3, 3
            )
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        # Fusion draws field edges a shade off the background (under 2:1, invisible in high
        # contrast); go over them in the theme's border colour (>= 3:1).
        framed = not isinstance(option, QStyleOptionFrame) or option.lineWidth > 0
        if framed and element in (
            QStyle.PrimitiveElement.PE_PanelLineEdit,
            QStyle.PrimitiveElement.PE_Frame,
        ):
            from mbc_desktop.ui.common.theme import field_border_colour

            painter.save()
            painter.setPen(QPen(field_border_colour(), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return RING_MARGIN
        return super().pixelMetric(metric, option, widget)


def _ring() -> QFocusFrame:
    """The one focus frame; made again if Qt deleted it with the window it was in."""
    global _frame
    if _frame is None or not isValid(_frame):
        _frame = QFocusFrame()
        _frame.setObjectName("focusRing")
    return _frame


def _follow(_old: QWidget | None, new: QWidget | None) -> None:
    if not _installed:
        return
    frame = _ring()
    if new is not None and new.focusPolicy() != Qt.FocusPolicy.NoFocus and not new.isWindow():
        frame.setWidget(new)
    else:
        frame.setWidget(None)  # type: ignore[arg-type]  # None takes the ring away


def install_focus_ring(app: QApplication) -> None:
    """Use FocusRingStyle (once) and keep one focus frame on the focused widget."""
    global _installed
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(QStyleFactory.create("Fusion")))
    if not _installed:
        app.focusChanged.connect(_follow)
        _installed = True
    _follow(None, QApplication.focusWidget())


def ringed_widget() -> QWidget | None:
    """The widget the focus ring is around (for tests)."""
    return _frame.widget() if _frame is not None and isValid(_frame) else None
