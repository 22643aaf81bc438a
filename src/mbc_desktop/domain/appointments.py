"""Appointments: when, with whom and where, and what was said once the visit is over."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.text import clean_single_line, limited

# A name with a title fits in 120; an address or a telehealth link and phone number in 300.
# Notes get the room of an answer: what the doctor said, in the person's words.
CLINICIAN_MAX_CHARS = 120
PLACE_MAX_CHARS = 300
PURPOSE_MAX_CHARS = 300
NOTES_MAX_CHARS = 5000

# A visit counts as "in progress", still the next appointment, until this long after it was
# due to start: waiting rooms run late, and the person may open the app in the exam room.
VISIT_WINDOW = timedelta(hours=3)

# Far outside the dates anyone books, and safely inside what datetime and SQLite can hold in
# any time zone.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199


class Role(Choice):
    """Who the appointment is with."""

    MEDICAL_ONCOLOGIST = "medical_oncologist"
    RADIATION_ONCOLOGIST = "radiation_oncologist"
    SURGEON = "surgeon"
    NURSE = "nurse"  # a nurse or a nurse practitioner
    PALLIATIVE_CARE = "palliative_care"
    SECOND_OPINION = "second_opinion"
    OTHER = "other"


def _limited(what: str, limit: int, *, multiline: bool) -> Callable[[str], str]:
    """A cleaning validator that refuses more than ``limit`` characters, naming ``what``."""
    advice = ": keep the main points." if multiline else ""
    return limited(what, limit, multiline=multiline, advice=advice)


def _must_be_aware(value: object) -> object:
    # Pydantic's own message ("Input should have timezone info") is not for the person.
    moment = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value  # Pydantic says what is wrong with it
    if isinstance(moment, datetime) and moment.utcoffset() is None:
        raise ValueError("The appointment's time needs a time zone. Choose one and try again.")
    return value


def _in_range(moment: datetime) -> datetime:
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValueError(f"Choose a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}.")
    return moment


def _in_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


@cache
def zone_names() -> frozenset[str]:
    """The IANA time zone names this computer knows ("America/Chicago", "UTC"…).

    Not every file in the zone folder: "localtime" means another zone on each computer, and
    "posix/…" and "right/…" are copies. Read once; it takes a few milliseconds.
    """
    # Python leaves out posix/ and right/, but lists a "localtime" file where there is one.
    return frozenset(available_timezones()) - {"localtime"}


def zone_named(name: str) -> ZoneInfo | None:
    """The IANA time zone called ``name``, or None if this computer does not know it (or
    ``name`` is empty)."""
    if name not in zone_names():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # listed, yet unreadable
        return None


def _time_zone(value: str) -> str:
    name = clean_single_line(value)
    if name and zone_named(name) is None:
        raise ValueError("Choose a time zone from the list; this computer does not know that one.")
    return name


StartsAt = Annotated[AwareDatetime, BeforeValidator(_must_be_aware), AfterValidator(_in_range)]
TimeZoneName = Annotated[str, AfterValidator(_time_zone)]
Clinician = Annotated[
    str, AfterValidator(_limited("the clinician's name", CLINICIAN_MAX_CHARS, multiline=False))
]
Place = Annotated[str, AfterValidator(_limited("the place", PLACE_MAX_CHARS, multiline=False))]
Purpose = Annotated[
    str, AfterValidator(_limited("the purpose", PURPOSE_MAX_CHARS, multiline=False))
]
Notes = Annotated[str, AfterValidator(_limited("the notes", NOTES_MAX_CHARS, multiline=True))]
VisitNotes = Annotated[
    str, AfterValidator(_limited("the visit notes", NOTES_MAX_CHARS, multiline=True))
]
Decisions = Annotated[
    str, AfterValidator(_limited("the decisions", NOTES_MAX_CHARS, multiline=True))
]
NextSteps = Annotated[
    str, AfterValidator(_limited("the next steps", NOTES_MAX_CHARS, multiline=True))
]
TestsOrdered = Annotated[
    str, AfterValidator(_limited("the tests ordered", NOTES_MAX_CHARS, multiline=True))
]


class NewAppointment(BaseModel):
    """What the user gives to add an appointment; everything but the time has a default.

    ``time_zone`` is the IANA name of the zone the time was entered in ("America/Chicago"),
    kept so that the appointment shows at the same wall-clock time after a daylight-saving
    change or a trip. ``place`` is an address, or for telehealth the phone number or link as
    text: the app never dials or opens it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    starts_at: StartsAt
    time_zone: TimeZoneName = ""
    clinician: Clinician = ""
    role: Role = Role.MEDICAL_ONCOLOGIST
    place: Place = ""
    telehealth: bool = False
    purpose: Purpose = ""
    notes: Notes = ""


class AppointmentChanges(BaseModel):
    """A partial edit: only the fields that are set change.

    ``None`` means "leave as it is", except for ``completed_at``, where None given on purpose
    means "not finished" (``AppointmentChanges(completed_at=None)`` reopens a visit).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    starts_at: StartsAt | None = None
    time_zone: TimeZoneName | None = None
    clinician: Clinician | None = None
    role: Role | None = None
    place: Place | None = None
    telehealth: bool | None = None
    purpose: Purpose | None = None
    notes: Notes | None = None
    visit_notes: VisitNotes | None = None
    decisions: Decisions | None = None
    next_steps: NextSteps | None = None
    tests_ordered: TestsOrdered | None = None
    completed_at: StartsAt | None = None

    def as_dict(self) -> dict[str, object]:
        """The fields that were set, ready to apply (``completed_at`` even when None)."""
        values = self.model_dump(exclude_unset=True)
        return {k: v for k, v in values.items() if v is not None or k == "completed_at"}


class Appointment(BaseModel):
    """A stored appointment. Every time in it is aware and in UTC; ``local_start`` gives the
    start in the zone it was entered in, for showing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    starts_at: Annotated[AwareDatetime, AfterValidator(_in_utc)]
    # Not checked against this computer's zones: a journal copied to a computer with older
    # zone data must still open. local_start() falls back instead.
    time_zone: str = ""
    clinician: Clinician = ""
    role: Role = Role.MEDICAL_ONCOLOGIST
    place: Place = ""
    telehealth: bool = False
    purpose: Purpose = ""
    notes: Notes = ""
    visit_notes: VisitNotes = ""
    decisions: Decisions = ""
    next_steps: NextSteps = ""
    tests_ordered: TestsOrdered = ""
    completed_at: datetime | None = None
    created_at: datetime
    updated_at: datetime

    @property
    def zone(self) -> ZoneInfo | None:
        """The zone it was entered in, or None if none was given or this computer lacks it."""
        return zone_named(self.time_zone)

    @property
    def is_completed(self) -> bool:
        """The visit has been finished (its after-visit step is done)."""
        return self.completed_at is not None

    def local_start(self, zone: tzinfo | None = None) -> datetime:
        """When it starts, in its own time zone; without one, in ``zone``, else in UTC."""
        return self.starts_at.astimezone(self.zone or zone or UTC)

    def is_upcoming(self, now: datetime) -> bool:
        """Not finished, and not more than VISIT_WINDOW past its start at ``now`` (aware).

        A visit in progress is still upcoming: it is the one the person is preparing for.
        """
        return self.completed_at is None and self.starts_at + VISIT_WINDOW > now
