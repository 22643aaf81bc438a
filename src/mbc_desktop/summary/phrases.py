"""The words of the printed summary, shared by the page (``html.py``) and the plain text
(``text.py``), so the two always say the same: section titles, the header's lines, a question's
history, a symptom's figures, a medicine's cells, the cancer in one line, the packet's parts.

Every function returns plain text (never markup): the HTML escapes it. Words for the journal's
own things come from ``words/``; what is only said here is translated in the "Summary" context.
"""

from datetime import date, datetime, timedelta, tzinfo
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from mbc_desktop.domain import Appointment, Question
from mbc_desktop.domain.cancer import (
    BiomarkerTest,
    HormoneReceptor,
    ReceptorTest,
    TreatmentLine,
)
from mbc_desktop.domain.medications import Medication
from mbc_desktop.domain.symptom_figures import WORSENED_BY
from mbc_desktop.summary.model import RECORDS_TO_GATHER, Section, Summary, SymptomRow
from mbc_desktop.words.dates import clock_time, long_date, zone
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, change_decimal, label, number
from mbc_desktop.words.medications import day_text, dose_text
from mbc_desktop.words.subtype import subtype_name
from mbc_desktop.words.symptom_figures import FigureWords
from mbc_desktop.words.texts import fill

CONTEXT = "Summary"
BOX = "☐"  # a tick box, printed
FLAG_MARK = "▲"
MINUS = "−"  # U+2212, the minus sign (a hyphen is too short to read as one)
NONE_YET = "—"

SECTION_TITLES = {
    Section.WHAT_MATTERS: QT_TRANSLATE_NOOP("Summary", "What matters most to me"),
    Section.QUESTIONS: QT_TRANSLATE_NOOP("Summary", "My questions"),
    Section.SYMPTOMS: QT_TRANSLATE_NOOP("Summary", "How I have been"),
    Section.MEDICATIONS: QT_TRANSLATE_NOOP("Summary", "My medicines"),
    Section.CANCER: QT_TRANSLATE_NOOP("Summary", "About my cancer"),
    Section.NOTES: QT_TRANSLATE_NOOP("Summary", "Notes for the doctor"),
}

# The records a second opinion needs, as the tick list says them (keys of RECORDS_TO_GATHER).
RECORD_WORDS = {
    "pathology_reports": QT_TRANSLATE_NOOP(
        "Summary", "Pathology reports (the first biopsy and any later ones)"
    ),
    "slides_or_blocks": QT_TRANSLATE_NOOP(
        "Summary",
        "Glass slides or tissue blocks (ask the pathology department to release them)",
    ),
    "imaging_files": QT_TRANSLATE_NOOP(
        "Summary", "Imaging files (DICOM, on disc or download), not only the reports"
    ),
    "receptor_reports": QT_TRANSLATE_NOOP("Summary", "ER, PR and HER2 test reports"),
    "genomic_reports": QT_TRANSLATE_NOOP(
        "Summary", "Genomic and biomarker test reports (of the tumor, and inherited)"
    ),
    "surgery_radiation_summaries": QT_TRANSLATE_NOOP("Summary", "Surgery and radiation summaries"),
    "treatment_history": QT_TRANSLATE_NOOP(
        "Summary", "Treatment history: each line's drugs, dates and why it stopped"
    ),
    "medications_allergies_labs": QT_TRANSLATE_NOOP(
        "Summary", "Current medicines, allergies and recent lab results"
    ),
}
assert set(RECORD_WORDS) == set(RECORDS_TO_GATHER)


def tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in the "Summary" context) translated."""
    return QCoreApplication.translate("Summary", text)


def section_title(section: Section) -> str:
    return tr(SECTION_TITLES[section])


def record_text(key: str) -> str:
    return tr(RECORD_WORDS[key]) if key in RECORD_WORDS else key


# --- dates -------------------------------------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_month(day: date) -> str:
    """ "Dec 9": a day in the period, whose year is on the page already."""
    # A Qt date pattern: d is the day, MMM the month's short name.
    pattern = QCoreApplication.translate("Summary", "MMM d")
    return QLocale().toString(_qdate(day), pattern)


def local_day(moment: datetime, where: tzinfo) -> date:
    return moment.astimezone(where).date()


# --- the header --------------------------------------------------------------------------------


def title(summary: Summary) -> str:
    """ "Maria López · Appointment summary" (or "Second-opinion packet")."""
    kind = (
        QCoreApplication.translate("Summary", "Second-opinion packet")
        if summary.packet is not None
        else QCoreApplication.translate("Summary", "Appointment summary")
    )
    if summary.name:
        return fill(QCoreApplication.translate("Summary", "%1 · %2"), summary.name, kind)
    return kind


def appointment_line(appointment: Appointment | None, where: tzinfo) -> str:
    """ "Appointment: Tuesday, December 15, 2026 · 9:30 AM · Dr. Ortiz · Lakeside…"."""
    if appointment is None:
        return QCoreApplication.translate("Summary", "No appointment is planned yet")
    local = appointment.local_start(where)
    parts = [long_date(local), clock_time(local)]
    if appointment.clinician:
        parts.append(appointment.clinician)
    if appointment.place:
        parts.append(appointment.place)
    if appointment.telehealth:
        parts.append(QCoreApplication.translate("Summary", "by phone or video"))
    return fill(QCoreApplication.translate("Summary", "Appointment: %1"), " · ".join(parts))


def made_line(summary: Summary) -> str:
    """ "Made on Dec 10, 2026 · Covers: since my last appointment on Nov 10, 2026"."""
    where = zone(summary.zone_name)
    made = fill(
        QCoreApplication.translate("Summary", "Made on %1"),
        day_text(local_day(summary.made_at, where)),
    )
    return f"{made} · {period_text(summary)}"


def _ends_when_made(summary: Summary) -> bool:
    """The period runs up to when the summary was made (not an earlier appointment)."""
    return summary.period.end >= summary.made_at - timedelta(minutes=1)


def period_text(summary: Summary) -> str:
    where = zone(summary.zone_name)
    previous = summary.period.previous
    if not _ends_when_made(summary):
        # A past appointment: its own dates, so no one reads them as the last few weeks.
        return fill(
            QCoreApplication.translate("Summary", "Covers: %1 to %2"),
            day_text(local_day(summary.period.start, where)),
            day_text(local_day(summary.period.end, where)),
        )
    if previous is None:
        return QCoreApplication.translate("Summary", "Covers: the last 30 days")
    return fill(
        QCoreApplication.translate("Summary", "Covers: since my last appointment on %1"),
        day_text(local_day(previous.local_start(where), where)),
    )


def since_label(summary: Summary) -> str:
    """What the medicine changes are counted since."""
    if not _ends_when_made(summary):
        where = zone(summary.zone_name)
        return fill(
            QCoreApplication.translate("Summary", "From %1 to %2:"),
            day_text(local_day(summary.period.start, where)),
            day_text(local_day(summary.period.end, where)),
        )
    if summary.period.previous is None:
        return QCoreApplication.translate("Summary", "In the last 30 days:")
    return QCoreApplication.translate("Summary", "Since my last appointment:")


# --- questions ---------------------------------------------------------------------------------


def priority_title(priority: str) -> str:
    return label(priority)


def question_note(question: Question, where: tzinfo) -> str:
    """The question's history in words: flagged once it keeps slipping, else carried over;
    "" for a question asked for the first time."""
    if question.is_flagged:
        since = question.asked_about_since or question.carried_from
        if since is not None:
            return fill(
                QCoreApplication.translate(
                    "Summary", "⚑ asked about since %1, carried over %2 times"
                ),
                day_text(local_day(since, where)),
                number(question.carry_count),
            )
        return fill(
            QCoreApplication.translate("Summary", "⚑ carried over %1 times"),
            number(question.carry_count),
        )
    if question.carried_from is not None:
        return fill(
            QCoreApplication.translate("Summary", "carried over from %1"),
            day_text(local_day(question.carried_from, where)),
        )
    return ""


class SummaryCounts(QObject):
    """Counts with plural forms: lupdate reads a plural only from ``self.tr`` with a count."""

    def more_questions(self, count: int) -> str:
        return self.tr("+%n more question(s) in MBC Desktop", "", count)

    def more_medicines(self, count: int) -> str:
        return self.tr("+%n more medicine(s) in MBC Desktop", "", count)

    def more_symptoms(self, count: int) -> str:
        return self.tr("+%n more symptom(s) in MBC Desktop", "", count)

    def earlier_changes(self, count: int) -> str:
        return self.tr("+%n earlier change(s) in MBC Desktop", "", count)


def more_questions(count: int) -> str:
    return SummaryCounts().more_questions(count)


def earlier_changes(count: int) -> str:
    return SummaryCounts().earlier_changes(count)


def more_medicines(count: int) -> str:
    return SummaryCounts().more_medicines(count)


def more_symptoms(count: int) -> str:
    return SummaryCounts().more_symptoms(count)


# --- symptoms ----------------------------------------------------------------------------------


def symptom_name(row: SymptomRow, zone_name: str) -> str:
    return FigureWords(zone_name).name(row.symptom)


def latest_text(row: SymptomRow, where: tzinfo) -> str:
    """ "4 (Dec 9)"; "—" with no entries in the period."""
    latest = row.figures.current.latest
    if latest is None:
        return NONE_YET
    return fill(
        QCoreApplication.translate("Summary", "%1 (%2)"),
        number(latest.score),
        day_month(local_day(latest.at, where)),
    )


def worst_text(row: SymptomRow, where: tzinfo) -> str:
    worst = row.figures.current.worst
    if worst is None:
        return NONE_YET
    return fill(
        QCoreApplication.translate("Summary", "%1 (%2)"),
        number(worst.score),
        day_month(local_day(worst.at, where)),
    )


def change_text(row: SymptomRow) -> str:
    """ "+2.5", "−1.0", "no change", "new" (nothing before to compare), "—" (no entries)."""
    figures = row.figures
    if figures.current.count == 0:
        return NONE_YET
    change = figures.change
    if change is None:
        return QCoreApplication.translate("Summary", "new")
    if change == 0:
        return QCoreApplication.translate("Summary", "no change")
    size = change_decimal(abs(change))
    if size == change_decimal(Fraction(0)):
        return QCoreApplication.translate("Summary", "about the same")
    return f"+{size}" if change > 0 else f"{MINUS}{size}"


def flag_text() -> str:
    """ "▲ worse by 2+": a mark and words, never a colour alone."""
    return fill(
        QCoreApplication.translate("Summary", "%1 worse by %2+"), FLAG_MARK, number(WORSENED_BY)
    )


def change_words(row: SymptomRow, zone_name: str) -> str:
    """The change in a sentence, for the plain text ("2.5 higher than before")."""
    if row.figures.current.count == 0:
        return QCoreApplication.translate("Summary", "no entries in this time")
    return FigureWords(zone_name).change(row.figures)


def scale_note() -> str:
    return QCoreApplication.translate(
        "Summary",
        "(0 = none, 10 = worst possible; change: the average against the time before)",
    )


# --- medicines ---------------------------------------------------------------------------------


def medicine_cells(medication: Medication) -> tuple[str, str, str]:
    """Name, dose and schedule ("100 mg twice a day"), how it is taken."""
    return medication.name, dose_text(medication.current) or NONE_YET, label(medication.route)


def medicine_line(medication: Medication) -> str:
    """ "Letrozole: 2.5 mg once a day · By mouth" for the plain text."""
    what = dose_text(medication.current)
    how = label(medication.route)
    details = f"{what} · {how}" if what else how
    return fill(QCoreApplication.translate("Summary", "%1: %2"), medication.name, details)


# --- the cancer --------------------------------------------------------------------------------


def cancer_text(summary: Summary) -> str:
    """ "Hormone-receptor positive, HER2-low · Now: Fulvestrant + abemaciclib (line 2), since
    Mar 3, 2026"."""
    cancer = summary.cancer
    if cancer is None:
        return QCoreApplication.translate("Summary", "Nothing recorded yet")
    parts = [subtype_name(cancer.subtype)]
    parts.append(treatment_text(cancer.treatment))
    return " · ".join(parts)


def treatment_text(treatment: TreatmentLine | None) -> str:
    if treatment is None:
        return QCoreApplication.translate("Summary", "No current treatment recorded")
    what = treatment.drugs
    if treatment.number is not None:
        line = fill(QCoreApplication.translate("Summary", "line %1"), number(treatment.number))
        what = fill(QCoreApplication.translate("Summary", "%1 (%2)"), what, line) if what else line
    if not what:
        what = QCoreApplication.translate("Summary", "a treatment")
    text = fill(QCoreApplication.translate("Summary", "Now: %1"), what)
    if treatment.started_on is not None:
        text = fill(
            QCoreApplication.translate("Summary", "%1, since %2"),
            text,
            day_text(treatment.started_on),
        )
    return text


# --- the second-opinion packet ----------------------------------------------------------------


def _receptor(name: str, result: HormoneReceptor | None, percent: int | None) -> str:
    if result is None:
        shown = QCoreApplication.translate("Summary", "not recorded")
    else:
        shown = label(result)
        if percent is not None:
            shown = fill(QCoreApplication.translate("Summary", "%1, %2 %"), shown, number(percent))
    return fill(QCoreApplication.translate("Summary", "%1: %2"), name, shown)


def receptor_lines(receptors: ReceptorTest | None) -> list[str]:
    """ "ER: Positive, 90 %", "PR: …", "HER2: Low: IHC 1+", and when and on what."""
    if receptors is None or receptors.is_empty:
        return [QCoreApplication.translate("Summary", "No ER, PR or HER2 results recorded")]
    her2 = (
        label(receptors.her2)
        if receptors.her2 is not None
        else QCoreApplication.translate("Summary", "not recorded")
    )
    lines = [
        _receptor("ER", receptors.er, receptors.er_percent),
        _receptor("PR", receptors.pr, receptors.pr_percent),
        fill(QCoreApplication.translate("Summary", "%1: %2"), "HER2", her2),
    ]
    return [" · ".join(lines), tested_text(receptors.tested_on, receptors.sample)]


def tested_text(tested_on: date | None, sample: str | None) -> str:
    when = (
        day_text(tested_on)
        if tested_on is not None
        else QCoreApplication.translate("Summary", "date not recorded")
    )
    if sample is None:
        return fill(QCoreApplication.translate("Summary", "Tested: %1"), when)
    return fill(
        QCoreApplication.translate("Summary", "Tested: %1 · sample: %2"), when, label(sample)
    )


def biomarker_cells(test: BiomarkerTest) -> tuple[str, str, str, str]:
    """Marker, result (with its value), tested on, sample."""
    result = (
        label(test.result)
        if test.result is not None
        else QCoreApplication.translate("Summary", "not recorded")
    )
    if test.value:
        result = fill(QCoreApplication.translate("Summary", "%1 (%2)"), result, test.value)
    tested = day_text(test.tested_on) if test.tested_on is not None else NONE_YET
    sample = label(test.sample) if test.sample is not None else NONE_YET
    return label(test.marker), result, tested, sample


def line_cells(line: TreatmentLine) -> tuple[str, str, str, str, str]:
    """Number, drugs, started, stopped, why."""
    return (
        number(line.number) if line.number is not None else NONE_YET,
        line.drugs or NONE_YET,
        day_text(line.started_on) if line.started_on is not None else NONE_YET,
        day_text(line.stopped_on) if line.stopped_on is not None else NONE_YET,
        label(line.stop_reason) if line.stop_reason is not None else NONE_YET,
    )


def spread_text(summary: Summary) -> str:
    """ "Where it has spread: Bone, Liver · It came back after earlier treatment"."""
    packet = summary.packet
    if packet is None:
        return ""
    profile = packet.profile
    parts: list[str] = []
    if profile.spread:
        places = [label(site) for site in profile.spread if site.value != "other"]
        if profile.spread_other:
            places.append(profile.spread_other)
        elif any(site.value == "other" for site in profile.spread):
            places.append(label("other"))
        parts.append(
            fill(
                QCoreApplication.translate("Summary", "Where it has spread: %1"),
                QLocale().createSeparatedList(places),
            )
        )
    for answer in (profile.how_it_came_back, profile.menopausal_status):
        if answer is not None and answer.value != "not_sure":
            parts.append(label(answer))
    return " · ".join(parts)


def footer_text(page: int, pages: int) -> str:
    return fill(
        QCoreApplication.translate(
            "Summary",
            "Prepared by the patient with MBC Desktop · not medical advice · Page %1 of %2",
        ),
        number(page),
        number(pages),
    )


def footer_plain() -> str:
    return QCoreApplication.translate(
        "Summary", "Prepared by the patient with MBC Desktop · not medical advice"
    )
