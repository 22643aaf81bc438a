"""Qt enums made ahead, while the areas are built.

PySide6 makes each Qt enum a Python enum the first time it is used, and some are made by
overload resolution rather than by our code: the first ``QPainter.fillRect`` anywhere makes
QGradient's five enums (Preset alone has 169 members), ~1.3 ms. That was paid inside the
first paint of a chart or a list after a keystroke (the day's check-in saved). Looking them up
here makes them while nobody waits.
"""

from PySide6.QtGui import QGradient


def make_ready() -> None:
    for _made in (
        QGradient.Type,
        QGradient.Spread,
        QGradient.CoordinateMode,
        QGradient.InterpolationMode,
        QGradient.Preset,
    ):
        pass  # looking one up makes it
