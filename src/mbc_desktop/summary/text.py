"""The summary as plain text, to paste into a patient-portal message: the same sections and
words as the page (``phrases``), with "[ ]" for a tick box, the figures in words instead of
trend lines, and lines kept to 80 characters where they can be (a long word or link is never
broken). Nothing is left out to fit: a message has no page to fill.
"""

import textwrap

from PySide6.QtCore import QCoreApplication

from mbc_desktop.domain import Priority, Question
from mbc_desktop.domain.cancer import TreatmentLine
from mbc_desktop.summary import phrases
from mbc_desktop.summary.model import Section, Summary, SymptomRow
from mbc_desktop.words.dates import zone
from mbc_desktop.words.i18n import label
from mbc_desktop.words.medications import event_line
from mbc_desktop.words.texts import fill

WIDTH = 80
BOX = "[ ]"
INDENT = "    "


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    """``text`` (which may hold line breaks) wrapped to WIDTH, ``first`` before its first
    line and ``rest`` before the others."""
    lines: list[str] = []
    for place, paragraph in enumerate(text.split("\n")):
        lead = first if place == 0 else rest
        if not paragraph.strip():
            lines.append(lead.rstrip())
            continue
        lines.extend(
            textwrap.wrap(
                paragraph,
                WIDTH,
                initial_indent=lead,
                subsequent_indent=rest,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return lines


def _heading(text: str) -> list[str]:
    return ["", text, "-" * min(WIDTH, len(text))]


def _question(question: Question, summary: Summary) -> list[str]:
    lines = _wrap(" ".join(question.text.split()), f"{BOX} ", INDENT)
    note = phrases.question_note(question, zone(summary.zone_name))
    if note:
        lines += _wrap(f"({note})", INDENT, INDENT)
    return lines


def _symptom(row: SymptomRow, summary: Summary) -> list[str]:
    where = zone(summary.zone_name)
    name = phrases.symptom_name(row, summary.zone_name)
    if row.figures.current.count == 0:
        text = fill(
            QCoreApplication.translate("Summary", "%1: %2"),
            name,
            phrases.change_words(row, summary.zone_name),
        )
    else:
        text = fill(
            QCoreApplication.translate("Summary", "%1: latest %2, worst %3, %4"),
            name,
            phrases.latest_text(row, where),
            phrases.worst_text(row, where),
            phrases.change_words(row, summary.zone_name),
        )
    if row.figures.worsened:
        text = f"{text} ({phrases.flag_text()})"
    return _wrap(text, "", INDENT)


def _treatment(treatment: TreatmentLine) -> str:
    """ "Line 1: Letrozole + palbociclib · started Mar 1, 2024 · stopped Feb 20, 2026 · The
    cancer grew"."""
    number, drugs, started, stopped, why = phrases.line_cells(treatment)
    parts = [fill(QCoreApplication.translate("Summary", "Line %1: %2"), number, drugs)]
    if treatment.started_on is not None:
        parts.append(fill(QCoreApplication.translate("Summary", "started %1"), started))
    if treatment.stopped_on is not None:
        parts.append(fill(QCoreApplication.translate("Summary", "stopped %1"), stopped))
    if treatment.stop_reason is not None:
        parts.append(why)
    return " · ".join(parts)


def _packet(summary: Summary) -> list[str]:
    packet = summary.packet
    assert packet is not None
    lines = _heading(phrases.section_title(Section.CANCER))
    lines += _wrap(phrases.cancer_text(summary))
    spread = phrases.spread_text(summary)
    if spread:
        lines += _wrap(spread)
    lines += [QCoreApplication.translate("Summary", "Receptors")]
    for line in phrases.receptor_lines(packet.receptors):
        lines += _wrap(line, "- ", "  ")
    if packet.biomarkers:
        lines.append(QCoreApplication.translate("Summary", "Biomarkers and gene tests"))
        for test in packet.biomarkers:
            marker, result, tested, sample = phrases.biomarker_cells(test)
            text = fill(
                QCoreApplication.translate("Summary", "%1: %2 (tested %3, sample: %4)"),
                marker,
                result,
                tested,
                sample,
            )
            lines += _wrap(text, "- ", "  ")
    lines += _heading(QCoreApplication.translate("Summary", "Treatment history"))
    if not packet.lines:
        lines.append(QCoreApplication.translate("Summary", "No treatment lines recorded."))
    for treatment in packet.lines:
        lines += _wrap(_treatment(treatment), "- ", "  ")
    lines += _heading(QCoreApplication.translate("Summary", "Records to gather"))
    for key in packet.records:
        lines += _wrap(phrases.record_text(key), f"{BOX} ", INDENT)
    return lines


def to_text(summary: Summary) -> str:
    """The summary as plain text, every section chosen, nothing left out."""
    where = zone(summary.zone_name)
    lines: list[str] = []
    if summary.shows(Section.HEADER):
        lines += _wrap(phrases.title(summary))
        lines += _wrap(phrases.appointment_line(summary.appointment, where), "", INDENT)
        lines += _wrap(phrases.made_line(summary), "", INDENT)
    if summary.shows(Section.WHAT_MATTERS) and summary.what_matters_most:
        lines += _heading(phrases.section_title(Section.WHAT_MATTERS))
        lines += _wrap(summary.what_matters_most)
    if summary.packet is not None:
        lines += _packet(summary)
    if summary.shows(Section.QUESTIONS):
        lines += _heading(phrases.section_title(Section.QUESTIONS))
        groups = (
            (Priority.MUST_ASK, summary.must_ask),
            (Priority.WANT_TO_ASK, summary.want_to_ask),
            (Priority.IF_TIME, summary.if_time),
        )
        for priority, listed in groups:
            if listed:
                lines.append(label(priority))
                for question in listed:
                    lines += _question(question, summary)
        if not summary.questions:
            lines.append(
                QCoreApplication.translate("Summary", "No questions planned for this visit.")
            )
    if summary.shows(Section.SYMPTOMS):
        lines += _heading(phrases.section_title(Section.SYMPTOMS))
        if summary.symptoms:
            lines += _wrap(phrases.scale_note())
            for row in summary.symptoms:
                lines += _symptom(row, summary)
        else:
            lines.append(QCoreApplication.translate("Summary", "No symptoms checked in this time."))
    if summary.shows(Section.MEDICATIONS):
        lines += _heading(phrases.section_title(Section.MEDICATIONS))
        for medication in summary.current_medications:
            lines += _wrap(phrases.medicine_line(medication), "- ", "  ")
        if not summary.current_medications:
            lines.append(QCoreApplication.translate("Summary", "No medicines recorded."))
        if summary.medication_events:
            lines.append(phrases.since_label(summary))
            for event in summary.medication_events:
                lines += _wrap(event_line(event), "", "  ")
    if summary.shows(Section.CANCER) and summary.packet is None:
        lines += _heading(phrases.section_title(Section.CANCER))
        lines += _wrap(phrases.cancer_text(summary))
    if summary.shows(Section.NOTES) and summary.notes:
        lines += _heading(phrases.section_title(Section.NOTES))
        lines += _wrap(summary.notes)
    lines += ["", phrases.footer_plain()]
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines) + "\n"
