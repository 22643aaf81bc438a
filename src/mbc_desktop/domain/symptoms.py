"""Symptoms: the ESAS-r scales exactly as published, the person's own symptoms, and check-ins.

The ESAS-r (Edmonton Symptom Assessment System, revised) is free to use with acknowledgement
and **may not be modified**: its item names, the words at 0 and 10 and the short definitions
below are the published ones, and stay in English in every language of the app (see
``ESAS_R_ACKNOWLEDGEMENT``). The person's own symptoms are separate entries on the same 0 to 10
scale, never changed ESAS-r items.

A check-in holds a score (0 to 10) for each symptom rated; a symptom skipped has no score,
which is not a zero.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Annotated

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    model_validator,
)

from mbc_desktop.domain.appointments import TimeZoneName, zone_named
from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.text import clean_multiline, clean_single_line

SCORE_MIN = 0
SCORE_MAX = 10
SYMPTOM_NAME_MAX_CHARS = 60
CHECK_IN_NOTE_MAX_CHARS = 2000


class EsasItem(Choice):
    """The nine ESAS-r scales, in the order of the form."""

    PAIN = "pain"
    TIREDNESS = "tiredness"
    DROWSINESS = "drowsiness"
    NAUSEA = "nausea"
    LACK_OF_APPETITE = "lack_of_appetite"
    SHORTNESS_OF_BREATH = "shortness_of_breath"
    DEPRESSION = "depression"
    ANXIETY = "anxiety"
    WELLBEING = "wellbeing"


@dataclass(frozen=True)
class EsasScale:
    """One ESAS-r scale as printed on the form: its name, the words at 0 and at 10, and the
    short definition the form shows ("" where it shows none)."""

    item: EsasItem
    name: str
    low: str
    high: str
    definition: str = ""


# Verbatim from the ESAS-r form (revised November 2010). Do not reword: the licence forbids it.
ESAS_R: tuple[EsasScale, ...] = (
    EsasScale(EsasItem.PAIN, "Pain", "No Pain", "Worst Possible Pain"),
    EsasScale(
        EsasItem.TIREDNESS,
        "Tiredness",
        "No Tiredness",
        "Worst Possible Tiredness",
        "Tiredness = lack of energy",
    ),
    EsasScale(
        EsasItem.DROWSINESS,
        "Drowsiness",
        "No Drowsiness",
        "Worst Possible Drowsiness",
        "Drowsiness = feeling sleepy",
    ),
    EsasScale(EsasItem.NAUSEA, "Nausea", "No Nausea", "Worst Possible Nausea"),
    EsasScale(
        EsasItem.LACK_OF_APPETITE,
        "Lack of Appetite",
        "No Lack of Appetite",
        "Worst Possible Lack of Appetite",
    ),
    EsasScale(
        EsasItem.SHORTNESS_OF_BREATH,
        "Shortness of Breath",
        "No Shortness of Breath",
        "Worst Possible Shortness of Breath",
    ),
    EsasScale(
        EsasItem.DEPRESSION,
        "Depression",
        "No Depression",
        "Worst Possible Depression",
        "Depression = feeling sad",
    ),
    EsasScale(
        EsasItem.ANXIETY,
        "Anxiety",
        "No Anxiety",
        "Worst Possible Anxiety",
        "Anxiety = feeling nervous",
    ),
    EsasScale(
        EsasItem.WELLBEING,
        "Wellbeing",
        "Best Wellbeing",
        "Worst Possible Wellbeing",
        "Wellbeing = how you feel overall",
    ),
)
ESAS_R_BY_ITEM = {scale.item: scale for scale in ESAS_R}

ESAS_R_OTHER_NAME = "Other Problem"
ESAS_R_OTHER_EXAMPLE = "for example constipation"
# "circle" becomes "choose" on a screen, as the form's guidance allows; "how you feel NOW" stays.
ESAS_R_INSTRUCTION = "Please choose the number that best describes how you feel NOW:"
ESAS_R_ACKNOWLEDGEMENT = (
    "Copyright © 2019. Director, Division of Palliative Care Medicine, Department of "
    "Oncology, University of Alberta. Some rights reserved. Freely available for use with "
    "appropriate acknowledgement of its source. The ESAS-r in its current form and name may "
    "not be modified without the prior consent of the authors."
)
ESAS_R_CITATION = (
    "Edmonton Symptom Assessment System, revised version (ESAS-r), November 2010. "
    "Watanabe SM et al. J Pain Symptom Manage 2011;41:456–68. "
    "doi:10.1016/j.jpainsymman.2010.04.020"
)


def other_problem_low(name: str) -> str:
    """The form's "No ___" for a named other problem."""
    return f"No {name}"


def other_problem_high(name: str) -> str:
    """The form's "Worst Possible ___" for a named other problem."""
    return f"Worst Possible {name}"


class SymptomKind(Choice):
    """Where a symptom comes from: an ESAS-r scale, one the person added to track, or the
    "other problem" the ESAS-r form lets them name on a check-in."""

    ESAS = "esas"
    OWN = "own"
    OTHER = "other"


class CompletedBy(Choice):
    """Who filled in a check-in."""

    ME = "me"
    CAREGIVER = "caregiver"


def _symptom_name(value: str) -> str:
    text = clean_single_line(value)
    if not text:
        raise ValueError("Type the symptom's name first. It can't be empty.")
    if len(text) > SYMPTOM_NAME_MAX_CHARS:
        raise ValueError(
            f"Keep a symptom's name under {SYMPTOM_NAME_MAX_CHARS} characters (now {len(text)})."
        )
    return text


def _note(value: str) -> str:
    text = clean_multiline(value)
    if len(text) > CHECK_IN_NOTE_MAX_CHARS:
        raise ValueError(
            f"Keep the note under {CHECK_IN_NOTE_MAX_CHARS} characters (now {len(text)}): "
            "keep the main points."
        )
    return text


def _score(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"A score is a whole number from {SCORE_MIN} to {SCORE_MAX}.")
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise ValueError(f"A score is a whole number from {SCORE_MIN} to {SCORE_MAX}.")
    return value


def _must_be_aware(value: object) -> object:
    moment = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(moment, datetime) and moment.utcoffset() is None:
        raise ValueError("The check-in's time needs a time zone.")
    return value


def _not_in_future(moment: datetime) -> datetime:
    # Checked by the service against its clock; here only the range datetime and SQLite hold.
    if not 1900 <= moment.year <= 2199:
        raise ValueError("Choose a date between the years 1900 and 2199.")
    return moment


def _in_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


SymptomName = Annotated[str, AfterValidator(_symptom_name)]
Note = Annotated[str, AfterValidator(_note)]
Score = Annotated[int, BeforeValidator(_score)]
TakenAt = Annotated[AwareDatetime, BeforeValidator(_must_be_aware), AfterValidator(_not_in_future)]

OTHER_IS_ON_THE_FORM = "That one is already a scale above: rate it there."
NOTHING_RATED = "Choose a number for at least one symptom, or press Esc to leave without saving."


class Symptom(BaseModel):
    """A symptom that can be rated: an ESAS-r scale (``esas_item`` set, ``name`` the published
    name), or one of the person's own (``name`` as they typed it). ``archived_at`` set: no
    longer tracked, its history kept."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    kind: SymptomKind
    esas_item: EsasItem | None = None
    name: str
    position: int = 0
    archived_at: datetime | None = None
    created_at: datetime

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    @property
    def scale(self) -> EsasScale | None:
        """The published ESAS-r scale, for an ESAS-r symptom."""
        return None if self.esas_item is None else ESAS_R_BY_ITEM[self.esas_item]

    @property
    def low(self) -> str:
        """The words at 0."""
        scale = self.scale
        return scale.low if scale is not None else other_problem_low(self.name)

    @property
    def high(self) -> str:
        """The words at 10."""
        scale = self.scale
        return scale.high if scale is not None else other_problem_high(self.name)


class NewSymptom(BaseModel):
    """One of the person's own symptoms to track."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: SymptomName


class NewCheckIn(BaseModel):
    """A check-in to save: a score per symptom id (skipped symptoms are left out), and, if
    the ESAS-r "other problem" was rated, its name and score.

    ``time_zone`` is the IANA name of the zone the time was given in, so it reads back at the
    same wall-clock time.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    taken_at: TakenAt
    time_zone: TimeZoneName = ""
    completed_by: CompletedBy = CompletedBy.ME
    note: Note = ""
    scores: dict[int, Score] = {}
    other_problem: str = ""
    other_score: Score | None = None

    @model_validator(mode="after")
    def _something_rated(self) -> "NewCheckIn":
        name = clean_single_line(self.other_problem)
        if self.other_score is not None and not name:
            raise ValueError("Name the other problem, or leave its number empty.")
        if name:
            _symptom_name(name)
            if name.casefold() in {scale.name.casefold() for scale in ESAS_R}:
                raise ValueError(OTHER_IS_ON_THE_FORM)
        if not self.scores and self.other_score is None:
            raise ValueError(NOTHING_RATED)
        return self


class CheckInChanges(BaseModel):
    """An edit to a saved check-in: only the fields that are set change. ``scores``, when
    set, replaces every score (a symptom left out is then skipped)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    taken_at: TakenAt | None = None
    time_zone: TimeZoneName | None = None
    completed_by: CompletedBy | None = None
    note: Note | None = None
    scores: dict[int, Score] | None = None

    @model_validator(mode="after")
    def _something_left(self) -> "CheckInChanges":
        if self.scores is not None and not self.scores:
            raise ValueError(NOTHING_RATED)
        return self

    def as_dict(self) -> dict[str, object]:
        values = self.model_dump(exclude_unset=True)
        return {k: v for k, v in values.items() if v is not None}


class CheckIn(BaseModel):
    """A saved check-in; times are aware and in UTC."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    taken_at: Annotated[AwareDatetime, AfterValidator(_in_utc)]
    time_zone: str = ""
    completed_by: CompletedBy = CompletedBy.ME
    note: str = ""
    scores: dict[int, int]
    created_at: datetime
    updated_at: datetime

    def local_time(self, zone: tzinfo | None = None) -> datetime:
        """When it was taken, in the zone it was given in; without one, in ``zone``."""
        return self.taken_at.astimezone(zone_named(self.time_zone) or zone or UTC)
