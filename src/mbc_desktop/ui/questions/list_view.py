"""The list of questions: cards you can pick, drag to reorder, or move with Alt+Up/Alt+Down."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from mbc_desktop.ui.questions.delegate import PADDING, QuestionDelegate


class QuestionListView(QListView):
    move_up_requested = Signal()
    move_down_requested = Signal()
    delete_requested = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionList")
        self.setAccessibleName(self.tr("Questions"))
        self.setAccessibleDescription(
            self.tr(
                "Your questions in the order you want to ask them. Alt+Up and Alt+Down move the "
                "selected question; Delete removes it; Enter edits it."
            )
        )
        self.setItemDelegate(QuestionDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Every card is the same height (see question_delegate), so laying out thousands of
        # questions needs one size, not one call into Python per row.
        self.setUniformItemSizes(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)

    def comfortable_width(self) -> int:
        """Wide enough for the badge column and about 40 characters of question per line."""
        delegate = self.itemDelegate()
        fonts = delegate.fonts(self.font()) if isinstance(delegate, QuestionDelegate) else None
        badge = fonts.badge_width if fonts is not None else 0
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return badge + 3 * PADDING + 40 * self.fontMetrics().averageCharWidth() + scrollbar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and key == Qt.Key.Key_Up:
            self.move_up_requested.emit()
        elif alt and key == Qt.Key.Key_Down:
            self.move_down_requested.emit()
        elif key == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Card height depends on the width (three lines of question when narrow): lay out again.
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
