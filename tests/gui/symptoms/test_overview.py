"""The Symptoms overview on a real journal: the span "since my last appointment", each
symptom's figures in words with the ⚑ flag when it is worse by 2 or more, the empty state, the
trend over a chosen span with appointments marked and a text alternative, and reading the
journal again only while the area is on screen."""

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.symptom_figures import TrendSpan
from mbc_desktop.words.dates import long_date
from tests.gui.symptoms.conftest import OpenSymptoms, alt, check_in_at, days_ago, esas


def row_text(area_model: object, row: int, role: Qt.ItemDataRole) -> str:
    text = area_model.data(area_model.index(row, 0), role)  # type: ignore[attr-defined]
    assert isinstance(text, str)
    return text


def test_since_the_last_appointment_a_symptom_worse_by_2_is_flagged_in_words(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    last = journal.appointments.add(NewAppointment(starts_at=days_ago(10), time_zone="UTC"))
    pain, tiredness = esas(journal)[:2]
    # The 10 days before the appointment: pain 4 on average, tiredness 3.
    check_in_at(journal, days_ago(15), {pain.id: 3, tiredness.id: 3})
    check_in_at(journal, days_ago(12), {pain.id: 5, tiredness.id: 3})
    # Since it: pain 7 on average (3 worse: flagged), tiredness 4.5 (1.5 worse: not).
    check_in_at(journal, days_ago(6), {pain.id: 8, tiredness.id: 5})
    check_in_at(journal, days_ago(2), {pain.id: 6, tiredness.id: 4})
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.span_label.text() == (
        f"Since your appointment on {long_date(last.local_start())}"
    )
    assert overview.flagged_label.isVisible()
    assert overview.flagged_label.text().startswith("⚑ ")
    assert "Pain" in overview.flagged_label.text()
    assert "Tiredness" not in overview.flagged_label.text()

    model = overview.model
    shown = row_text(model, 0, Qt.ItemDataRole.DisplayRole)
    assert shown.splitlines()[0] == "Pain   ⚑ Worse by 2 or more"
    assert "Latest 6" in shown
    assert "worst 8 on" in shown
    assert "average 7.0" in shown
    assert "3.0 higher than before" in shown
    spoken = row_text(model, 0, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Pain. Worse by 2 or more. Latest 6; worst 8 on ")
    assert "⚑" not in spoken

    tired = row_text(model, 1, Qt.ItemDataRole.DisplayRole)
    assert "⚑" not in tired
    assert "1.5 higher than before" in tired
    # The worse one is picked first: its trend is shown.
    assert overview.selected() == pain
    assert overview.trend.heading.text() == "Pain   ⚑ Worse by 2 or more"


def test_without_an_appointment_it_is_the_last_30_days_and_changes_are_in_words(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain, tiredness, drowsiness = esas(journal)[:3]
    check_in_at(journal, days_ago(40), {pain.id: 6, tiredness.id: 2})
    check_in_at(journal, days_ago(5), {pain.id: 4, tiredness.id: 2, drowsiness.id: 1})
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.span_label.text() == "In the last 30 days"
    assert not overview.flagged_label.isVisible()
    texts = [row_text(overview.model, row, Qt.ItemDataRole.DisplayRole) for row in range(4)]
    assert "2.0 lower than before" in texts[0]
    assert "no change" in texts[1]
    assert "no entries before to compare" in texts[2]
    assert "No entries in this time" in texts[3]  # nausea: never rated
    # Without an appointment, the trend starts at 3 months and "since" is not offered.
    trend = overview.trend
    assert trend.span() is TrendSpan.THREE_MONTHS
    spans = [trend.span_choice.itemData(i) for i in range(trend.span_choice.count())]
    assert TrendSpan.SINCE_LAST_APPOINTMENT not in spans


def test_with_no_check_in_yet_it_says_what_a_check_in_is(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.empty_label.isVisible()
    assert "under 30 seconds" in overview.empty_label.text()
    assert not overview.list_view.isVisible()
    assert not overview.trend.isVisible()
    assert overview.own.isVisible()  # your own symptoms can be added before the first one
    assert area.focused() is overview.check_in_button


def test_the_trend_over_a_chosen_span_marks_appointments_and_says_it_in_words(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    journal.appointments.add(NewAppointment(starts_at=days_ago(20), time_zone="UTC"))
    pain = esas(journal)[0]
    for days, score in ((300, 1), (60, 3), (25, 5), (12, 6), (3, 8)):
        check_in_at(journal, days_ago(days), {pain.id: score})
    area = open_symptoms()
    trend = area.pane.overview.trend
    # Since the last appointment by default.
    assert trend.span() is TrendSpan.SINCE_LAST_APPOINTMENT
    chart = trend.chart_view.chart()
    assert chart is not None
    assert [score for _at, score in chart.shown_points()] == [6, 8]
    assert len(chart.shown_appointments()) == 1
    assert trend.entries_model.rowCount() == 2
    description = trend.chart_view.accessibleDescription()
    assert "2 entr" in description
    assert "latest 8" in description
    assert "0 means No Pain; 10 means Worst Possible Pain." in description
    assert trend.chart_view.accessibleName() == "Pain"

    alt(qtbot, "T")
    assert area.focused() is trend.span_choice
    trend.set_span(TrendSpan.YEAR)  # as picking it in the open list does
    chart = trend.chart_view.chart()
    assert chart is not None
    assert [score for _at, score in chart.shown_points()] == [1, 3, 5, 6, 8]
    assert trend.entries_model.rowCount() == 5
    trend.set_span(TrendSpan.TWO_WEEKS)
    assert trend.entries_model.rowCount() == 2
    trend.set_span(TrendSpan.ALL)
    assert trend.entries_model.rowCount() == 5
    # The span chosen stays when another symptom is picked.
    area.pane.overview.select(esas(journal)[1].id)
    assert trend.span() is TrendSpan.ALL
    assert trend.chart_view.chart() is None
    assert "No entries for Tiredness" in trend.chart_view.empty_text()


def test_changes_made_elsewhere_are_read_when_the_area_is_shown_again(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    pane = area.pane
    pane.hide()
    calls: list[int] = []
    original = pane.refresh

    def counted() -> None:
        calls.append(1)
        original()

    pane.refresh = counted  # type: ignore[method-assign]
    pain = esas(journal)[0]
    for days in range(5):
        check_in_at(journal, days_ago(days + 1), {pain.id: 3})
    assert calls == []  # nobody sees it: nothing read
    pane.show()
    assert len(calls) == 1
    assert not pane.overview.empty_label.isVisible()
    check_in_at(journal, days_ago(0.5), {pain.id: 9})
    assert len(calls) == 2  # on screen: read at once
    assert "Latest 9" in row_text(pane.overview.model, 0, Qt.ItemDataRole.DisplayRole)


def test_a_check_in_waiting_room_time_counts_for_the_visit_after_it(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    start = days_ago(4)
    journal.appointments.add(NewAppointment(starts_at=start, time_zone="UTC"))
    pain = esas(journal)[0]
    check_in_at(journal, start - timedelta(minutes=20), {pain.id: 2})  # before: the span before
    check_in_at(journal, start, {pain.id: 5})  # at its start: since it
    area = open_symptoms()
    assert area.pane.overview.trend.entries_model.rowCount() == 1
