"""Undoable changes made during and after a visit, for Edit › Undo.

Marking a question asked (or back to open) is one keystroke in the exam room, so it is easy to
do by mistake: each change is a command on the window's undo stack, named after the question
("Undo Mark “Is it…” asked"). After it is undone or redone, ``select`` is called with the
question's id so the view can bring that question back into view.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain import Question, QuestionChanges, Status
from mbc_desktop.services import QuestionService
from mbc_desktop.words.texts import shorten

Select = Callable[[int], None]


def _nothing(_question_id: int) -> None:
    pass


def _command_text(question: Question, status: Status, status_words: str) -> str:
    short = shorten(question.text)
    if status is Status.ASKED:
        text = QCoreApplication.translate("VisitCommands", "Mark “%1” asked")
    elif status is Status.OPEN:
        text = QCoreApplication.translate("VisitCommands", "Mark “%1” open again")
    else:
        text = QCoreApplication.translate("VisitCommands", "Set status of “%1” to %2")
    return text.replace("%1", short).replace("%2", status_words)


class SetQuestionStatus(QUndoCommand):
    """Set one question's status; undo puts back the status it had.

    With ``visit_id``, a question planned for no appointment in particular is planned for that
    visit at the same time: it was taken up there, and belongs to that visit's record (undo
    lets it go again).
    """

    def __init__(
        self,
        service: QuestionService,
        question: Question,
        status: Status,
        status_words: str,
        select: Select = _nothing,
        visit_id: int | None = None,
    ) -> None:
        super().__init__(_command_text(question, status, status_words))
        self._service = service
        self._id = question.id
        self._select = select
        self._first = True
        plan = visit_id is not None and question.appointment_id is None
        self._after = (
            QuestionChanges(status=status, appointment_id=visit_id)
            if plan
            else QuestionChanges(status=status)
        )
        self._before = (
            QuestionChanges(status=question.status, appointment_id=None)
            if plan
            else QuestionChanges(status=question.status)
        )

    def redo(self) -> None:
        self._service.update(self._id, self._after)
        if not self._first:
            self._select(self._id)
        self._first = False

    def undo(self) -> None:
        self._service.update(self._id, self._before)
        self._select(self._id)
