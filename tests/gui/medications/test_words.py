"""The exact words a medicine's history and changes are said in (the summary prints them)."""

from datetime import UTC, date, datetime

import pytest

from mbc_desktop.domain.medications import (
    DoseStep,
    Medication,
    MedicationEvent,
    MedicationEventKind,
    Route,
    changes_between,
)
from mbc_desktop.ui.application import make_application
from mbc_desktop.words.i18n import use_language
from mbc_desktop.words.medications import card_lines, event_line, history_lines
from mbc_desktop.words.texts import fill

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english() -> None:
    make_application()
    use_language("en")  # US English dates


def medication(*steps: DoseStep, started: date | None, stopped: date | None = None) -> Medication:
    return Medication(
        id=1,
        name="palbociclib",
        route=Route.BY_MOUTH,
        started_on=started,
        stopped_on=stopped,
        steps=steps,
        created_at=NOW,
        updated_at=NOW,
    )


def test_the_dose_history_says_from_when_and_which_is_taken_now() -> None:
    taken = medication(
        DoseStep(1, "125 mg", "once a day", None),
        DoseStep(2, "100 mg", "once a day", date(2026, 11, 12)),
        started=date(2026, 2, 10),
    )
    assert history_lines(taken, date(2026, 11, 20)) == [
        "125 mg once a day — from the start (Feb 10, 2026)",
        "100 mg once a day — from Nov 12, 2026 (now)",
    ]
    stopped = taken.model_copy(update={"stopped_on": date(2026, 11, 18)})
    assert history_lines(stopped, date(2026, 11, 20))[-1].endswith("(until Nov 18, 2026)")
    unknown = medication(DoseStep(1, "", "", None), started=None)
    assert history_lines(unknown, date(2026, 11, 20)) == ["no dose written — from the start (now)"]


def test_a_change_names_only_what_changed() -> None:
    schedule_only = medication(
        DoseStep(1, "125 mg", "21 days on, 7 off", None),
        DoseStep(2, "125 mg", "14 days on, 7 off", date(2026, 11, 12)),
        DoseStep(3, "100 mg", "every day", date(2026, 11, 19)),
        started=date(2026, 11, 3),
    )
    assert [event_line(e) for e in changes_between([schedule_only], date(2026, 11, 3))] == [
        "▶ Started palbociclib 125 mg 21 days on, 7 off on Nov 3, 2026",
        "↕ Changed palbociclib: 21 days on, 7 off → 14 days on, 7 off on Nov 12, 2026",
        "↕ Changed palbociclib: 125 mg 14 days on, 7 off → 100 mg every day on Nov 19, 2026",
    ]
    stop = MedicationEvent(MedicationEventKind.STOPPED, schedule_only, date(2026, 11, 20))
    assert event_line(stop) == "■ Stopped palbociclib on Nov 20, 2026"


def test_a_card_has_three_lines_and_typed_percent_signs_stay_as_typed() -> None:
    cream = medication(DoseStep(1, "1%2 cream", "", None), started=None).model_copy(
        update={"name": "hydrocortisone %1", "route": Route.ON_THE_SKIN}
    )
    assert card_lines(cream, date(2026, 11, 20)) == [
        "hydrocortisone %1",
        "1%2 cream · On the skin (patch, cream or gel)",
        "No start date",
    ]
    assert fill("%1: %2", "a %2", "b") == "a %2: b"
