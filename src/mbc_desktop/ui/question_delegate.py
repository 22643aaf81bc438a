"""Paints one question as a card: priority badge, number and text, then topic and status."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mbc_desktop.domain import Priority, Question, Status
from mbc_desktop.ui.question_model import Roles
from mbc_desktop.ui.theme import STATUS_MARKS, muted_colour, priority_colours

PADDING = 10
GAP = 4
WRAP = Qt.TextFlag.TextWordWrap


def meta_line(question: Question) -> str:
    mark = STATUS_MARKS[question.status]
    text = f"{question.topic.label}  ·  {mark} {question.status.label}"
    if question.answered_by and question.status is Status.ANSWERED:
        text += f" by {question.answered_by}"
    return text


def answer_line(question: Question) -> str:
    if not question.answer:
        return ""
    first = question.answer.splitlines()[0]
    return f"Answer: {first}" + (" …" if "\n" in question.answer.strip() else "")


class QuestionDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    # --- geometry ------------------------------------------------------------------------
    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        text = QFont(base)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        badge = QFont(small)
        badge.setBold(True)
        return text, small, badge

    def _badge_width(self, badge_font: QFont) -> int:
        metrics = QFontMetrics(badge_font)
        return max(metrics.horizontalAdvance(p.label) for p in Priority) + 2 * PADDING

    def _text_rect(self, rect: QRect, badge_font: QFont) -> QRect:
        left = rect.left() + PADDING + self._badge_width(badge_font) + PADDING
        return QRect(left, rect.top() + PADDING, rect.right() - PADDING - left, rect.height())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        question = index.data(Roles.QUESTION)
        if not isinstance(question, Question):
            return super().sizeHint(option, index)
        text_font, small_font, badge_font = self._fonts(option.font)
        width = self._view.viewport().width()
        area = self._text_rect(QRect(0, 0, width, 10_000), badge_font)
        area.setWidth(max(area.width(), 80))
        height = PADDING
        height += (
            QFontMetrics(text_font).boundingRect(area, WRAP, self._title(question, index)).height()
        )
        small = QFontMetrics(small_font)
        height += GAP + small.boundingRect(area, WRAP, meta_line(question)).height()
        if question.answer:
            height += GAP + small.boundingRect(area, WRAP, answer_line(question)).height()
        badge_height = QFontMetrics(badge_font).height() + 2 * GAP
        return QSize(width, max(height, badge_height + PADDING) + PADDING)

    @staticmethod
    def _title(question: Question, index: QModelIndex | QPersistentModelIndex) -> str:
        return f"{question.position + 1}.  {question.text}"

    # --- painting ------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        question = index.data(Roles.QUESTION)
        if not isinstance(question, Question):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        text_font, small_font, badge_font = self._fonts(option.font)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The card: a selected row is filled; every row has a thin divider below it.
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if state & QStyle.StateFlag.State_HasFocus:
            focus = rect.adjusted(2, 2, -2, -2)
            pen = painter.pen()
            pen.setColor(
                palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
                )
            )
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(focus)

        # Priority badge: a filled pill with the priority in words.
        fill, ink = priority_colours(question.priority, palette)
        badge_metrics = QFontMetrics(badge_font)
        badge = QRect(
            rect.left() + PADDING,
            rect.top() + PADDING,
            self._badge_width(badge_font),
            badge_metrics.height() + 2 * GAP,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(badge_font)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, question.priority.label)

        # Question text, then a smaller line with topic and status, then the answer if any.
        area = self._text_rect(rect, badge_font)
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = main if selected else muted_colour(palette)
        settled = question.status is Status.DROPPED
        painter.setFont(text_font)
        painter.setPen(muted if settled else main)
        title = self._title(question, index)
        used = painter.boundingRect(area, WRAP, title)
        painter.drawText(area, WRAP, title)
        area.setTop(used.bottom() + GAP)
        painter.setFont(small_font)
        painter.setPen(muted)
        used = painter.boundingRect(area, WRAP, meta_line(question))
        painter.drawText(area, WRAP, meta_line(question))
        if question.answer:
            area.setTop(used.bottom() + GAP)
            painter.setPen(main)
            painter.drawText(area, WRAP, answer_line(question))
        painter.restore()
