"""A medicine in words: its days, its doses, the lines of its card, and what started, changed or
stopped ("Changed palbociclib: 125 mg → 100 mg on Nov 12, 2026").

These sentences are what the list, the screen reader and (later) the printed summary say, so
they are built in one place. Colour is never needed to read them: each event starts with a
mark and a word.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mbc_desktop.domain.medications import (
    DoseStep,
    Medication,
    MedicationEvent,
    MedicationEventKind,
)
from mbc_desktop.words.i18n import label
from mbc_desktop.words.texts import fill

# A mark before each event, so the kind shows without colour (and before the word says it).
EVENT_MARKS = {
    MedicationEventKind.STARTED: "▶",
    MedicationEventKind.CHANGED: "↕",
    MedicationEventKind.STOPPED: "■",
}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """ "Nov 12, 2026" in English; the translation gives the order of its language."""
    # A Qt date pattern: d is the day, MMM the month's short name, yyyy the year.
    pattern = QCoreApplication.translate("MedicationWords", "MMM d, yyyy")
    return QLocale().toString(qdate(day), pattern)


def dose_text(step: DoseStep) -> str:
    """ "2.5 mg once a day": the dose and schedule as written, either may be missing."""
    return " ".join(part for part in (step.dose, step.schedule) if part)


def _dose_or_none(step: DoseStep) -> str:
    return dose_text(step) or QCoreApplication.translate("MedicationWords", "no dose written")


def step_line(medication: Medication, place: int, today: date) -> str:
    """One line of the dose history: "2.5 mg once a day — from the start (Mar 3, 2026)",
    "100 mg once a day — from Nov 12, 2026 (now)"."""
    step = medication.steps[place]
    if step.from_day is not None:
        since = fill(
            QCoreApplication.translate("MedicationWords", "from %1"), day_text(step.from_day)
        )
    elif medication.started_on is not None:
        since = fill(
            QCoreApplication.translate("MedicationWords", "from the start (%1)"),
            day_text(medication.started_on),
        )
    else:
        since = QCoreApplication.translate("MedicationWords", "from the start")
    line = f"{_dose_or_none(step)} — {since}"
    if place == len(medication.steps) - 1:
        if medication.stopped_on is not None and not medication.is_current(today):
            line += " " + fill(
                QCoreApplication.translate("MedicationWords", "(until %1)"),
                day_text(medication.stopped_on),
            )
        else:
            line += " " + QCoreApplication.translate("MedicationWords", "(now)")
    return line


def history_lines(medication: Medication, today: date) -> list[str]:
    """The dose history, oldest first."""
    return [step_line(medication, place, today) for place in range(len(medication.steps))]


def _dates_line(medication: Medication, today: date) -> str:
    started, stopped = medication.started_on, medication.stopped_on
    if not medication.is_current(today):
        assert stopped is not None
        line = fill(QCoreApplication.translate("MedicationWords", "Stopped %1"), day_text(stopped))
        if started is not None:
            line += " · " + fill(
                QCoreApplication.translate("MedicationWords", "started %1"), day_text(started)
            )
        return line
    if started is None:
        line = QCoreApplication.translate("MedicationWords", "No start date")
    elif started > today:
        line = fill(QCoreApplication.translate("MedicationWords", "Starts %1"), day_text(started))
    else:
        line = fill(QCoreApplication.translate("MedicationWords", "Since %1"), day_text(started))
    if stopped == today:
        line += " · " + QCoreApplication.translate("MedicationWords", "stopped today")
    elif stopped is not None:
        line += " · " + fill(
            QCoreApplication.translate("MedicationWords", "stops %1"), day_text(stopped)
        )
    return line


def card_lines(medication: Medication, today: date) -> list[str]:
    """What a row in the list says: the name; the dose, schedule and how it is taken; since
    when (or when it stopped). Always three lines, so every card has the same height."""
    how = label(medication.route)
    dose = dose_text(medication.current)
    second = f"{dose} · {how}" if dose else how
    return [medication.name, second, _dates_line(medication, today)]


def _what_changed(before: DoseStep, after: DoseStep) -> tuple[str, str]:
    """The part that changed: the doses if only they did, the schedules if only they did,
    else both."""
    no_dose = QCoreApplication.translate("MedicationWords", "no dose written")
    no_schedule = QCoreApplication.translate("MedicationWords", "no schedule written")
    if before.schedule == after.schedule:
        return before.dose or no_dose, after.dose or no_dose
    if before.dose == after.dose:
        return before.schedule or no_schedule, after.schedule or no_schedule
    return _dose_or_none(before), _dose_or_none(after)


def event_text(event: MedicationEvent) -> str:
    """ "Started letrozole 2.5 mg once a day on Nov 5, 2026", "Changed palbociclib: 125 mg →
    100 mg on Nov 12, 2026", "Stopped capecitabine on Nov 20, 2026"."""
    name = event.medication.name
    on = day_text(event.on)
    if event.kind == MedicationEventKind.STARTED:
        what = name
        if event.after is not None and dose_text(event.after):
            what = f"{name} {dose_text(event.after)}"
        return fill(QCoreApplication.translate("MedicationWords", "Started %1 on %2"), what, on)
    if event.kind == MedicationEventKind.CHANGED:
        assert event.before is not None
        assert event.after is not None
        old, new = _what_changed(event.before, event.after)
        return fill(
            QCoreApplication.translate("MedicationWords", "Changed %1: %2 → %3 on %4"),
            name,
            old,
            new,
            on,
        )
    return fill(QCoreApplication.translate("MedicationWords", "Stopped %1 on %2"), name, on)


def event_line(event: MedicationEvent) -> str:
    """The event with its mark first: "↕ Changed palbociclib: 125 mg → 100 mg on …"."""
    return f"{EVENT_MARKS[event.kind]} {event_text(event)}"
