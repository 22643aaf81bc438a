"""Dated answers: record a form's fields as a history, read them as they stand or as they stood.

Every change is a new row; nothing is overwritten. See ``domain/answers.py`` for what "current",
"cleared" and "newest" mean.
"""

import builtins
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from mbc_desktop.domain.answers import (
    Answer,
    AnswerChange,
    AnswerTopic,
    changes_between,
    check_key,
    encode,
    values_of,
)
from mbc_desktop.services.events import Listeners
from mbc_desktop.services.questions import utc_now

if TYPE_CHECKING:  # the UI imports services before the journal (and SQLAlchemy) is loaded
    from mbc_desktop.storage import Store, Transaction

__all__ = ["AnswerService", "AnswersChanged", "NotTheLatestAnswerError"]


@dataclass(frozen=True)
class AnswersChanged:
    """Answers of ``topic`` were recorded, or taken back (``removed``), in one transaction."""

    topic: str
    recorded: tuple[Answer, ...] = ()
    removed: tuple[Answer, ...] = ()


class NotTheLatestAnswerError(ValueError):
    """Only the newest answer of a key can be taken back: an older one is history."""


class AnswerService:
    """Every method is one transaction; listeners hear about each change after it commits."""

    def __init__(self, store: "Store", clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock
        self.changes: Listeners[AnswersChanged] = Listeners()

    # --- writing ---------------------------------------------------------------------------
    def _record(
        self, tx: "Transaction", topic: str, key: str, value: object, now: datetime
    ) -> Answer | None:
        value_json = encode(value)
        held = tx.answers.newest_of(topic, key)
        held_json = "null" if held is None else held.value_json
        if value_json == held_json:
            return None
        # A clock set back (by hand, or by a time-zone mix-up) must not make a new answer
        # older than the one it replaces: it is recorded at the same instant, and its id
        # makes it the newer of the two.
        when = now if held is None else max(now, held.recorded_at)
        return tx.answers.add(topic, key, value_json, when)

    def record(self, topic: str, key: str, value: object) -> Answer | None:
        """Record ``value`` (anything JSON can hold; None clears the key) as the answer for
        ``key`` now. A value equal to the current one records nothing and returns None."""
        return next(iter(self.record_many(topic, {key: value})), None)

    def record_many(self, topic: str, values: Mapping[str, object]) -> builtins.list[Answer]:
        """Record every value that differs from the current one, in one transaction (a form's
        whole save), all at the same instant. Returns the answers recorded, in key order."""
        recorded = self._write(topic, values)
        if recorded:
            self.changes.emit(AnswersChanged(topic, recorded=tuple(recorded)))
        return recorded

    def _write(self, topic: str, values: Mapping[str, object]) -> builtins.list[Answer]:
        topic = AnswerTopic(topic).value
        keys = sorted(values)
        for key in keys:
            check_key(key)
            encode(values[key])  # before anything is written
        now = self._clock()
        with self._store.transaction() as tx:
            found = [self._record(tx, topic, key, values[key], now) for key in keys]
        return [answer for answer in found if answer is not None]

    def remove(self, answer_id: int) -> Answer:
        """Take back a recorded answer (the UI's undo): the key's answer is again the one
        before it. Only the newest answer of its key can be taken back."""
        return self.remove_many([answer_id])[0]

    def remove_many(self, answer_ids: Iterable[int]) -> builtins.list[Answer]:
        """Take back several answers in one transaction (the undo of a ``record_many``)."""
        removed: builtins.list[Answer] = []
        with self._store.transaction() as tx:
            for answer_id in answer_ids:
                answer = tx.answers.get(answer_id)
                newest = tx.answers.newest_of(answer.topic, answer.key)
                if newest is None or newest.id != answer.id:
                    raise NotTheLatestAnswerError(
                        f"answer {answer_id} is not the newest of {answer.key!r}"
                    )
                removed.append(tx.answers.delete(answer_id))
        by_topic: dict[str, builtins.list[Answer]] = {}
        for answer in removed:
            by_topic.setdefault(answer.topic, []).append(answer)
        for topic, answers in by_topic.items():
            self.changes.emit(AnswersChanged(topic, removed=tuple(answers)))
        return removed

    # --- reading ---------------------------------------------------------------------------
    def current(self, topic: str) -> dict[str, object]:
        """The current value of every key answered (cleared keys left out), in key order."""
        with self._store.transaction() as tx:
            latest = tx.answers.newest(AnswerTopic(topic).value)
        return values_of(latest)

    def latest(self, topic: str) -> dict[str, Answer]:
        """The newest answer of every key ever answered, cleared ones included: when each
        was last changed."""
        with self._store.transaction() as tx:
            return tx.answers.newest(AnswerTopic(topic).value)

    def history(self, topic: str, key: str) -> builtins.list[Answer]:
        """Every answer ever recorded for ``key``, oldest first."""
        with self._store.transaction() as tx:
            return tx.answers.history(AnswerTopic(topic).value, key)

    def as_of(self, topic: str, moment: datetime) -> dict[str, object]:
        """The answers as they stood at ``moment`` (one recorded at that instant counts)."""
        with self._store.transaction() as tx:
            latest = tx.answers.newest(AnswerTopic(topic).value, at_or_before=moment)
        return values_of(latest)

    def changes_since(self, topic: str, moment: datetime) -> builtins.list[AnswerChange]:
        """Keys whose answer now differs from the one they had just before ``moment`` (a
        change recorded at that very instant counts as since), in key order. A key changed
        and changed back is not among them."""
        topic = AnswerTopic(topic).value
        with self._store.transaction() as tx:
            before = tx.answers.newest(topic, before=moment)
            now = tx.answers.newest(topic)
        return changes_between(before, now)
