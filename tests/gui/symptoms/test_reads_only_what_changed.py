"""The Symptoms area reads and redoes only what changed (issue 15: switching to the area and
saving a check-in within a frame on a ten-year journal): shown again with nothing changed in
the journal and within a minute of its last read, it shows what it read then; the chart's
appointment marks, the own-symptom part and the entries' column widths are done again only
when what they show changed."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.medications import NewMedication
from mbc_desktop.ui.symptoms.pane import READ_AGAIN_AFTER, SymptomsPane
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    check_in_at,
    days_ago,
    esas,
    set_text_scale,
)


def counted(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[Any]:
    """Calls of ``owner.name`` from now on (it still does its work)."""
    calls: list[Any] = []
    real: Callable[..., Any] = getattr(owner, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def shown_again(pane: SymptomsPane) -> None:
    pane.hide()  # another area
    pane.show()


def test_shown_again_it_reads_the_journal_only_after_a_change_or_a_minute(
    journal: Journal, open_symptoms: OpenSymptoms, monkeypatch: pytest.MonkeyPatch
) -> None:
    pain = esas(journal)[0]
    check_in_at(journal, days_ago(2), {pain.id: 4})
    area = open_symptoms()
    pane = area.pane
    clock = Clock()
    monkeypatch.setattr(pane, "_clock", clock)
    pane.refresh()
    reads = counted(monkeypatch, journal.symptom_report, "since_last_visit")

    shown_again(pane)
    assert reads == []  # nothing changed: what it shows is still true

    clock.now += READ_AGAIN_AFTER - timedelta(seconds=1)
    shown_again(pane)
    assert reads == []

    clock.now += timedelta(seconds=1)  # a minute since the last read
    shown_again(pane)
    assert len(reads) == 1

    pane.hide()
    check_in_at(journal, days_ago(1), {pain.id: 7})  # the journal changed meanwhile
    pane.show()
    assert len(reads) == 2
    assert "Latest 7" in pane.overview.model.data(pane.overview.model.index(0, 0))

    clock.now -= timedelta(hours=1)  # the clock put back: read again
    shown_again(pane)
    assert len(reads) == 3


def test_the_appointment_marks_are_read_again_only_when_an_appointment_changes(
    journal: Journal, open_symptoms: OpenSymptoms, monkeypatch: pytest.MonkeyPatch
) -> None:
    pain = esas(journal)[0]
    check_in_at(journal, days_ago(2), {pain.id: 4})
    area = open_symptoms()
    starts = counted(monkeypatch, journal.appointments, "start_times")
    check_in_at(journal, days_ago(1), {pain.id: 5})
    area.pane.refresh()
    assert starts == []
    visit = journal.appointments.add(NewAppointment(starts_at=days_ago(5), time_zone="UTC"))
    assert len(starts) == 1
    assert area.pane.overview.trend.chart_view.chart().appointments == (visit.starts_at,)
    area.pane.refresh()
    assert len(starts) == 1


def test_the_own_symptoms_are_shown_again_only_when_symptoms_or_medicines_change(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms, monkeypatch: pytest.MonkeyPatch
) -> None:
    pain = esas(journal)[0]
    area = open_symptoms()
    shown = counted(monkeypatch, area.pane.own_actions, "show_state")
    check_in_at(journal, days_ago(1), {pain.id: 4})  # a check-in: the own symptoms as they were
    assert shown == []
    journal.medications.add(NewMedication(name="letrozole"))
    assert len(shown) == 1
    suggested = [b.accessibleName() for b in area.pane.overview.own.suggestion_buttons()]
    assert "Track Hot flashes — from letrozole" in suggested
    area.pane.own_actions.add("Hot flashes")
    assert len(shown) == 2
    check_in_at(journal, days_ago(0.5), {pain.id: 5})
    assert len(shown) == 2


def test_the_entries_columns_are_set_again_only_when_their_width_changes(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms, monkeypatch: pytest.MonkeyPatch
) -> None:
    pain = esas(journal)[0]
    check_in_at(journal, days_ago(2), {pain.id: 4})
    area = open_symptoms()
    entries = area.pane.overview.trend.entries
    widths = counted(monkeypatch, entries, "setColumnWidth")
    rows = counted(monkeypatch, entries.verticalHeader(), "setDefaultSectionSize")
    area.pane.fit_layout()
    area.pane.refresh()
    assert (widths, rows) == ([], [])  # the same text size: nothing set again
    before = entries.columnWidth(0)
    set_text_scale(area, 1.5)
    qtbot.wait(10)
    assert widths
    assert rows
    assert entries.columnWidth(0) > before


def test_a_check_in_updates_the_rows_in_place_and_keeps_the_one_picked(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain, tiredness = esas(journal)[:2]
    check_in_at(journal, days_ago(2), {pain.id: 4, tiredness.id: 3})
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.select(tiredness.id)
    resets: list[bool] = []
    overview.model.modelReset.connect(lambda: resets.append(True))
    before = overview.model.resets_avoided

    check_in_at(journal, days_ago(1), {pain.id: 7, tiredness.id: 8})  # the area is on screen

    assert resets == []  # the same symptoms: no reset, the list keeps its place
    assert overview.model.resets_avoided == before + 1
    assert overview.selected() == tiredness
    place = overview.model.row_of(tiredness.id)
    assert place is not None
    assert "Latest 8" in overview.model.data(overview.model.index(place, 0))
    assert "latest 8" in overview.trend.figures_label.text()
    assert [c.scores[tiredness.id] for c in overview.trend.entries_model.check_ins()] == [8, 3]

    overview.show_past.setChecked(True)  # other rows: a reset, the one picked kept
    overview.show_past.setChecked(False)
    assert overview.selected() == tiredness


def test_a_row_whose_words_need_more_lines_gets_taller_when_updated_in_place(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain, tiredness = esas(journal)[:2]
    check_in_at(journal, days_ago(2), {tiredness.id: 3})
    area = open_symptoms()
    overview = area.pane.overview
    view, model = overview.list_view, overview.model
    place = model.row_of(pain.id)
    assert place is not None
    index = model.index(place, 0)
    qtbot.wait(10)
    short = view.visualRect(index).height()

    check_in_at(journal, days_ago(1), {pain.id: 7, tiredness.id: 4})
    qtbot.waitUntil(lambda: view.visualRect(index).height() > short)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, view.viewport().width() - 2 * view.spacing(), 1000)
    assert view.visualRect(index).height() == view.itemDelegate().sizeHint(option, index).height()


def test_the_entries_words_are_made_once_per_set_of_rows(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms, monkeypatch: pytest.MonkeyPatch
) -> None:
    pain = esas(journal)[0]
    check_in_at(journal, days_ago(2), {pain.id: 4}, note="After the walk")
    area = open_symptoms()
    trend = area.pane.overview.trend
    model = trend.entries_model
    made = counted(monkeypatch, model, "_cell")
    trend.entries.grab()
    first = len(made)
    trend.entries.grab()  # painted again: the same words, not made again
    assert len(made) == first
    index = model.index(0, 3)
    assert model.data(index) == "After the walk"
    assert len(made) == first

    check_in_at(journal, days_ago(1), {pain.id: 6}, note="Worse at night")
    assert model.data(model.index(0, 3)) == "Worse at night"
    assert model.data(model.index(1, 3)) == "After the walk"
