"""Questions for the oncologist: what one is, and what makes one valid."""

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.text import clean_multiline, clean_single_line

# A question is read aloud in a short visit and printed on a one-page summary; longer than this
# is really several questions. Answers get room for what the doctor said.
QUESTION_MAX_CHARS = 500
ANSWER_MAX_CHARS = 5000
ANSWERED_BY_MAX_CHARS = 120
# Where a question came from: "" for one the person typed, or the id of the Learn page that
# suggested it (page ids are short: "first-line-hr-positive").
SOURCE_MAX_CHARS = 64
# A question not reached at this many visits in a row is flagged: it keeps slipping, and the
# person may want to ask it first, or call about it instead of waiting.
FLAG_AFTER_CARRIES = 3


class Topic(Choice):
    TREATMENT_OPTIONS = "treatment_options"
    SIDE_EFFECTS = "side_effects"
    TESTS_AND_SCANS = "tests_and_scans"
    SYMPTOMS = "symptoms"
    PROGNOSIS = "prognosis"
    CLINICAL_TRIALS = "clinical_trials"
    PRACTICAL_AND_COST = "practical_and_cost"
    SECOND_OPINION = "second_opinion"
    OTHER = "other"


class Priority(Choice):
    """How much the person wants this asked. Declared most important first."""

    MUST_ASK = "must_ask"
    WANT_TO_ASK = "want_to_ask"
    IF_TIME = "if_time"


class Status(Choice):
    """Where a question is in its life: open → asked → answered, or dropped."""

    OPEN = "open"
    ASKED = "asked"
    ANSWERED = "answered"
    DROPPED = "dropped"

    @property
    def is_settled(self) -> bool:
        """Answered or dropped: nothing more to do for this question."""
        return self in (Status.ANSWERED, Status.DROPPED)


def _question_text(value: str) -> str:
    # A question is one paragraph that may wrap onto a few lines: tabs become spaces.
    text = clean_multiline(value, keep_tabs=False)
    if not text:
        raise ValueError("Type a question first. It can't be empty.")
    if len(text) > QUESTION_MAX_CHARS:
        raise ValueError(
            f"Keep a question under {QUESTION_MAX_CHARS} characters (now {len(text)}): "
            "split it in two."
        )
    return text


def _answer_text(value: str) -> str:
    text = clean_multiline(value)
    if len(text) > ANSWER_MAX_CHARS:
        raise ValueError(
            f"Keep an answer under {ANSWER_MAX_CHARS} characters (now {len(text)}): "
            "keep the main points."
        )
    return text


def _answered_by(value: str) -> str:
    text = clean_single_line(value)
    if len(text) > ANSWERED_BY_MAX_CHARS:
        raise ValueError(f"Keep this to a name or role, under {ANSWERED_BY_MAX_CHARS} characters.")
    return text


QuestionText = Annotated[str, AfterValidator(_question_text)]
AnswerText = Annotated[str, AfterValidator(_answer_text)]
AnsweredBy = Annotated[str, AfterValidator(_answered_by)]
# An appointment's id; None means "for the next appointment", whichever that is.
PlannedFor = Annotated[int | None, Field(gt=0)]
Source = Annotated[str, Field(max_length=SOURCE_MAX_CHARS)]


class NewQuestion(BaseModel):
    """What the user gives to add a question; everything but the text has a default."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: QuestionText
    topic: Topic = Topic.OTHER
    priority: Priority = Priority.WANT_TO_ASK
    appointment_id: PlannedFor = None
    source: Source = ""


class QuestionChanges(BaseModel):
    """A partial edit: only the fields that are set change.

    ``None`` means "leave as it is", except for ``appointment_id``, where None is a value of
    its own: ``QuestionChanges(appointment_id=None)`` plans the question for the next
    appointment again, while ``QuestionChanges()`` leaves its appointment alone. (Pydantic
    tells the two apart by the fields that were given.)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: QuestionText | None = None
    topic: Topic | None = None
    priority: Priority | None = None
    status: Status | None = None
    answer: AnswerText | None = None
    answered_by: AnsweredBy | None = None
    appointment_id: PlannedFor = None

    def as_dict(self) -> dict[str, object]:
        """The fields that were set, ready to apply (``appointment_id`` even when None)."""
        values = self.model_dump(exclude_unset=True)
        return {k: v for k, v in values.items() if v is not None or k in _CLEARABLE}


# The fields of QuestionChanges for which None, given on purpose, is a change.
_CLEARABLE = frozenset({"appointment_id"})


class Question(BaseModel):
    """A stored question, in the order the person wants to ask it (``position``).

    ``appointment_id`` is the appointment it is planned for (None: the next one). When a visit
    ends before the question is reached, it moves on to the next appointment:
    ``carry_count`` counts those moves, ``carried_from`` is when the visit it last moved from
    started, and ``asked_about_since`` when the first visit it missed started. ``source`` is
    the id of the Learn page that suggested it ("" when the person typed it).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    text: QuestionText
    topic: Topic
    priority: Priority
    status: Status
    answer: AnswerText = ""
    answered_by: AnsweredBy = ""
    position: int = Field(ge=0)
    created_at: datetime
    updated_at: datetime
    appointment_id: PlannedFor = None
    carry_count: int = Field(default=0, ge=0)
    carried_from: datetime | None = None
    asked_about_since: datetime | None = None
    source: Source = ""

    @property
    def is_flagged(self) -> bool:
        """Carried over from FLAG_AFTER_CARRIES visits or more without being reached."""
        return self.carry_count >= FLAG_AFTER_CARRIES
