"""The focus ring's size and colour come from the focus frame's own style, so the style every
widget is painted and laid out with calls no Python for pixel metrics (a form asks for
thousands of them per frame; through Python each costs a call and an enum made from an int).
"""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLineEdit, QProxyStyle, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.focus import RING_MARGIN, FocusRingStyle, RingStyle, ringed_widget
from mbc_desktop.ui.common.theme import LIGHT, apply_theme


def test_the_ring_stands_ring_margin_outside_the_focused_field(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, LIGHT)
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    form.resize(300, 200)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    second.setFocus()
    qtbot.waitUntil(lambda: ringed_widget() is second)
    ring = ringed_widget()
    assert ring is second
    frame = next(w for w in form.findChildren(QWidget) if w.objectName() == "focusRing")
    margin = RING_MARGIN
    assert frame.geometry() == second.geometry().adjusted(-margin, -margin, margin, margin)
    assert isinstance(frame.style(), RingStyle)
    assert frame.geometry() != QRect()


def test_the_app_style_leaves_pixel_metrics_and_controls_to_fusion() -> None:
    # Overridden in Python, each would be called through Python for every widget laid out or
    # painted; only the field edges (drawPrimitive) need the app-wide style.
    assert "pixelMetric" not in vars(FocusRingStyle)
    assert "drawControl" not in vars(FocusRingStyle)
    assert FocusRingStyle.pixelMetric is QProxyStyle.pixelMetric
