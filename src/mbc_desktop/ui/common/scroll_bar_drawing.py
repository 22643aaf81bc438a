"""A scroll bar drawn quickly, pixel for pixel as Fusion draws it.

Fusion fills a bar's groove and slider with gradients across its width, at ~1.5–2.5 µs for
every pixel of its length: 1–3 ms for the bar beside an area, each time it changes (saving a
check-in changes the area's height, so its scroll bar). Along its length a bar is one row
repeated, except at its arrows, at the ends of its groove and around the ends of its slider.
So Fusion draws only those rows (a clipped painter costs only what it paints) and the first
row of each stretch between them, and that row is repeated down the stretch.
"""

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

# Rows drawn by Fusion on each side of where its drawing changes (an end of the groove or of
# the slider): its antialiased edges and shadows reach 1 row; 3 leaves room.
EDGE = 3

Draw = Callable[[QStyleOptionSlider, QPainter], None]
Part = Callable[[QStyle.SubControl], QRect]


def draw_scroll_bar(option: QStyleOptionSlider, ratio: int, draw: Draw, part: Part) -> QImage:
    """``option``'s bar (its rect at the origin) as an image at ``ratio`` device pixels per
    pixel. ``draw`` draws it as Fusion does; ``part`` is Fusion's rect of a sub-control."""
    horizontal = option.orientation == Qt.Orientation.Horizontal
    size = option.rect.size()
    length = size.width() if horizontal else size.height()
    thickness = size.height() if horizontal else size.width()

    def span(rect: QRect) -> tuple[int, int]:
        return (rect.left(), rect.right() + 1) if horizontal else (rect.top(), rect.bottom() + 1)

    # Drawn by Fusion: the arrows whole, and EDGE rows each side of every other boundary.
    drawn: list[tuple[int, int]] = []
    for control in (QStyle.SubControl.SC_ScrollBarSubLine, QStyle.SubControl.SC_ScrollBarAddLine):
        start, end = span(part(control))
        if end > start:
            drawn.append((start, end))
    for control in (QStyle.SubControl.SC_ScrollBarGroove, QStyle.SubControl.SC_ScrollBarSlider):
        start, end = span(part(control))
        if end > start:
            drawn += [(start - EDGE, start + EDGE), (end - EDGE, end + EDGE)]
    drawn += [(0, EDGE), (length - EDGE, length)]
    bands = _merged(drawn, length)
    # Between the bands: stretches of one row repeated. Fusion draws each one's first row.
    stretches = [(end, start) for (_, end), (start, _) in pairwise(bands) if start > end]
    bands = _merged(bands + [(start, start + 1) for start, _ in stretches], length)

    image = QImage(
        size.width() * ratio, size.height() * ratio, QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(ratio)
    clip = QRegion()
    for start, end in bands:
        clip = clip.united(QRegion(_along(horizontal, start, end - start, thickness)))
    painter = QPainter(image)
    try:
        painter.setClipRegion(clip)
        draw(option, painter)
    finally:
        painter.end()

    # The stretches, in device pixels: each one's first row, stretched down it (one source
    # row: every target row is a copy of it).
    image.setDevicePixelRatio(1)
    painter = QPainter(image)
    try:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        for start, end in stretches:
            top, bottom = start * ratio, end * ratio
            if bottom - top > 1:
                row = image.copy(_along(horizontal, top, 1, thickness * ratio))
                painter.drawImage(
                    _along(horizontal, top + 1, bottom - top - 1, thickness * ratio), row
                )
    finally:
        painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def _along(horizontal: bool, start: int, length: int, thickness: int) -> QRect:
    return QRect(start, 0, length, thickness) if horizontal else QRect(0, start, thickness, length)


def _merged(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """``spans`` clamped to [0, length), sorted, overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
