"""Paints one question as a card: priority badge, number and text, then topic and status.

Every card has the same height (two lines of question, one line about it), so Qt can lay out
a list of thousands without asking Python for each row's size. Longer questions end in "…";
the whole text is in the editor, the tooltip and what a screen reader says.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mbc_desktop.domain import Priority, Question, Status
from mbc_desktop.ui.common.theme import STATUS_MARKS, muted_colour, priority_colours
from mbc_desktop.ui.questions.model import Roles

PADDING = 10
GAP = 4
# Lines of question on a card: two, or three when a line holds fewer than this many
# characters (large text, narrow window), so that most questions still show whole.
TITLE_LINES = 2
NARROW_CHARS = 60


def title(question: Question) -> str:
    return f"{question.position + 1}.  {question.text}"


def meta_line(question: Question) -> str:
    mark = STATUS_MARKS[question.status]
    text = f"{question.topic.label}  ·  {mark} {question.status.label}"
    if question.answered_by and question.status is Status.ANSWERED:
        text += f" by {question.answered_by}"
    return text


def wrap_and_elide(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width``; the last ends in "…" if cut."""
    layout = QTextLayout(" ".join(text.split()), font)
    layout.beginLayout()
    starts: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    whole = layout.text()
    lines = [whole[start : start + length].rstrip() for start, length in starts[:max_lines]]
    if len(starts) > max_lines:
        rest = whole[starts[max_lines - 1][0] :]
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class _Fonts:
    """The fonts and measures one text size needs, worked out once per size, not per row."""

    def __init__(self, base: QFont) -> None:
        self.size = base.pointSizeF()
        self.text = QFont(base)
        self.small = QFont(base)
        self.small.setPointSizeF(base.pointSizeF() * 0.9)
        self.badge = QFont(self.small)
        self.badge.setBold(True)
        self.text_metrics = QFontMetrics(self.text)
        self.small_metrics = QFontMetrics(self.small)
        badge_metrics = QFontMetrics(self.badge)
        self.badge_width = max(badge_metrics.horizontalAdvance(p.label) for p in Priority)
        self.badge_width += 2 * PADDING
        self.badge_height = badge_metrics.height() + 2 * GAP

    def title_lines(self, text_width: int) -> int:
        narrow = text_width < NARROW_CHARS * self.text_metrics.averageCharWidth()
        return TITLE_LINES + 1 if narrow else TITLE_LINES

    def card_height(self, text_width: int) -> int:
        text_height = self.title_lines(text_width) * self.text_metrics.lineSpacing()
        return (
            PADDING
            + max(text_height + GAP + self.small_metrics.lineSpacing(), self.badge_height)
            + PADDING
        )

    def text_rect(self, rect: QRect) -> QRect:
        left = rect.left() + PADDING + self.badge_width + PADDING
        return QRect(left, rect.top() + PADDING, rect.right() - PADDING - left, rect.height())


def static(text: str, font: QFont) -> QStaticText:
    prepared = QStaticText(text)
    prepared.setTextFormat(Qt.TextFormat.PlainText)
    prepared.prepare(QTransform(), font)
    return prepared


# Cards laid out once and kept: scrolling and repainting then only draw. Cleared when full.
CARD_CACHE_LIMIT = 2000


class QuestionDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts: dict[float, _Fonts] = {}
        self._cards: dict[tuple[int, object, int, int, float], list[QStaticText]] = {}

    def _card_text(self, question: Question, fonts: _Fonts, width: int) -> list[QStaticText]:
        """The question's lines (at most two) and, last, the line about it; prepared to draw."""
        key = (question.id, question.updated_at, question.position, width, fonts.size)
        card = self._cards.get(key)
        if card is None:
            if len(self._cards) > CARD_CACHE_LIMIT:
                self._cards.clear()
            lines = wrap_and_elide(title(question), fonts.text, width, fonts.title_lines(width))
            meta = fonts.small_metrics.elidedText(
                meta_line(question), Qt.TextElideMode.ElideRight, width
            )
            card = [static(line, fonts.text) for line in lines] + [static(meta, fonts.small)]
            self._cards[key] = card
        return card

    def fonts(self, base: QFont) -> _Fonts:
        key = base.pointSizeF()
        found = self._fonts.get(key)
        if found is None:
            found = self._fonts[key] = _Fonts(base)
        return found

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width()
        fonts = self.fonts(option.font)
        return QSize(width, fonts.card_height(fonts.text_rect(QRect(0, 0, width, 1)).width()))

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
        fonts = self.fonts(option.font)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The card: a selected row is filled; every row has a thin divider below it.
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            pen.setColor(palette.color(role))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))

        # Priority badge: a filled pill with the priority in words.
        fill, ink = priority_colours(question.priority, palette)
        badge = QRect(
            rect.left() + PADDING, rect.top() + PADDING, fonts.badge_width, fonts.badge_height
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(fonts.badge)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, question.priority.label)
        card = self._card_text(question, fonts, fonts.text_rect(rect).width())

        # Two lines of question, then a smaller line with topic, status and who answered.
        area = fonts.text_rect(rect)
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = main if selected else muted_colour(palette)
        painter.setFont(fonts.text)
        painter.setPen(muted if question.status is Status.DROPPED else main)
        line_height = fonts.text_metrics.lineSpacing()
        for number, line in enumerate(card[:-1]):
            painter.drawStaticText(QPoint(area.left(), area.top() + number * line_height), line)
        painter.setFont(fonts.small)
        painter.setPen(muted)
        # Right under the question, so a one-line question does not leave a gap in between.
        meta_top = area.top() + (len(card) - 1) * line_height + GAP
        painter.drawStaticText(QPoint(area.left(), meta_top), card[-1])
        painter.restore()
