"""Undo for "My goals": a save is pushed already done; undo takes back the answers it recorded
(the earlier answers become current again, as they were), redo records the same values again.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain.answers import Answer, AnswerTopic
from mbc_desktop.services.goals import GoalsService
from mbc_desktop.ui.goals.words import field_name
from mbc_desktop.words.texts import fill


def _nothing(_keys: Sequence[str]) -> None:
    pass


def save_text(answers: Sequence[Answer]) -> str:
    """ "Change “How far I would travel”", or "Change several answers in My goals"."""
    if len(answers) == 1:
        return fill(
            QCoreApplication.translate("GoalsCommands", "Change “%1”"),
            field_name(answers[0].key),
        )
    return QCoreApplication.translate("GoalsCommands", "Change several answers in My goals")


class SaveGoals(QUndoCommand):
    """A save of My goals that was made (``answers``: what it recorded)."""

    def __init__(
        self,
        goals: GoalsService,
        answers: Sequence[Answer],
        touched: Callable[[Sequence[str]], None] = _nothing,
    ) -> None:
        super().__init__(save_text(answers))
        self._goals = goals
        self._answers = list(answers)
        self._values = {answer.key: answer.value for answer in answers}
        self._touched = touched
        self._done = True  # pushed after the save was made

    @property
    def answers(self) -> list[Answer]:
        return list(self._answers)

    def redo(self) -> None:
        if self._done:
            return
        self._answers = self._goals.answers.record_many(AnswerTopic.GOALS.value, self._values)
        self._done = True
        self._touched(list(self._values))

    def undo(self) -> None:
        self._goals.answers.remove_many([answer.id for answer in self._answers])
        self._done = False
        self._touched(list(self._values))
