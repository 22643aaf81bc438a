"""QGradient's enums are made ahead (``enums_ready``), so that the first QPainter.fillRect of
a chart or list after a keystroke does not make them (~1.3 ms). Run in a fresh interpreter:
in this one, another test may have made them already."""

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import enum, sys
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication(["probe", "-platform", "offscreen"])
    Qt.AlignmentFlag.AlignLeft  # the Qt namespace, made long before in the app
    if sys.argv[1] == "ready":
        from mbc_desktop.ui.common.enums_ready import make_ready
        make_ready()
    made = []
    own = enum.EnumType.__new__
    def counted(mcls, cls, bases, classdict, **kw):
        made.append(cls)
        return own(mcls, cls, bases, classdict, **kw)
    enum.EnumType.__new__ = counted
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.fillRect(QRectF(0, 0, 4, 4), QColor(10, 20, 30))
    painter.end()
    print(",".join(made))
    """
)


def made_by_fill(mode: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True
    )
    return [name for name in done.stdout.strip().split(",") if name]


def test_a_first_fill_makes_no_enum_once_they_are_ready() -> None:
    assert "Preset" in made_by_fill("cold")  # what the first fill costs otherwise
    assert made_by_fill("ready") == []
