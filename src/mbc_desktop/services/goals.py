"""My goals and preferences, kept as dated answers of the topic "goals".

A save records only the fields that changed, each as one dated answer, so the history says
what changed and when; the current answers are the ones used.
"""

import builtins
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mbc_desktop.domain.answers import Answer, AnswerTopic
from mbc_desktop.domain.goals import (
    PREFERENCE_KEYS,
    GoalName,
    Preferences,
    answer_value,
    field_of,
    goal_of,
    preferences_from_answers,
    preferences_to_answers,
)
from mbc_desktop.services.answers import AnswerService

__all__ = ["GoalsService", "PreferenceChange"]

TOPIC = AnswerTopic.GOALS.value


@dataclass(frozen=True)
class PreferenceChange:
    """One answer that differs from what it was: ``key`` is the answer's key
    ("importance.living_longer", "travel"…), ``field`` the ``Preferences`` field it belongs to,
    ``goal`` the goal an importance rates. ``before`` and ``after`` are the field's values
    (an ``Importance``, a ``Travel``, a tuple of choices, a text; None: not answered)."""

    key: str
    field: str
    goal: GoalName | None
    before: object
    after: object
    changed_at: datetime


class GoalsService:
    """Reads and saves the person's goals and preferences through ``answers``; its listeners
    are ``answers.changes`` (events of the topic "goals")."""

    def __init__(self, answers: AnswerService) -> None:
        self.answers = answers

    def current(self) -> Preferences:
        return preferences_from_answers(self.answers.current(TOPIC))

    def as_of(self, moment: datetime) -> Preferences:
        """The preferences as they stood at ``moment``."""
        return preferences_from_answers(self.answers.as_of(TOPIC, moment))

    def save(self, preferences: Preferences) -> builtins.list[Answer]:
        """Record every field that differs from the current answers, in one transaction.
        Returns the answers recorded (none if nothing changed); give their ids to
        ``answers.remove_many`` to undo."""
        values = preferences_to_answers(preferences)
        held = self.current()
        if held == preferences:
            return []
        # Only keys whose field value differs: an answer this version can't read is kept
        # rather than overwritten with a blank.
        wanted = preferences_to_answers(held)
        changed = {key: values[key] for key in PREFERENCE_KEYS if values[key] != wanted[key]}
        return self.answers.record_many(TOPIC, changed)

    def set(self, field: str, value: object) -> builtins.list[Answer]:
        """Change one field of ``Preferences`` (``importance`` is the whole dict) and record
        it. Raises pydantic's ValidationError, with a message for the person, for a value
        the field can't take; nothing is recorded then."""
        if field not in Preferences.model_fields:
            raise KeyError(field)
        values: dict[str, Any] = self.current().model_dump()
        values[field] = value
        return self.save(Preferences.model_validate(values))

    def changes_since(self, moment: datetime) -> builtins.list[PreferenceChange]:
        """Answers that now differ from what they were just before ``moment`` (one changed
        at that very instant counts), in the order the form asks them."""
        found = {change.key: change for change in self.answers.changes_since(TOPIC, moment)}
        order = {key: index for index, key in enumerate(PREFERENCE_KEYS)}
        changes = []
        for key in sorted(found, key=lambda k: (order.get(k, len(order)), k)):
            try:
                field = field_of(key)
            except KeyError:
                continue  # not one of ours (a newer version's question)
            change = found[key]
            changes.append(
                PreferenceChange(
                    key=key,
                    field=field,
                    goal=goal_of(key),
                    before=answer_value(key, change.before),
                    after=answer_value(key, change.after),
                    changed_at=change.changed_at,
                )
            )
        return [c for c in changes if c.before != c.after]
