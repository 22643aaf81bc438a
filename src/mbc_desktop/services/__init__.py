"""Use cases. Services take and return domain models; each operation is one transaction."""

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
    "Listeners",
    "QuestionAdded",
    "QuestionChanged",
    "QuestionEvent",
    "QuestionMoved",
    "QuestionRemoved",
    "QuestionService",
]
