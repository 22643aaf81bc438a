"""My goals and preferences: what matters to the person, in their words, for treatment choices.

Every field is optional, and "not sure" is always an answer (it is not the same as leaving a
field blank: it says the person thought about it). The answers are kept as dated answers
(``domain/answers.py``), one key per field, so a change to one field is one dated row and
"what changed since my last visit" can be shown:

- ``importance.<goal>`` for each goal (``importance.living_longer``…): an ``Importance``;
- every other field under its own name (``what_matters_most``, ``hardest_side_effects``…):
  a text, a choice's value, or a list of choices' values.

A blank text, an empty list and a goal not rated are "not answered": the key holds ``None``.

Reading answers back is forgiving (``preferences_from_answers``): a value this version does not
know (written by a newer version, say) is left out rather than refusing the whole form.
"""

from collections.abc import Mapping
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, model_validator

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.text import limited

WHAT_MATTERS_MAX_CHARS = 300
SHORT_TEXT_MAX_CHARS = 300  # a place, the side effects of my own, where a second opinion is
NAME_MAX_CHARS = 120  # the advocate's name, their relationship to me
NOTES_MAX_CHARS = 2000  # insurance concerns, notes on help at home

BOTH_HARDEST_AND_EASIEST = (
    "A side effect can't be both one of the hardest and one of the easiest to accept. "
    "Leave it in one of the two lists."
)


class Importance(Choice):
    """How much a goal matters to me now."""

    VERY_IMPORTANT = "very_important"
    SOMEWHAT_IMPORTANT = "somewhat_important"
    NOT_IMPORTANT_NOW = "not_important_now"
    NOT_SURE = "not_sure"


class GoalName(Choice):
    """The four goals the person is asked to weigh, in the order the form asks about them."""

    LIVING_LONGER = "living_longer"
    DELAYING_PROGRESSION = "delaying_progression"
    QUALITY_OF_LIFE = "quality_of_life"
    SYMPTOM_RELIEF = "symptom_relief"

    @property
    def label(self) -> str:
        """The goal in plain words (English; the UI translates it)."""
        return _GOAL_LABELS[self]


_GOAL_LABELS: dict[GoalName, str] = {
    GoalName.LIVING_LONGER: "Living as long as possible",
    GoalName.DELAYING_PROGRESSION: "Keeping the cancer from growing for as long as possible",
    GoalName.QUALITY_OF_LIFE: "Quality of life",
    GoalName.SYMPTOM_RELIEF: "Relief of the symptoms I have now",
}


class SideEffectTopic(Choice):
    """Side effects and burdens of treatment that people weigh when they choose one.

    Where ``drug_catalogue.SideEffect`` has the same thing, the value is the same (so the two
    share a label and a translation).
    """

    NAUSEA = "nausea"
    TIREDNESS = "tiredness"
    HAIR_LOSS = "hair_loss"
    DIARRHEA = "diarrhea"
    NUMB_TINGLING = "numb_tingling"
    MOUTH_SORES = "mouth_sores"
    INFECTION_RISK = "infection_risk"
    HAND_FOOT = "hand_foot"
    HOT_FLASHES = "hot_flashes"
    JOINT_PAIN = "joint_pain"
    RASH = "rash"
    LOSS_OF_APPETITE = "loss_of_appetite"
    WEIGHT_CHANGE = "weight_change"
    FOGGY_THINKING = "foggy_thinking"
    SEXUAL_CHANGES = "sexual_changes"
    TIME_IN_CLINIC = "time_in_clinic"
    NEEDLES = "needles"

    @property
    def label(self) -> str:
        """The side effect in plain words (English; the UI translates it)."""
        return _SIDE_EFFECT_TOPIC_LABELS[self]


_SIDE_EFFECT_TOPIC_LABELS: dict[SideEffectTopic, str] = {
    SideEffectTopic.NAUSEA: "Nausea or vomiting",
    SideEffectTopic.TIREDNESS: "Tiredness",
    SideEffectTopic.HAIR_LOSS: "Hair loss",
    SideEffectTopic.DIARRHEA: "Diarrhea",
    SideEffectTopic.NUMB_TINGLING: "Numb or tingling fingers or toes",
    SideEffectTopic.MOUTH_SORES: "Mouth sores",
    SideEffectTopic.INFECTION_RISK: "A higher chance of infections",
    SideEffectTopic.HAND_FOOT: "Sore, red or peeling hands or feet",
    SideEffectTopic.HOT_FLASHES: "Hot flashes",
    SideEffectTopic.JOINT_PAIN: "Joint pain or stiffness",
    SideEffectTopic.RASH: "Rash",
    SideEffectTopic.LOSS_OF_APPETITE: "Losing my appetite",
    SideEffectTopic.WEIGHT_CHANGE: "Gaining or losing weight",
    SideEffectTopic.FOGGY_THINKING: "Foggy thinking or memory problems",
    SideEffectTopic.SEXUAL_CHANGES: "Changes in sex life or vaginal dryness",
    SideEffectTopic.TIME_IN_CLINIC: "Time spent at the clinic",
    SideEffectTopic.NEEDLES: "Needles, IV lines or ports",
}


class TreatmentForm(Choice):
    PILLS = "pills"
    INFUSIONS = "infusions"
    NO_PREFERENCE = "no_preference"
    NOT_SURE = "not_sure"


class Travel(Choice):
    """How far I would travel for treatment (e.g. for a trial)."""

    NOT_FAR = "not_far"
    WITHIN_AN_HOUR = "within_an_hour"
    A_FEW_HOURS = "a_few_hours"
    ANYWHERE_FOR_THE_RIGHT_TRIAL = "anywhere_for_the_right_trial"
    NOT_SURE = "not_sure"


class YesMaybeNo(Choice):
    """Interest in clinical trials."""

    YES = "yes"
    MAYBE = "maybe"
    NO = "no"
    NOT_SURE = "not_sure"


class YesNo(Choice):
    """Whether my advocate may speak for me."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


class HelpAtHome(Choice):
    """Help the person has at home."""

    TRANSPORT = "transport"
    CHILDCARE = "childcare"
    MEALS = "meals"
    HOUSEWORK = "housework"
    PAPERWORK = "paperwork"
    PERSONAL_CARE = "personal_care"
    SOMEONE_TO_TALK_TO = "someone_to_talk_to"


class SecondOpinion(Choice):
    NOT_CONSIDERING = "not_considering"
    CONSIDERING = "considering"
    BOOKED = "booked"
    DONE = "done"
    NOT_SURE = "not_sure"


ChoiceT = TypeVar("ChoiceT", bound=Choice)


def _unique(values: tuple[ChoiceT, ...]) -> tuple[ChoiceT, ...]:
    """Each once, in the order first given."""
    return tuple(dict.fromkeys(values))


WhatMattersMost = Annotated[
    str, AfterValidator(limited("what matters most to you", WHAT_MATTERS_MAX_CHARS))
]
OwnSideEffects = Annotated[
    str, AfterValidator(limited("the side effects in your words", SHORT_TEXT_MAX_CHARS))
]
Place = Annotated[str, AfterValidator(limited("the place", SHORT_TEXT_MAX_CHARS))]
Name = Annotated[str, AfterValidator(limited("the name", NAME_MAX_CHARS))]
Relationship = Annotated[str, AfterValidator(limited("the relationship", NAME_MAX_CHARS))]
Notes = Annotated[str, AfterValidator(limited("the notes", NOTES_MAX_CHARS, multiline=True))]
SideEffects = Annotated[tuple[SideEffectTopic, ...], AfterValidator(_unique)]
Helps = Annotated[tuple[HelpAtHome, ...], AfterValidator(_unique)]


class Preferences(BaseModel):
    """My goals and preferences as they stand. Every field may be left blank (unanswered)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # How much each goal matters now; a goal not rated is not in the dict.
    importance: dict[GoalName, Importance] = {}
    # "What matters most to me right now", a sentence or two: it heads the summary.
    what_matters_most: WhatMattersMost = ""
    hardest_side_effects: SideEffects = ()
    own_hardest: OwnSideEffects = ""
    easiest_side_effects: SideEffects = ()
    own_easiest: OwnSideEffects = ""
    treatment_form: TreatmentForm | None = None
    where_treated: Place = ""
    travel: Travel | None = None
    trials_interest: YesMaybeNo | None = None
    insurance_concerns: Notes = ""
    help_at_home: Helps = ()
    help_notes: Notes = ""
    advocate_name: Name = ""
    advocate_relationship: Relationship = ""
    advocate_may_speak: YesNo | None = None
    second_opinion: SecondOpinion | None = None
    second_opinion_where: Place = ""

    @model_validator(mode="after")
    def _not_both(self) -> "Preferences":
        if set(self.hardest_side_effects) & set(self.easiest_side_effects):
            raise ValueError(BOTH_HARDEST_AND_EASIEST)
        return self

    @property
    def is_blank(self) -> bool:
        """Nothing answered at all."""
        return self == Preferences()


# --- the answer keys -----------------------------------------------------------------------

IMPORTANCE_PREFIX = "importance."


def importance_key(goal: GoalName) -> str:
    return f"{IMPORTANCE_PREFIX}{goal.value}"


# Every field but ``importance`` is kept under its own name.
_FIELD_KEYS: tuple[str, ...] = tuple(
    name for name in Preferences.model_fields if name != "importance"
)

# Every key, in the order the form asks.
PREFERENCE_KEYS: tuple[str, ...] = (
    *(importance_key(goal) for goal in GoalName),
    *_FIELD_KEYS,
)


def field_of(key: str) -> str:
    """The ``Preferences`` field a key belongs to ("importance.living_longer" → "importance")."""
    if key.startswith(IMPORTANCE_PREFIX):
        return "importance"
    if key not in _FIELD_KEYS:
        raise KeyError(key)
    return key


def goal_of(key: str) -> GoalName | None:
    """The goal an ``importance.`` key rates, else None (a goal this version doesn't know too)."""
    if not key.startswith(IMPORTANCE_PREFIX):
        return None
    name = key.removeprefix(IMPORTANCE_PREFIX)
    return next((goal for goal in GoalName if goal.value == name), None)


def _plain(value: object) -> object:
    """A field's value as the JSON an answer holds; blank is None."""
    if value in ("", (), None):
        return None
    if isinstance(value, tuple):
        return [str(item) for item in value]
    if isinstance(value, Choice):
        return value.value
    return value


def preferences_to_answers(preferences: Preferences) -> dict[str, object]:
    """Every key of ``PREFERENCE_KEYS`` with its value (None: not answered)."""
    values: dict[str, object] = {
        importance_key(goal): _plain(preferences.importance.get(goal)) for goal in GoalName
    }
    for key in _FIELD_KEYS:
        values[key] = _plain(getattr(preferences, key))
    return values


def _field_value(key: str, value: object) -> object:
    """One stored answer as a field's value, checked; raises ValueError if it isn't one."""
    if value is None:
        return None
    field = field_of(key)
    if field == "importance":
        return Importance(str(value))
    fields: dict[str, Any] = {field: value}
    try:
        return getattr(Preferences.model_validate(fields), field)
    except ValidationError as error:
        raise ValueError(str(error)) from error


def answer_value(key: str, value: object) -> object:
    """A stored answer of ``key`` as the field's value (an ``Importance``, a ``Travel``, a
    tuple of choices, a text), or None if blank or not one this version knows."""
    try:
        return _field_value(key, value)
    except (ValueError, KeyError):
        return None


def preferences_from_answers(values: Mapping[str, object]) -> Preferences:
    """The preferences the current answers give. Keys that are not ours, and values this
    version can't read, are left out; a choice in a list that it doesn't know is dropped
    from the list, the rest kept."""
    importance: dict[GoalName, Importance] = {}
    fields: dict[str, object] = {}
    for key, value in values.items():
        if value is None:
            continue
        if key.startswith(IMPORTANCE_PREFIX):
            goal = goal_of(key)
            read = answer_value(key, value)
            if goal is not None and isinstance(read, Importance):
                importance[goal] = read
            continue
        if key not in _FIELD_KEYS:
            continue
        if isinstance(value, list):
            value = _known_items(key, value)
        read = answer_value(key, value)
        if read is not None:
            fields[key] = read
    try:
        return Preferences.model_validate({"importance": importance, **fields})
    except ValidationError:
        # Only a pair of lists that contradict each other can fail here (each field was
        # checked alone): keep the hardest, which weighs more in a choice.
        fields.pop("easiest_side_effects", None)
        return Preferences.model_validate({"importance": importance, **fields})


def _known_items(key: str, items: list[object]) -> list[object]:
    known = {
        "hardest_side_effects": {choice.value for choice in SideEffectTopic},
        "easiest_side_effects": {choice.value for choice in SideEffectTopic},
        "help_at_home": {choice.value for choice in HelpAtHome},
    }.get(key)
    return items if known is None else [item for item in items if item in known]
