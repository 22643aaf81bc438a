"""The goals & preferences model: optional fields, "not sure" answers, cleaning and limits,
and the mapping to one answer key per field."""

import pytest
from pydantic import ValidationError

from mbc_desktop.domain.drug_catalogue import SideEffect
from mbc_desktop.domain.errors import field_messages
from mbc_desktop.domain.goals import (
    BOTH_HARDEST_AND_EASIEST,
    PREFERENCE_KEYS,
    GoalName,
    HelpAtHome,
    Importance,
    Preferences,
    SecondOpinion,
    SideEffectTopic,
    Travel,
    TreatmentForm,
    YesMaybeNo,
    YesNo,
    answer_value,
    field_of,
    goal_of,
    preferences_from_answers,
    preferences_to_answers,
)


def test_every_field_is_optional_and_blank_by_default() -> None:
    blank = Preferences()
    assert blank.is_blank
    assert preferences_to_answers(blank) == dict.fromkeys(PREFERENCE_KEYS)


@pytest.mark.parametrize(
    "choice", [Importance, TreatmentForm, Travel, YesMaybeNo, YesNo, SecondOpinion]
)
def test_not_sure_is_always_an_answer(choice: type) -> None:
    assert "not_sure" in {member.value for member in choice}


def test_one_key_per_field_and_per_goal_in_the_forms_order() -> None:
    assert PREFERENCE_KEYS[:4] == (
        "importance.living_longer",
        "importance.delaying_progression",
        "importance.quality_of_life",
        "importance.symptom_relief",
    )
    assert PREFERENCE_KEYS[4] == "what_matters_most"
    assert set(PREFERENCE_KEYS[4:]) == set(Preferences.model_fields) - {"importance"}
    assert len(set(PREFERENCE_KEYS)) == len(PREFERENCE_KEYS)
    assert all(len(key) <= 64 for key in PREFERENCE_KEYS)
    assert field_of("importance.symptom_relief") == "importance"
    assert goal_of("importance.symptom_relief") is GoalName.SYMPTOM_RELIEF
    assert goal_of("travel") is None
    with pytest.raises(KeyError):
        field_of("favourite_colour")


def test_texts_are_cleaned_and_lists_keep_each_choice_once() -> None:
    preferences = Preferences(
        what_matters_most="  Time with my\n grandchildren \u200b",
        help_at_home=("meals", "transport", "meals"),
        insurance_concerns="Line one\r\nLine two",
    )
    assert preferences.what_matters_most == "Time with my grandchildren"
    assert preferences.help_at_home == (HelpAtHome.MEALS, HelpAtHome.TRANSPORT)
    assert preferences.insurance_concerns == "Line one\nLine two"


@pytest.mark.parametrize(
    ("field", "limit", "message"),
    [
        ("what_matters_most", 300, "Keep what matters most to you under 300 characters (now 301)."),
        ("own_hardest", 300, "Keep the side effects in your words under 300 characters (now 301)."),
        ("where_treated", 300, "Keep the place under 300 characters (now 301)."),
        ("advocate_name", 120, "Keep the name under 120 characters (now 121)."),
        ("advocate_relationship", 120, "Keep the relationship under 120 characters (now 121)."),
        ("help_notes", 2000, "Keep the notes under 2000 characters (now 2001)."),
    ],
)
def test_long_texts_are_refused_with_a_plain_sentence(field: str, limit: int, message: str) -> None:
    Preferences.model_validate({field: "x" * limit})
    with pytest.raises(ValidationError) as error:
        Preferences.model_validate({field: "x" * (limit + 1)})
    assert field_messages(error.value) == {field: message}


def test_a_side_effect_cant_be_both_hardest_and_easiest() -> None:
    with pytest.raises(ValidationError) as error:
        Preferences(hardest_side_effects=("nausea", "rash"), easiest_side_effects=("rash",))
    assert list(field_messages(error.value).values()) == [BOTH_HARDEST_AND_EASIEST]


def test_side_effect_topics_share_values_and_words_with_the_catalogue() -> None:
    shared = {topic.value for topic in SideEffectTopic} & {s.value for s in SideEffect}
    assert shared >= {"diarrhea", "numb_tingling", "mouth_sores", "hair_loss", "hand_foot"}
    for value in shared:
        assert SideEffectTopic(value).label == SideEffect(value).label
    assert all(topic.label for topic in SideEffectTopic)
    assert {"nausea", "tiredness", "infection_risk", "time_in_clinic"} <= {
        t.value for t in SideEffectTopic
    }


def test_preferences_round_trip_through_answers() -> None:
    preferences = Preferences(
        importance={GoalName.DELAYING_PROGRESSION: Importance.NOT_IMPORTANT_NOW},
        what_matters_most="Staying at home.",
        hardest_side_effects=(SideEffectTopic.TIME_IN_CLINIC,),
        treatment_form=TreatmentForm.PILLS,
        trials_interest=YesMaybeNo.MAYBE,
        help_at_home=(HelpAtHome.CHILDCARE,),
        advocate_name="Ana",
        advocate_may_speak=YesNo.YES,
    )
    answers = preferences_to_answers(preferences)

    assert answers["importance.delaying_progression"] == "not_important_now"
    assert answers["importance.living_longer"] is None
    assert answers["hardest_side_effects"] == ["time_in_clinic"]
    assert preferences_from_answers(answers) == preferences


def test_reading_answers_is_forgiving() -> None:
    read = preferences_from_answers(
        {
            "travel": "to_the_moon",
            "hardest_side_effects": ["nausea", "unknown"],
            "easiest_side_effects": ["nausea"],  # contradicts the hardest: the hardest win
            "what_matters_most": 42,
            "importance.unknown_goal": "very_important",
            "importance.quality_of_life": "extremely",
            "not_ours": "x",
        }
    )
    assert read == Preferences(hardest_side_effects=(SideEffectTopic.NAUSEA,))
    assert answer_value("travel", "not_far") is Travel.NOT_FAR
    assert answer_value("travel", "to_the_moon") is None
    assert answer_value("importance.living_longer", "not_sure") is Importance.NOT_SURE
