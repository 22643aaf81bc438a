"""Dated answers: a form's fields kept as a history, one row per change.

An answer is a value (anything JSON can hold) given for one key of a topic ("goals",
"cancer") at one moment. Nothing is overwritten: a change is a new answer, so the answers as
they stood on any day can be read back, and "what changed since my last visit" is worked out
from the record. The current answer for a key is its newest; a key whose newest value is
``None`` (JSON null) has been cleared and counts as not answered.

"Newest" is by ``recorded_at``, then by id for answers recorded at the same instant: the id
only grows, so of two answers given in one instant the later one wins.

Values are compared by their JSON text (``encode``): keys sorted, so ``{"a": 1, "b": 2}`` and
``{"b": 2, "a": 1}`` are the same answer, and a tuple is the same answer as the list it
becomes. ``1`` and ``1.0`` are different answers; ``True`` and ``1`` too.
"""

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from mbc_desktop.domain.choice import Choice

KEY_MAX_CHARS = 64
_KEY = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")


class AnswerTopic(Choice):
    """Which form an answer belongs to."""

    GOALS = "goals"  # My goals and preferences
    CANCER = "cancer"  # About my cancer
    SUMMARY = "summary"  # The pre-appointment summary's choices and notes


def check_key(key: str) -> str:
    """A key is lower-case words joined by "_" and ".", e.g. "importance.living_longer"."""
    if not 0 < len(key) <= KEY_MAX_CHARS or _KEY.fullmatch(key) is None:
        raise ValueError(f"not an answer key: {key!r}")
    return key


def encode(value: object) -> str:
    """The value as canonical JSON text, the form the journal keeps and compares.

    Raises ``ValueError`` for a value JSON can't hold exactly (a set, a date, NaN…): convert
    it first (a Choice is a str, so it is kept as its value).
    """
    try:
        return json.dumps(
            value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
    except (TypeError, ValueError) as error:  # not JSON at all; NaN or infinity
        raise ValueError(f"an answer must be JSON: {error}") from error


def decode(text: str) -> object:
    return json.loads(text)


@dataclass(frozen=True)
class Answer:
    """One answer as recorded: ``value_json`` is its canonical JSON text."""

    id: int
    topic: str
    key: str
    value_json: str
    recorded_at: datetime

    @property
    def value(self) -> object:
        return decode(self.value_json)

    @property
    def is_cleared(self) -> bool:
        """The key was cleared: from this answer on, it is not answered."""
        return self.value_json == "null"


@dataclass(frozen=True)
class AnswerChange:
    """A key whose answer now differs from the one it had at an earlier moment.

    ``before`` and ``after`` are the values (``None``: not answered then, or now);
    ``changed_at`` is when the current answer was recorded.
    """

    key: str
    before: object
    after: object
    changed_at: datetime


def _order(answer: Answer) -> tuple[datetime, int]:
    return (answer.recorded_at, answer.id)


def newest(answers: Iterable[Answer]) -> dict[str, Answer]:
    """The newest answer of each key, cleared ones included."""
    found: dict[str, Answer] = {}
    for answer in answers:
        held = found.get(answer.key)
        if held is None or _order(answer) > _order(held):
            found[answer.key] = answer
    return found


def values_of(latest: Mapping[str, Answer]) -> dict[str, object]:
    """The values of the keys answered (cleared keys left out), by key, in key order."""
    return {key: latest[key].value for key in sorted(latest) if not latest[key].is_cleared}


def as_of(answers: Iterable[Answer], moment: datetime) -> dict[str, object]:
    """The answers as they stood at ``moment``: one recorded at that very instant counts."""
    return values_of(newest(a for a in answers if a.recorded_at <= moment))


def changes_between(
    before: Mapping[str, Answer], after: Mapping[str, Answer]
) -> list[AnswerChange]:
    """Keys whose value in ``after`` (the newest answers now) differs from ``before`` (the
    newest answers at an earlier moment), in key order. A key cleared and a key never answered
    are the same: not answered."""
    changes = []
    for key in sorted(after):
        now = after[key]
        then = before.get(key)
        then_json = "null" if then is None else then.value_json
        if now.value_json != then_json:
            changes.append(
                AnswerChange(
                    key=key,
                    before=decode(then_json),
                    after=now.value,
                    changed_at=now.recorded_at,
                )
            )
    return changes
