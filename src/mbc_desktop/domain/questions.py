"""Questions for the oncologist: what one is, and what makes one valid."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from mbc_desktop.domain.text import clean_multiline, clean_single_line

# A question is read aloud in a short visit and printed on a one-page summary; longer than this
# is really several questions. Answers get room for what the doctor said.
QUESTION_MAX_CHARS = 500
ANSWER_MAX_CHARS = 5000
ANSWERED_BY_MAX_CHARS = 120


class Choice(StrEnum):
    """A fixed choice stored by its value; its label is the value in words ("must_ask" is
    shown as "Must ask"). Translations, when they come, start from the label."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


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


class NewQuestion(BaseModel):
    """What the user gives to add a question; everything but the text has a default."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: QuestionText
    topic: Topic = Topic.OTHER
    priority: Priority = Priority.WANT_TO_ASK


class QuestionChanges(BaseModel):
    """A partial edit: only the fields that are set change."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: QuestionText | None = None
    topic: Topic | None = None
    priority: Priority | None = None
    status: Status | None = None
    answer: AnswerText | None = None
    answered_by: AnsweredBy | None = None

    def as_dict(self) -> dict[str, object]:
        """The fields that were set, ready to apply."""
        return self.model_dump(exclude_unset=True, exclude_none=True)


class Question(BaseModel):
    """A stored question, in the order the person wants to ask it (``position``)."""

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
