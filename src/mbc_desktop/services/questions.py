"""The question list: add, edit, answer, reorder, delete and restore questions."""

import builtins
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from mbc_desktop.domain import NewQuestion, Question, QuestionChanges, Status, Topic
from mbc_desktop.services.events import Listeners

if TYPE_CHECKING:  # the UI imports services before the journal (and SQLAlchemy) is loaded
    from mbc_desktop.storage import Store


@dataclass(frozen=True)
class QuestionAdded:
    question: Question


@dataclass(frozen=True)
class QuestionChanged:
    question: Question


@dataclass(frozen=True)
class QuestionRemoved:
    question: Question


@dataclass(frozen=True)
class QuestionMoved:
    """``question.position`` is its new place in the full list."""

    question: Question
    old_position: int


QuestionEvent = QuestionAdded | QuestionChanged | QuestionRemoved | QuestionMoved


def utc_now() -> datetime:
    return datetime.now(UTC)


def same_words(text: str) -> str:
    """What two questions must share to be the same: the words, whatever the case and spaces."""
    return " ".join(text.casefold().split())


class QuestionService:
    """Every method is one transaction; listeners hear about each change after it commits."""

    def __init__(self, store: "Store", clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock
        self.changes: Listeners[QuestionEvent] = Listeners()
        # Every question's words (``same_words``) by id, for ``listed``: read from the journal
        # once, then kept up to date from this service's own events (first in line, so any
        # listener that asks already gets the new state). Every change of a question's text
        # goes through a QuestionService method, and the app has one per journal (an import
        # or a restore starts the app again). Without it, each change in the list would read
        # every question's text again for Learn's "in your list" marks.
        self._words: dict[int, str] | None = None
        self.changes.subscribe(self._follow_words)

    def _follow_words(self, event: "QuestionEvent") -> None:
        if self._words is None:
            return
        question = event.question
        if isinstance(event, QuestionRemoved):
            self._words.pop(question.id, None)
        else:
            self._words[question.id] = same_words(question.text)

    def list(self) -> list[Question]:
        """All questions, in the order the person wants to ask them."""
        with self._store.transaction() as tx:
            return tx.questions.list_all()

    def get(self, question_id: int) -> Question:
        """One question; raises NotFoundError if it is not in the journal."""
        with self._store.transaction() as tx:
            return tx.questions.get(question_id)

    def for_appointment(self, appointment_id: int | None) -> builtins.list[Question]:
        """The questions planned for one appointment (None: for no appointment in
        particular), whatever their status, in list order."""
        with self._store.transaction() as tx:
            return tx.questions.planned_for(appointment_id)

    def counts(self) -> dict[Status, int]:
        """How many questions there are in each status (every status present, maybe 0)."""
        with self._store.transaction() as tx:
            return tx.questions.counts_by_status()

    def add(self, new: NewQuestion) -> Question:
        """Add an open question at the end of the list, planned for ``new.appointment_id``
        (None: the next appointment). Raises NotFoundError if that appointment has gone."""
        with self._store.transaction() as tx:
            question = tx.questions.add(new, self._clock())
        self.changes.emit(QuestionAdded(question))
        return question

    def listed(self, texts: Iterable[str]) -> set[str]:
        """Which of ``texts`` are already in the list (any status), as given."""
        if self._words is None:
            with self._store.transaction() as tx:
                self._words = {
                    question_id: same_words(text)
                    for question_id, text in tx.questions.texts_by_id().items()
                }
        held = set(self._words.values())
        return {text for text in texts if same_words(text) in held}

    def add_suggested(
        self, texts: Sequence[str], topic: Topic, source: str
    ) -> builtins.list[Question]:
        """Add the suggested questions that are not in the list yet, in one transaction, at the
        end, open and for the next appointment, recording the ``topic`` and the ``source`` page.
        A text given twice is added once. Returns the questions added (``delete_many`` with
        their ids undoes it)."""
        added: list[Question] = []
        with self._store.transaction() as tx:
            held = {same_words(text) for text in tx.questions.texts()}
            now = self._clock()
            for text in texts:
                key = same_words(text)
                if key in held:
                    continue
                held.add(key)
                added.append(
                    tx.questions.add(NewQuestion(text=text, topic=topic, source=source), now)
                )
        for question in added:
            self.changes.emit(QuestionAdded(question))
        return added

    def delete_many(self, question_ids: Iterable[int]) -> builtins.list[Question]:
        """Delete several questions in one transaction; returns them as they were, for
        ``restore_many``."""
        with self._store.transaction() as tx:
            rows = [tx.questions.get(question_id) for question_id in question_ids]
            removed = [
                tx.questions.delete(question.id)
                for question in sorted(rows, key=lambda q: -q.position)
            ]
        for question in removed:
            self.changes.emit(QuestionRemoved(question))
        return removed

    def restore_many(self, questions: Iterable[Question]) -> builtins.list[Question]:
        """Put back questions returned by ``delete_many``, each in its place, in one
        transaction."""
        with self._store.transaction() as tx:
            restored = [
                tx.questions.restore(question)
                for question in sorted(questions, key=lambda q: q.position)
            ]
        for question in restored:
            self.changes.emit(QuestionAdded(question))
        return restored

    def update(self, question_id: int, changes: QuestionChanges) -> Question:
        """Apply the fields set in ``changes``.

        Writing an answer to a question that is still open or asked marks it answered, unless
        the same change sets the status explicitly: that is what a person recording an answer
        means, and it saves them a step.

        ``QuestionChanges(appointment_id=None)`` plans it for the next appointment again.
        Raises NotFoundError if the question, or the appointment it is planned for, has gone.
        """
        values = changes.as_dict()
        with self._store.transaction() as tx:
            current = tx.questions.get(question_id)
            if (
                "status" not in values
                and changes.answer
                and current.status in (Status.OPEN, Status.ASKED)
            ):
                values["status"] = Status.ANSWERED
            values = {k: v for k, v in values.items() if getattr(current, k) != v}
            if not values:
                return current
            question = tx.questions.update(question_id, values, self._clock())
        self.changes.emit(QuestionChanged(question))
        return question

    def delete(self, question_id: int) -> Question:
        """Delete a question; returns it as it was, so that ``restore`` can undo the delete."""
        with self._store.transaction() as tx:
            removed = tx.questions.delete(question_id)
        self.changes.emit(QuestionRemoved(removed))
        return removed

    def restore(self, question: Question) -> Question:
        """Put back a question returned by ``delete``: same id, text, answer and place."""
        with self._store.transaction() as tx:
            restored = tx.questions.restore(question)
        self.changes.emit(QuestionAdded(restored))
        return restored

    def move(self, question_id: int, before_id: int | None) -> Question:
        """Move a question to just before another one, or to the end when ``before_id`` is None."""
        if question_id == before_id:
            return self.get(question_id)
        with self._store.transaction() as tx:
            old_position = tx.questions.get(question_id).position
            moved = tx.questions.move(question_id, before_id)
        if moved.position != old_position:
            self.changes.emit(QuestionMoved(moved, old_position))
        return moved
