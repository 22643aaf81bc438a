"""My goals and preferences saved as dated answers: one row per changed field, what changed
since a visit, the preferences as they stood, and blank forms."""

from datetime import timedelta

import pytest
from pydantic import ValidationError

from mbc_desktop.domain.goals import (
    GoalName,
    Importance,
    Preferences,
    SecondOpinion,
    SideEffectTopic,
    Travel,
)
from mbc_desktop.services import AnswerService, GoalsService, PreferenceChange
from mbc_desktop.storage import Store

from .conftest import START, Clock


@pytest.fixture
def goals(store: Store, clock: Clock) -> GoalsService:
    return GoalsService(AnswerService(store, clock=clock))


FILLED = Preferences(
    importance={
        GoalName.LIVING_LONGER: Importance.VERY_IMPORTANT,
        GoalName.QUALITY_OF_LIFE: Importance.NOT_SURE,
    },
    what_matters_most="Being well enough to travel to my son's wedding in June.",
    hardest_side_effects=(SideEffectTopic.NAUSEA, SideEffectTopic.NUMB_TINGLING),
    easiest_side_effects=(SideEffectTopic.HAIR_LOSS,),
    own_hardest="Anything that stops me driving",
    travel=Travel.WITHIN_AN_HOUR,
    second_opinion=SecondOpinion.CONSIDERING,
)


def test_a_new_journal_has_blank_preferences(goals: GoalsService) -> None:
    assert goals.current() == Preferences()
    assert goals.current().is_blank
    assert goals.save(Preferences()) == []  # saving a blank form records nothing
    assert goals.answers.current("goals") == {}


def test_saved_preferences_read_back_and_each_field_is_one_row(goals: GoalsService) -> None:
    recorded = goals.save(FILLED)

    assert goals.current() == FILLED
    assert sorted(a.key for a in recorded) == [
        "easiest_side_effects",
        "hardest_side_effects",
        "importance.living_longer",
        "importance.quality_of_life",
        "own_hardest",
        "second_opinion",
        "travel",
        "what_matters_most",
    ]
    assert goals.answers.current("goals")["hardest_side_effects"] == ["nausea", "numb_tingling"]


def test_a_save_records_only_the_fields_that_changed(goals: GoalsService, clock: Clock) -> None:
    goals.save(FILLED)
    clock.advance(days=7)

    changed = FILLED.model_copy(update={"travel": Travel.A_FEW_HOURS})
    recorded = goals.save(Preferences.model_validate(changed.model_dump()))

    assert [(a.key, a.value) for a in recorded] == [("travel", "a_few_hours")]
    assert goals.save(goals.current()) == []


def test_set_changes_one_field_and_refuses_a_bad_value(goals: GoalsService) -> None:
    goals.save(FILLED)

    goals.set("importance", {**FILLED.importance, GoalName.SYMPTOM_RELIEF: "somewhat_important"})
    assert goals.current().importance[GoalName.SYMPTOM_RELIEF] is Importance.SOMEWHAT_IMPORTANT
    goals.set("what_matters_most", "")
    assert goals.current().what_matters_most == ""
    assert "what_matters_most" not in goals.answers.current("goals")

    with pytest.raises(ValidationError):
        goals.set("what_matters_most", "x" * 301)
    with pytest.raises(ValidationError):
        goals.set("easiest_side_effects", ("nausea",))  # already among the hardest
    with pytest.raises(KeyError):
        goals.set("favourite_colour", "blue")
    assert goals.current().easiest_side_effects == (SideEffectTopic.HAIR_LOSS,)


def test_clearing_a_goal_keeps_its_history(goals: GoalsService, clock: Clock) -> None:
    goals.save(FILLED)
    clock.advance(days=1)
    goals.set("importance", {GoalName.LIVING_LONGER: Importance.VERY_IMPORTANT})

    assert GoalName.QUALITY_OF_LIFE not in goals.current().importance
    history = goals.answers.history("goals", "importance.quality_of_life")
    assert [a.value for a in history] == ["not_sure", None]


def test_changes_since_a_visit_in_the_forms_order(goals: GoalsService, clock: Clock) -> None:
    goals.save(FILLED)
    visit = clock.advance(days=30)
    goals.set("second_opinion", SecondOpinion.BOOKED)  # at the visit itself: counts
    later = clock.advance(days=2)
    goals.set(
        "importance",
        {**FILLED.importance, GoalName.LIVING_LONGER: Importance.SOMEWHAT_IMPORTANT},
    )

    assert goals.changes_since(visit) == [
        PreferenceChange(
            key="importance.living_longer",
            field="importance",
            goal=GoalName.LIVING_LONGER,
            before=Importance.VERY_IMPORTANT,
            after=Importance.SOMEWHAT_IMPORTANT,
            changed_at=later,
        ),
        PreferenceChange(
            key="second_opinion",
            field="second_opinion",
            goal=None,
            before=SecondOpinion.CONSIDERING,
            after=SecondOpinion.BOOKED,
            changed_at=visit,
        ),
    ]
    assert [c.key for c in goals.changes_since(visit + timedelta(microseconds=1))] == [
        "importance.living_longer"
    ]


def test_as_of_gives_the_preferences_as_they_stood(goals: GoalsService, clock: Clock) -> None:
    goals.save(FILLED)
    changed_at = clock.advance(days=10)
    goals.set("travel", Travel.ANYWHERE_FOR_THE_RIGHT_TRIAL)

    assert goals.as_of(START - timedelta(seconds=1)) == Preferences()
    assert goals.as_of(changed_at - timedelta(microseconds=1)) == FILLED
    assert goals.as_of(changed_at).travel is Travel.ANYWHERE_FOR_THE_RIGHT_TRIAL


def test_answers_this_version_does_not_know_are_left_out_and_kept(goals: GoalsService) -> None:
    goals.answers.record_many(
        "goals",
        {
            "travel": "to_the_moon",
            "help_at_home": ["meals", "teleporting"],
            "importance.living_longer": "very_important",
            "importance.seeing_the_eclipse": "very_important",
            "a_newer_question": "yes",
        },
    )

    current = goals.current()
    assert current.travel is None
    assert [h.value for h in current.help_at_home] == ["meals"]
    assert current.importance == {GoalName.LIVING_LONGER: Importance.VERY_IMPORTANT}
    # Saving what this version shows does not blank what it couldn't read.
    goals.set("trials_interest", "maybe")
    assert goals.answers.current("goals")["travel"] == "to_the_moon"
    assert goals.answers.current("goals")["a_newer_question"] == "yes"


def test_undo_of_a_save_brings_back_the_preferences_before_it(
    goals: GoalsService, clock: Clock
) -> None:
    goals.save(FILLED)
    clock.advance(hours=1)
    recorded = goals.set("travel", Travel.NOT_FAR)

    goals.answers.remove_many(a.id for a in recorded)

    assert goals.current() == FILLED
