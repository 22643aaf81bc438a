"""The summary as Qt rich text (the HTML 4 subset QTextDocument reads: tables, no flexbox), for
the preview, the printer and the PDF.

One calm hierarchy, black on white: the title at 13 pt, section headings at 12 pt, body text
at 10 pt (9 pt in the compact layout, never smaller). Nothing is told by colour: a worsening is
"▲ worse by 2+", a question's history is words.

Every piece of the person's text is escaped with ``html.escape``; no tag is ever built from
it. The only images are the trend lines, added to the document under our own ``trend:`` names
by ``fill_document`` (``to_html`` only refers to them).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from html import escape
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument

from mbc_desktop.domain import Priority, Question
from mbc_desktop.summary import phrases
from mbc_desktop.summary.model import Period, Section, Summary, SymptomRow
from mbc_desktop.summary.trend_images import (
    COMPACT,
    NORMAL,
    TrendSize,
    add_stand_ins,
    add_trend_images,
    trend_name,
    trend_words,
)
from mbc_desktop.words.dates import zone
from mbc_desktop.words.i18n import label
from mbc_desktop.words.medications import event_line

BODY_POINTS = 10.0
COMPACT_POINTS = 9.0  # the least the body text may be
TITLE_POINTS = 13.0
HEADING_POINTS = 12.0


@dataclass(frozen=True)
class Limits:
    """How many of each long list to show (None: all), for a page that must fit: the
    "if time" and "want to ask" questions, the current medicines, and the symptoms that are
    not flagged (a flagged one always shows). What is left out is counted on the page."""

    if_time: int | None = None
    want_to_ask: int | None = None
    medications: int | None = None
    symptoms: int | None = None
    changes: int | None = None  # medicine changes in the period; the newest are kept

    def left_out(self, summary: Summary) -> dict[str, int]:
        """What these limits leave out, by kind ("questions", "medications", "symptoms");
        only the sections shown count, and only kinds with something left out appear."""
        counts: dict[str, int] = {}
        if summary.shows(Section.QUESTIONS):
            hidden = len(summary.if_time) - len(shown(summary.if_time, self.if_time))
            hidden += len(summary.want_to_ask) - len(shown(summary.want_to_ask, self.want_to_ask))
            if hidden:
                counts["questions"] = hidden
        if summary.shows(Section.MEDICATIONS):
            medicines = summary.current_medications
            hidden = len(medicines) - len(shown(medicines, self.medications))
            if hidden:
                counts["medications"] = hidden
        if summary.shows(Section.SYMPTOMS):
            hidden = len(summary.symptoms) - len(shown_symptoms(summary.symptoms, self.symptoms))
            if hidden:
                counts["symptoms"] = hidden
        if summary.shows(Section.MEDICATIONS):
            events = summary.medication_events
            hidden = len(events) - len(newest(events, self.changes))
            if hidden:
                counts["changes"] = hidden
        return counts


T = TypeVar("T")


def shown(items: tuple[T, ...], limit: int | None) -> tuple[T, ...]:
    return items if limit is None else items[: max(0, limit)]


def newest(items: tuple[T, ...], limit: int | None) -> tuple[T, ...]:
    """The last ``limit`` items (all when None): the newest of a list kept oldest first."""
    if limit is None:
        return items
    return items[len(items) - max(0, limit) :] if limit > 0 else ()


def shown_symptoms(rows: tuple[SymptomRow, ...], limit: int | None) -> tuple[SymptomRow, ...]:
    """Every flagged row, and the first ``limit`` of the others, in their order."""
    if limit is None:
        return rows
    kept: list[SymptomRow] = []
    others = 0
    for row in rows:
        if row.figures.worsened:
            kept.append(row)
        elif others < limit:
            kept.append(row)
            others += 1
    return tuple(kept)


def _t(text: str) -> str:
    """Text (ours or the person's) safe in HTML: every <, >, & and quote escaped."""
    return escape(text, quote=True)


def _lines(text: str) -> str:
    """A person's text with its line breaks kept."""
    return "<br>".join(_t(line) for line in text.split("\n"))


@dataclass(frozen=True)
class _Look:
    """What differs between the normal and the compact layout: the body text's size in
    points, the gaps and paddings in the HTML's pixels (1/96 inch), the trend lines' size."""

    body: float
    section_gap: int
    sub_gap: int
    row_top: int
    row_bottom: int
    cell: int
    trend: TrendSize


NORMAL_LOOK = _Look(BODY_POINTS, 10, 4, 4, 2, 2, NORMAL)
COMPACT_LOOK = _Look(COMPACT_POINTS, 5, 1, 2, 1, 1, COMPACT)

NOWRAP = 'style="white-space: nowrap; padding-right: 8px"'
RULE = "#555555"  # the lines to write on, and under table headings
ROW_LINE = "#9a9a9a"  # between rows of a table: light, but it survives a photocopy


def _style(look: _Look) -> str:
    return f"""
body {{ font-size: {look.body}pt; color: #000000; background-color: #ffffff; }}
p {{ margin-top: 0px; margin-bottom: {look.sub_gap // 2}px; }}
p.title {{ font-size: {TITLE_POINTS}pt; font-weight: bold; margin-bottom: 2px; }}
p.heading {{ font-size: {HEADING_POINTS}pt; font-weight: bold;
      margin-top: {look.section_gap}px; margin-bottom: {look.sub_gap}px; }}
p.sub {{ font-weight: bold; margin-top: {look.sub_gap}px; margin-bottom: 0px; }}
th {{ font-weight: bold; text-align: left; border-bottom: 1px solid {RULE};
      padding: {look.cell}px; }}
td {{ padding: {look.cell}px; vertical-align: top; }}
td.line {{ border-bottom: 1px solid {ROW_LINE}; vertical-align: middle; }}
td.write {{ border-bottom: 1px solid {RULE}; }}
td.header {{ border-bottom: 2px solid #000000; padding: 0px;
             padding-bottom: {look.sub_gap + 1}px; }}
td.q {{ padding-top: {look.row_top}px; padding-bottom: {look.row_bottom}px; }}
td.first {{ padding-top: {look.row_top + look.sub_gap + 2}px; }}
p.after {{ margin-top: {look.sub_gap + 1}px; }}
.note {{ font-style: italic; }}
.more {{ font-style: italic; margin-top: {look.sub_gap}px; }}
"""


class HtmlMade:
    """What ``to_html`` made of one summary, for the next call to use: the HTML of each
    layout, and each symptom row's words, the same in every layout (the slowest part to
    make). For the layouts tried to fit one page; the words are in the language of the
    moment, so keep one no longer than that (``pdf.lay_out`` keeps one per fitting)."""

    def __init__(self, summary: Summary) -> None:
        self.summary = summary
        self.html: dict[tuple[bool, Limits], str] = {}
        self.rows: dict[int, tuple[str, ...]] = {}


def to_html(
    summary: Summary,
    *,
    compact: bool = False,
    limits: Limits | None = None,
    made: HtmlMade | None = None,
) -> str:
    """The summary as Qt rich text: the sections chosen, in the model's order (a packet puts
    the cancer's details, the treatment history and the records to gather before the
    questions). ``compact``: tighter spacing, 9 pt text, smaller trend lines; ``limits``:
    what to leave out of the longest lists (and say so); ``made``: what earlier calls for
    this summary made, to take from and add to."""
    limits = limits or Limits()
    if made is None:
        made = HtmlMade(summary)
    elif made.summary is not summary:
        raise ValueError("made for another summary")
    html = made.html.get((compact, limits))
    if html is None:
        html = made.html[compact, limits] = _html(summary, compact, limits, made)
    return html


def _html(summary: Summary, compact: bool, limits: Limits, made: HtmlMade) -> str:
    look = COMPACT_LOOK if compact else NORMAL_LOOK
    parts: list[str] = []
    if summary.shows(Section.HEADER):
        parts.append(_header(summary))
    if summary.shows(Section.WHAT_MATTERS) and summary.what_matters_most:
        parts.append(_heading(phrases.section_title(Section.WHAT_MATTERS)))
        parts.append(f"<p>{_lines(summary.what_matters_most)}</p>")
    if summary.packet is not None:
        parts.append(_packet(summary))
    if summary.shows(Section.QUESTIONS):
        parts.append(_questions(summary, limits, compact))
    if summary.shows(Section.SYMPTOMS):
        parts.append(_symptoms(summary, limits, look, made))
    if summary.shows(Section.MEDICATIONS):
        parts.append(_medications(summary, limits, compact))
    if summary.shows(Section.CANCER) and summary.packet is None:
        parts.append(_heading(phrases.section_title(Section.CANCER)))
        parts.append(f"<p>{_t(phrases.cancer_text(summary))}</p>")
    if summary.shows(Section.NOTES) and summary.notes:
        parts.append(_heading(phrases.section_title(Section.NOTES)))
        parts.append(f"<p>{_lines(summary.notes)}</p>")
    body = "\n".join(parts)
    return (
        f'<html><head><meta charset="utf-8"><style>{_style(look)}</style></head>'
        f"<body>\n{body}\n</body></html>"
    )


def fill_document(
    document: QTextDocument,
    summary: Summary,
    *,
    compact: bool = False,
    limits: Limits | None = None,
    made: HtmlMade | None = None,
) -> None:
    """Put the summary in ``document``: the font, the trend images (our own resources) and
    the HTML (``made`` as ``to_html`` takes it). Lay it out on the device first
    (``documentLayout().setPaintDevice``) so that point sizes are true on paper.

    A document ``fill_for_fitting`` filled with the same summary and options, and not
    changed since, keeps its text and its layout: only its stand-ins give way to the images."""
    _fill(document, summary, compact, limits, made, add_trend_images)


def fill_for_fitting(
    document: QTextDocument,
    summary: Summary,
    *,
    compact: bool = False,
    limits: Limits | None = None,
    made: HtmlMade | None = None,
) -> None:
    """``fill_document`` with a blank stand-in for each trend image: laid out exactly the
    same (the HTML gives every image its size), without drawing one. For the layouts that
    are tried to see whether the page fits; the one kept is then given its images with
    ``fill_document``."""
    _fill(document, summary, compact, limits, made, add_stand_ins)


# What a document was last filled with (its revision then, and the HTML), as a property.
_FILLED = "mbcSummaryFilled"


def _fill(
    document: QTextDocument,
    summary: Summary,
    compact: bool,
    limits: Limits | None,
    made: HtmlMade | None,
    add_images: Callable[[QTextDocument, tuple[SymptomRow, ...], Period, tzinfo, TrendSize], None],
) -> None:
    look = COMPACT_LOOK if compact else NORMAL_LOOK
    font = QFont(document.defaultFont())
    font.setPointSizeF(look.body)
    # No ligatures: "fl" stays two letters when the PDF's text is copied or searched.
    font.setFeature(QFont.Tag("liga"), 0)
    html = to_html(summary, compact=compact, limits=limits, made=made)
    filled = f"{document.revision()}\n{html}"
    same = document.property(_FILLED) == filled and document.defaultFont() == font
    if not same:
        document.setDefaultFont(font)
    if summary.shows(Section.SYMPTOMS):
        rows = shown_symptoms(summary.symptoms, (limits or Limits()).symptoms)
        add_images(document, rows, summary.period, zone(summary.zone_name), look.trend)
    if not same:
        document.setHtml(html)
        document.setProperty(_FILLED, f"{document.revision()}\n{html}")


# --- the parts ---------------------------------------------------------------------------------


def _heading(text: str) -> str:
    return f'<p class="heading">{_t(text)}</p>'


def _sub(text: str) -> str:
    return f'<p class="sub">{_t(text)}</p>'


def _header(summary: Summary) -> str:
    where = zone(summary.zone_name)
    # A rule under the header sets it apart from the sections.
    return (
        '<table width="100%" cellspacing="0"><tr><td class="header">'
        f'<p class="title">{_t(phrases.title(summary))}</p>'
        f"<p>{_t(phrases.appointment_line(summary.appointment, where))}</p>"
        f"<p>{_t(phrases.made_line(summary))}</p>"
        "</td></tr></table>"
    )


def _question_text(question: Question, where: tzinfo, compact: bool) -> str:
    text = _lines(question.text)
    note = phrases.question_note(question, where)
    if note:
        space = " " if compact else "<br>"
        text += f'{space}<span class="note">({_t(note)})</span>'
    return text


def _questions(summary: Summary, limits: Limits, compact: bool) -> str:
    """One table: must-ask, then want-to-ask, each question with a tick box and a ruled
    space to write on, the group's name beside its first row; then the "if time" ones run
    on in one cell."""
    parts = [_heading(phrases.section_title(Section.QUESTIONS))]
    where = zone(summary.zone_name)
    want = shown(summary.want_to_ask, limits.want_to_ask)
    if_time = shown(summary.if_time, limits.if_time)
    rows: list[str] = []
    # Widths go on the cells of the first row (an empty row would take a line).
    # The group's name never wraps (its column is as wide as the longest).
    widths = (NOWRAP, 'width="3%"', 'width="61%"', 'width="2%"', 'width="23%"')
    for priority, listed in ((Priority.MUST_ASK, summary.must_ask), (Priority.WANT_TO_ASK, want)):
        for place, question in enumerate(listed):
            first = ' class="q first"' if place == 0 and rows else ' class="q"'
            size = widths if not rows else (NOWRAP, "", "", "", "")
            group = (
                f'<td{first} {size[0]} rowspan="{len(listed)}"><b>{_t(label(priority))}</b></td>'
                if place == 0
                else ""
            )
            rows.append(
                f"<tr>{group}"
                f"<td{first} {size[1]}>{phrases.BOX}</td>"
                f"<td{first} {size[2]}>{_question_text(question, where, compact)}</td>"
                f"<td {size[3]}></td>"
                f'<td class="write" {size[4]}>&nbsp;</td>'
                "</tr>"
            )
    if if_time:
        pieces = []
        for question in if_time:
            piece = f"{phrases.BOX} {_t(' '.join(question.text.split()))}"
            note = phrases.question_note(question, where)
            if note:
                piece += f' <span class="note">({_t(note)})</span>'
            pieces.append(piece)
        first = ' class="q first"' if rows else ' class="q"'
        rows.append(
            f"<tr><td{first} {NOWRAP}><b>{_t(label(Priority.IF_TIME))}</b></td>"
            f'<td{first} colspan="4">{" · ".join(pieces)}</td></tr>'
        )
    if rows:
        parts.append(f'<table width="100%" cellspacing="0">{"".join(rows)}</table>')
    elif not summary.questions:
        parts.append(
            "<p>"
            + _t(QCoreApplication.translate("Summary", "No questions planned for this visit."))
            + "</p>"
        )
    hidden = limits.left_out(summary).get("questions", 0)
    if hidden:
        parts.append(f'<p class="more">{_t(phrases.more_questions(hidden))}</p>')
    return "\n".join(parts)


def _symptom_cells(summary: Summary, row: SymptomRow, where: tzinfo) -> tuple[str, ...]:
    """A symptom row's name, latest, worst and change, and its trend line in words ("" with
    no scores), as HTML: the same in every layout."""
    name = _t(phrases.symptom_name(row, summary.zone_name))
    change = _t(phrases.change_text(row))
    if row.figures.worsened:
        name = f"<b>{name}</b>"
        change = f"<b>{change} {_t(phrases.flag_text())}</b>"
    words = _t(trend_words(row, summary.period, where)) if row.readings else ""
    latest = _t(phrases.latest_text(row, where))
    worst = _t(phrases.worst_text(row, where))
    return name, latest, worst, change, words


def _symptoms(summary: Summary, limits: Limits, look: _Look, made: HtmlMade) -> str:
    title = _t(phrases.section_title(Section.SYMPTOMS))
    aside = f'<span style="font-size: {COMPACT_POINTS}pt; font-weight: normal">'
    parts = [f'<p class="heading">{title} {aside}{_t(phrases.scale_note())}</span></p>']
    rows = shown_symptoms(summary.symptoms, limits.symptoms)
    if not summary.symptoms:
        parts.append(
            "<p>"
            + _t(QCoreApplication.translate("Summary", "No symptoms checked in this time."))
            + "</p>"
        )
        return "\n".join(parts)
    where = zone(summary.zone_name)
    width, height = look.trend.css()
    heads = (
        QCoreApplication.translate("Summary", "Symptom"),
        QCoreApplication.translate("Summary", "Latest"),
        QCoreApplication.translate("Summary", "Worst"),
        QCoreApplication.translate("Summary", "Change"),
        QCoreApplication.translate("Summary", "Trend"),
    )
    widths = ("28%", "14%", "14%", "24%", "20%")
    cells = "".join(
        f'<th width="{w}">{_t(head)}</th>' for head, w in zip(heads, widths, strict=True)
    )
    lines = [f"<tr>{cells}</tr>"]
    for row in rows:
        words_of_row = made.rows.get(id(row))
        if words_of_row is None:
            # By the row's id: the summary ``made`` holds keeps every row alive.
            words_of_row = made.rows[id(row)] = _symptom_cells(summary, row, where)
        name, latest, worst, change, words = words_of_row
        if row.readings:
            trend = (
                f'<img src="{_t(trend_name(row))}" width="{width}" height="{height}" alt="{words}">'
            )
        else:
            trend = _t(QCoreApplication.translate("Summary", "no entries"))
        lines.append(
            "<tr>"
            f'<td class="line">{name}</td>'
            f'<td class="line">{latest}</td>'
            f'<td class="line">{worst}</td>'
            f'<td class="line">{change}</td>'
            f'<td class="line">{trend}</td>'
            "</tr>"
        )
    if rows:
        parts.append('<table width="100%" cellspacing="0">' + "".join(lines) + "</table>")
    hidden = limits.left_out(summary).get("symptoms", 0)
    if hidden:
        parts.append(f'<p class="more">{_t(phrases.more_symptoms(hidden))}</p>')
    return "\n".join(parts)


def _medications(summary: Summary, limits: Limits, compact: bool) -> str:
    parts = [_heading(phrases.section_title(Section.MEDICATIONS))]
    medicines = shown(summary.current_medications, limits.medications)
    if medicines:
        heads = (
            QCoreApplication.translate("Summary", "Medicine"),
            QCoreApplication.translate("Summary", "Dose and when"),
            QCoreApplication.translate("Summary", "How it is taken"),
        )
        widths = ("27%", "43%", "30%")
        cells = "".join(
            f'<th width="{w}">{_t(head)}</th>' for head, w in zip(heads, widths, strict=True)
        )
        lines = [f"<tr>{cells}</tr>"]
        for medication in medicines:
            lines.append(
                "<tr>"
                + "".join(
                    f'<td class="line">{_t(cell)}</td>'
                    for cell in phrases.medicine_cells(medication)
                )
                + "</tr>"
            )
        parts.append('<table width="100%" cellspacing="0">' + "".join(lines) + "</table>")
    elif not summary.current_medications:
        parts.append(
            "<p>" + _t(QCoreApplication.translate("Summary", "No medicines recorded.")) + "</p>"
        )
    hidden = limits.left_out(summary).get("medications", 0)
    if hidden:
        parts.append(f'<p class="more">{_t(phrases.more_medicines(hidden))}</p>')
    if summary.medication_events:
        since = f"<b>{_t(phrases.since_label(summary))}</b>"
        kept = newest(summary.medication_events, limits.changes)
        earlier = len(summary.medication_events) - len(kept)
        events = [_t(event_line(event)) for event in kept]
        if earlier:
            events.insert(0, f"<i>{_t(phrases.earlier_changes(earlier))}</i>")
        if compact:
            parts.append(f'<p class="after">{since} {" · ".join(events)}</p>')
        else:
            parts.append(f'<p class="after">{since}</p>')
            parts.extend(f"<p>{event}</p>" for event in events)
    return "\n".join(parts)


def _table(heads: tuple[str, ...], widths: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    cells = "".join(f'<th width="{w}">{_t(h)}</th>' for h, w in zip(heads, widths, strict=True))
    body = "".join(
        "<tr>" + "".join(f'<td class="line">{_t(cell)}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    return f'<table width="100%" cellspacing="0"><tr>{cells}</tr>{body}</table>'


def _packet(summary: Summary) -> str:
    packet = summary.packet
    assert packet is not None
    parts = [_heading(phrases.section_title(Section.CANCER))]
    parts.append(f"<p><b>{_t(phrases.cancer_text(summary))}</b></p>")
    spread = phrases.spread_text(summary)
    if spread:
        parts.append(f"<p>{_t(spread)}</p>")
    parts.append(_sub(QCoreApplication.translate("Summary", "Receptors")))
    parts.extend(f"<p>{_t(line)}</p>" for line in phrases.receptor_lines(packet.receptors))
    if packet.biomarkers:
        parts.append(_sub(QCoreApplication.translate("Summary", "Biomarkers and gene tests")))
        parts.append(
            _table(
                (
                    QCoreApplication.translate("Summary", "Test"),
                    QCoreApplication.translate("Summary", "Result"),
                    QCoreApplication.translate("Summary", "Tested on"),
                    QCoreApplication.translate("Summary", "Sample"),
                ),
                ("30%", "30%", "20%", "20%"),
                [phrases.biomarker_cells(test) for test in packet.biomarkers],
            )
        )
    parts.append(_heading(QCoreApplication.translate("Summary", "Treatment history")))
    if packet.lines:
        parts.append(
            _table(
                (
                    QCoreApplication.translate("Summary", "Line"),
                    QCoreApplication.translate("Summary", "Drugs"),
                    QCoreApplication.translate("Summary", "Started"),
                    QCoreApplication.translate("Summary", "Stopped"),
                    QCoreApplication.translate("Summary", "Why it stopped"),
                ),
                ("7%", "37%", "17%", "17%", "22%"),
                [phrases.line_cells(line) for line in packet.lines],
            )
        )
    else:
        parts.append(
            "<p>"
            + _t(QCoreApplication.translate("Summary", "No treatment lines recorded."))
            + "</p>"
        )
    parts.append(_heading(QCoreApplication.translate("Summary", "Records to gather")))
    parts.append(
        "<p>"
        + _t(
            QCoreApplication.translate(
                "Summary", "Tick each one when you have it or have asked for it."
            )
        )
        + "</p>"
    )
    rows = "".join(
        f'<tr><td class="q" width="3%">{phrases.BOX}</td>'
        f'<td class="q">{_t(phrases.record_text(key))}</td></tr>'
        for key in packet.records
    )
    parts.append(f'<table width="100%" cellspacing="0">{rows}</table>')
    return "\n".join(parts)
