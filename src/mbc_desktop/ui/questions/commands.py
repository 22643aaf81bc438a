"""Undoable question actions, for Edit › Undo and the "Undo" button after a delete."""

from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain import NewQuestion, Question, QuestionChanges
from mbc_desktop.services import QuestionService


def shorten(text: str, limit: int = 40) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" if cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


class AddQuestion(QUndoCommand):
    def __init__(self, service: QuestionService, new: NewQuestion) -> None:
        super().__init__(f"Add “{shorten(new.text)}”")
        self._service = service
        self._new = new
        self.question: Question | None = None

    def redo(self) -> None:
        if self.question is None:
            self.question = self._service.add(self._new)
        else:
            self.question = self._service.restore(self.question)

    def undo(self) -> None:
        assert self.question is not None
        self.question = self._service.delete(self.question.id)


class DeleteQuestion(QUndoCommand):
    def __init__(self, service: QuestionService, question: Question) -> None:
        super().__init__(f"Delete “{shorten(question.text)}”")
        self._service = service
        self.question = question

    def redo(self) -> None:
        self.question = self._service.delete(self.question.id)

    def undo(self) -> None:
        self.question = self._service.restore(self.question)


class ChangeQuestion(QUndoCommand):
    """A change to topic, priority or status. (Typing has its own undo inside the text box.)"""

    def __init__(
        self,
        service: QuestionService,
        question: Question,
        changes: QuestionChanges,
        label: str,
    ) -> None:
        super().__init__(label)
        self._service = service
        self._id = question.id
        self._after = changes
        fields = changes.as_dict().keys()
        # Undo puts back exactly what the change touched, including a status it set implicitly.
        self._before = QuestionChanges(
            **{name: getattr(question, name) for name in {*fields, "status"}}
        )

    def redo(self) -> None:
        self._service.update(self._id, self._after)

    def undo(self) -> None:
        self._service.update(self._id, self._before)


class MoveQuestion(QUndoCommand):
    def __init__(
        self,
        service: QuestionService,
        question: Question,
        before_id: int | None,
        was_before_id: int | None,
    ) -> None:
        super().__init__(f"Move “{shorten(question.text)}”")
        self._service = service
        self._id = question.id
        self._before_id = before_id
        self._was_before_id = was_before_id

    def redo(self) -> None:
        self._service.move(self._id, self._before_id)

    def undo(self) -> None:
        self._service.move(self._id, self._was_before_id)
