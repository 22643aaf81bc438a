"""The room an area has for its layout.

Inside the main window's scroll area a pane is never narrower than its minimum, so its own
width says nothing about whether its list and details fit side by side: the room is the scroll
area's viewport, the pane's parent. ``Room`` watches that viewport and calls back when it is
resized (a pane re-arranges itself then).
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class Room(QObject):
    def __init__(self, pane: QWidget, resized: Callable[[], None]) -> None:
        super().__init__(pane)
        self._pane = pane
        self._resized = resized
        self._watched: QWidget | None = None

    def follow(self) -> None:
        """Watch the pane's parent now (call from ``showEvent``: it has one by then)."""
        parent = self._pane.parentWidget()
        if parent is not None and parent is not self._watched:
            parent.installEventFilter(self)
            self._watched = parent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._resized()
        return False

    def width(self) -> int:
        return (self._watched or self._pane).width()

    def height(self) -> int:
        return (self._watched or self._pane).height()
