"""The ESAS-r as published, the person's own symptoms, and what makes a check-in valid."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.symptoms import (
    CHECK_IN_NOTE_MAX_CHARS,
    ESAS_R,
    ESAS_R_BY_ITEM,
    ESAS_R_INSTRUCTION,
    ESAS_R_OTHER_NAME,
    NOTHING_RATED,
    SCORE_MAX,
    SCORE_MIN,
    SYMPTOM_NAME_MAX_CHARS,
    CheckIn,
    CheckInChanges,
    CompletedBy,
    EsasItem,
    NewCheckIn,
    NewSymptom,
    Symptom,
    SymptomKind,
    other_problem_high,
    other_problem_low,
)

MADRID = ZoneInfo("Europe/Madrid")
NEW_YORK = ZoneInfo("America/New_York")
TAKEN = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
CREATED = datetime(2026, 3, 2, 8, 16, tzinfo=UTC)


# --- the ESAS-r, exactly as printed ---------------------------------------------------------

# Copied by hand from the ESAS-r form (revised November 2010) in
# /work/shared/reference/esas-r.md: item, 0, 10, definition. The licence forbids rewording.
PUBLISHED = [
    ("Pain", "No Pain", "Worst Possible Pain", ""),
    ("Tiredness", "No Tiredness", "Worst Possible Tiredness", "Tiredness = lack of energy"),
    ("Drowsiness", "No Drowsiness", "Worst Possible Drowsiness", "Drowsiness = feeling sleepy"),
    ("Nausea", "No Nausea", "Worst Possible Nausea", ""),
    ("Lack of Appetite", "No Lack of Appetite", "Worst Possible Lack of Appetite", ""),
    (
        "Shortness of Breath",
        "No Shortness of Breath",
        "Worst Possible Shortness of Breath",
        "",
    ),
    ("Depression", "No Depression", "Worst Possible Depression", "Depression = feeling sad"),
    ("Anxiety", "No Anxiety", "Worst Possible Anxiety", "Anxiety = feeling nervous"),
    ("Wellbeing", "Best Wellbeing", "Worst Possible Wellbeing", "Wellbeing = how you feel overall"),
]


def test_the_nine_scales_are_the_published_ones_word_for_word_in_the_forms_order() -> None:
    assert [(s.name, s.low, s.high, s.definition) for s in ESAS_R] == PUBLISHED


def test_the_scales_follow_the_items_order() -> None:
    assert [s.item for s in ESAS_R] == list(EsasItem)
    assert len(EsasItem) == 9
    assert all(ESAS_R_BY_ITEM[s.item] is s for s in ESAS_R)


def test_the_other_problem_reads_as_on_the_form() -> None:
    assert ESAS_R_OTHER_NAME == "Other Problem"
    assert other_problem_low("Constipation") == "No Constipation"
    assert other_problem_high("Constipation") == "Worst Possible Constipation"
    assert "how you feel NOW" in ESAS_R_INSTRUCTION


def test_the_scale_runs_from_0_to_10() -> None:
    assert (SCORE_MIN, SCORE_MAX) == (0, 10)


def a_symptom(**fields: object) -> Symptom:
    values: dict[str, object] = {
        "id": 1,
        "kind": SymptomKind.ESAS,
        "esas_item": EsasItem.PAIN,
        "name": "Pain",
        "created_at": CREATED,
    }
    return Symptom.model_validate({**values, **fields})


def test_an_esas_symptom_shows_the_published_words() -> None:
    wellbeing = a_symptom(esas_item=EsasItem.WELLBEING, name="Wellbeing")

    assert wellbeing.scale is ESAS_R_BY_ITEM[EsasItem.WELLBEING]
    assert (wellbeing.low, wellbeing.high) == ("Best Wellbeing", "Worst Possible Wellbeing")


def test_an_own_symptom_reads_like_the_forms_other_problem() -> None:
    numb = a_symptom(kind=SymptomKind.OWN, esas_item=None, name="Numb fingers")

    assert numb.scale is None
    assert (numb.low, numb.high) == ("No Numb fingers", "Worst Possible Numb fingers")
    assert not numb.is_archived
    assert a_symptom(archived_at=CREATED).is_archived


# --- the person's own symptoms ---------------------------------------------------------------


def test_an_own_symptoms_name_is_cleaned() -> None:
    assert NewSymptom(name="  Hot\tflashes \n").name == "Hot flashes"


@pytest.mark.parametrize("name", ["", "   ", "\u200b", "\n\t"])
def test_an_own_symptom_needs_a_name(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        NewSymptom(name=name)

    assert field_messages(raised.value) == {
        "name": "Type the symptom's name first. It can't be empty."
    }


def test_an_own_symptoms_name_has_a_limit() -> None:
    assert NewSymptom(name="x" * SYMPTOM_NAME_MAX_CHARS).name == "x" * 60

    with pytest.raises(ValidationError) as raised:
        NewSymptom(name="x" * 61)

    assert field_messages(raised.value) == {
        "name": "Keep a symptom's name under 60 characters (now 61)."
    }


# --- check-ins -------------------------------------------------------------------------------


@pytest.mark.parametrize("score", [0, 10, 5])
def test_every_whole_number_from_0_to_10_is_a_score(score: int) -> None:
    check_in = NewCheckIn(taken_at=TAKEN, scores={1: score})

    assert check_in.scores == {1: score}


@pytest.mark.parametrize("score", [11, -1, True, False, 5.0, "5", None, 100])
def test_anything_else_is_refused(score: object) -> None:
    with pytest.raises(ValidationError) as raised:
        NewCheckIn.model_validate({"taken_at": TAKEN, "scores": {1: score}})

    assert "A score is a whole number from 0 to 10." in str(raised.value)


@pytest.mark.parametrize("score", [11, -1, True])
def test_the_other_problems_score_is_checked_too(score: object) -> None:
    with pytest.raises(ValidationError, match="A score is a whole number from 0 to 10"):
        NewCheckIn.model_validate(
            {"taken_at": TAKEN, "other_problem": "Constipation", "other_score": score}
        )


def test_a_check_in_with_nothing_rated_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        NewCheckIn(taken_at=TAKEN)

    assert field_messages(raised.value) == {"": NOTHING_RATED}


def test_a_named_other_problem_without_a_number_is_not_a_rating() -> None:
    with pytest.raises(ValidationError) as raised:
        NewCheckIn(taken_at=TAKEN, other_problem="Constipation")

    assert field_messages(raised.value) == {"": NOTHING_RATED}


def test_the_other_problem_alone_is_a_check_in() -> None:
    check_in = NewCheckIn(taken_at=TAKEN, other_problem="Constipation", other_score=6)

    assert (check_in.scores, check_in.other_score) == ({}, 6)


def test_an_other_problems_number_needs_its_name() -> None:
    with pytest.raises(ValidationError) as raised:
        NewCheckIn(taken_at=TAKEN, scores={1: 2}, other_problem=" \u200b ", other_score=4)

    assert field_messages(raised.value) == {
        "": "Name the other problem, or leave its number empty."
    }


def test_an_other_problems_name_follows_the_rules_of_a_symptoms_name() -> None:
    with pytest.raises(ValidationError, match="under 60 characters"):
        NewCheckIn(taken_at=TAKEN, other_problem="y" * 61, other_score=4)


def test_a_check_in_time_needs_a_zone() -> None:
    with pytest.raises(ValidationError) as raised:
        NewCheckIn(taken_at=datetime(2026, 3, 2, 8, 15), scores={1: 2})

    assert field_messages(raised.value) == {"taken_at": "The check-in's time needs a time zone."}


def test_a_check_in_time_given_as_text_with_an_offset_is_taken() -> None:
    check_in = NewCheckIn.model_validate(
        {"taken_at": "2026-03-02T09:15:00+01:00", "scores": {"1": 2}}
    )

    assert check_in.taken_at == TAKEN
    assert check_in.scores == {1: 2}


@pytest.mark.parametrize("year", [1899, 2200])
def test_a_check_in_time_stays_in_the_range_the_journal_holds(year: int) -> None:
    with pytest.raises(ValidationError) as raised:
        NewCheckIn(taken_at=datetime(year, 6, 1, tzinfo=UTC), scores={1: 2})

    assert field_messages(raised.value) == {
        "taken_at": "Choose a date between the years 1900 and 2199."
    }


def test_a_check_ins_note_is_cleaned_and_has_a_limit() -> None:
    assert NewCheckIn(taken_at=TAKEN, scores={1: 2}, note=" A\r\nB \n").note == "A\nB"
    long_enough = "n" * CHECK_IN_NOTE_MAX_CHARS
    assert NewCheckIn(taken_at=TAKEN, scores={1: 2}, note=long_enough).note == long_enough

    with pytest.raises(ValidationError) as raised:
        NewCheckIn(taken_at=TAKEN, scores={1: 2}, note="n" * 2001)

    assert field_messages(raised.value)["note"].startswith(
        "Keep the note under 2000 characters (now 2001)"
    )


def test_a_check_in_is_mine_unless_a_caregiver_filled_it_in() -> None:
    assert NewCheckIn(taken_at=TAKEN, scores={1: 2}).completed_by is CompletedBy.ME
    caregiver = NewCheckIn(taken_at=TAKEN, scores={1: 2}, completed_by="caregiver")
    assert caregiver.completed_by is CompletedBy.CAREGIVER


def test_changes_hold_only_what_was_set() -> None:
    assert CheckInChanges().as_dict() == {}
    assert CheckInChanges(note="").as_dict() == {"note": ""}
    assert CheckInChanges(scores={3: 0}).as_dict() == {"scores": {3: 0}}
    moved = CheckInChanges(taken_at=TAKEN, time_zone="Europe/Madrid").as_dict()
    assert moved == {"taken_at": TAKEN, "time_zone": "Europe/Madrid"}


def test_changes_may_not_skip_every_symptom() -> None:
    with pytest.raises(ValidationError) as raised:
        CheckInChanges(scores={})

    assert field_messages(raised.value) == {"": NOTHING_RATED}


@pytest.mark.parametrize("score", [11, -1, True])
def test_changed_scores_are_checked(score: object) -> None:
    with pytest.raises(ValidationError, match="whole number from 0 to 10"):
        CheckInChanges.model_validate({"scores": {1: score}})


def a_check_in(**fields: object) -> CheckIn:
    values: dict[str, object] = {
        "id": 1,
        "taken_at": TAKEN,
        "scores": {1: 3},
        "created_at": CREATED,
        "updated_at": CREATED,
    }
    return CheckIn.model_validate({**values, **fields})


def test_a_saved_check_in_is_in_utc_and_reads_back_in_its_own_zone() -> None:
    # 9:15 in Madrid (CET, UTC+1) on 2 March is 8:15 UTC.
    check_in = a_check_in(
        taken_at=datetime(2026, 3, 2, 9, 15, tzinfo=MADRID), time_zone="Europe/Madrid"
    )

    assert check_in.taken_at.utcoffset() == timedelta(0)
    assert check_in.taken_at == TAKEN
    local = check_in.local_time(NEW_YORK)  # its own zone wins over the one given
    assert (local.hour, local.minute, local.utcoffset()) == (9, 15, timedelta(hours=1))


def test_a_check_in_without_a_zone_reads_in_the_one_given_else_utc() -> None:
    check_in = a_check_in()
    eastern = check_in.local_time(NEW_YORK)

    assert (eastern.day, eastern.hour, eastern.minute) == (2, 3, 15)  # EST, UTC-5
    assert check_in.local_time().utcoffset() == timedelta(0)
    assert a_check_in(time_zone="Nowhere/Atlantis").local_time(
        timezone(timedelta(hours=2))
    ).hour == (10)


@pytest.mark.parametrize("name", ["Pain", "  shortness of BREATH ", "Wellbeing"])
def test_the_other_problem_cant_be_an_esas_r_scale_already_on_the_form(name: str) -> None:
    with pytest.raises(ValidationError, match="already a scale above"):
        NewCheckIn(
            taken_at=datetime(2026, 11, 27, 9, tzinfo=UTC), other_problem=name, other_score=4
        )


def test_a_check_in_keeps_only_a_time_zone_this_computer_knows() -> None:
    at = datetime(2026, 11, 27, 9, tzinfo=UTC)
    assert NewCheckIn(taken_at=at, time_zone="Europe/Madrid", scores={1: 2}).time_zone == (
        "Europe/Madrid"
    )
    with pytest.raises(ValidationError, match="Choose a time zone from the list"):
        NewCheckIn(taken_at=at, time_zone="Mars/Olympus", scores={1: 2})
