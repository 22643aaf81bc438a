"""Use cases. Services take and return domain models; each operation is one transaction."""

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
