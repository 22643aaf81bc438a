"""A long form kept calm: an index of its sections, one section shown at a time.

Used by "My goals" and "About my cancer". The index says which sections hold an answer with a
mark and a word (never colour alone), a line counts them ("3 of 8 sections answered"), and
Previous/Next (or Ctrl+PgUp / Ctrl+PgDown anywhere in the form) move through them.

Side by side (index on the left) when there is room for both; at large text or in a small
window the index goes above the section, so nothing is squeezed or clipped.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.ui.common.page_stack import CurrentPageStack
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    KeysDo,
    MutedLabel,
    ScaledLabel,
    announce,
    plain_label,
    reveal_soon,
)
from mbc_desktop.words.i18n import number

ANSWERED_MARK = "✓"
UNANSWERED_MARK = "○"


@dataclass
class _Section:
    title: str
    page: QWidget
    answered: Callable[[], bool] | None


def first_field(page: QWidget) -> QWidget | None:
    """The first control of ``page`` that Tab would reach (its own ``focus_start`` aside)."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and widget.isVisibleTo(page)
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class SectionPage(QWidget):
    """One section's page: its heading, a one-line intro, then fields, each with its label
    (mnemonic and buddy) and a one-line plain explanation under it."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = ScaledLabel(title, TextRole.HEADING)
        self.intro = plain_label(intro)
        self.intro.setVisible(bool(intro))
        self.fields = QVBoxLayout(self)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.fields.addWidget(self.heading)
        self.fields.addWidget(self.intro)
        self.fields.addSpacing(self.fontMetrics().lineSpacing() // 2)

    def add_field(
        self, label_text: str, field: QWidget, explanation: str = "", after: QWidget | None = None
    ) -> QLabel:
        """Add ``label_text`` (with its ``&`` letter) as the buddy of ``field``, the field, the
        explanation under it, and ``after`` (a FieldMessage, say). Returns the label."""
        label = QLabel(label_text)
        label.setWordWrap(True)
        label.setBuddy(field)
        self.fields.addWidget(label)
        self.fields.addWidget(field)
        if explanation:
            note = MutedLabel(explanation, TextRole.SMALL)
            note.setObjectName(f"{field.objectName()}Explanation")
            self.fields.addWidget(note)
        if after is not None:
            self.fields.addWidget(after)
        self.fields.addSpacing(self.fontMetrics().lineSpacing() // 2)
        return label

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self.fields.addWidget(widget, stretch)

    def finish(self) -> None:
        """Call once the fields are in: the rest of the page is spare room at the bottom."""
        self.fields.addStretch(1)


class _SectionIndex(QListWidget):
    """The list of sections, as tall as its rows (the area scrolls, not the list): one
    column beside the section, or a grid of rows above it when room is short."""

    def row_height(self) -> int:
        return max((self.sizeHintForRow(row) for row in range(self.count())), default=0)

    def row_width(self) -> int:
        # Measured from every row's text, as it is now (marks come and go).
        metrics = self.fontMetrics()
        texts = [item.text() for item in map(self.item, range(self.count())) if item is not None]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        return widest + 3 * metrics.averageCharWidth()

    def columns_in(self, width: int) -> int:
        """How many columns of the grid fit in ``width`` (1 beside the section)."""
        if not self.isWrapping():
            return 1
        inner = width - 2 * self.frameWidth()
        return max(1, inner // max(self.row_width(), 1))

    def height_for(self, width: int) -> int:
        columns = self.columns_in(width)
        rows = -(-self.count() // columns)
        return rows * (self.row_height() + 2 * self.spacing()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        width = self.row_width() + 2 * self.frameWidth()
        return QSize(width, self.height_for(max(self.width(), width)))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 8 * self.fontMetrics().averageCharWidth()), hint.height())


class SectionedForm(QWidget):
    """A long form kept calm: an index of its sections with what is answered (✓ words, never colour
    alone), one section shown at a time, Previous/Next, and "3 of 8 sections answered"."""

    current_changed = Signal(int)

    # A section needs at least PAGE_CHARS beside the index, or the index goes above it.
    PAGE_CHARS = 48

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionedForm")
        self._sections: list[_Section] = []
        self._current = -1
        self._side_by_side = True
        self._watched: QWidget | None = None  # the viewport of the scroll area around the form

        self.progress_label = MutedLabel()
        self.progress_label.setObjectName("sectionProgress")

        self.index = _SectionIndex()
        self.index.setObjectName("sectionIndex")
        self.index.setAccessibleName(self.tr("Sections"))
        self.index.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.index.setMovement(QListWidget.Movement.Static)
        self.index.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.index.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.index.setSpacing(2)
        self.index.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Up/Down look through the sections; Enter goes into the one picked.
        self.index.currentRowChanged.connect(self._picked)
        self.index.itemActivated.connect(lambda _item: self.show_section(self.index.currentRow()))
        self._enter = KeysDo(
            {Qt.Key.Key_Return, Qt.Key.Key_Enter},
            lambda: self.show_section(self.index.currentRow()),
            self.index,
        )
        self.index.installEventFilter(self._enter)

        index_column = QWidget()
        index_column.setObjectName("sectionIndexColumn")
        column = QVBoxLayout(index_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.progress_label)
        column.addWidget(self.index)
        column.addStretch(1)
        self._index_column = index_column

        self.stack = CurrentPageStack()
        self.stack.setObjectName("sectionStack")

        # No Alt letters: Ctrl+PgUp / Ctrl+PgDown do the same from anywhere in the form.
        self.previous_button = QPushButton(self.tr("← Previous section"))
        self.previous_button.setObjectName("previousSection")
        self.previous_button.setAccessibleName(self.tr("Previous section"))
        self.previous_button.setToolTip(self.tr("Previous section (Ctrl+PgUp)"))
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button = QPushButton(self.tr("Next section →"))
        self.next_button.setObjectName("nextSection")
        self.next_button.setAccessibleName(self.tr("Next section"))
        self.next_button.setToolTip(self.tr("Next section (Ctrl+PgDown)"))
        self.next_button.clicked.connect(self.show_next)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        page_column = QWidget()
        page_column.setObjectName("sectionPageColumn")
        right = QVBoxLayout(page_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.stack, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        right.addWidget(rule)
        right.addLayout(buttons)
        self._page_column = page_column

        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(index_column, 0)
        self._layout.addWidget(page_column, 1)

        for keys, move in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self.show_previous),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self.show_next),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(move)
        self._refresh_buttons()
        self.refresh_progress()

    # --- sections ------------------------------------------------------------------------
    def add_section(
        self, title: str, page: QWidget, answered: Callable[[], bool] | None = None
    ) -> int:
        """Add a section; ``answered`` tells whether it holds an answer (None: a section that
        is not a question, such as "What changed", is neither marked nor counted)."""
        self._sections.append(_Section(title, page, answered))
        self.stack.addWidget(page)
        item = QListWidgetItem(title)
        self.index.addItem(item)
        index = len(self._sections) - 1
        if self._current < 0:
            self._current = 0
            self.index.blockSignals(True)
            self.index.setCurrentRow(0)
            self.index.blockSignals(False)
        self.stack.setCurrentIndex(self._current)
        self.refresh_progress()
        self._refresh_buttons()
        self.fit_layout()
        return index

    def count(self) -> int:
        return len(self._sections)

    def current(self) -> int:
        return self._current

    def page(self, index: int) -> QWidget:
        return self._sections[index].page

    def title(self, index: int) -> str:
        return self._sections[index].title

    def set_title(self, index: int, title: str) -> None:
        self._sections[index].title = title
        self.refresh_progress()

    def is_answered(self, index: int) -> bool:
        answered = self._sections[index].answered
        return answered is not None and answered()

    def section_of(self, widget: QWidget) -> int:
        """The section ``widget`` is on, or -1."""
        for number_, section in enumerate(self._sections):
            if section.page is widget or section.page.isAncestorOf(widget):
                return number_
        return -1

    def show_section(self, index: int, focus: bool = True) -> None:
        """Show section ``index``; with ``focus``, the keyboard goes to its first field."""
        if not 0 <= index < len(self._sections):
            return
        changed = index != self._current
        self._current = index
        if self.index.currentRow() != index:
            self.index.blockSignals(True)
            self.index.setCurrentRow(index)
            self.index.blockSignals(False)
        self.stack.setCurrentIndex(index)
        self._refresh_buttons()
        page = self._sections[index].page
        if focus:
            start = getattr(page, "focus_start", None)
            if callable(start):
                start()
            else:
                target = first_field(page)
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                    reveal_soon(target)
            announce(self, self._spoken_title(index))
        if changed:
            self.current_changed.emit(index)

    def show_previous(self) -> None:
        if self._current > 0:
            self.show_section(self._current - 1)

    def show_next(self) -> None:
        if self._current < len(self._sections) - 1:
            self.show_section(self._current + 1)

    def _picked(self, row: int) -> None:
        # Moving through the index shows each section; the keyboard stays in the index.
        if row >= 0:
            self.show_section(row, focus=False)

    def _refresh_buttons(self) -> None:
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(0 <= self._current < len(self._sections) - 1)

    # --- progress ------------------------------------------------------------------------
    def _spoken_title(self, index: int) -> str:
        return (
            self.tr("Section %1 of %2: %3")
            .replace("%1", number(index + 1))
            .replace("%2", number(len(self._sections)))
            .replace("%3", self._sections[index].title)
        )

    def answered_count(self) -> tuple[int, int]:
        counted = [s for s in self._sections if s.answered is not None]
        return sum(1 for s in counted if s.answered is not None and s.answered()), len(counted)

    def refresh_progress(self) -> None:
        """Read each section's answered() again, for the index marks and the count line."""
        for row, section in enumerate(self._sections):
            item = self.index.item(row)
            if item is None:
                continue
            if section.answered is None:
                item.setText(section.title)
                spoken = section.title
            elif section.answered():
                item.setText(f"{ANSWERED_MARK} {section.title}")
                spoken = self.tr("%1, answered").replace("%1", section.title)
            else:
                item.setText(f"{UNANSWERED_MARK} {section.title}")
                spoken = self.tr("%1, not answered yet").replace("%1", section.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)
        answered, total = self.answered_count()
        text = self.tr("%1 of %n section(s) answered", "", total).replace("%1", number(answered))
        self.progress_label.setText(text)
        self.progress_label.setAccessibleName(text)
        self.index.setAccessibleDescription(text)
        self.index.updateGeometry()

    # --- layout --------------------------------------------------------------------------
    def is_side_by_side(self) -> bool:
        return self._side_by_side

    def index_width(self) -> int:
        return self.index.row_width() + 2 * self.index.frameWidth()

    def needed_width(self) -> int:
        """How wide the form must be to show the index beside the section."""
        chars = self.fontMetrics().averageCharWidth()
        page = max(self.PAGE_CHARS * chars, self.stack.minimumSizeHint().width())
        return self.index_width() + self._layout.spacing() + page

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def available_width(self) -> int:
        """The room the form has: inside a scroll area (as every area is) the form is never
        narrower than its minimum, so the room is the scroll area's, less the margins
        around the form."""
        scroller = self._scroll_area()
        inner = scroller.widget() if scroller is not None else None
        if scroller is None or inner is None or not inner.isAncestorOf(self):
            return self.width()
        margin = self.mapTo(inner, QPoint(0, 0)).x()
        return min(self.width(), scroller.viewport().width() - 2 * margin)

    def fit_layout(self, width: int | None = None) -> None:
        """Index beside the section when both fit in ``width`` (the room the form has by
        default), else above it, as a grid of a few rows."""
        room = self.available_width() if width is None else width
        side_by_side = room >= self.needed_width()
        if side_by_side != self._side_by_side:
            self._side_by_side = side_by_side
            self._layout.setDirection(
                QBoxLayout.Direction.LeftToRight
                if side_by_side
                else QBoxLayout.Direction.TopToBottom
            )
        index = self.index
        if side_by_side:
            index.setFlow(QListWidget.Flow.TopToBottom)
            index.setWrapping(False)
            index.setGridSize(QSize())
            index.setFixedWidth(self.index_width())
            self._index_column.setFixedWidth(self.index_width())
        else:
            index.setFlow(QListWidget.Flow.LeftToRight)
            index.setWrapping(True)
            index.setGridSize(QSize(index.row_width(), index.row_height() + 2 * index.spacing()))
            index.setMinimumWidth(0)
            index.setMaximumWidth(16_777_215)
            self._index_column.setMinimumWidth(0)
            self._index_column.setMaximumWidth(16_777_215)
        index.setFixedHeight(index.height_for(room if not side_by_side else index.width()))
        index.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_layout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        scroller = self._scroll_area()
        if scroller is not None and scroller.viewport() is not self._watched:
            self._watched = scroller.viewport()
            self._watched.installEventFilter(self)
        self.fit_layout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.fit_layout()
        return False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.fit_layout)  # not after the form is gone
        return handled
