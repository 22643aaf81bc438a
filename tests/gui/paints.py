"""Counting the paint events a widget is sent (install it as an event filter)."""

from PySide6.QtCore import QEvent, QObject


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
