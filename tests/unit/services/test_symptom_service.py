"""Symptoms and check-ins in a real journal: the nine ESAS-r scales, the person's own
symptoms, check-ins with skipped scales, the "other problem", edits, deletes and undo."""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.symptom_figures import Reading
from mbc_desktop.domain.symptoms import (
    ESAS_R,
    CheckIn,
    CheckInChanges,
    CompletedBy,
    EsasItem,
    NewCheckIn,
    NewSymptom,
    SymptomKind,
)
from mbc_desktop.services import (
    CheckInAdded,
    CheckInChanged,
    CheckInEvent,
    CheckInRemoved,
    SymptomsChanged,
    SymptomService,
)
from mbc_desktop.services.symptoms import ALREADY_TRACKED, FUTURE_TOLERANCE, IN_THE_FUTURE
from mbc_desktop.storage import Store
from tests.unit.services.conftest import START, Clock

MADRID = ZoneInfo("Europe/Madrid")
PAIN, TIREDNESS, DROWSINESS, NAUSEA, APPETITE, BREATH, DEPRESSION, ANXIETY, WELLBEING = range(1, 10)


@pytest.fixture
def symptoms(store: Store, clock: Clock) -> SymptomService:
    return SymptomService(store, clock=clock)


@pytest.fixture
def heard(symptoms: SymptomService) -> list[CheckInEvent]:
    events: list[CheckInEvent] = []
    symptoms.changes.subscribe(events.append)
    return events


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(Path(store.path))) as connection:
        return connection.execute(sql).fetchall()


def check_in(symptoms: SymptomService, hours_ago: float = 1, **fields: object) -> CheckIn:
    """Save a check-in taken ``hours_ago`` before the clock."""
    taken = START - timedelta(hours=hours_ago)
    return symptoms.add_check_in(NewCheckIn.model_validate({"taken_at": taken, **fields}))


# --- the symptoms -----------------------------------------------------------------------------


def test_a_new_journal_has_the_nine_esas_r_scales_in_the_forms_order(
    symptoms: SymptomService,
) -> None:
    found = symptoms.symptoms()

    assert [s.id for s in found] == list(range(1, 10))
    assert [s.name for s in found] == [scale.name for scale in ESAS_R]
    assert [s.esas_item for s in found] == list(EsasItem)
    assert {s.kind for s in found} == {SymptomKind.ESAS}
    assert [s.position for s in found] == list(range(9))
    assert [s.low for s in found] == [scale.low for scale in ESAS_R]


def test_own_symptoms_come_after_the_esas_r_scales_in_the_order_added(
    symptoms: SymptomService, clock: Clock, heard: list[CheckInEvent]
) -> None:
    numb = symptoms.add_symptom(NewSymptom(name="Numb fingers"))
    clock.advance(minutes=1)
    hot = symptoms.add_symptom(NewSymptom(name="Hot flashes"))

    assert (numb.id, numb.kind, numb.esas_item, numb.position) == (10, SymptomKind.OWN, None, 0)
    assert (hot.id, hot.position, hot.created_at) == (11, 1, START + timedelta(minutes=1))
    assert [s.name for s in symptoms.symptoms()][9:] == ["Numb fingers", "Hot flashes"]
    assert heard == [SymptomsChanged(numb), SymptomsChanged(hot)]
    assert symptoms.get(numb.id) == numb


@pytest.mark.parametrize("name", ["Numb fingers", "numb FINGERS", "  Numb   fingers "])
def test_a_symptom_already_tracked_is_refused_whatever_the_case(
    symptoms: SymptomService, name: str
) -> None:
    symptoms.add_symptom(NewSymptom(name="Numb fingers"))

    with pytest.raises(ValueError, match=ALREADY_TRACKED):
        symptoms.add_symptom(NewSymptom(name=name))

    assert len(symptoms.symptoms(include_archived=True)) == 10


@pytest.mark.parametrize("name", ["Pain", "pain", "SHORTNESS OF BREATH", "Wellbeing"])
def test_an_esas_r_scale_cannot_be_added_again_as_an_own_symptom(
    symptoms: SymptomService, heard: list[CheckInEvent], name: str
) -> None:
    with pytest.raises(ValueError, match=ALREADY_TRACKED):
        symptoms.add_symptom(NewSymptom(name=name))

    assert len(symptoms.symptoms(include_archived=True)) == 9
    assert heard == []


def test_an_archived_symptom_keeps_its_history_and_comes_back_when_added_again(
    symptoms: SymptomService, clock: Clock, heard: list[CheckInEvent]
) -> None:
    mouth = symptoms.add_symptom(NewSymptom(name="Mouth sores"))
    saved = check_in(symptoms, scores={mouth.id: 6})
    clock.advance(days=1)

    archived = symptoms.archive(mouth.id)

    assert archived.archived_at == START + timedelta(days=1)
    assert mouth.id not in [s.id for s in symptoms.symptoms()]
    assert mouth.id in [s.id for s in symptoms.symptoms(include_archived=True)]
    assert symptoms.readings(mouth.id) == [Reading(saved.taken_at, 6, saved.id)]

    back = symptoms.add_symptom(NewSymptom(name="MOUTH SORES"))

    assert (back.id, back.name, back.archived_at) == (mouth.id, "Mouth sores", None)
    assert symptoms.readings(mouth.id) == [Reading(saved.taken_at, 6, saved.id)]
    assert len(symptoms.symptoms()) == 10
    assert heard[-2:] == [SymptomsChanged(archived), SymptomsChanged(back)]


def test_an_other_problem_named_on_a_check_in_can_then_be_tracked_with_its_history(
    symptoms: SymptomService, heard: list[CheckInEvent]
) -> None:
    # Named as the form's "other problem" twice, then added to the symptoms tracked on every
    # check-in: the same symptom, its scores kept, now among the person's own.
    numb = symptoms.add_symptom(NewSymptom(name="Numb fingers"))
    first = check_in(symptoms, hours_ago=48, other_problem="Constipation", other_score=5)
    (other,) = symptoms.symptoms()[10:]
    assert (other.id, other.kind) == (11, SymptomKind.OTHER)

    tracked = symptoms.add_symptom(NewSymptom(name="constipation"))

    assert (tracked.id, tracked.kind, tracked.name) == (11, SymptomKind.OWN, "Constipation")
    assert tracked.position == numb.position + 1
    assert tracked.created_at == other.created_at
    assert [s.name for s in symptoms.symptoms()][9:] == ["Numb fingers", "Constipation"]
    assert symptoms.readings(11) == [Reading(first.taken_at, 5, first.id)]
    assert heard[-1] == SymptomsChanged(tracked)
    # Named again as the other problem: still the same symptom.
    again = check_in(symptoms, hours_ago=1, other_problem="CONSTIPATION", other_score=2)
    assert again.scores == {11: 2}
    assert len(symptoms.symptoms(include_archived=True)) == 11
    # And now it is tracked: adding it again is refused.
    with pytest.raises(ValueError, match=ALREADY_TRACKED):
        symptoms.add_symptom(NewSymptom(name="Constipation"))


def test_unarchive_brings_a_symptom_back(symptoms: SymptomService) -> None:
    mouth = symptoms.add_symptom(NewSymptom(name="Mouth sores"))
    symptoms.archive(mouth.id)

    assert symptoms.unarchive(mouth.id) == mouth


def test_the_esas_r_scales_cannot_be_archived(symptoms: SymptomService) -> None:
    with pytest.raises(ValueError, match="can't be archived"):
        symptoms.archive(PAIN)

    assert symptoms.get(PAIN).archived_at is None


def test_an_unknown_symptom_is_not_found(symptoms: SymptomService) -> None:
    with pytest.raises(NotFoundError):
        symptoms.get(99)
    with pytest.raises(NotFoundError):
        symptoms.archive(99)


# --- check-ins --------------------------------------------------------------------------------


def test_a_check_in_is_stored_with_every_field(
    symptoms: SymptomService, clock: Clock, heard: list[CheckInEvent]
) -> None:
    taken = datetime(2026, 3, 2, 9, 45, tzinfo=MADRID)  # 08:45 UTC, before the clock
    saved = symptoms.add_check_in(
        NewCheckIn(
            taken_at=taken,
            time_zone="Europe/Madrid",
            completed_by=CompletedBy.CAREGIVER,
            note="Bad night.\nTook the rescue dose at 3 AM.",
            scores={PAIN: 7, TIREDNESS: 0, WELLBEING: 10},
        )
    )

    assert saved.taken_at == datetime(2026, 3, 2, 8, 45, tzinfo=UTC)
    assert saved.taken_at.utcoffset() == timedelta(0)
    assert (saved.local_time().hour, saved.local_time().minute) == (9, 45)
    assert saved.time_zone == "Europe/Madrid"
    assert saved.completed_by is CompletedBy.CAREGIVER
    assert saved.note == "Bad night.\nTook the rescue dose at 3 AM."
    assert saved.scores == {PAIN: 7, TIREDNESS: 0, WELLBEING: 10}
    assert saved.created_at == saved.updated_at == START
    assert symptoms.get_check_in(saved.id) == saved
    assert symptoms.check_ins() == [saved]
    assert heard == [CheckInAdded(saved)]


def test_a_skipped_scale_has_no_score_not_a_zero(symptoms: SymptomService, store: Store) -> None:
    saved = check_in(symptoms, scores={PAIN: 4, NAUSEA: 0})

    assert symptoms.readings(TIREDNESS) == []
    assert symptoms.readings(NAUSEA) == [Reading(saved.taken_at, 0, saved.id)]
    assert sorted(rows(store, "SELECT symptom_id, score FROM scores")) == [(PAIN, 4), (NAUSEA, 0)]
    assert symptoms.all_readings() == {
        PAIN: [Reading(saved.taken_at, 4, saved.id)],
        NAUSEA: [Reading(saved.taken_at, 0, saved.id)],
    }


@pytest.mark.parametrize("score", [0, 10])
def test_the_ends_of_the_scale_are_stored(symptoms: SymptomService, score: int) -> None:
    saved = check_in(symptoms, scores={ANXIETY: score})

    assert symptoms.get_check_in(saved.id).scores == {ANXIETY: score}


@pytest.mark.parametrize("score", [11, -1, True])
def test_a_score_off_the_scale_is_refused_before_the_service(
    symptoms: SymptomService, score: object
) -> None:
    with pytest.raises(ValidationError, match="whole number from 0 to 10"):
        check_in(symptoms, scores={PAIN: score})

    assert symptoms.check_ins() == []


def test_an_empty_check_in_is_refused(symptoms: SymptomService) -> None:
    with pytest.raises(ValidationError, match="at least one symptom"):
        check_in(symptoms, scores={})

    assert symptoms.check_ins() == []


def test_a_check_in_up_to_five_minutes_ahead_of_the_clock_is_taken(
    symptoms: SymptomService,
) -> None:
    ahead = START + timedelta(minutes=5)
    saved = symptoms.add_check_in(NewCheckIn(taken_at=ahead, scores={PAIN: 1}))

    assert saved.taken_at == ahead
    assert ahead == START + FUTURE_TOLERANCE


@pytest.mark.parametrize(
    "ahead", [timedelta(minutes=5, microseconds=1), timedelta(hours=1), timedelta(days=400)]
)
def test_a_check_in_further_in_the_future_is_refused_and_nothing_is_written(
    symptoms: SymptomService, heard: list[CheckInEvent], store: Store, ahead: timedelta
) -> None:
    with pytest.raises(ValueError, match=IN_THE_FUTURE):
        symptoms.add_check_in(
            NewCheckIn(
                taken_at=START + ahead, scores={PAIN: 1}, other_problem="Hiccups", other_score=3
            )
        )

    assert symptoms.check_ins() == []
    assert len(symptoms.symptoms(include_archived=True)) == 9
    assert heard == []
    assert rows(store, "SELECT count(*) FROM scores") == [(0,)]


def test_an_unknown_symptom_is_refused_with_nothing_written(
    symptoms: SymptomService, heard: list[CheckInEvent], store: Store
) -> None:
    with pytest.raises(NotFoundError):
        check_in(symptoms, scores={PAIN: 3, 42: 5}, other_problem="Hiccups", other_score=3)

    assert symptoms.check_ins() == []
    assert len(symptoms.symptoms(include_archived=True)) == 9  # no "Hiccups" either
    assert rows(store, "SELECT count(*) FROM check_ins") == [(0,)]
    assert rows(store, "SELECT count(*) FROM scores") == [(0,)]
    assert heard == []


def test_check_ins_are_listed_newest_first_within_half_open_bounds(
    symptoms: SymptomService,
) -> None:
    oldest = check_in(symptoms, hours_ago=30, scores={PAIN: 1})
    middle = check_in(symptoms, hours_ago=20, scores={PAIN: 2})
    newest = check_in(symptoms, hours_ago=10, scores={PAIN: 3})

    assert symptoms.check_ins() == [newest, middle, oldest]
    # [start, end): a check-in exactly at the start is in, one exactly at the end is not.
    assert symptoms.check_ins(middle.taken_at, newest.taken_at) == [middle]
    assert symptoms.check_ins(oldest.taken_at + timedelta(microseconds=1)) == [newest, middle]
    assert symptoms.check_ins(end=middle.taken_at + timedelta(microseconds=1)) == [middle, oldest]
    assert symptoms.readings(PAIN, middle.taken_at, newest.taken_at) == [
        Reading(middle.taken_at, 2, middle.id)
    ]
    assert symptoms.all_readings(middle.taken_at, newest.taken_at) == {
        PAIN: [Reading(middle.taken_at, 2, middle.id)]
    }


def test_bounds_in_another_zone_are_the_same_instants(symptoms: SymptomService) -> None:
    # 08:30 UTC is 09:30 in Madrid (CET): the stored text and the bound compare as instants.
    saved = symptoms.add_check_in(
        NewCheckIn(taken_at=datetime(2026, 3, 2, 8, 30, tzinfo=UTC), scores={PAIN: 5})
    )

    assert symptoms.check_ins(datetime(2026, 3, 2, 9, 30, tzinfo=MADRID)) == [saved]
    assert symptoms.check_ins(datetime(2026, 3, 2, 9, 30, 0, 1, tzinfo=MADRID)) == []


def test_readings_come_oldest_first_and_same_moment_by_check_in(
    symptoms: SymptomService,
) -> None:
    later = check_in(symptoms, hours_ago=1, scores={PAIN: 6})
    earlier = check_in(symptoms, hours_ago=2, scores={PAIN: 2})
    same_moment = check_in(symptoms, hours_ago=1, scores={PAIN: 4})

    assert symptoms.readings(PAIN) == [
        Reading(earlier.taken_at, 2, earlier.id),
        Reading(later.taken_at, 6, later.id),
        Reading(same_moment.taken_at, 4, same_moment.id),
    ]


# --- the "other problem" ------------------------------------------------------------------


def test_a_named_other_problem_becomes_a_symptom_reused_whatever_the_case(
    symptoms: SymptomService, heard: list[CheckInEvent]
) -> None:
    first = check_in(
        symptoms, hours_ago=48, scores={PAIN: 2}, other_problem="Constipation", other_score=5
    )
    (constipation,) = symptoms.symptoms()[9:]
    second = check_in(symptoms, hours_ago=24, other_problem=" CONSTIPATION ", other_score=7)

    assert (constipation.id, constipation.kind, constipation.name) == (
        10,
        SymptomKind.OTHER,
        "Constipation",
    )
    assert first.scores == {PAIN: 2, 10: 5}
    assert second.scores == {10: 7}
    assert len(symptoms.symptoms()) == 10
    assert symptoms.readings(10) == [
        Reading(first.taken_at, 5, first.id),
        Reading(second.taken_at, 7, second.id),
    ]
    assert heard == [SymptomsChanged(constipation), CheckInAdded(first), CheckInAdded(second)]
    assert symptoms.last_other_problem() == constipation


def test_an_other_problem_named_like_an_own_symptom_is_that_symptom(
    symptoms: SymptomService,
) -> None:
    numb = symptoms.add_symptom(NewSymptom(name="Numb fingers"))

    saved = check_in(symptoms, other_problem="numb fingers", other_score=3)

    assert saved.scores == {numb.id: 3}
    assert len(symptoms.symptoms()) == 10


def test_an_own_symptom_rated_on_the_form_keeps_that_number_over_the_other_problem(
    symptoms: SymptomService,
) -> None:
    numb = symptoms.add_symptom(NewSymptom(name="Numb fingers"))

    saved = check_in(symptoms, scores={numb.id: 6}, other_problem="Numb fingers", other_score=2)

    assert saved.scores == {numb.id: 6}


def test_an_archived_own_symptom_named_as_the_other_problem_comes_back(
    symptoms: SymptomService, heard: list[CheckInEvent]
) -> None:
    hot = symptoms.add_symptom(NewSymptom(name="Hot flashes"))
    symptoms.archive(hot.id)

    saved = check_in(symptoms, other_problem="Hot Flashes", other_score=4)

    assert saved.scores == {hot.id: 4}
    assert symptoms.get(hot.id).archived_at is None
    assert heard[-2:] == [SymptomsChanged(symptoms.get(hot.id)), CheckInAdded(saved)]


def test_the_last_other_problem_is_the_one_in_the_latest_check_in_that_rated_one(
    symptoms: SymptomService,
) -> None:
    assert symptoms.last_other_problem() is None
    check_in(symptoms, hours_ago=5, other_problem="Hiccups", other_score=3)
    check_in(symptoms, hours_ago=9, other_problem="Constipation", other_score=3)
    check_in(symptoms, hours_ago=1, scores={PAIN: 3})  # the latest rates none

    found = symptoms.last_other_problem()

    assert found is not None
    assert found.name == "Hiccups"


# --- editing, deleting and undo ------------------------------------------------------------


def test_an_edit_changes_only_what_was_set(
    symptoms: SymptomService, clock: Clock, heard: list[CheckInEvent]
) -> None:
    saved = check_in(symptoms, scores={PAIN: 3, NAUSEA: 2}, note="Before lunch")
    clock.advance(minutes=10)

    edited = symptoms.update_check_in(saved.id, CheckInChanges(scores={PAIN: 5, BREATH: 1}))

    assert edited.scores == {PAIN: 5, BREATH: 1}  # nausea is skipped now
    assert (edited.note, edited.taken_at, edited.created_at) == (
        "Before lunch",
        saved.taken_at,
        START,
    )
    assert edited.updated_at == START + timedelta(minutes=10)
    assert symptoms.readings(NAUSEA) == []
    assert heard[-1] == CheckInChanged(edited)


def test_an_edit_that_changes_nothing_is_not_saved(
    symptoms: SymptomService, clock: Clock, heard: list[CheckInEvent]
) -> None:
    saved = check_in(symptoms, scores={PAIN: 3}, completed_by="caregiver")
    clock.advance(minutes=10)

    same = symptoms.update_check_in(
        saved.id,
        CheckInChanges(
            scores={PAIN: 3},
            completed_by=CompletedBy.CAREGIVER,
            taken_at=saved.taken_at.astimezone(MADRID),
        ),
    )

    assert same == saved
    assert heard == [CheckInAdded(saved)]


def test_who_filled_it_in_and_when_can_be_corrected(symptoms: SymptomService) -> None:
    saved = check_in(symptoms, scores={PAIN: 3})
    earlier = datetime(2026, 3, 1, 21, 0, tzinfo=MADRID)

    edited = symptoms.update_check_in(
        saved.id,
        CheckInChanges(
            completed_by=CompletedBy.CAREGIVER, taken_at=earlier, time_zone="Europe/Madrid"
        ),
    )

    assert edited.completed_by is CompletedBy.CAREGIVER
    assert edited.taken_at == datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
    assert edited.local_time().hour == 21
    assert symptoms.get_check_in(saved.id) == edited


def test_an_edit_into_the_future_is_refused(symptoms: SymptomService) -> None:
    saved = check_in(symptoms, scores={PAIN: 3})

    with pytest.raises(ValueError, match=IN_THE_FUTURE):
        symptoms.update_check_in(
            saved.id, CheckInChanges(taken_at=START + timedelta(minutes=6), scores={PAIN: 9})
        )

    assert symptoms.get_check_in(saved.id) == saved


def test_an_edit_with_an_unknown_symptom_changes_nothing(symptoms: SymptomService) -> None:
    saved = check_in(symptoms, scores={PAIN: 3})

    with pytest.raises(NotFoundError):
        symptoms.update_check_in(saved.id, CheckInChanges(scores={PAIN: 4, 77: 1}))

    assert symptoms.get_check_in(saved.id) == saved


def test_an_edit_of_a_deleted_check_in_is_not_found(symptoms: SymptomService) -> None:
    saved = check_in(symptoms, scores={PAIN: 3})
    symptoms.delete_check_in(saved.id)

    with pytest.raises(NotFoundError):
        symptoms.update_check_in(saved.id, CheckInChanges(note="Too late"))
    with pytest.raises(NotFoundError):
        symptoms.delete_check_in(saved.id)


def test_delete_and_restore_is_an_exact_round_trip(
    symptoms: SymptomService, clock: Clock, heard: list[CheckInEvent], store: Store
) -> None:
    kept = check_in(symptoms, hours_ago=3, scores={PAIN: 1})
    saved = symptoms.add_check_in(
        NewCheckIn(
            taken_at=datetime(2026, 3, 2, 7, 5, 9, 123456, tzinfo=MADRID),
            time_zone="Europe/Madrid",
            completed_by=CompletedBy.CAREGIVER,
            note="Zoë filled it in.",
            scores={PAIN: 0, DEPRESSION: 10},
            other_problem="Hiccups",
            other_score=2,
        )
    )
    clock.advance(minutes=2)
    saved = symptoms.update_check_in(saved.id, CheckInChanges(note="Zoë filled it in for me."))
    before = rows(store, "SELECT * FROM check_ins ORDER BY id")
    before_scores = rows(store, "SELECT * FROM scores ORDER BY check_in_id, symptom_id")

    removed = symptoms.delete_check_in(saved.id)

    assert removed == saved
    assert symptoms.check_ins() == [kept]
    assert symptoms.readings(DEPRESSION) == []
    assert rows(store, "SELECT count(*) FROM scores WHERE check_in_id = 2") == [(0,)]

    clock.advance(minutes=5)
    restored = symptoms.restore_check_in(removed)

    assert restored == saved
    # kept: 06:30:15 UTC; saved: 07:05:09 in Madrid, 06:05:09 UTC. Newest first.
    assert symptoms.check_ins() == [kept, saved]
    assert rows(store, "SELECT * FROM check_ins ORDER BY id") == before
    assert rows(store, "SELECT * FROM scores ORDER BY check_in_id, symptom_id") == before_scores
    assert heard[-2:] == [CheckInRemoved(saved), CheckInAdded(restored)]


def test_a_check_in_cannot_be_restored_twice(symptoms: SymptomService) -> None:
    saved = check_in(symptoms, scores={PAIN: 3})
    removed = symptoms.delete_check_in(saved.id)
    symptoms.restore_check_in(removed)

    with pytest.raises(ValueError, match="already in the journal"):
        symptoms.restore_check_in(removed)

    assert symptoms.check_ins() == [saved]


def test_a_deleted_check_ins_id_is_never_given_out_again(symptoms: SymptomService) -> None:
    first = check_in(symptoms, scores={PAIN: 3})
    last = check_in(symptoms, scores={PAIN: 4})
    symptoms.delete_check_in(last.id)

    again = check_in(symptoms, scores={PAIN: 5})

    assert (first.id, last.id, again.id) == (1, 2, 3)


def test_a_symptom_with_scores_cannot_be_deleted_from_the_journal(
    symptoms: SymptomService, store: Store
) -> None:
    check_in(symptoms, scores={PAIN: 3})

    with closing(sqlite3.connect(Path(store.path))) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("DELETE FROM symptoms WHERE id = ?", (PAIN,))

    assert symptoms.get(PAIN).name == "Pain"
