"""Domain models and validation rules. Pure Python and Pydantic: no Qt, no SQL."""

from mbc_desktop.domain.appointments import (
    CLINICIAN_MAX_CHARS,
    NOTES_MAX_CHARS,
    PLACE_MAX_CHARS,
    PURPOSE_MAX_CHARS,
    VISIT_WINDOW,
    Appointment,
    AppointmentChanges,
    NewAppointment,
    Role,
    zone_named,
    zone_names,
)
from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.errors import NotFoundError, field_messages
from mbc_desktop.domain.questions import (
    ANSWER_MAX_CHARS,
    ANSWERED_BY_MAX_CHARS,
    FLAG_AFTER_CARRIES,
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
    "CLINICIAN_MAX_CHARS",
    "FLAG_AFTER_CARRIES",
    "NOTES_MAX_CHARS",
    "PLACE_MAX_CHARS",
    "PURPOSE_MAX_CHARS",
    "QUESTION_MAX_CHARS",
    "VISIT_WINDOW",
    "Appointment",
    "AppointmentChanges",
    "Choice",
    "NewAppointment",
    "NewQuestion",
    "NotFoundError",
    "Priority",
    "Question",
    "QuestionChanges",
    "Role",
    "Status",
    "Topic",
    "field_messages",
    "zone_named",
    "zone_names",
]
