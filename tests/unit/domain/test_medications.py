"""Medications: what makes one valid, its dose history, and what started, changed or stopped
between two days, worked out from the record."""

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.medications import (
    STOPPED_BEFORE_STARTED,
    DoseChange,
    DoseStep,
    Medication,
    MedicationChanges,
    MedicationEvent,
    MedicationEventKind,
    NewMedication,
    Route,
    changes_between,
    events,
)

CREATED = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
STARTED = MedicationEventKind.STARTED
CHANGED = MedicationEventKind.CHANGED
STOPPED = MedicationEventKind.STOPPED


# --- what a medication needs ------------------------------------------------------------------


def test_only_the_name_is_needed() -> None:
    new = NewMedication(name="  Letrozole ")

    assert new.name == "Letrozole"
    assert (new.dose, new.schedule, new.purpose, new.notes) == ("", "", "", "")
    assert new.route is Route.BY_MOUTH
    assert (new.started_on, new.stopped_on) == (None, None)


@pytest.mark.parametrize("name", ["", "  ", "\u200b\t"])
def test_a_medication_needs_a_name(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        NewMedication(name=name)

    assert field_messages(raised.value) == {
        "name": "Type the medicine's name first. It can't be empty."
    }


@pytest.mark.parametrize(
    ("field", "limit", "words"),
    [
        ("name", 120, "the medicine's name"),
        ("dose", 120, "the dose"),
        ("schedule", 200, "the schedule"),
        ("purpose", 300, "what it is for"),
        ("notes", 5000, "the notes"),
    ],
)
def test_each_text_has_a_limit(field: str, limit: int, words: str) -> None:
    fields = {"name": "Letrozole", field: "m" * limit}
    assert getattr(NewMedication.model_validate(fields), field) == "m" * limit

    with pytest.raises(ValidationError) as raised:
        NewMedication.model_validate({"name": "Letrozole", field: "m" * (limit + 1)})

    assert field_messages(raised.value) == {
        field: f"Keep {words} under {limit} characters (now {limit + 1})."
    }


def test_it_cannot_stop_before_it_started() -> None:
    with pytest.raises(ValidationError) as raised:
        NewMedication(name="Capecitabine", started_on=date(2026, 3, 2), stopped_on=date(2026, 3, 1))

    assert field_messages(raised.value) == {"": STOPPED_BEFORE_STARTED}


def test_it_may_stop_the_day_it_started() -> None:
    one_day = NewMedication(
        name="Ondansetron", started_on=date(2026, 3, 2), stopped_on=date(2026, 3, 2)
    )

    assert one_day.started_on == one_day.stopped_on == date(2026, 3, 2)


@pytest.mark.parametrize("day", [date(1899, 12, 31), date(2200, 1, 1)])
def test_days_stay_in_the_range_the_journal_holds(day: date) -> None:
    message = "Choose a date between the years 1900 and 2199."
    with pytest.raises(ValidationError) as raised:
        NewMedication(name="Letrozole", started_on=day)
    assert field_messages(raised.value) == {"started_on": message}

    with pytest.raises(ValidationError) as raised:
        DoseChange(dose="2.5 mg", on=day)
    assert field_messages(raised.value) == {"on": message}


def test_changes_keep_dates_cleared_on_purpose_and_nothing_unset() -> None:
    assert MedicationChanges().as_dict() == {}
    assert MedicationChanges(stopped_on=None).as_dict() == {"stopped_on": None}
    assert MedicationChanges(started_on=None, dose=None).as_dict() == {"started_on": None}
    assert MedicationChanges(dose="").as_dict() == {"dose": ""}
    assert MedicationChanges(route=Route.INFUSION, name=" Fulvestrant ").as_dict() == {
        "route": Route.INFUSION,
        "name": "Fulvestrant",
    }


# --- its dose history -----------------------------------------------------------------------


def step(step_id: int, dose: str, from_day: date | None, schedule: str = "") -> DoseStep:
    return DoseStep(id=step_id, dose=dose, schedule=schedule, from_day=from_day)


def medication(
    name: str = "Capecitabine",
    *steps: DoseStep,
    started_on: date | None = None,
    stopped_on: date | None = None,
    medication_id: int = 1,
) -> Medication:
    return Medication(
        id=medication_id,
        name=name,
        route=Route.BY_MOUTH,
        started_on=started_on,
        stopped_on=stopped_on,
        steps=steps or (step(1, "1000 mg", None),),
        created_at=CREATED,
        updated_at=CREATED,
    )


def test_the_current_dose_is_the_last_step() -> None:
    capecitabine = medication(
        "Capecitabine",
        step(1, "1500 mg", None, "twice a day, 14 days on, 7 off"),
        step(2, "1000 mg", date(2026, 2, 1), "twice a day, 14 days on, 7 off"),
        step(3, "1000 mg", date(2026, 3, 1), "twice a day, 7 days on, 7 off"),
    )

    assert capecitabine.current == capecitabine.steps[2]
    assert capecitabine.dose == "1000 mg"
    assert capecitabine.schedule == "twice a day, 7 days on, 7 off"


@pytest.mark.parametrize(
    ("stopped_on", "current"),
    [
        pytest.param(None, True, id="not stopped"),
        pytest.param(date(2026, 3, 11), True, id="stopping tomorrow"),
        pytest.param(date(2026, 3, 10), True, id="stopped today"),
        pytest.param(date(2026, 3, 9), False, id="stopped yesterday"),
    ],
)
def test_a_medicine_is_current_until_the_day_after_it_stopped(
    stopped_on: date | None, current: bool
) -> None:
    assert medication(stopped_on=stopped_on).is_current(date(2026, 3, 10)) is current


def test_events_from_the_record_in_day_order() -> None:
    first = step(1, "1500 mg", None)
    lower = step(2, "1000 mg", date(2026, 2, 16))
    lowest = step(3, "500 mg", date(2026, 3, 2))
    capecitabine = medication(
        "Capecitabine",
        first,
        lower,
        lowest,
        started_on=date(2026, 1, 5),
        stopped_on=date(2026, 3, 20),
    )

    assert events(capecitabine) == [
        MedicationEvent(STARTED, capecitabine, date(2026, 1, 5), after=first),
        MedicationEvent(CHANGED, capecitabine, date(2026, 2, 16), first, lower),
        MedicationEvent(CHANGED, capecitabine, date(2026, 3, 2), lower, lowest),
        MedicationEvent(STOPPED, capecitabine, date(2026, 3, 20), before=lowest),
    ]


def test_a_medicine_without_dates_or_changes_has_no_events() -> None:
    assert events(medication()) == []


def test_a_medicine_with_no_start_day_still_shows_its_changes_and_stop() -> None:
    first = step(1, "25 mg", None)
    later = step(2, "50 mg", date(2026, 2, 1))
    exemestane = medication("Exemestane", first, later, stopped_on=date(2026, 2, 20))

    assert [(e.kind, e.on) for e in events(exemestane)] == [
        (CHANGED, date(2026, 2, 1)),
        (STOPPED, date(2026, 2, 20)),
    ]


# --- what changed since the last visit ------------------------------------------------------

LAST_VISIT = date(2026, 3, 3)
NEXT_VISIT = date(2026, 3, 31)


def test_nothing_on_record_means_nothing_changed() -> None:
    assert changes_between([], LAST_VISIT, NEXT_VISIT) == []
    assert changes_between([medication()], LAST_VISIT, NEXT_VISIT) == []


def test_a_start_a_dose_change_and_a_stop_between_two_visits() -> None:
    ribociclib = medication(
        "Ribociclib", step(1, "600 mg", None), started_on=date(2026, 3, 10), medication_id=1
    )
    full = step(2, "1500 mg", None)
    reduced = step(3, "1000 mg", date(2026, 3, 17))
    capecitabine = medication(
        "Capecitabine", full, reduced, started_on=date(2025, 12, 1), medication_id=2
    )
    paclitaxel = medication(
        "Paclitaxel",
        step(4, "80 mg/m²", None),
        started_on=date(2025, 11, 4),
        stopped_on=date(2026, 3, 24),
        medication_id=3,
    )

    found = changes_between([paclitaxel, capecitabine, ribociclib], LAST_VISIT, NEXT_VISIT)

    assert [(e.kind, e.medication.name, e.on) for e in found] == [
        (STARTED, "Ribociclib", date(2026, 3, 10)),
        (CHANGED, "Capecitabine", date(2026, 3, 17)),
        (STOPPED, "Paclitaxel", date(2026, 3, 24)),
    ]
    assert (found[1].before, found[1].after) == (full, reduced)
    assert (found[1].before.dose, found[1].after.dose) == ("1500 mg", "1000 mg")
    assert found[0].after == step(1, "600 mg", None)
    assert found[2].before == step(4, "80 mg/m²", None)


@pytest.mark.parametrize(
    ("day", "included"),
    [
        pytest.param(date(2026, 3, 2), False, id="the day before the first"),
        pytest.param(LAST_VISIT, True, id="the first day (the last visit's)"),
        pytest.param(date(2026, 3, 15), True, id="in between"),
        pytest.param(NEXT_VISIT, True, id="the last day"),
        pytest.param(date(2026, 4, 1), False, id="the day after the last"),
    ],
)
def test_both_boundary_days_are_included(day: date, included: bool) -> None:
    started = medication("Letrozole", started_on=day)
    stopped = medication("Anastrozole", started_on=date(2025, 1, 1), stopped_on=day)
    changed = medication("Palbociclib", step(1, "125 mg", None), step(2, "100 mg", day))

    for record, kind in ((started, STARTED), (stopped, STOPPED), (changed, CHANGED)):
        found = changes_between([record], LAST_VISIT, NEXT_VISIT)
        assert [(e.kind, e.on) for e in found] == ([(kind, day)] if included else [])


def test_a_change_made_at_the_last_visit_is_news_for_the_next() -> None:
    # The oncologist lowered the dose at the visit on 3 March: the next visit hears about it.
    palbociclib = medication("Palbociclib", step(1, "125 mg", None), step(2, "100 mg", LAST_VISIT))

    (change,) = changes_between([palbociclib], LAST_VISIT)

    assert (change.kind, change.on, change.after) == (CHANGED, LAST_VISIT, palbociclib.steps[1])


def test_without_a_last_day_everything_from_the_first_day_on_counts() -> None:
    later = medication("Olaparib", started_on=date(2031, 7, 1))
    earlier = medication("Tamoxifen", started_on=date(2026, 3, 2))

    found = changes_between([later, earlier], LAST_VISIT)

    assert [e.medication.name for e in found] == ["Olaparib"]


def test_on_one_day_starts_come_before_changes_and_stops_then_by_name() -> None:
    day = date(2026, 3, 9)
    stopped = medication(
        "anastrozole", started_on=date(2025, 1, 1), stopped_on=day, medication_id=1
    )
    changed = medication(
        "Zoledronic acid",
        step(1, "4 mg", None),
        step(2, "4 mg", day, "every 12 weeks"),
        medication_id=2,
    )
    started_b = medication("Exemestane", started_on=day, medication_id=3)
    started_a = medication("Abemaciclib", started_on=day, medication_id=4)
    started_c = medication("everolimus", started_on=day, medication_id=5)

    found = changes_between([stopped, changed, started_b, started_a, started_c], day, day)

    assert [(e.kind, e.medication.name) for e in found] == [
        (STARTED, "Abemaciclib"),
        (STARTED, "everolimus"),
        (STARTED, "Exemestane"),
        (CHANGED, "Zoledronic acid"),
        (STOPPED, "anastrozole"),
    ]


def test_a_medicine_started_and_stopped_in_the_span_shows_both() -> None:
    ondansetron = medication(
        "Ondansetron", started_on=date(2026, 3, 4), stopped_on=date(2026, 3, 6)
    )

    found = changes_between([ondansetron], LAST_VISIT, NEXT_VISIT)

    assert [(e.kind, e.on) for e in found] == [
        (STARTED, date(2026, 3, 4)),
        (STOPPED, date(2026, 3, 6)),
    ]


def test_older_history_is_left_out() -> None:
    letrozole = medication(
        "Letrozole",
        step(1, "2.5 mg", None),
        step(2, "2.5 mg", date(2026, 1, 10), "every other day"),
        started_on=date(2025, 6, 1),
    )

    assert changes_between([letrozole], LAST_VISIT, NEXT_VISIT) == []
