"""Domain models and validation rules. Pure Python and Pydantic: no Qt, no SQL."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Imported on first use (PEP 562), not with the package: the first screen after start-up
# (``domain.symptom_figures`` through ``services.home_glance``) must not load Pydantic, and
# importing any module of this package runs this file first.
_LAZY = {
    "CLINICIAN_MAX_CHARS": "mbc_desktop.domain.appointments",
    "NOTES_MAX_CHARS": "mbc_desktop.domain.appointments",
    "PLACE_MAX_CHARS": "mbc_desktop.domain.appointments",
    "PURPOSE_MAX_CHARS": "mbc_desktop.domain.appointments",
    "VISIT_WINDOW": "mbc_desktop.domain.appointments",
    "Appointment": "mbc_desktop.domain.appointments",
    "AppointmentChanges": "mbc_desktop.domain.appointments",
    "NewAppointment": "mbc_desktop.domain.appointments",
    "Role": "mbc_desktop.domain.appointments",
    "zone_named": "mbc_desktop.domain.appointments",
    "zone_names": "mbc_desktop.domain.appointments",
    "Choice": "mbc_desktop.domain.choice",
    "NotFoundError": "mbc_desktop.domain.errors",
    "field_messages": "mbc_desktop.domain.errors",
    "ANSWER_MAX_CHARS": "mbc_desktop.domain.questions",
    "ANSWERED_BY_MAX_CHARS": "mbc_desktop.domain.questions",
    "FLAG_AFTER_CARRIES": "mbc_desktop.domain.questions",
    "QUESTION_MAX_CHARS": "mbc_desktop.domain.questions",
    "NewQuestion": "mbc_desktop.domain.questions",
    "Priority": "mbc_desktop.domain.questions",
    "Question": "mbc_desktop.domain.questions",
    "QuestionChanges": "mbc_desktop.domain.questions",
    "Status": "mbc_desktop.domain.questions",
    "Topic": "mbc_desktop.domain.questions",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
