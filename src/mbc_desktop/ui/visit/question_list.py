"""The questions planned for a visit, as the person sees them in the exam room: must-ask first,
each in large type with its priority in words and its status as a mark and a word.

The list is short (a visit has a handful of questions), so every card shows the whole question,
however long, and the start of its answer once there is one.
"""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mbc_desktop.domain import Priority, Question, Status
from mbc_desktop.services import QuestionChanged, QuestionEvent, QuestionRemoved
from mbc_desktop.ui.common.theme import STATUS_MARKS, focus_colour, muted_colour, priority_colours
from mbc_desktop.ui.visit.texts import short_day
from mbc_desktop.words.i18n import label, number

AnyIndex = QModelIndex | QPersistentModelIndex
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
# The questions are read at arm's length in a stressful room: larger than body text.
VISIT_TEXT_FACTOR = 1.3
ANSWER_LINES = 2
PRIORITY_RANK = {priority: rank for rank, priority in enumerate(Priority)}


def visit_order(questions: list[Question]) -> list[Question]:
    """Must ask first, then want to ask, then if time; within a priority, as given."""
    return sorted(questions, key=lambda question: PRIORITY_RANK[question.priority])


def status_words(status: Status) -> str:
    """ "◐ Asked": the mark and the word, so the status never rests on a shape alone."""
    return f"{STATUS_MARKS[status]} {label(status)}"


def flag_words(question: Question) -> str:
    """ "⚑ Asked about since March 3" for a question that keeps slipping; else ""."""
    if not question.is_flagged or question.asked_about_since is None:
        return ""
    return QCoreApplication.translate("VisitQuestions", "⚑ Asked about since %1").replace(
        "%1", short_day(question.asked_about_since.astimezone())
    )


def describe(place: int, question: Question) -> str:
    """What a screen reader says for a card: everything it shows, and the whole answer."""
    parts = [
        f"{number(place)}. {question.text}",
        f"{label(question.priority)}.",
        QCoreApplication.translate("VisitQuestions", "Status: %1.").replace(
            "%1", label(question.status)
        ),
    ]
    if flag_words(question):
        parts.append(flag_words(question).removeprefix("⚑ ") + ".")
    if question.answer:
        parts.append(
            QCoreApplication.translate("VisitQuestions", "Answer: %1").replace(
                "%1", question.answer
            )
        )
    return " ".join(parts)


class VisitQuestionsModel(QAbstractListModel):
    """The questions of one visit, in visit order. Rows stay put while their status changes,
    so a question marked asked does not jump away from under the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Question] = []

    def set_rows(self, questions: list[Question]) -> None:
        self.beginResetModel()
        self._rows = visit_order(questions)
        self.endResetModel()

    def questions(self) -> list[Question]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def question_at(self, row: int) -> Question | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, question_id: int) -> int | None:
        for row, question in enumerate(self._rows):
            if question.id == question_id:
                return row
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        question = self.question_at(index.row()) if index.isValid() else None
        if question is None:
            return None
        if role == QUESTION_ROLE:
            return question
        if role == Qt.ItemDataRole.DisplayRole:
            return question.text
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return describe(index.row() + 1, question)
        return None

    def apply(self, event: QuestionEvent) -> None:
        """Follow a change in the journal: a changed question is updated where it is; a
        deleted one leaves the list. (New questions come in when the visit is shown again.)"""
        if isinstance(event, QuestionChanged):
            row = self.row_of(event.question.id)
            if row is not None:
                self._rows[row] = event.question
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
        elif isinstance(event, QuestionRemoved):
            row = self.row_of(event.question.id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()


def visit_font(base: QFont | None = None) -> QFont:
    """The large text of the visit's questions, from the application font (View › Text size)."""
    font = QFont(base if base is not None else QApplication.font())
    font.setPointSizeF(font.pointSizeF() * VISIT_TEXT_FACTOR)
    return font


class _Measures:
    """Fonts and spacing for one text size."""

    def __init__(self, base: QFont) -> None:
        self.text = visit_font(base)
        self.body = QFont(base)
        self.badge = QFont(base)
        self.badge.setBold(True)
        self.mark = visit_font(self.text)
        self.text_metrics = QFontMetrics(self.text)
        self.body_metrics = QFontMetrics(self.body)
        self.badge_metrics = QFontMetrics(self.badge)
        self.mark_metrics = QFontMetrics(self.mark)
        self.pad = max(6, self.body_metrics.lineSpacing() // 3)
        self.mark_width = max(self.mark_metrics.horizontalAdvance(m) for m in STATUS_MARKS.values())
        self.badge_height = self.badge_metrics.height() + 4

    def text_left(self, rect: QRect) -> int:
        return rect.left() + 2 * self.pad + self.mark_width

    def text_width(self, width: int) -> int:
        return max(10, width - (3 * self.pad + self.mark_width))

    def wrapped_height(self, text: str, width: int) -> int:
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        return self.text_metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()

    def answer_lines(self, answer: str) -> int:
        return ANSWER_LINES if answer else 0

    def card_height(self, question: Question, place: int, width: int) -> int:
        text_width = self.text_width(width)
        text = self.wrapped_height(numbered(place, question), text_width)
        answer = self.answer_lines(question.answer) * self.body_metrics.lineSpacing()
        return self.pad + text + self.pad // 2 + self.badge_height + answer + self.pad


def numbered(place: int, question: Question) -> str:
    # A left-to-right mark keeps the number first in right-to-left text.
    return f"\u200e{number(place)}.  {question.text}"


class VisitQuestionDelegate(QStyledItemDelegate):
    """Paints one question as a card: the status mark large on the left; the whole question in
    large type; under it the priority in a badge and the status in words; then the answer."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def measures(self, font: QFont) -> _Measures:
        return _Measures(font)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        question = index.data(QUESTION_ROLE)
        width = self._view.viewport().width()
        if not isinstance(question, Question):
            return super().sizeHint(option, index)
        height = self.measures(option.font).card_height(question, index.row() + 1, width)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        question = index.data(QUESTION_ROLE)
        if not isinstance(question, Question):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        m = self.measures(option.font)
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = main if selected else muted_colour()

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(main if selected else focus_colour())
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))

        # The status mark, large, at the left.
        painter.setFont(m.mark)
        painter.setPen(main)
        mark_rect = QRect(
            rect.left() + m.pad, rect.top() + m.pad, m.mark_width, m.text_metrics.height()
        )
        painter.drawText(mark_rect, Qt.AlignmentFlag.AlignCenter, STATUS_MARKS[question.status])

        # The question, whole.
        left = m.text_left(rect)
        width = m.text_width(rect.width())
        text = numbered(index.row() + 1, question)
        text_height = m.wrapped_height(text, width)
        painter.setFont(m.text)
        painter.setPen(muted if question.status is Status.DROPPED else main)
        painter.drawText(
            QRect(left, rect.top() + m.pad, width, text_height),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft),
            text,
        )

        # The priority in a badge, and the status in words.
        top = rect.top() + m.pad + text_height + m.pad // 2
        priority = label(question.priority)
        fill, ink = priority_colours(question.priority)
        badge = QRect(
            left,
            top,
            m.badge_metrics.horizontalAdvance(priority) + 2 * m.pad,
            m.badge_height,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(m.badge)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, priority)
        painter.setFont(m.body)
        painter.setPen(main)
        status_left = badge.right() + m.pad
        painter.drawText(
            QRect(status_left, top, left + width - status_left, m.badge_height),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            " · ".join(filter(None, (status_words(question.status), flag_words(question)))),
        )

        # The start of the answer, once there is one.
        if question.answer:
            painter.setPen(muted)
            line = m.body_metrics.lineSpacing()
            answer = QCoreApplication.translate("VisitQuestions", "Answer: %1").replace(
                "%1", " ".join(question.answer.split())
            )
            lines = _wrap(answer, m.body_metrics, width, ANSWER_LINES)
            for row, text_line in enumerate(lines):
                painter.drawText(
                    QRect(left, top + m.badge_height + row * line, width, line),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text_line,
                )
        painter.restore()


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines; the last one ends in "…" if cut."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for at, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            rest = " ".join([current, *words[at + 1 :]])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


class VisitQuestionList(QListView):
    """The list of the visit's questions. Space marks the picked one asked (again: open);
    Enter, or typing any letter, starts its answer."""

    toggle_requested = Signal()
    answer_requested = Signal(str)  # the text typed to start it ("" for Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitQuestionList")
        self.setAccessibleName(self.tr("Planned questions"))
        self.setAccessibleDescription(
            self.tr(
                "Must-ask questions first. Space marks the picked question asked, and again "
                "makes it open again. Start typing to write its answer."
            )
        )
        self.setItemDelegate(VisitQuestionDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (
            event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        )
        if key == Qt.Key.Key_Space and plain:
            self.toggle_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.answer_requested.emit("")
        elif plain and event.text() and event.text().isprintable() and not event.text().isspace():
            self.answer_requested.emit(event.text())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Card height depends on the width: lay out again when it changes.
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.scheduleDelayedItemsLayout()

    def comfortable_width(self) -> int:
        """Room for about 40 characters of question per line in the large type."""
        measures = _Measures(self.font())
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return (
            40 * measures.text_metrics.averageCharWidth()
            + 3 * measures.pad
            + measures.mark_width
            + scrollbar
        )
