"""About my cancer, kept as dated answers of the topic "cancer": one answer per part of the
profile (the receptor test, the biomarkers, the treatment lines…), so a save records only the
parts that changed, earlier answers are kept, and "what changed since my last visit" can be
shown. The subtype is worked out from the current answers, never stored."""

import builtins
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError

from mbc_desktop.domain.answers import Answer, AnswerTopic
from mbc_desktop.domain.cancer import CancerProfile
from mbc_desktop.domain.subtype import Subtype, derive_subtype, rebiopsy_reason
from mbc_desktop.services.answers import AnswerService

__all__ = ["PROFILE_KEYS", "CancerProfileService", "ProfileChange"]

TOPIC = AnswerTopic.CANCER.value
# One answer per field of CancerProfile, in the order the area asks them.
PROFILE_KEYS: tuple[str, ...] = tuple(CancerProfile.model_fields)


@dataclass(frozen=True)
class ProfileChange:
    """One part of the profile that differs from what it was: ``key`` is the CancerProfile
    field; ``before`` and ``after`` its values (None or empty: not answered)."""

    key: str
    before: object
    after: object
    changed_at: datetime


def _to_answers(profile: CancerProfile) -> dict[str, object]:
    values = profile.model_dump(mode="json")
    # A blank part is "not answered": None, so clearing it is a change like any other.
    return {
        key: (values[key] if values[key] not in ("", [], None) else None) for key in PROFILE_KEYS
    }


def _part(key: str, value: object) -> object:
    """The typed value of one part (a ReceptorTest, a tuple of lines…), or None if this
    version can't read it."""
    if value is None:
        return None
    try:
        return getattr(CancerProfile.model_validate({key: value}), key)
    except ValidationError:
        return None


def _from_answers(values: dict[str, object]) -> CancerProfile:
    """The profile the answers give; a part this version can't read is left out."""
    parts = {key: values[key] for key in PROFILE_KEYS if values.get(key) is not None}
    try:
        return CancerProfile.model_validate(parts)
    except ValidationError:
        readable = {key: value for key, value in parts.items() if _part(key, value) is not None}
        return CancerProfile.model_validate(readable)


class CancerProfileService:
    """Reads and saves "About my cancer" through ``answers`` (its listeners hear the topic
    "cancer")."""

    def __init__(self, answers: AnswerService) -> None:
        self.answers = answers

    def current(self) -> CancerProfile:
        return _from_answers(self.answers.current(TOPIC))

    def as_of(self, moment: datetime) -> CancerProfile:
        return _from_answers(self.answers.as_of(TOPIC, moment))

    def save(self, profile: CancerProfile) -> builtins.list[Answer]:
        """Record the parts that differ from the current ones, in one transaction; returns the
        answers recorded (give their ids to ``answers.remove_many`` to undo)."""
        held = self.current()
        if held == profile:
            return []
        wanted, had = _to_answers(profile), _to_answers(held)
        changed = {key: wanted[key] for key in PROFILE_KEYS if wanted[key] != had[key]}
        return self.answers.record_many(TOPIC, changed)

    def subtype(self) -> Subtype:
        """The subtype the current receptor results give, with how it was worked out."""
        profile = self.current()
        return derive_subtype(profile.receptors, profile.menopausal_status)

    def rebiopsy_reason(self) -> str | None:
        """Why a new biopsy may change the subtype, when the latest receptor test is older
        than the latest progression; else None."""
        return rebiopsy_reason(self.current())

    def changes_since(self, moment: datetime) -> builtins.list[ProfileChange]:
        """Parts that now differ from what they were just before ``moment``, in form order."""
        found = {change.key: change for change in self.answers.changes_since(TOPIC, moment)}
        changes = []
        for key in PROFILE_KEYS:
            change = found.get(key)
            if change is None:
                continue
            before, after = _part(key, change.before), _part(key, change.after)
            if before != after:
                changes.append(ProfileChange(key, before, after, change.changed_at))
        return changes
