"""Medications in a real journal: current and past lists, dose changes kept as history,
corrections, delete and undo, and what started, changed or stopped since the last visit."""

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.medications import (
    STOPPED_BEFORE_STARTED,
    DoseChange,
    DoseStep,
    Medication,
    MedicationChanges,
    MedicationEventKind,
    NewMedication,
    Route,
)
from mbc_desktop.services import (
    MedicationAdded,
    MedicationChanged,
    MedicationRemoved,
    MedicationService,
    MedicationServiceEvent,
)
from mbc_desktop.services.medications import AFTER_STOP, BEFORE_START, NOT_AFTER_LAST
from mbc_desktop.storage import Store
from tests.unit.services.conftest import START, Clock

STARTED = MedicationEventKind.STARTED
CHANGED = MedicationEventKind.CHANGED
STOPPED = MedicationEventKind.STOPPED
TODAY = date(2026, 3, 10)


class Today:
    """The person's calendar day, set by hand."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def today() -> Today:
    return Today(TODAY)


@pytest.fixture
def medications(store: Store, clock: Clock, today: Today) -> MedicationService:
    return MedicationService(store, clock=clock, today=today)


@pytest.fixture
def heard(medications: MedicationService) -> list[MedicationServiceEvent]:
    events: list[MedicationServiceEvent] = []
    medications.changes.subscribe(events.append)
    return events


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(Path(store.path))) as connection:
        return connection.execute(sql).fetchall()


def add(medications: MedicationService, name: str, **fields: object) -> Medication:
    return medications.add(NewMedication.model_validate({"name": name, **fields}))


def capecitabine(medications: MedicationService) -> Medication:
    """Started on 5 January at 1500 mg, twice a day, 14 days on and 7 off."""
    return add(
        medications,
        "Capecitabine",
        dose="1500 mg",
        schedule="twice a day, 14 days on, 7 off",
        purpose="Chemotherapy (tablets)",
        started_on=date(2026, 1, 5),
    )


# --- adding and listing -----------------------------------------------------------------------


def test_a_medication_is_stored_with_every_field_and_its_first_dose(
    medications: MedicationService, heard: list[MedicationServiceEvent]
) -> None:
    added = medications.add(
        NewMedication(
            name="Fulvestrant",
            dose="500 mg",
            route=Route.INJECTION,
            schedule="every 4 weeks",
            purpose="Hormone therapy",
            started_on=date(2025, 11, 3),
            stopped_on=date(2026, 3, 2),
            notes="Two injections, one in each buttock.\nIce first.",
        )
    )

    assert (added.id, added.name, added.route) == (1, "Fulvestrant", Route.INJECTION)
    assert (added.purpose, added.notes) == (
        "Hormone therapy",
        "Two injections, one in each buttock.\nIce first.",
    )
    assert (added.started_on, added.stopped_on) == (date(2025, 11, 3), date(2026, 3, 2))
    assert added.steps == (DoseStep(id=1, dose="500 mg", schedule="every 4 weeks", from_day=None),)
    assert (added.dose, added.schedule) == ("500 mg", "every 4 weeks")
    assert added.created_at == added.updated_at == START
    assert medications.get(added.id) == added
    assert heard == [MedicationAdded(added)]


def test_the_list_is_by_name_whatever_the_case_then_in_the_order_added(
    medications: MedicationService,
) -> None:
    add(medications, "letrozole")
    add(medications, "Denosumab")
    add(medications, "Letrozole")
    add(medications, "abemaciclib")

    assert [(m.name, m.id) for m in medications.list()] == [
        ("abemaciclib", 4),
        ("Denosumab", 2),
        ("letrozole", 1),
        ("Letrozole", 3),
    ]


def test_current_and_past_around_today(medications: MedicationService, today: Today) -> None:
    ongoing = add(medications, "Letrozole", started_on=date(2025, 6, 1))
    stopping = add(medications, "Ondansetron", stopped_on=date(2026, 3, 14))
    stopped_today = add(medications, "Paclitaxel", stopped_on=TODAY)
    stopped_yesterday = add(medications, "Dexamethasone", stopped_on=date(2026, 3, 9))
    stopped_long_ago = add(medications, "Anastrozole", stopped_on=date(2025, 5, 31))

    # A medicine stopped today is still on the current list until tomorrow.
    assert [m.id for m in medications.current()] == [ongoing.id, stopping.id, stopped_today.id]
    # Past: the most recently stopped first.
    assert [m.id for m in medications.past()] == [stopped_yesterday.id, stopped_long_ago.id]

    today.day = TODAY + timedelta(days=1)

    assert [m.id for m in medications.current()] == [ongoing.id, stopping.id]
    assert [m.id for m in medications.past()] == [
        stopped_today.id,
        stopped_yesterday.id,
        stopped_long_ago.id,
    ]
    # A day given on purpose wins over the service's own.
    assert [m.id for m in medications.past(date(2025, 6, 1))] == [stopped_long_ago.id]
    assert len(medications.current(date(2025, 6, 1))) == 4


def test_unknown_medications_are_not_found(medications: MedicationService) -> None:
    for call in (
        lambda: medications.get(5),
        lambda: medications.update(5, MedicationChanges(notes="x")),
        lambda: medications.change_dose(5, DoseChange(dose="1 mg", on=TODAY)),
        lambda: medications.delete(5),
    ):
        with pytest.raises(NotFoundError):
            call()


# --- dose changes ---------------------------------------------------------------------------


def test_a_change_of_dose_is_a_new_step_the_old_one_kept(
    medications: MedicationService, clock: Clock, heard: list[MedicationServiceEvent]
) -> None:
    before = capecitabine(medications)
    clock.advance(days=1)

    changed = medications.change_dose(
        before.id,
        DoseChange(dose="1000 mg", schedule="twice a day, 7 days on, 7 off", on=date(2026, 2, 16)),
    )

    assert changed.steps == (
        DoseStep(1, "1500 mg", "twice a day, 14 days on, 7 off", None),
        DoseStep(2, "1000 mg", "twice a day, 7 days on, 7 off", date(2026, 2, 16)),
    )
    assert (changed.dose, changed.schedule) == ("1000 mg", "twice a day, 7 days on, 7 off")
    assert changed.updated_at == START + timedelta(days=1)
    assert changed.created_at == START
    assert heard[-1] == MedicationChanged(changed)


def test_changes_are_kept_in_day_order(medications: MedicationService) -> None:
    medication = capecitabine(medications)
    medications.change_dose(medication.id, DoseChange(dose="1250 mg", on=date(2026, 2, 2)))
    changed = medications.change_dose(
        medication.id, DoseChange(dose="1000 mg", on=date(2026, 3, 2))
    )

    assert [(s.dose, s.from_day) for s in changed.steps] == [
        ("1500 mg", None),
        ("1250 mg", date(2026, 2, 2)),
        ("1000 mg", date(2026, 3, 2)),
    ]


def test_a_change_on_the_day_it_started_or_stopped_is_taken(medications: MedicationService) -> None:
    medication = add(
        medications,
        "Dexamethasone",
        dose="8 mg",
        started_on=date(2026, 3, 1),
        stopped_on=date(2026, 3, 4),
    )

    medications.change_dose(medication.id, DoseChange(dose="4 mg", on=date(2026, 3, 1)))
    changed = medications.change_dose(medication.id, DoseChange(dose="2 mg", on=date(2026, 3, 4)))

    assert [s.dose for s in changed.steps] == ["8 mg", "4 mg", "2 mg"]


@pytest.mark.parametrize(
    ("on", "message"),
    [
        pytest.param(date(2026, 1, 4), BEFORE_START, id="the day before it started"),
        pytest.param(date(2026, 3, 21), AFTER_STOP, id="the day after it stopped"),
        pytest.param(date(2026, 2, 16), NOT_AFTER_LAST, id="the day of the last change"),
        pytest.param(date(2026, 2, 15), NOT_AFTER_LAST, id="before the last change"),
    ],
)
def test_a_change_out_of_order_is_refused_and_nothing_is_written(
    medications: MedicationService,
    heard: list[MedicationServiceEvent],
    on: date,
    message: str,
) -> None:
    medication = capecitabine(medications)
    medication = medications.update(medication.id, MedicationChanges(stopped_on=date(2026, 3, 20)))
    medication = medications.change_dose(
        medication.id, DoseChange(dose="1000 mg", on=date(2026, 2, 16))
    )
    heard.clear()

    with pytest.raises(ValueError, match=message):
        medications.change_dose(medication.id, DoseChange(dose="500 mg", on=on))

    assert medications.get(medication.id) == medication
    assert heard == []


def test_without_a_start_day_any_first_change_is_taken(medications: MedicationService) -> None:
    medication = add(medications, "Letrozole", dose="2.5 mg")

    changed = medications.change_dose(
        medication.id, DoseChange(dose="2.5 mg", schedule="every other day", on=date(1990, 1, 1))
    )

    assert changed.current.from_day == date(1990, 1, 1)


def test_a_recorded_change_can_be_taken_back(
    medications: MedicationService, clock: Clock, heard: list[MedicationServiceEvent]
) -> None:
    original = capecitabine(medications)
    changed = medications.change_dose(original.id, DoseChange(dose="1000 mg", on=date(2026, 2, 16)))
    clock.advance(hours=1)

    back = medications.remove_dose_change(original.id, changed.current.id)

    assert back.steps == original.steps
    assert back.dose == "1500 mg"
    assert back.updated_at == START + timedelta(hours=1)
    assert heard[-1] == MedicationChanged(back)
    # The same day can take a change again.
    again = medications.change_dose(original.id, DoseChange(dose="1250 mg", on=date(2026, 2, 16)))
    assert [s.dose for s in again.steps] == ["1500 mg", "1250 mg"]


def test_the_first_dose_cannot_be_removed(medications: MedicationService) -> None:
    medication = capecitabine(medications)

    with pytest.raises(ValueError, match="first dose"):
        medications.remove_dose_change(medication.id, medication.steps[0].id)

    assert medications.get(medication.id) == medication


def test_another_medications_step_is_not_found(medications: MedicationService) -> None:
    one = capecitabine(medications)
    other = add(medications, "Letrozole", dose="2.5 mg")
    other = medications.change_dose(other.id, DoseChange(dose="2.5 mg", schedule="daily", on=TODAY))

    with pytest.raises(NotFoundError):
        medications.remove_dose_change(one.id, other.current.id)
    with pytest.raises(NotFoundError):
        medications.remove_dose_change(one.id, 999)

    assert medications.get(other.id) == other


# --- corrections ----------------------------------------------------------------------------


def test_correcting_the_dose_edits_the_current_step_without_adding_history(
    medications: MedicationService, clock: Clock
) -> None:
    medication = capecitabine(medications)
    medication = medications.change_dose(
        medication.id, DoseChange(dose="100 mg", on=date(2026, 2, 16))
    )
    clock.advance(minutes=3)

    corrected = medications.update(
        medication.id, MedicationChanges(dose="1000 mg", schedule="twice a day")
    )

    assert corrected.steps == (
        medication.steps[0],
        DoseStep(medication.current.id, "1000 mg", "twice a day", date(2026, 2, 16)),
    )
    assert corrected.updated_at == START + timedelta(minutes=3)
    # No change of dose happened: the record still shows one change, to the corrected dose.
    (change,) = medications.changes_between(date(2026, 2, 1), date(2026, 2, 28))
    assert (change.kind, change.before, change.after) == (
        CHANGED,
        corrected.steps[0],
        corrected.steps[1],
    )


def test_correcting_the_only_dose_edits_the_first_step(medications: MedicationService) -> None:
    medication = add(medications, "Letrozole", dose="25 mg")

    corrected = medications.update(medication.id, MedicationChanges(dose="2.5 mg"))

    assert corrected.steps == (DoseStep(medication.steps[0].id, "2.5 mg", "", None),)


def test_an_edit_changes_only_what_was_set(medications: MedicationService) -> None:
    medication = capecitabine(medications)

    edited = medications.update(
        medication.id, MedicationChanges(name="Xeloda (capecitabine)", route=Route.OTHER_ROUTE)
    )

    assert edited.model_dump(exclude={"name", "route", "updated_at"}) == medication.model_dump(
        exclude={"name", "route", "updated_at"}
    )
    assert (edited.name, edited.route) == ("Xeloda (capecitabine)", Route.OTHER_ROUTE)


def test_an_edit_that_changes_nothing_is_not_saved(
    medications: MedicationService, clock: Clock, heard: list[MedicationServiceEvent]
) -> None:
    medication = capecitabine(medications)
    clock.advance(hours=1)

    same = medications.update(
        medication.id,
        MedicationChanges(name="Capecitabine", dose="1500 mg", started_on=date(2026, 1, 5)),
    )

    assert same == medication
    assert heard == [MedicationAdded(medication)]


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param(MedicationChanges(stopped_on=date(2026, 1, 4)), id="a stop before the start"),
        pytest.param(MedicationChanges(started_on=date(2026, 3, 21)), id="a start after the stop"),
        pytest.param(
            MedicationChanges(started_on=date(2026, 3, 2), stopped_on=date(2026, 3, 1)),
            id="both at once",
        ),
    ],
)
def test_an_edit_may_not_stop_it_before_it_started(
    medications: MedicationService, heard: list[MedicationServiceEvent], changes: MedicationChanges
) -> None:
    medication = capecitabine(medications)
    medication = medications.update(medication.id, MedicationChanges(stopped_on=date(2026, 3, 20)))
    heard.clear()

    with pytest.raises(ValueError, match=STOPPED_BEFORE_STARTED):
        medications.update(medication.id, changes)

    assert medications.get(medication.id) == medication
    assert heard == []


def test_an_edit_may_stop_it_the_day_it_started_or_clear_a_day(
    medications: MedicationService,
) -> None:
    medication = capecitabine(medications)

    one_day = medications.update(medication.id, MedicationChanges(stopped_on=date(2026, 1, 5)))
    assert one_day.stopped_on == date(2026, 1, 5)

    cleared = medications.update(medication.id, MedicationChanges(stopped_on=None))
    assert cleared.stopped_on is None
    no_start = medications.update(medication.id, MedicationChanges(started_on=None))
    assert no_start.started_on is None
    # Without a start day, any stop day is in order.
    assert medications.update(
        medication.id, MedicationChanges(stopped_on=date(1999, 1, 1))
    ).stopped_on == date(1999, 1, 1)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param(
            MedicationChanges(started_on=date(2026, 2, 17)), BEFORE_START, id="start after a change"
        ),
        pytest.param(
            MedicationChanges(stopped_on=date(2026, 2, 15)), AFTER_STOP, id="stop before a change"
        ),
    ],
)
def test_an_edit_may_not_leave_a_dose_change_outside_the_days_it_was_taken(
    medications: MedicationService, changes: MedicationChanges, message: str
) -> None:
    # The service's promise: "after the start no dose change may come before it". A dose
    # changed on 16 February can't belong to a medicine started on the 17th or stopped on
    # the 15th; the record would say it changed before it started, or after it stopped.
    medication = capecitabine(medications)
    medication = medications.change_dose(
        medication.id, DoseChange(dose="1000 mg", on=date(2026, 2, 16))
    )

    with pytest.raises(ValueError, match=message):
        medications.update(medication.id, changes)

    assert medications.get(medication.id) == medication


def test_an_edit_may_put_the_start_or_stop_on_the_day_of_a_change(
    medications: MedicationService,
) -> None:
    medication = capecitabine(medications)
    medications.change_dose(medication.id, DoseChange(dose="1000 mg", on=date(2026, 2, 16)))

    edited = medications.update(
        medication.id,
        MedicationChanges(started_on=date(2026, 2, 16), stopped_on=date(2026, 2, 16)),
    )

    assert (edited.started_on, edited.stopped_on) == (date(2026, 2, 16), date(2026, 2, 16))


# --- delete and undo ------------------------------------------------------------------------


def test_delete_and_restore_bring_back_the_whole_dose_history(
    medications: MedicationService, store: Store, heard: list[MedicationServiceEvent]
) -> None:
    kept = add(medications, "Letrozole", dose="2.5 mg")
    medication = capecitabine(medications)
    medications.change_dose(medication.id, DoseChange(dose="1250 mg", on=date(2026, 2, 2)))
    medication = medications.change_dose(
        medication.id, DoseChange(dose="1000 mg", on=date(2026, 3, 2))
    )
    medication_row = rows(store, f"SELECT * FROM medications WHERE id = {medication.id}")

    removed = medications.delete(medication.id)

    assert removed == medication
    assert medications.list() == [kept]
    assert rows(
        store, f"SELECT count(*) FROM dose_steps WHERE medication_id = {medication.id}"
    ) == [(0,)]
    with pytest.raises(NotFoundError):
        medications.get(medication.id)

    restored = medications.restore(removed)

    assert restored == medication
    assert [s.id for s in restored.steps] == [2, 3, 4]
    assert medications.list() == [medication, kept]
    assert rows(store, f"SELECT * FROM medications WHERE id = {medication.id}") == medication_row
    assert heard[-2:] == [MedicationRemoved(medication), MedicationAdded(restored)]


def test_a_medication_cannot_be_restored_twice(medications: MedicationService) -> None:
    medication = capecitabine(medications)
    removed = medications.delete(medication.id)
    medications.restore(removed)

    with pytest.raises(ValueError, match="already in the journal"):
        medications.restore(removed)

    assert medications.list() == [medication]


def test_deleted_ids_are_never_given_out_again(medications: MedicationService) -> None:
    first = capecitabine(medications)
    last = medications.change_dose(first.id, DoseChange(dose="1000 mg", on=date(2026, 2, 2)))
    medications.delete(first.id)

    again = capecitabine(medications)

    assert again.id == 2
    assert again.steps[0].id == last.current.id + 1 == 3


# --- what changed since the last visit ----------------------------------------------------


def test_changes_between_two_visits_from_the_record(medications: MedicationService) -> None:
    # Last visit 3 March, next one 31 March.
    letrozole = add(medications, "Letrozole", dose="2.5 mg", started_on=date(2025, 6, 1))
    ribociclib = add(medications, "Ribociclib", dose="600 mg", started_on=date(2026, 3, 3))
    capecitabine_ = capecitabine(medications)
    capecitabine_ = medications.change_dose(
        capecitabine_.id, DoseChange(dose="1000 mg", on=date(2026, 3, 17))
    )
    paclitaxel = add(
        medications, "Paclitaxel", started_on=date(2025, 11, 4), stopped_on=date(2026, 3, 31)
    )
    add(medications, "Dexamethasone", started_on=date(2026, 3, 2), stopped_on=date(2026, 4, 1))

    found = medications.changes_between(date(2026, 3, 3), date(2026, 3, 31))

    assert [(e.kind, e.medication.name, e.on) for e in found] == [
        (STARTED, "Ribociclib", date(2026, 3, 3)),  # the last visit's own day is included
        (CHANGED, "Capecitabine", date(2026, 3, 17)),
        (STOPPED, "Paclitaxel", date(2026, 3, 31)),  # and so is the last day
    ]
    assert found[0].medication == medications.get(ribociclib.id)
    assert (found[1].before, found[1].after) == capecitabine_.steps
    assert (found[1].before.dose, found[1].after.dose) == ("1500 mg", "1000 mg")
    assert found[2].before == paclitaxel.current
    assert letrozole.id not in [e.medication.id for e in found]


def test_a_change_made_on_the_day_of_the_last_visit_is_news_for_the_next(
    medications: MedicationService,
) -> None:
    medication = capecitabine(medications)
    medications.change_dose(medication.id, DoseChange(dose="1000 mg", on=date(2026, 3, 3)))

    (change,) = medications.changes_between(date(2026, 3, 3))

    assert (change.kind, change.on, change.after and change.after.dose) == (
        CHANGED,
        date(2026, 3, 3),
        "1000 mg",
    )


def test_a_stop_recorded_later_shows_as_stopped(medications: MedicationService) -> None:
    medication = capecitabine(medications)
    assert medications.changes_between(date(2026, 3, 3)) == []

    medications.update(medication.id, MedicationChanges(stopped_on=date(2026, 3, 9)))

    assert [(e.kind, e.on) for e in medications.changes_between(date(2026, 3, 3))] == [
        (STOPPED, date(2026, 3, 9))
    ]
