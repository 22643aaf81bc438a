"""Use cases. Services take and return domain models; each operation is one transaction."""

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
from mbc_desktop.services.events import Listeners
from mbc_desktop.services.questions import (
    QuestionAdded,
    QuestionChanged,
    QuestionEvent,
    QuestionMoved,
    QuestionRemoved,
    QuestionService,
)

__all__ = [
    "AppointmentAdded",
    "AppointmentChanged",
    "AppointmentEvent",
    "AppointmentRemoved",
    "AppointmentService",
    "DeletedAppointment",
    "Listeners",
    "QuestionAdded",
    "QuestionChanged",
    "QuestionEvent",
    "QuestionMoved",
    "QuestionRemoved",
    "QuestionService",
    "VisitAlreadyFinishedError",
    "VisitResult",
    "appointments_to_ics",
]
