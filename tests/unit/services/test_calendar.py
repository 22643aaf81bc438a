"""Calendar export: an .ics file that parses back, field for field, with nothing private in it."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from mbc_desktop.domain import (
    Appointment,
    AppointmentChanges,
    NewAppointment,
    NewQuestion,
    Question,
    QuestionChanges,
    Role,
)
from mbc_desktop.services import AppointmentService, QuestionService, appointments_to_ics
from mbc_desktop.services.calendar import (
    default_description,
    default_location,
    default_summary,
)

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 3, 2, 15, 4, 5, tzinfo=UTC)
PRIVATE = "PRIVATE-DO-NOT-EXPORT"


@pytest.fixture
def visit(appointments: AppointmentService, questions: QuestionService) -> Appointment:
    """An appointment with everything filled in, private notes included, and three questions
    (one answered in private words)."""
    added = appointments.add(
        NewAppointment(
            starts_at=datetime(2026, 3, 16, 9, 30, tzinfo=CHICAGO),
            time_zone="America/Chicago",
            clinician="Dr. Amara Okafor",
            role=Role.MEDICAL_ONCOLOGIST,
            place="Level 3; 1200 Lake Shore Dr., Chicago",
            purpose=f"Scan results {PRIVATE}",
            notes=f"Notes {PRIVATE}",
        )
    )
    appointments.update(
        added.id,
        AppointmentChanges(
            visit_notes=f"Visit {PRIVATE}",
            decisions=f"Decided {PRIVATE}",
            next_steps=f"Next {PRIVATE}",
            tests_ordered=f"Tests {PRIVATE}",
        ),
    )
    for text in (
        "Is the new spot on my liver the cancer growing?",
        "Can I travel to Zoë's wedding, in June?\nIt's in Spain.",
        "Should the dose change?",
    ):
        question = questions.add(NewQuestion(text=text, appointment_id=added.id))
    questions.update(question.id, QuestionChanges(answer=f"Answer {PRIVATE}"))
    return appointments.get(added.id)


def export(
    appointments: AppointmentService,
    chosen: list[Appointment],
    include_question_texts: bool,
    **texts: object,
) -> bytes:
    # Every question of the visit, the answered one too: its answer must still stay out.
    questions = {a.id: appointments.visit_questions(a.id) for a in chosen}
    return appointments_to_ics(chosen, questions, include_question_texts, NOW, **texts)  # type: ignore[arg-type]


def events_in(data: bytes) -> list[Event]:
    calendar = Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_an_appointment_round_trips_field_by_field(
    appointments: AppointmentService, visit: Appointment
) -> None:
    data = export(appointments, [visit], include_question_texts=False)

    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//MBC Desktop//Appointments//EN"
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"appointment-{visit.id}@mbc-desktop.local"
    assert event.decoded("DTSTAMP") == NOW
    start = event.decoded("DTSTART")
    assert start == visit.starts_at
    assert start.tzinfo == CHICAGO
    assert event["DTSTART"].params["TZID"] == "America/Chicago"
    assert (start.hour, start.minute) == (9, 30)
    assert event.decoded("DTEND") - start == timedelta(hours=1)
    assert str(event["SUMMARY"]) == "Oncology appointment with Dr. Amara Okafor"
    assert str(event["LOCATION"]) == "Level 3; 1200 Lake Shore Dr., Chicago"
    assert str(event["DESCRIPTION"]) == "3 questions to ask"


def test_the_time_zone_is_described_in_the_file(
    appointments: AppointmentService, visit: Appointment
) -> None:
    calendar = Calendar.from_ical(export(appointments, [visit], include_question_texts=False))

    assert [zone.tz_name for zone in calendar.timezones] == ["America/Chicago"]
    assert calendar.get_missing_tzids() == set()


def test_the_reminder_comes_the_day_before(
    appointments: AppointmentService, visit: Appointment
) -> None:
    (event,) = events_in(export(appointments, [visit], include_question_texts=False))

    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(days=-1)
    assert str(alarm["DESCRIPTION"]) == "Oncology appointment with Dr. Amara Okafor"


def test_question_texts_are_left_out_unless_the_person_allows_them(
    appointments: AppointmentService, visit: Appointment
) -> None:
    without = export(appointments, [visit], include_question_texts=False)
    with_texts = export(appointments, [visit], include_question_texts=True)

    assert b"liver" not in without
    assert "liver" not in str(events_in(without)[0]["DESCRIPTION"])
    assert str(events_in(with_texts)[0]["DESCRIPTION"]) == (
        "3 questions to ask\n"
        "\n"
        "- Is the new spot on my liver the cancer growing?\n"
        "- Can I travel to Zoë's wedding, in June?\n"
        "  It's in Spain.\n"
        "- Should the dose change?"
    )


@pytest.mark.parametrize("include_question_texts", [False, True])
def test_nothing_private_beyond_the_chosen_fields_is_exported(
    appointments: AppointmentService, visit: Appointment, include_question_texts: bool
) -> None:
    data = export(appointments, [visit], include_question_texts)

    # Neither the notes, purpose, decisions, next steps, tests ordered, nor any answer.
    assert PRIVATE.encode() not in data
    assert PRIVATE.encode() not in data.replace(b"\r\n ", b"")  # unfolded lines too
    assert b"medical_oncologist" not in data


def test_a_telehealth_link_becomes_the_location(appointments: AppointmentService) -> None:
    telehealth = appointments.add(
        NewAppointment(
            starts_at=datetime(2026, 3, 20, 14, 0, tzinfo=UTC),
            telehealth=True,
            place="https://visit.example/j/123?pwd=a,b",
        )
    )
    no_place = appointments.add(
        NewAppointment(starts_at=datetime(2026, 3, 21, 14, 0, tzinfo=UTC), telehealth=True)
    )

    first, second = events_in(export(appointments, [telehealth, no_place], False))

    assert str(first["LOCATION"]) == "Telehealth: https://visit.example/j/123?pwd=a,b"
    assert str(second["LOCATION"]) == "Telehealth"


def test_an_appointment_without_a_zone_clinician_or_place_is_exported_in_utc(
    appointments: AppointmentService,
) -> None:
    bare = appointments.add(NewAppointment(starts_at=datetime(2026, 3, 20, 14, 0, tzinfo=UTC)))

    data = appointments_to_ics([bare], {}, include_question_texts=True, now=NOW)

    (event,) = events_in(data)
    assert event.decoded("DTSTART") == bare.starts_at
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert "TZID" not in event["DTSTART"].params
    assert b"VTIMEZONE" not in data
    assert str(event["SUMMARY"]) == "Oncology appointment"
    assert "LOCATION" not in event
    assert str(event["DESCRIPTION"]) == "No questions planned yet."


def test_every_upcoming_appointment_in_one_file_with_stable_uids(
    appointments: AppointmentService, visit: Appointment
) -> None:
    madrid = appointments.add(
        NewAppointment(
            starts_at=datetime(2026, 4, 2, 11, 0, tzinfo=ZoneInfo("Europe/Madrid")),
            time_zone="Europe/Madrid",
            clinician="Dra. Ruiz",
        )
    )
    chosen = appointments.upcoming(now=NOW)
    assert chosen == [visit, madrid]

    first = export(appointments, chosen, include_question_texts=False)
    again = export(appointments, chosen, include_question_texts=False)

    assert first == again
    calendar = Calendar.from_ical(first)
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        f"appointment-{visit.id}@mbc-desktop.local",
        f"appointment-{madrid.id}@mbc-desktop.local",
    ]
    assert sorted(zone.tz_name for zone in calendar.timezones) == [
        "America/Chicago",
        "Europe/Madrid",
    ]
    assert str(calendar.walk("VEVENT")[1]["DESCRIPTION"]) == "No questions planned yet."


def test_one_question_is_counted_in_the_singular(
    visit: Appointment, questions: QuestionService
) -> None:
    one = questions.list()[:1]

    assert default_description(visit, one, False) == "1 question to ask"


def test_the_ui_can_give_its_own_translated_texts(
    appointments: AppointmentService, visit: Appointment
) -> None:
    def summary(appointment: Appointment) -> str:
        return f"Cita de oncología con {appointment.clinician}"

    def description(appointment: Appointment, questions: list[Question], texts: bool) -> str:
        return f"{len(questions)} preguntas" + (" (con textos)" if texts else "")

    def location(appointment: Appointment) -> str:
        return f"Lugar: {appointment.place}"

    (event,) = events_in(
        export(
            appointments,
            [visit],
            True,
            summary_for=summary,
            description_for=description,
            location_for=location,
        )
    )

    assert str(event["SUMMARY"]) == "Cita de oncología con Dr. Amara Okafor"
    assert str(event["DESCRIPTION"]) == "3 preguntas (con textos)"
    assert str(event["LOCATION"]) == "Lugar: Level 3; 1200 Lake Shore Dr., Chicago"
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == "Cita de oncología con Dr. Amara Okafor"


def test_the_english_defaults_are_the_ones_used(visit: Appointment) -> None:
    assert default_summary(visit) == "Oncology appointment with Dr. Amara Okafor"
    assert default_location(visit) == visit.place


def test_the_file_uses_crlf_line_ends_and_folds_long_lines(
    appointments: AppointmentService, visit: Appointment
) -> None:
    data = export(appointments, [visit], include_question_texts=True)

    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
