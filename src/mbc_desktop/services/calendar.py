"""Appointments as an iCalendar file (RFC 5545) that calendar apps import, with a reminder.

Only what the person chose leaves the app: when and where, with whom, how many questions there
are, and their texts only when asked for. Never answers, notes, purpose or what was decided.
The texts are English by default; the UI passes its own (translated) ones.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

from mbc_desktop.domain import Appointment, Question

# Calendar apps need an end; a visit's real length is not known.
DEFAULT_DURATION = timedelta(hours=1)
# The reminder comes the day before: time to gather papers, arrange a lift, check the list.
REMINDER_BEFORE = timedelta(days=1)
PRODUCT_ID = "-//MBC Desktop//Appointments//EN"
# The VTIMEZONE blocks describe the zone from a little before the first appointment to a
# little after the last, instead of every change since 1970.
_ZONE_MARGIN = timedelta(days=7)


def appointment_uid(appointment: Appointment) -> str:
    """The same for every export of one appointment, so a calendar app updates its copy
    instead of adding a second. Made from the id alone: nothing about the person or computer."""
    return f"appointment-{appointment.id}@mbc-desktop.local"


def default_summary(appointment: Appointment) -> str:
    """ "Oncology appointment with Dr. Okafor", or without a name when there is none."""
    if appointment.clinician:
        return f"Oncology appointment with {appointment.clinician}"
    return "Oncology appointment"


def default_location(appointment: Appointment) -> str:
    """The place as typed; for telehealth, "Telehealth: " and the number or link."""
    if appointment.telehealth:
        return f"Telehealth: {appointment.place}" if appointment.place else "Telehealth"
    return appointment.place


def default_description(
    appointment: Appointment, questions: list[Question], include_question_texts: bool
) -> str:
    """ "3 questions to ask", then the questions one per line if the person allowed it."""
    count = len(questions)
    if count == 0:
        heading = "No questions planned yet."
    else:
        heading = f"{count} question{'' if count == 1 else 's'} to ask"
    if not include_question_texts or not questions:
        return heading
    lines = ["- " + question.text.replace("\n", "\n  ") for question in questions]
    return "\n".join([heading, "", *lines])


def appointments_to_ics(
    appointments: Iterable[Appointment],
    questions_by_appointment: Mapping[int, Sequence[Question]],
    include_question_texts: bool,
    now: datetime,
    *,
    summary_for: Callable[[Appointment], str] = default_summary,
    description_for: Callable[[Appointment, list[Question], bool], str] = default_description,
    location_for: Callable[[Appointment], str] = default_location,
) -> bytes:
    """One VEVENT per appointment, in an iCalendar file ready to save as ``.ics``.

    Each event has a stable UID, DTSTAMP (``now``), DTSTART in the appointment's time zone
    (with its VTIMEZONE; UTC if it has none), an end DEFAULT_DURATION later, SUMMARY,
    LOCATION, a DESCRIPTION with the number of questions in ``questions_by_appointment`` (and
    their texts only if ``include_question_texts``), and a display alarm REMINDER_BEFORE the
    start. ``summary_for``, ``description_for`` and ``location_for`` give the texts; the
    summary is also the alarm's text.
    """
    # Imported here: only an export needs the library.
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    stamp = now.astimezone(UTC)
    days: list[date] = []
    for appointment in appointments:
        questions = list(questions_by_appointment.get(appointment.id, ()))
        start = appointment.local_start()
        days.append(start.date())
        event = Event()
        event.add("uid", appointment_uid(appointment))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + DEFAULT_DURATION)
        summary = summary_for(appointment)
        event.add("summary", summary)
        location = location_for(appointment)
        if location:
            event.add("location", location)
        event.add("description", description_for(appointment, questions, include_question_texts))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -REMINDER_BEFORE)
        alarm.add("description", summary)
        event.add_component(alarm)
        calendar.add_component(event)
    if days:
        calendar.add_missing_timezones(
            first_date=min(days) - _ZONE_MARGIN, last_date=max(days) + _ZONE_MARGIN
        )
    return bytes(calendar.to_ical())
