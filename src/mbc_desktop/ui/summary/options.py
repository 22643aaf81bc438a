"""What the "Prepare summary" dialog offers: the appointments to choose from, the sections with
their names, the paper sizes, and the period a summary covers in words."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize

from mbc_desktop.services import AppointmentService
from mbc_desktop.summary.model import NO_PREVIOUS_DAYS, Paper, Section, Summary
from mbc_desktop.words.dates import appointment_choice_text, in_zone, long_date
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, current_language, number, use_language
from mbc_desktop.words.texts import fill

CONTEXT = "SummaryDialog"

# The sections in page order, as the check boxes name them (no mnemonics: seven boxes in a
# row are reached by Tab after Alt+S, which goes to the first).
SECTION_NAMES: tuple[tuple[Section, str], ...] = (
    (Section.HEADER, QT_TRANSLATE_NOOP("SummaryDialog", "Header")),
    (Section.WHAT_MATTERS, QT_TRANSLATE_NOOP("SummaryDialog", "What matters most to me")),
    (Section.QUESTIONS, QT_TRANSLATE_NOOP("SummaryDialog", "My questions")),
    (Section.SYMPTOMS, QT_TRANSLATE_NOOP("SummaryDialog", "How I have been")),
    (Section.MEDICATIONS, QT_TRANSLATE_NOOP("SummaryDialog", "Medications")),
    (Section.CANCER, QT_TRANSLATE_NOOP("SummaryDialog", "About my cancer")),
    (Section.NOTES, QT_TRANSLATE_NOOP("SummaryDialog", "Notes for the doctor")),
)

PAPER_NAMES: tuple[tuple[Paper, str], ...] = (
    (Paper.A4, QT_TRANSLATE_NOOP("SummaryDialog", "A4")),
    (Paper.LETTER, QT_TRANSLATE_NOOP("SummaryDialog", "Letter (US)")),
)

PAGE_SIZES = {
    Paper.A4: QPageSize.PageSizeId.A4,
    Paper.LETTER: QPageSize.PageSizeId.Letter,
}

# How many past appointments the choice offers after the upcoming ones (newest first).
RECENT_PAST = 6


def page_size(paper: Paper) -> QPageSize:
    return QPageSize(PAGE_SIZES[paper])


@dataclass(frozen=True)
class AppointmentChoice:
    """One entry of the Appointment choice: its words, and the id to build for (None: no
    appointment planned, the last 30 days)."""

    text: str
    appointment_id: int | None


def appointment_choices(
    appointments: AppointmentService, now: datetime | None = None
) -> list[AppointmentChoice]:
    """The next appointment first ("Next appointment — …"), or "No appointment planned" when
    there is none; then the other upcoming ones, earliest first; then the recent past ones,
    newest first."""
    upcoming = appointments.upcoming(now)
    past = appointments.past(now)[:RECENT_PAST]
    choices: list[AppointmentChoice] = []
    if upcoming:
        first, *others = upcoming
        choices.append(
            AppointmentChoice(
                fill(
                    QCoreApplication.translate("SummaryDialog", "Next appointment — %1"),
                    appointment_choice_text(first),
                ),
                first.id,
            )
        )
    else:
        others = []
        choices.append(
            AppointmentChoice(
                QCoreApplication.translate("SummaryDialog", "No appointment planned"), None
            )
        )
    for appointment in others:
        choices.append(AppointmentChoice(appointment_choice_text(appointment), appointment.id))
    for appointment in past:
        choices.append(
            AppointmentChoice(
                fill(
                    QCoreApplication.translate("SummaryDialog", "Past — %1"),
                    appointment_choice_text(appointment),
                ),
                appointment.id,
            )
        )
    return choices


def period_text(summary: Summary) -> str:
    """The period a summary covers, in words: since which appointment, from when to when."""
    period = summary.period
    start = long_date(in_zone(period.start, summary.zone_name))
    end = long_date(in_zone(period.end, summary.zone_name))
    if period.previous is None:
        return fill(
            QCoreApplication.translate(
                "SummaryDialog",
                "It covers the last %1 days, %2 to %3 (there is no appointment before it).",
            ),
            number(NO_PREVIOUS_DAYS),
            start,
            end,
        )
    return fill(
        QCoreApplication.translate(
            "SummaryDialog", "It covers %1 to %2, since the appointment before it."
        ),
        start,
        end,
    )


@contextmanager
def printed_in(language: str | None) -> Iterator[None]:
    """Words made inside come out in ``language`` ("en" to print in English); the interface's
    language is put back afterwards, even after an error. None: the interface's language."""
    previous = current_language()
    if language is None or language == previous:
        yield
        return
    use_language(language)
    try:
        yield
    finally:
        use_language(previous)
