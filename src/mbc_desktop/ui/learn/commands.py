"""Undo for Learn: adding a page's suggested questions is one step of Edit › Undo."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain import Question
from mbc_desktop.services import QuestionService
from mbc_desktop.words.texts import fill, shorten


def _nothing() -> None:
    pass


class AddSuggestedQuestions(QUndoCommand):
    """Questions a page suggested, already added (``added``); undo deletes them all, redo puts
    them back with the same ids and places."""

    def __init__(
        self,
        questions: QuestionService,
        added: list[Question],
        page_title: str,
        touched: Callable[[], None] = _nothing,
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate("LearnCommands", "Add the questions from “%1”"),
                shorten(page_title),
            )
        )
        self._questions = questions
        self._added = list(added)
        self._touched = touched
        self._done = True  # pushed after the questions were added

    def redo(self) -> None:
        if self._done:
            return
        self._added = self._questions.restore_many(self._added)
        self._done = True
        self._touched()

    def undo(self) -> None:
        self._added = self._questions.delete_many([question.id for question in self._added])
        self._done = False
        self._touched()
