"""A focus ring you can see in every theme: a solid outline in the theme's focus colour
(at least 3:1 against its background) around whatever has the keyboard focus.

Fusion's own focus marks are thin and differ per widget; a QFocusFrame, drawn by this style,
gives every control the same clear ring, inside lists, forms and dialogs alike.
"""

from collections import OrderedDict

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QStyleOptionSlider,
    QWidget,
)
from shiboken6 import isValid

from mbc_desktop.ui.common.scroll_bar_drawing import draw_scroll_bar

RING_WIDTH = 2
RING_MARGIN = 3
# Scroll bars drawn lately, as pictures: Fusion draws a tall vertical one slowly (~2 µs for
# every pixel of its height, 1–3 ms for one beside an area; a new one is drawn from its few
# rows that differ, scroll_bar_drawing), and the same bar is painted again unchanged whenever
# what is around it is (switching areas, saving a check-in).
SCROLL_BARS_KEPT = 64
keep_scroll_bars = True  # False: Fusion draws every bar itself (tests compare the two)

_frame: QFocusFrame | None = None
_ring_style: "RingStyle | None" = None
_installed = False


class FocusRingStyle(QProxyStyle):
    """Fusion, with field edges in the theme's border colour. (The ring itself is drawn by the
    focus frame's own style, ``RingStyle``.)

    Every method a Python style overrides is called through Python for every widget painted
    or laid out, in every window: only what has to differ from Fusion is overridden here. The
    focus frame's margins and its drawing live on the one frame (``RingStyle``), so laying
    out a form does not call Python for every pixel metric (thousands per frame).
    """

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

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            keep_scroll_bars
            and control == QStyle.ComplexControl.CC_ScrollBar
            and isinstance(option, QStyleOptionSlider)
        ):
            picture = self._scroll_bar(option, painter, widget)
            if picture is not None:
                painter.drawPixmap(option.rect.topLeft(), picture)
                return
        super().drawComplexControl(control, option, painter, widget)

    def _scroll_bar(
        self, option: QStyleOptionSlider, painter: QPainter, widget: QWidget | None
    ) -> QPixmap | None:
        """The scroll bar ``option`` describes, as Fusion draws it, from the pictures kept
        (drawn into one the first time): the same pixels, painted as one picture."""
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        size = option.rect.size()
        if size.isEmpty() or not _translation(painter):
            return None
        key = (
            size.width(),
            size.height(),
            ratio,
            option.orientation.value,
            option.minimum,
            option.maximum,
            option.sliderPosition,
            option.sliderValue,
            option.pageStep,
            option.singleStep,
            option.upsideDown,
            option.state.value,
            option.subControls.value,
            option.activeSubControls.value,
            option.direction.value,
            option.palette.cacheKey(),
            option.palette.resolveMask(),
        )
        picture = _scroll_bars.get(key)
        if picture is not None:
            _scroll_bars.move_to_end(key)
            return picture
        drawn = QStyleOptionSlider(option)
        drawn.rect = option.rect.translated(-option.rect.topLeft())
        bar = QStyle.ComplexControl.CC_ScrollBar
        if ratio.is_integer():
            # Fusion's own rows, drawn only where they differ (scroll_bar_drawing).
            picture = QPixmap.fromImage(
                draw_scroll_bar(
                    drawn,
                    int(ratio),
                    lambda bar_option, inner: QProxyStyle.drawComplexControl(
                        self, bar, bar_option, inner, widget
                    ),
                    lambda control: self._part(drawn, control, widget),
                )
            )
        else:
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            inner = QPainter(picture)
            try:
                super().drawComplexControl(bar, drawn, inner, widget)
            finally:
                inner.end()
        _scroll_bars[key] = picture
        while len(_scroll_bars) > SCROLL_BARS_KEPT:
            _scroll_bars.popitem(last=False)
        return picture

    def _part(
        self, option: QStyleOptionSlider, control: QStyle.SubControl, widget: QWidget | None
    ) -> QRect:
        bar = QStyle.ComplexControl.CC_ScrollBar
        # No widget is Qt's own default (the stubs ask for one).
        return self.subControlRect(bar, option, control, widget)  # type: ignore[arg-type]


_scroll_bars: "OrderedDict[tuple[object, ...], QPixmap]" = OrderedDict()


def _translation(painter: QPainter) -> bool:
    """Whether the painter only moves what it paints (no scaling or turning)."""
    transform = painter.transform()
    return (
        transform.m11() == 1
        and transform.m22() == 1
        and not transform.m12()
        and not (transform.m21())
    )


class RingStyle(QProxyStyle):
    """The focus frame's style: Fusion, with the frame drawn as a solid ring in the current
    theme's focus colour, RING_MARGIN outside the widget."""

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
    global _frame, _ring_style
    if _frame is None or not isValid(_frame):
        _frame = QFocusFrame()
        _frame.setObjectName("focusRing")
        if _ring_style is None or not isValid(_ring_style):  # a widget does not own its style
            _ring_style = RingStyle(QStyleFactory.create("Fusion"))
        _frame.setStyle(_ring_style)
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
