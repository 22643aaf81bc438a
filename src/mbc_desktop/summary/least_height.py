"""How tall the summary's normal layout is at the least, worked out from the summary without
laying it out. When that is more than a page, the normal layout cannot fit one, and fitting the
page (``pdf.lay_out``) goes straight to the compact layout, as it would after trying it.

Only what the normal layout certainly takes is counted (``html.to_html`` with its normal look):

- one line for each line of text the HTML writes (a line break starts a new one: a
  question's history starts its own), never the lines a long text wraps to; a line is at
  least the height of its font (regular or bold, whichever is less), and a line holding
  bigger or other fonts is only taller;
- each table row's padding above and below its cell, and a trend image's height;
- the space above each section's heading that follows something: margins between blocks
  collapse to the larger of the two, so a heading keeps at least its own.

Borders and the other margins are left out; a page break only adds space. Each line and
image counts a pixel less, for rounding.
"""

from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from mbc_desktop.domain import Question
from mbc_desktop.summary import phrases
from mbc_desktop.summary.html import (
    BODY_POINTS,
    HEADING_POINTS,
    NORMAL_LOOK,
    TITLE_POINTS,
)
from mbc_desktop.summary.model import Section, Summary
from mbc_desktop.summary.trend_images import CSS_DPI
from mbc_desktop.words.dates import zone

__all__ = ["normal_height_at_least"]

ROUNDING = 1.0  # device pixels a row or a block may come out shorter than worked out


def _line_height(font: QFont, points: float, device: QPaintDevice) -> float:
    heights = []
    for bold in (False, True):
        sized = QFont(font)
        sized.setPointSizeF(points)
        sized.setBold(bold)
        heights.append(QFontMetricsF(sized, device).height())
    return min(heights)


def normal_height_at_least(summary: Summary, device: QPaintDevice, font: QFont) -> float:
    """The least height, in ``device`` pixels, of ``summary``'s normal layout on ``device``
    with ``font`` as the document's default (a new document's: the application's). Not for a
    packet (it is never fitted)."""
    look = NORMAL_LOOK
    pixel = device.logicalDpiY() / CSS_DPI  # one of the HTML's pixels, on the device
    body = _line_height(font, BODY_POINTS, device) - ROUNDING
    heading = _line_height(font, HEADING_POINTS, device) - ROUNDING
    title = _line_height(font, TITLE_POINTS, device) - ROUNDING
    cell = 2 * look.cell * pixel  # a table cell's padding, above and below
    padding = (look.row_top + look.row_bottom) * pixel  # a question's, above and below
    image = look.trend.css()[1] * pixel - ROUNDING

    def lines(text: str) -> float:
        return body * (text.count("\n") + 1)

    where = zone(summary.zone_name)

    def asked(question: Question) -> float:
        history = phrases.question_note(question, where)  # on a line of its own
        return lines(question.text) + (body if history else 0.0) + padding

    height = 0.0
    headings = 0
    if summary.shows(Section.HEADER):
        height += title + 2 * body  # the title, the appointment and when it was made
    if summary.shows(Section.WHAT_MATTERS) and summary.what_matters_most:
        headings += 1
        height += lines(summary.what_matters_most)
    if summary.shows(Section.QUESTIONS):
        headings += 1
        height += sum(asked(question) for question in summary.must_ask + summary.want_to_ask)
        if summary.if_time:
            height += body + padding  # they run on in one row
        if not summary.questions:
            height += body  # "No questions planned"
    if summary.shows(Section.SYMPTOMS):
        headings += 1
        if summary.symptoms:
            height += body + cell  # the column heads
            height += sum(
                (max(body, image) if row.readings else body) + cell for row in summary.symptoms
            )
        else:
            height += body  # "No symptoms checked"
    if summary.shows(Section.MEDICATIONS):
        headings += 1
        medicines = len(summary.current_medications)
        height += (medicines + 1) * (body + cell) if medicines else body
        if summary.medication_events:
            height += body * (1 + len(summary.medication_events))  # "Since…", one a line
    if summary.shows(Section.CANCER):
        headings += 1
        height += body
    if summary.shows(Section.NOTES) and summary.notes:
        headings += 1
        height += lines(summary.notes)
    height += headings * heading
    # The space above each heading, but the first block's (nothing is above it).
    above = headings if summary.shows(Section.HEADER) else max(0, headings - 1)
    return height + above * look.section_gap * pixel
