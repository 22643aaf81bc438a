"""Undoable question actions, for Edit › Undo and the "Undo" button after a delete.

Each command names the question it acts on ("Undo Set priority of “Is it…” to Must ask"), and
after it is done, undone or redone it calls ``select`` with the question's id, so the pane can
pick that question and bring it into view.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain import NewQuestion, Question, QuestionChanges
from mbc_desktop.services import QuestionService
from mbc_desktop.words.texts import fill, shorten

Select = Callable[[int | None], None]


def _nothing(_question_id: int | None) -> None:
    pass


class AddQuestion(QUndoCommand):
    def __init__(
        self, service: QuestionService, new: NewQuestion, select: Select = _nothing
    ) -> None:
        super().__init__(
            fill(QCoreApplication.translate("QuestionCommands", "Add “%1”"), shorten(new.text))
        )
        self._service = service
        self._new = new
        self._select = select
        self.question: Question | None = None

    def redo(self) -> None:
        if self.question is None:
            self.question = self._service.add(self._new)
        else:
            self.question = self._service.restore(self.question)
            self._select(self.question.id)

    def undo(self) -> None:
        assert self.question is not None
        self.question = self._service.delete(self.question.id)


class DeleteQuestion(QUndoCommand):
    def __init__(
        self, service: QuestionService, question: Question, select: Select = _nothing
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate("QuestionCommands", "Delete “%1”"),
                shorten(question.text),
            )
        )
        self._service = service
        self._select = select
        self.question = question

    def redo(self) -> None:
        self.question = self._service.delete(self.question.id)

    def undo(self) -> None:
        self.question = self._service.restore(self.question)
        self._select(self.question.id)


class ChangeQuestion(QUndoCommand):
    """A change to topic, priority or status. (Typing has its own undo inside the text box.)"""

    def __init__(
        self,
        service: QuestionService,
        question: Question,
        changes: QuestionChanges,
        select: Select = _nothing,
        new_label: str = "",
    ) -> None:
        fields = list(changes.as_dict().keys())
        templates = {
            "topic": QCoreApplication.translate("QuestionCommands", "Set topic of “%1” to %2"),
            "priority": QCoreApplication.translate(
                "QuestionCommands", "Set priority of “%1” to %2"
            ),
            "status": QCoreApplication.translate("QuestionCommands", "Set status of “%1” to %2"),
            "appointment_id": QCoreApplication.translate("QuestionCommands", "Ask “%1” at %2"),
        }
        template = templates.get(fields[0], "") if len(fields) == 1 and new_label else ""
        super().__init__(
            fill(template, shorten(question.text), new_label)
            if template
            else fill(
                QCoreApplication.translate("QuestionCommands", "Change “%1”"),
                shorten(question.text),
            )
        )
        self._service = service
        self._id = question.id
        self._after = changes
        self._select = select
        # Undo puts back exactly what the change touched, including a status it set implicitly.
        self._before = QuestionChanges(
            **{name: getattr(question, name) for name in {*fields, "status"}}
        )
        self._first = True

    def redo(self) -> None:
        self._service.update(self._id, self._after)
        if not self._first:
            self._select(self._id)
        self._first = False

    def undo(self) -> None:
        self._service.update(self._id, self._before)
        self._select(self._id)


class MoveQuestion(QUndoCommand):
    def __init__(
        self,
        service: QuestionService,
        question: Question,
        before_id: int | None,
        was_before_id: int | None,
        select: Select = _nothing,
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate("QuestionCommands", "Move “%1”"), shorten(question.text)
            )
        )
        self._service = service
        self._id = question.id
        self._before_id = before_id
        self._was_before_id = was_before_id
        self._select = select

    def redo(self) -> None:
        self._service.move(self._id, self._before_id)
        self._select(self._id)

    def undo(self) -> None:
        self._service.move(self._id, self._was_before_id)
        self._select(self._id)
