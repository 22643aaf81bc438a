"""Use cases. Services take and return domain models; each operation is one transaction."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mbc_desktop.services.answers import AnswersChanged, AnswerService, NotTheLatestAnswerError
    from mbc_desktop.services.appointments import (
        AppointmentAdded,
        AppointmentChanged,
        AppointmentEvent,
        AppointmentRemoved,
        AppointmentService,
        DeletedAppointment,
        VisitAlreadyFinishedError,
        VisitResult,
    )
    from mbc_desktop.services.calendar import appointments_to_ics
    from mbc_desktop.services.cancer_profile import CancerProfileService, ProfileChange
    from mbc_desktop.services.events import Listeners
    from mbc_desktop.services.exchange import (
        ExchangeService,
        ExportProblem,
        ExportResult,
        ImportPreview,
        ImportProblem,
        ImportResult,
        JournalImported,
    )
    from mbc_desktop.services.goals import GoalsService, PreferenceChange
    from mbc_desktop.services.medications import (
        MedicationAdded,
        MedicationChanged,
        MedicationRemoved,
        MedicationService,
        MedicationServiceEvent,
    )
    from mbc_desktop.services.questions import (
        QuestionAdded,
        QuestionChanged,
        QuestionEvent,
        QuestionMoved,
        QuestionRemoved,
        QuestionService,
    )
    from mbc_desktop.services.summary_preferences import SummaryPreferences
    from mbc_desktop.services.symptom_report import SinceLastVisit, SymptomLine, SymptomReport
    from mbc_desktop.services.symptoms import (
        CheckInAdded,
        CheckInChanged,
        CheckInEvent,
        CheckInRemoved,
        SymptomsChanged,
        SymptomService,
    )

__all__ = [
    "AnswerService",
    "AnswersChanged",
    "AppointmentAdded",
    "AppointmentChanged",
    "AppointmentEvent",
    "AppointmentRemoved",
    "AppointmentService",
    "CancerProfileService",
    "CheckInAdded",
    "CheckInChanged",
    "CheckInEvent",
    "CheckInRemoved",
    "DeletedAppointment",
    "ExchangeService",
    "ExportProblem",
    "ExportResult",
    "GoalsService",
    "ImportPreview",
    "ImportProblem",
    "ImportResult",
    "JournalImported",
    "Listeners",
    "MedicationAdded",
    "MedicationChanged",
    "MedicationRemoved",
    "MedicationService",
    "MedicationServiceEvent",
    "NotTheLatestAnswerError",
    "PreferenceChange",
    "ProfileChange",
    "QuestionAdded",
    "QuestionChanged",
    "QuestionEvent",
    "QuestionMoved",
    "QuestionRemoved",
    "QuestionService",
    "SinceLastVisit",
    "SummaryPreferences",
    "SymptomLine",
    "SymptomReport",
    "SymptomService",
    "SymptomsChanged",
    "VisitAlreadyFinishedError",
    "VisitResult",
    "appointments_to_ics",
]

# Imported on first use (PEP 562), not with the package: the first screen after start-up
# (``services.home_glance``) must not load the other services (Pydantic, SQLAlchemy's
# types), and importing any module of this package runs this file first.
_LAZY = {
    "AnswersChanged": "mbc_desktop.services.answers",
    "AnswerService": "mbc_desktop.services.answers",
    "NotTheLatestAnswerError": "mbc_desktop.services.answers",
    "AppointmentAdded": "mbc_desktop.services.appointments",
    "AppointmentChanged": "mbc_desktop.services.appointments",
    "AppointmentEvent": "mbc_desktop.services.appointments",
    "AppointmentRemoved": "mbc_desktop.services.appointments",
    "AppointmentService": "mbc_desktop.services.appointments",
    "DeletedAppointment": "mbc_desktop.services.appointments",
    "VisitAlreadyFinishedError": "mbc_desktop.services.appointments",
    "VisitResult": "mbc_desktop.services.appointments",
    "appointments_to_ics": "mbc_desktop.services.calendar",
    "CancerProfileService": "mbc_desktop.services.cancer_profile",
    "ProfileChange": "mbc_desktop.services.cancer_profile",
    "Listeners": "mbc_desktop.services.events",
    "ExchangeService": "mbc_desktop.services.exchange",
    "ExportProblem": "mbc_desktop.services.exchange",
    "ExportResult": "mbc_desktop.services.exchange",
    "ImportPreview": "mbc_desktop.services.exchange",
    "ImportProblem": "mbc_desktop.services.exchange",
    "ImportResult": "mbc_desktop.services.exchange",
    "JournalImported": "mbc_desktop.services.exchange",
    "GoalsService": "mbc_desktop.services.goals",
    "PreferenceChange": "mbc_desktop.services.goals",
    "MedicationAdded": "mbc_desktop.services.medications",
    "MedicationChanged": "mbc_desktop.services.medications",
    "MedicationRemoved": "mbc_desktop.services.medications",
    "MedicationService": "mbc_desktop.services.medications",
    "MedicationServiceEvent": "mbc_desktop.services.medications",
    "QuestionAdded": "mbc_desktop.services.questions",
    "QuestionChanged": "mbc_desktop.services.questions",
    "QuestionEvent": "mbc_desktop.services.questions",
    "QuestionMoved": "mbc_desktop.services.questions",
    "QuestionRemoved": "mbc_desktop.services.questions",
    "QuestionService": "mbc_desktop.services.questions",
    "SummaryPreferences": "mbc_desktop.services.summary_preferences",
    "SinceLastVisit": "mbc_desktop.services.symptom_report",
    "SymptomLine": "mbc_desktop.services.symptom_report",
    "SymptomReport": "mbc_desktop.services.symptom_report",
    "CheckInAdded": "mbc_desktop.services.symptoms",
    "CheckInChanged": "mbc_desktop.services.symptoms",
    "CheckInEvent": "mbc_desktop.services.symptoms",
    "CheckInRemoved": "mbc_desktop.services.symptoms",
    "SymptomsChanged": "mbc_desktop.services.symptoms",
    "SymptomService": "mbc_desktop.services.symptoms",
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
