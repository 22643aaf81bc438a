"""Medications: what is taken, how and why, since when; and the dose history.

A medication's dose and schedule are kept as a history of steps, each from a date on. A change
of dose is a new step, never an overwrite, so "started, stopped or changed since the last
visit" is worked out from the record (``changes_between``), not typed by anyone. Correcting a
typo in the current step is an edit of that step, not a change.

Dates here are calendar days (no time of day): the day a medicine was started, stopped or
changed, as the person knows it.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, model_validator

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.text import limited

MEDICATION_NAME_MAX_CHARS = 120
DOSE_MAX_CHARS = 120
SCHEDULE_MAX_CHARS = 200
MEDICATION_PURPOSE_MAX_CHARS = 300
MEDICATION_NOTES_MAX_CHARS = 5000
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199


class Route(Choice):
    """How a medicine is taken."""

    BY_MOUTH = "by_mouth"
    INJECTION = "injection"  # into a muscle or under the skin
    INFUSION = "infusion"  # into a vein (IV)
    ON_THE_SKIN = "on_the_skin"  # a patch, cream or gel
    OTHER_ROUTE = "other_route"


def _name(value: str) -> str:
    text = limited("the medicine's name", MEDICATION_NAME_MAX_CHARS)(value)
    if not text:
        raise ValueError("Type the medicine's name first. It can't be empty.")
    return text


def _day(value: date | None) -> date | None:
    if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"Choose a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}.")
    return value


MedicationName = Annotated[str, AfterValidator(_name)]
Dose = Annotated[str, AfterValidator(limited("the dose", DOSE_MAX_CHARS))]
Schedule = Annotated[str, AfterValidator(limited("the schedule", SCHEDULE_MAX_CHARS))]
MedicationPurpose = Annotated[
    str, AfterValidator(limited("what it is for", MEDICATION_PURPOSE_MAX_CHARS))
]
MedicationNotes = Annotated[
    str, AfterValidator(limited("the notes", MEDICATION_NOTES_MAX_CHARS, multiline=True))
]
Day = Annotated[date | None, AfterValidator(_day)]

STOPPED_BEFORE_STARTED = "The day it stopped can't be before the day it started."


class NewMedication(BaseModel):
    """What the person gives to add a medicine; only the name is needed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: MedicationName
    dose: Dose = ""
    route: Route = Route.BY_MOUTH
    schedule: Schedule = ""
    purpose: MedicationPurpose = ""
    started_on: Day = None
    stopped_on: Day = None
    notes: MedicationNotes = ""

    @model_validator(mode="after")
    def _in_order(self) -> "NewMedication":
        if self.started_on and self.stopped_on and self.stopped_on < self.started_on:
            raise ValueError(STOPPED_BEFORE_STARTED)
        return self


class MedicationChanges(BaseModel):
    """An edit: only the fields set change. ``dose`` and ``schedule`` correct the current
    step (a typo); a real change of dose is a ``DoseChange``. ``started_on`` and
    ``stopped_on`` given as None on purpose clear the date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: MedicationName | None = None
    dose: Dose | None = None
    route: Route | None = None
    schedule: Schedule | None = None
    purpose: MedicationPurpose | None = None
    started_on: Day = None
    stopped_on: Day = None
    notes: MedicationNotes | None = None

    def as_dict(self) -> dict[str, object]:
        values = self.model_dump(exclude_unset=True)
        return {
            k: v for k, v in values.items() if v is not None or k in ("started_on", "stopped_on")
        }


class DoseChange(BaseModel):
    """A new dose or schedule from a day on (the old one is kept in the history)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    dose: Dose
    schedule: Schedule = ""
    on: Annotated[date, AfterValidator(_day)]


@dataclass(frozen=True)
class DoseStep:
    """A dose and schedule, taken from ``from_day`` on (None: from the start)."""

    id: int
    dose: str
    schedule: str
    from_day: date | None


class Medication(BaseModel):
    """A stored medicine. ``steps`` is its dose history, oldest first; never empty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    name: str
    route: Route
    purpose: str = ""
    started_on: date | None = None
    stopped_on: date | None = None
    notes: str = ""
    steps: tuple[DoseStep, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def current(self) -> DoseStep:
        return self.steps[-1]

    @property
    def dose(self) -> str:
        return self.current.dose

    @property
    def schedule(self) -> str:
        return self.current.schedule

    def as_of(self, day: date) -> "Medication":
        """The medicine as it was taken on ``day``: its dose steps up to then (a change
        planned for later is not its dose yet). The first step always stays."""
        steps = tuple(
            step
            for place, step in enumerate(self.steps)
            if place == 0 or step.from_day is None or step.from_day <= day
        )
        return self if steps == self.steps else self.model_copy(update={"steps": steps})

    def is_current(self, today: date) -> bool:
        """Still taken on ``today``: not stopped, or stopping later."""
        return self.stopped_on is None or self.stopped_on >= today


class MedicationEventKind(Choice):
    STARTED = "started"
    CHANGED = "changed"
    STOPPED = "stopped"


@dataclass(frozen=True)
class MedicationEvent:
    """Something that happened to a medicine on a day: started, its dose or schedule changed
    (``before`` → ``after``), or stopped."""

    kind: MedicationEventKind
    medication: Medication
    on: date
    before: DoseStep | None = None
    after: DoseStep | None = None


def events(medication: Medication) -> list[MedicationEvent]:
    """Everything its record says happened, in date order."""
    found: list[MedicationEvent] = []
    if medication.started_on is not None:
        found.append(
            MedicationEvent(
                MedicationEventKind.STARTED,
                medication,
                medication.started_on,
                after=medication.steps[0],
            )
        )
    for before, after in zip(medication.steps, medication.steps[1:], strict=False):
        if after.from_day is not None:
            found.append(
                MedicationEvent(
                    MedicationEventKind.CHANGED, medication, after.from_day, before, after
                )
            )
    if medication.stopped_on is not None:
        found.append(
            MedicationEvent(
                MedicationEventKind.STOPPED,
                medication,
                medication.stopped_on,
                before=medication.current,
            )
        )
    return sorted(found, key=lambda event: event.on)


def changes_between(
    medications: Iterable[Medication], first: date, last: date | None = None
) -> list[MedicationEvent]:
    """What started, changed or stopped from ``first`` to ``last`` (both days included; no
    ``last``: to this day), oldest first. Pass the last visit's day as ``first``: a change
    made at that visit is one the next visit should hear about."""
    found = [
        event
        for medication in medications
        for event in events(medication)
        if event.on >= first and (last is None or event.on <= last)
    ]
    order = {kind: place for place, kind in enumerate(MedicationEventKind)}
    return sorted(found, key=lambda e: (e.on, order[e.kind], e.medication.name.casefold()))
