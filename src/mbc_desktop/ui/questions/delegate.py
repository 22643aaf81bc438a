"""Paints one question as a card: the priority in a badge with the status under it on the
left; the number and the question on the right, with its topic after it when there is room.

Every card has the same height (two lines of question, or three when the list is narrow), so
Qt can lay out a list of thousands without asking Python for each row's size. Longer questions
end in "…"; the whole text is in the editor, the tooltip and what a screen reader says.
"""

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
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
from mbc_desktop.ui.common.theme import (
    STATUS_MARKS,
    TYPE_SCALE,
    TextRole,
    focus_colour,
    muted_colour,
    priority_colours,
)
from mbc_desktop.ui.questions.model import Roles
from mbc_desktop.words.dates import short_date
from mbc_desktop.words.i18n import label, number

PADDING = 6
GAP = 3
# Lines of question on a card: two, or three when a line holds fewer than this many
# characters (large text, narrow window), so that most questions still show whole.
TITLE_LINES = 2
NARROW_CHARS = 60
# A left-to-right mark first: the number stays at the start of the line even when the
# question is written in a right-to-left script (otherwise "14." shows as ".14" at the end).
LTR_MARK = "\u200e"


def title(question: Question) -> str:
    return f"{LTR_MARK}{number(question.position + 1)}.  {question.text}"


def status_text(question: Question) -> str:
    return f"{STATUS_MARKS[question.status]} {label(question.status)}"


def meta_line(question: Question) -> str:
    """The topic, and who answered: shown after the question when there is room."""
    text = label(question.topic)
    if question.answered_by and question.status is Status.ANSWERED:
        by = QCoreApplication.translate("QuestionDelegate", "by %1")
        text += " · " + by.replace("%1", question.answered_by)
    if question.carried_from is not None and not question.status.is_settled:
        if question.is_flagged:
            since = question.asked_about_since or question.carried_from
            note = QCoreApplication.translate("QuestionDelegate", "⚑ asked about since %1")
            text += " · " + note.replace("%1", short_date(since))
        else:
            note = QCoreApplication.translate("QuestionDelegate", "carried over from %1")
            text += " · " + note.replace("%1", short_date(question.carried_from))
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
        self.small.setPointSizeF(base.pointSizeF() * TYPE_SCALE[TextRole.SMALL])
        self.badge = QFont(self.small)
        self.badge.setBold(True)
        self.text_metrics = QFontMetrics(self.text)
        self.small_metrics = QFontMetrics(self.small)
        badge_metrics = QFontMetrics(self.badge)
        pad = self.small_metrics.averageCharWidth()
        self.badge_width = max(badge_metrics.horizontalAdvance(label(p)) for p in Priority)
        self.badge_width = (
            max(
                self.badge_width + 2 * pad,
                *(
                    self.small_metrics.horizontalAdvance(f"{STATUS_MARKS[s]} {label(s)}")
                    for s in Status
                ),
            )
            + 2
        )
        self.badge_height = badge_metrics.height() + 2
        self.left_height = self.badge_height + GAP + self.small_metrics.lineSpacing()

    def title_lines(self, text_width: int) -> int:
        narrow = text_width < NARROW_CHARS * self.text_metrics.averageCharWidth()
        return TITLE_LINES + 1 if narrow else TITLE_LINES

    def card_height(self, text_width: int) -> int:
        text_height = self.title_lines(text_width) * self.text_metrics.lineSpacing()
        return PADDING + max(text_height, self.left_height) + PADDING

    def text_rect(self, rect: QRect) -> QRect:
        left = rect.left() + PADDING + self.badge_width + PADDING
        return QRect(left, rect.top() + PADDING, rect.right() - PADDING - left, rect.height())


def static(text: str, font: QFont) -> QStaticText:
    prepared = QStaticText(text)
    prepared.setTextFormat(Qt.TextFormat.PlainText)
    prepared.prepare(QTransform(), font)
    return prepared


class _Card:
    """One card's text, laid out for one width and size."""

    def __init__(
        self,
        lines: list[QStaticText],
        meta: QStaticText | None,
        meta_at: QPoint,
        status: QStaticText,
    ) -> None:
        self.lines = lines
        self.meta = meta
        self.meta_at = meta_at  # relative to the text area's top left
        self.status = status

    @classmethod
    def lay_out(cls, question: Question, fonts: _Fonts, width: int) -> "_Card":
        max_lines = fonts.title_lines(width)
        texts = wrap_and_elide(title(question), fonts.text, width, max_lines)
        line_height = fonts.text_metrics.lineSpacing()
        meta = meta_line(question)
        gap = fonts.small_metrics.averageCharWidth() * 2
        last_width = fonts.text_metrics.horizontalAdvance(texts[-1]) if texts else 0
        meta_width = fonts.small_metrics.horizontalAdvance(meta)
        cut = texts and texts[-1].endswith("…")
        meta_static: QStaticText | None = None
        # The topic follows the question on its last line if it fits there, else on the next
        # line if the card has one spare; a question cut short leaves no room for it.
        baseline_shift = fonts.text_metrics.ascent() - fonts.small_metrics.ascent()
        if not cut and last_width + gap + meta_width <= width:
            meta_static = static(meta, fonts.small)
            meta_at = QPoint(last_width + gap, (len(texts) - 1) * line_height + baseline_shift)
        elif not cut and len(texts) < max_lines:
            elided = fonts.small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, width)
            meta_static = static(elided, fonts.small)
            meta_at = QPoint(0, len(texts) * line_height + baseline_shift)
        else:
            meta_at = QPoint(0, 0)
        return cls(
            [static(line, fonts.text) for line in texts],
            meta_static,
            meta_at,
            static(status_text(question), fonts.small),
        )


# Cards laid out once and kept: scrolling and repainting then only draw. Cleared when full.
CARD_CACHE_LIMIT = 2000


class QuestionDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts: dict[float, _Fonts] = {}
        self._cards: dict[tuple[int, object, int, int, float], _Card] = {}

    def _card_text(self, question: Question, fonts: _Fonts, width: int) -> _Card:
        """The question's lines, the topic and where it goes, and the status; ready to draw."""
        key = (question.id, question.updated_at, question.position, width, fonts.size)
        card = self._cards.get(key)
        if card is None:
            if len(self._cards) > CARD_CACHE_LIMIT:
                self._cards.clear()
            card = _Card.lay_out(question, fonts, width)
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
            pen.setColor(
                palette.color(QPalette.ColorRole.HighlightedText) if selected else focus_colour()
            )
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))

        # Priority badge: a filled pill with the priority in words; the status in words below.
        fill, ink = priority_colours(question.priority)
        badge = QRect(
            rect.left() + PADDING, rect.top() + PADDING, fonts.badge_width, fonts.badge_height
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(fonts.badge)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label(question.priority))
        area = fonts.text_rect(rect)
        card = self._card_text(question, fonts, area.width())

        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = main if selected else muted_colour()
        painter.setFont(fonts.small)
        painter.setPen(main)
        painter.drawStaticText(QPoint(badge.left(), badge.bottom() + 1 + GAP), card.status)

        painter.setFont(fonts.text)
        painter.setPen(muted if question.status is Status.DROPPED else main)
        line_height = fonts.text_metrics.lineSpacing()
        for row, line in enumerate(card.lines):
            painter.drawStaticText(QPoint(area.left(), area.top() + row * line_height), line)
        if card.meta is not None:
            painter.setFont(fonts.small)
            painter.setPen(muted)
            painter.drawStaticText(area.topLeft() + card.meta_at, card.meta)
        painter.restore()
