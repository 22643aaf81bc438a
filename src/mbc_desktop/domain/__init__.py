"""Domain models and validation rules. Pure Python and Pydantic: no Qt, no SQL."""

from mbc_desktop.domain.errors import NotFoundError, field_messages
from mbc_desktop.domain.questions import (
    ANSWER_MAX_CHARS,
    ANSWERED_BY_MAX_CHARS,
    QUESTION_MAX_CHARS,
    NewQuestion,
    Priority,
    Question,
    QuestionChanges,
    Status,
    Topic,
)

__all__ = [
    "ANSWERED_BY_MAX_CHARS",
    "ANSWER_MAX_CHARS",
    "QUESTION_MAX_CHARS",
    "NewQuestion",
    "NotFoundError",
    "Priority",
    "Question",
    "QuestionChanges",
    "Status",
    "Topic",
    "field_messages",
]
