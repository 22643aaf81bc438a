"""What makes an appointment valid, the words the user sees when it is not, and its times."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from mbc_desktop.domain import (
    CLINICIAN_MAX_CHARS,
    FLAG_AFTER_CARRIES,
    NOTES_MAX_CHARS,
    PLACE_MAX_CHARS,
    PURPOSE_MAX_CHARS,
    VISIT_WINDOW,
    Appointment,
    AppointmentChanges,
    Choice,
    NewAppointment,
    NewQuestion,
    Priority,
    Question,
    QuestionChanges,
    Role,
    Status,
    Topic,
    field_messages,
    zone_named,
    zone_names,
)
from mbc_desktop.domain.questions import Choice as ChoiceFromQuestions

CHICAGO = ZoneInfo("America/Chicago")
MONDAY_9_30_CHICAGO = datetime(2026, 3, 16, 9, 30, tzinfo=CHICAGO)
CREATED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def an_appointment(**overrides: object) -> Appointment:
    fields: dict[str, object] = {
        "id": 1,
        "starts_at": MONDAY_9_30_CHICAGO,
        "time_zone": "America/Chicago",
        "created_at": CREATED,
        "updated_at": CREATED,
    }
    fields.update(overrides)
    return Appointment.model_validate(fields)


def messages_for(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return field_messages(error.value)


# --- what a new appointment needs ------------------------------------------------------------


def test_limits_are_a_name_an_address_and_an_answers_worth_of_notes() -> None:
    assert (CLINICIAN_MAX_CHARS, PLACE_MAX_CHARS, PURPOSE_MAX_CHARS, NOTES_MAX_CHARS) == (
        120,
        300,
        300,
        5000,
    )


def test_new_appointment_needs_only_its_time() -> None:
    new = NewAppointment(starts_at=MONDAY_9_30_CHICAGO)

    assert new.role is Role.MEDICAL_ONCOLOGIST
    assert (new.time_zone, new.clinician, new.place, new.purpose, new.notes) == ("",) * 5
    assert new.telehealth is False


@pytest.mark.parametrize("naive", [datetime(2026, 3, 16, 9, 30), "2026-03-16T09:30:00"])
def test_a_time_without_a_time_zone_is_refused_in_plain_words(naive: object) -> None:
    with pytest.raises(ValidationError) as error:
        NewAppointment.model_validate({"starts_at": naive})

    assert messages_for(error) == {
        "starts_at": "The appointment's time needs a time zone. Choose one and try again."
    }


def test_a_time_with_an_offset_in_text_is_read() -> None:
    new = NewAppointment.model_validate({"starts_at": "2026-03-16T09:30:00-05:00"})

    assert new.starts_at == MONDAY_9_30_CHICAGO


@pytest.mark.parametrize("year", [1899, 2200])
def test_a_date_far_outside_any_booking_is_refused(year: int) -> None:
    with pytest.raises(ValidationError) as error:
        NewAppointment(starts_at=datetime(year, 1, 1, 12, tzinfo=UTC))

    assert messages_for(error) == {"starts_at": "Choose a date between the years 1900 and 2199."}


def test_time_zone_is_an_iana_name_kept_without_spaces() -> None:
    new = NewAppointment(starts_at=MONDAY_9_30_CHICAGO, time_zone="  Europe/Madrid ")

    assert new.time_zone == "Europe/Madrid"


@pytest.mark.parametrize(
    "name",
    [
        "Mars/Olympus_Mons",
        "../../etc/passwd",
        "/etc/localtime",
        "localtime",
        "posix/Europe/Madrid",
        "America",
        "CST",
    ],
)
def test_a_time_zone_this_computer_does_not_know_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as error:
        NewAppointment(starts_at=MONDAY_9_30_CHICAGO, time_zone=name)

    assert messages_for(error) == {
        "time_zone": "Choose a time zone from the list; this computer does not know that one."
    }


@pytest.mark.parametrize(
    ("field", "limit", "message"),
    [
        ("clinician", 120, "Keep the clinician's name under 120 characters (now 121)."),
        ("place", 300, "Keep the place under 300 characters (now 301)."),
        ("purpose", 300, "Keep the purpose under 300 characters (now 301)."),
        (
            "notes",
            5000,
            "Keep the notes under 5000 characters (now 5001): keep the main points.",
        ),
    ],
)
def test_each_text_over_its_limit_is_refused_with_its_length(
    field: str, limit: int, message: str
) -> None:
    assert (
        NewAppointment.model_validate(
            {"starts_at": MONDAY_9_30_CHICAGO, field: "x" * limit}
        ).model_dump()[field]
        == "x" * limit
    )

    with pytest.raises(ValidationError) as error:
        NewAppointment.model_validate({"starts_at": MONDAY_9_30_CHICAGO, field: "x" * (limit + 1)})

    assert messages_for(error) == {field: message}


@pytest.mark.parametrize(
    ("field", "what"),
    [
        ("visit_notes", "the visit notes"),
        ("decisions", "the decisions"),
        ("next_steps", "the next steps"),
        ("tests_ordered", "the tests ordered"),
    ],
)
def test_what_was_said_at_the_visit_has_room_for_5000_characters(field: str, what: str) -> None:
    assert AppointmentChanges.model_validate({field: "y" * 5000}).as_dict() == {field: "y" * 5000}

    with pytest.raises(ValidationError) as error:
        AppointmentChanges.model_validate({field: "y" * 5001})

    assert messages_for(error) == {
        field: f"Keep {what} under 5000 characters (now 5001): keep the main points."
    }


def test_one_line_fields_fold_whitespace_and_notes_keep_their_lines() -> None:
    new = NewAppointment(
        starts_at=MONDAY_9_30_CHICAGO,
        clinician="  Dr.\tAmara \n Okafor\u200b ",
        place="Cancer Centre,\nLevel 3\x00",
        purpose=" Scan\r\nresults ",
        notes="\ufeffBring the CD.\r\n\r\nAsk for parking validation. ",
    )

    assert new.clinician == "Dr. Amara Okafor"
    assert new.place == "Cancer Centre, Level 3"
    assert new.purpose == "Scan results"
    assert new.notes == "Bring the CD.\n\nAsk for parking validation."


def test_telehealth_place_is_kept_as_plain_text() -> None:
    new = NewAppointment(
        starts_at=MONDAY_9_30_CHICAGO, telehealth=True, place="https://visit.example/j/123?pwd=x"
    )

    assert new.place == "https://visit.example/j/123?pwd=x"


@pytest.mark.parametrize("model", [NewAppointment, AppointmentChanges])
def test_unknown_fields_are_refused(model: type[NewAppointment] | type[AppointmentChanges]) -> None:
    with pytest.raises(ValidationError):
        model.model_validate({"starts_at": MONDAY_9_30_CHICAGO, "doctor": "Okafor"})


# --- roles ------------------------------------------------------------------------------------


def test_roles_are_stored_by_value_and_shown_in_words() -> None:
    assert [role.value for role in Role] == [
        "medical_oncologist",
        "radiation_oncologist",
        "surgeon",
        "nurse",
        "palliative_care",
        "second_opinion",
        "other",
    ]
    assert Role.PALLIATIVE_CARE.label == "Palliative care"
    assert issubclass(Role, Choice)
    assert ChoiceFromQuestions is Choice


# --- changes ----------------------------------------------------------------------------------


def test_changes_with_nothing_set_apply_nothing() -> None:
    assert AppointmentChanges().as_dict() == {}
    assert AppointmentChanges(clinician=None, notes=None).as_dict() == {}


def test_completed_at_set_to_none_on_purpose_reopens_the_visit() -> None:
    assert AppointmentChanges(completed_at=None).as_dict() == {"completed_at": None}


def test_changes_follow_the_same_rules_as_a_new_appointment() -> None:
    with pytest.raises(ValidationError) as error:
        AppointmentChanges.model_validate(
            {"starts_at": datetime(2026, 3, 16, 9, 30), "time_zone": "Nowhere/Town"}
        )

    assert set(messages_for(error)) == {"starts_at", "time_zone"}
    assert AppointmentChanges(time_zone="").as_dict() == {"time_zone": ""}


# --- a stored appointment ----------------------------------------------------------------------


def test_stored_start_is_aware_utc_whatever_zone_it_was_given_in() -> None:
    appointment = an_appointment()

    assert appointment.starts_at == MONDAY_9_30_CHICAGO
    assert appointment.starts_at.utcoffset() == timedelta(0)
    assert appointment.starts_at.hour == 14  # 9:30 in Chicago (CDT, UTC-5)


def test_local_start_is_in_the_zone_it_was_entered_in() -> None:
    local = an_appointment().local_start()

    assert (local.hour, local.minute) == (9, 30)
    assert local.tzinfo == CHICAGO


def test_local_start_keeps_the_wall_clock_time_across_daylight_saving() -> None:
    before = an_appointment(starts_at=datetime(2026, 3, 2, 9, 30, tzinfo=CHICAGO))
    after = an_appointment(starts_at=datetime(2026, 3, 9, 9, 30, tzinfo=CHICAGO))

    assert before.local_start().hour == after.local_start().hour == 9
    assert before.starts_at.hour == 15  # CST, UTC-6
    assert after.starts_at.hour == 14  # CDT, UTC-5


def test_local_start_without_a_zone_is_in_the_given_zone_else_utc() -> None:
    appointment = an_appointment(time_zone="")
    madrid = ZoneInfo("Europe/Madrid")

    assert appointment.local_start() == appointment.starts_at
    assert appointment.local_start().tzinfo is UTC
    assert appointment.local_start(madrid).tzinfo == madrid
    # Its own zone wins over the one given.
    assert an_appointment().local_start(madrid).tzinfo == CHICAGO


def test_a_stored_zone_this_computer_lacks_still_opens_and_shows_in_utc() -> None:
    appointment = an_appointment(time_zone="Atlantis/Capital")

    assert appointment.zone is None
    assert appointment.local_start().tzinfo is UTC


def test_visit_is_upcoming_until_its_window_is_over_or_it_is_finished() -> None:
    appointment = an_appointment()
    start = appointment.starts_at

    assert timedelta(hours=3) == VISIT_WINDOW
    assert appointment.is_upcoming(start - timedelta(days=30))
    assert appointment.is_upcoming(start + VISIT_WINDOW - timedelta(microseconds=1))
    assert not appointment.is_upcoming(start + VISIT_WINDOW)
    finished = an_appointment(completed_at=start + timedelta(hours=1))
    assert finished.is_completed
    assert not finished.is_upcoming(start - timedelta(days=1))


def test_comparing_with_a_naive_now_fails_loudly() -> None:
    with pytest.raises(TypeError):
        an_appointment().is_upcoming(datetime(2026, 3, 16, 9, 0))


def test_a_fixed_offset_is_a_time_zone_too() -> None:
    new = NewAppointment(
        starts_at=datetime(2026, 3, 16, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    )

    assert new.starts_at.utcoffset() == timedelta(hours=1)


# --- questions planned for appointments --------------------------------------------------------


def a_question(**overrides: object) -> Question:
    fields: dict[str, object] = {
        "id": 1,
        "text": "Is the scan due?",
        "topic": Topic.TESTS_AND_SCANS,
        "priority": Priority.MUST_ASK,
        "status": Status.OPEN,
        "position": 0,
        "created_at": CREATED,
        "updated_at": CREATED,
    }
    fields.update(overrides)
    return Question.model_validate(fields)


def test_a_question_is_for_the_next_appointment_and_never_carried_at_first() -> None:
    question = a_question()

    assert question.appointment_id is None
    assert (question.carry_count, question.carried_from, question.asked_about_since) == (
        0,
        None,
        None,
    )
    assert not question.is_flagged
    assert NewQuestion(text="Is the scan due?").appointment_id is None
    assert NewQuestion(text="Is the scan due?", appointment_id=4).appointment_id == 4


def test_a_question_carried_three_times_is_flagged() -> None:
    assert FLAG_AFTER_CARRIES == 3
    assert not a_question(carry_count=2).is_flagged
    assert a_question(carry_count=3).is_flagged
    assert a_question(carry_count=7).is_flagged


def test_question_changes_can_plan_a_question_and_unplan_it_again() -> None:
    assert QuestionChanges(appointment_id=4).as_dict() == {"appointment_id": 4}
    # None given on purpose: back to "for the next appointment".
    assert QuestionChanges(appointment_id=None).as_dict() == {"appointment_id": None}
    # Not given: left as it is.
    assert QuestionChanges(text="Is the scan due?").as_dict() == {"text": "Is the scan due?"}
    # Other fields still treat None as "no change".
    assert QuestionChanges(text=None, answer=None).as_dict() == {}


@pytest.mark.parametrize("bad", [0, -1])
def test_an_appointment_id_is_positive(bad: int) -> None:
    with pytest.raises(ValidationError):
        QuestionChanges(appointment_id=bad)
    with pytest.raises(ValidationError):
        NewQuestion(text="Is the scan due?", appointment_id=bad)


def test_carry_count_cannot_be_negative() -> None:
    with pytest.raises(ValidationError):
        a_question(carry_count=-1)


def test_the_zones_to_choose_from_are_iana_names_without_copies_or_local_aliases() -> None:
    names = zone_names()

    assert {"America/Chicago", "America/New_York", "Europe/Madrid", "UTC"} <= names
    assert "localtime" not in names
    assert not any(name.startswith(("posix/", "right/")) for name in names)
    assert all(zone_named(name) is not None for name in ["UTC", "Europe/Madrid"])
    assert zone_named("") is None
