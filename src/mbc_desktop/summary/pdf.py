"""The summary on paper: laid out to fit one page, painted page by page with our own footer,
and saved as a PDF (``QPdfWriter``, QtGui only: the command line runs headless).

The fit, for an appointment summary (a second-opinion packet may run to several pages):

1. the normal layout (not tried when it certainly takes more than a page: see
   ``least_height``);
2. if that takes more than one page, the compact one (9 pt body text, tighter spacing, the
   "if time" questions and the medicine changes run on, smaller trend lines);
3. if that still does not fit, lines are dropped from the end of the longest lists, in this
   order: "if time" questions, "want to ask" questions, current medicines, symptoms that are
   not flagged; the page says what did not fit ("+4 more questions in MBC Desktop"). Must-ask
   questions and flagged symptoms are never dropped: when even they do not fit, the summary
   keeps everything and takes a second page.

The layouts tried only to count their pages get a blank stand-in for each trend image (the
HTML gives every image its size, so they are laid out the same); the layout kept is the one
tried, given its images, each drawn once.

The layout follows the recipe in the platform notes: the document is laid out on the device
itself (``documentLayout().setPaintDevice``), with no document margin and the page size in
device pixels from ``paintRectPixels``, so that 10 pt on the page is 10 pt on paper; our own
margins are the page layout's.
"""

import contextlib
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from mbc_desktop.summary import phrases
from mbc_desktop.summary.html import (
    COMPACT_POINTS,
    HEADING_POINTS,
    HtmlMade,
    Limits,
    fill_document,
    fill_for_fitting,
)
from mbc_desktop.summary.least_height import normal_height_at_least
from mbc_desktop.summary.model import Paper, Section, Summary
from mbc_desktop.words.dates import zone
from mbc_desktop.words.medications import day_text
from mbc_desktop.words.texts import fill

RESOLUTION = 300
MAX_MOVES = 50  # headings and paragraphs moved to a new page, at most
BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
MARGINS_MM = QMarginsF(15, 12, 15, 10)  # left, top, right, bottom
FOOTER_POINTS = COMPACT_POINTS  # the footer is text too: never under 9 pt
FOOTER_GAP = 0.8  # between the page's text and the footer's rule, in footer lines
CREATOR = "MBC Desktop"

PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


@dataclass
class PageResult:
    """How the summary came out: its pages, whether it is the compact layout, and what was
    left out to fit, by kind ({"questions": 4, "medications": 2, "symptoms": 1})."""

    pages: int
    compact: bool
    left_out: dict[str, int] = field(default_factory=dict)


def page_layout(paper: Paper) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[Paper(paper)]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _footer_font(document: QTextDocument) -> QFont:
    font = QFont(document.defaultFont())
    font.setPointSizeF(FOOTER_POINTS)
    font.setBold(False)
    return font


def _footer_height(device: QPagedPaintDevice) -> float:
    font = QFont()
    font.setPointSizeF(FOOTER_POINTS)
    line = QFontMetricsF(font, device).lineSpacing()
    return line * (1 + FOOTER_GAP)


def _text_size(device: QPagedPaintDevice) -> QSizeF:
    """The room for the page's text, in device pixels: the paint rectangle less the footer."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    return QSizeF(rect.width(), rect.height() - _footer_height(device))


def lay_out(
    summary: Summary, paper: Paper, device: QPagedPaintDevice
) -> tuple[QTextDocument, PageResult]:
    """The summary laid out on ``device`` (a QPdfWriter or a QPrinter) for ``paper``: set to
    the paper and our margins, then fitted on one page as well as it can be."""
    device.setPageLayout(page_layout(paper))
    size = _text_size(device)
    made = HtmlMade(summary)  # the words, made once for every layout tried

    def new_document() -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setDocumentMargin(0)
        document.setPageSize(size)
        return document

    def attempt(compact: bool, limits: Limits | None = None) -> QTextDocument:
        """A layout tried, to count its pages: laid out as the page would be, with stand-ins
        for the trend images (the same sizes; nothing drawn)."""
        document = new_document()
        fill_for_fitting(document, summary, compact=compact, limits=limits, made=made)
        return document

    def kept(document: QTextDocument, compact: bool, limits: Limits | None = None) -> QTextDocument:
        """The layout chosen, given its trend images: each drawn once, for this one only
        (its text and layout stay as they were tried)."""
        fill_document(document, summary, compact=compact, limits=limits, made=made)
        return document

    if summary.packet is not None:  # a packet runs on: the normal layout, whatever its pages
        document = kept(new_document(), False)
        keep_headings_with_their_text(document)
        return document, PageResult(document.pageCount(), False, {})
    # The normal layout, unless it is sure to take more than the page (then it is not tried).
    if normal_height_at_least(summary, device, QFont()) <= size.height():
        normal = attempt(False)
        if normal.pageCount() <= 1:
            document = kept(normal, False)
            keep_headings_with_their_text(document)
            return document, PageResult(document.pageCount(), False, {})
    whole = attempt(True)
    if whole.pageCount() <= 1:
        return kept(whole, True), PageResult(1, True, {})

    fitted: dict[Limits, QTextDocument] = {}  # the last limits that fit, and their layout

    def fits(limits: Limits) -> bool:
        document = attempt(True, limits)
        if document.pageCount() > 1:
            return False
        fitted.clear()
        fitted[limits] = document
        return True

    unflagged = sum(1 for row in summary.symptoms if not row.figures.worsened)
    lists: list[tuple[str, int]] = []
    if summary.shows(Section.QUESTIONS):
        lists += [("if_time", len(summary.if_time)), ("want_to_ask", len(summary.want_to_ask))]
    if summary.shows(Section.MEDICATIONS):
        lists.append(("medications", len(summary.current_medications)))
        lists.append(("changes", len(summary.medication_events)))
    if summary.shows(Section.SYMPTOMS):
        lists.append(("symptoms", unflagged))
    lists = [(name, count) for name, count in lists if count]
    least = replace(Limits(), **{name: 0 for name, _count in lists})
    if not lists or not fits(least):
        # Even the lists emptied would not fit: keep everything, on more pages.
        document = kept(whole, True)
        keep_headings_with_their_text(document)
        return document, PageResult(document.pageCount(), True, {})

    # Cut the longest lists first: the most lines any list may keep (its "level") comes down
    # until the page fits; then, at the last level that did not fit, one line at a time comes
    # off the lists that reach it, in the order above, until it does.
    def capped(level: int) -> Limits:
        return replace(Limits(), **{name: min(count, level) for name, count in lists})

    low, high = 0, max(count for _name, count in lists)  # ``low`` fits, ``high`` does not
    while high - low > 1:
        middle = (low + high) // 2
        if fits(capped(middle)):
            low = middle
        else:
            high = middle
    limits = capped(high)
    for name, count in lists:
        if count > low:
            limits = replace(limits, **{name: low})
            if fits(limits):
                break
    # The loop ends on a fit (every list down to ``low`` is ``capped(low)``, which fits).
    document = kept(fitted[limits] if limits in fitted else new_document(), True, limits)
    return document, PageResult(document.pageCount(), True, limits.left_out(summary))


def keep_headings_with_their_text(document: QTextDocument) -> None:
    """Page breaks as a reader expects them (rich text has no "keep with next"): a heading
    never ends a page, it moves to the next with the text it heads; and a paragraph or a
    table cell shorter than half a page is never split across two, it moves whole.

    Whole paragraphs also keep the PDF's text true: Qt draws a split paragraph's line from
    the page before at the top of the next, hidden by the clip but still in the PDF's text.
    """
    height = document.pageSize().height()
    if document.pageCount() <= 1 or height <= 0:
        return
    layout = document.documentLayout()

    def page_of(y: float) -> int:
        return int(y // height)

    def lines(block: QTextBlock) -> tuple[float, float]:
        """The middle of its first line and of its last, in the document."""
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        if text_layout is None or not text_layout.lineCount():
            return top, top
        first = text_layout.lineAt(0)
        last = text_layout.lineAt(text_layout.lineCount() - 1)
        return (
            top + first.y() + first.height() / 2,
            top + last.y() + last.height() / 2,
        )

    def to_move() -> QTextBlock | None:
        block = document.begin()
        while block.isValid():
            after = block.next()
            if block.blockFormat().pageBreakPolicy() & BREAK_BEFORE:
                pass  # already starts a page
            elif _is_heading(block) and after.isValid():
                if page_of(lines(after)[0]) > page_of(lines(block)[0]):
                    return block
            else:
                first, last = lines(block)
                if page_of(last) > page_of(first) and last - first < height / 2:
                    return block
            block = after
        return None

    for _move in range(MAX_MOVES):
        block = to_move()
        if block is None:
            return
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is None:
            form = QTextBlockFormat()
            form.setPageBreakPolicy(BREAK_BEFORE)
            cursor.mergeBlockFormat(form)
            continue
        # In a table, the row moves to the next page whole: each of its cells that holds
        # text starts a page (its tick box with its question).
        row = table.cellAt(cursor).row()
        form = QTextBlockFormat()
        form.setPageBreakPolicy(BREAK_BEFORE)
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.isValid() and cell.row() == row and cell.column() == column:
                start = cell.firstCursorPosition()
                if start.block().text().strip():
                    start.mergeBlockFormat(form)


def _is_heading(block: QTextBlock) -> bool:
    form = block.charFormat()
    return form.fontPointSize() == HEADING_POINTS and form.fontWeight() >= QFont.Weight.Bold


def paint(document: QTextDocument, result: PageResult, device: QPagedPaintDevice) -> None:
    """Paint ``document`` (from ``lay_out`` on this ``device``) page by page, each with the
    footer: "Prepared by the patient with MBC Desktop · not medical advice · Page 1 of 2"."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            QCoreApplication.translate("Summary", "The page could not be started for printing.")
        )
    try:
        # Trend lines are line drawings: no JPEG blur around them.
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width = document.pageSize().width()
        height = document.pageSize().height()
        pages = max(1, document.pageCount())
        result.pages = pages
        font = _footer_font(document)
        metrics = QFontMetricsF(font, device)
        line = metrics.lineSpacing()
        rule_y = height + FOOTER_GAP * line * 0.5
        text_rect = QRectF(0, height + FOOTER_GAP * line, width, line)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setPen(QPen(QColor(85, 85, 85), max(1.0, line * 0.04)))
            painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))
            painter.setPen(QColor(0, 0, 0))
            painter.setFont(font)
            text = metrics.elidedText(
                phrases.footer_text(page + 1, pages), Qt.TextElideMode.ElideMiddle, width
            )
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
    finally:
        painter.end()


def pdf_title(summary: Summary) -> str:
    """The PDF's title: "Maria López · Appointment summary · Dec 15, 2026"."""
    title = phrases.title(summary)
    if summary.appointment is not None:
        day = summary.appointment.local_start(zone(summary.zone_name)).date()
        title = f"{title} · {day_text(day)}"
    return title


def pdf_bytes(summary: Summary, paper: Paper) -> tuple[bytes, PageResult]:
    """The summary as a PDF, in memory: A4 or Letter, 300 dpi, fonts embedded."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(pdf_title(summary))
    writer.setCreator(CREATOR)
    document, result = lay_out(summary, paper, writer)
    paint(document, result, writer)
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data, result


def write_pdf(summary: Summary, path: Path, paper: Paper) -> PageResult:
    """Save the summary as a PDF at ``path``. It is written to a temporary file in the same
    folder and renamed onto ``path``, so an existing file is replaced only whole; on any
    failure the temporary file is removed and ``OSError`` says what went wrong."""
    path = Path(path)
    data, result = pdf_bytes(summary, paper)
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        reason = error.strerror or str(error)
        raise OSError(
            fill(
                QCoreApplication.translate("Summary", "Could not save the summary as %1: %2"),
                str(path),
                reason,
            )
        ) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.remove(temporary)
    return result
