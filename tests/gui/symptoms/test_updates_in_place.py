"""Read again after a check-in, the Symptoms area changes only what the check-in changed
(issue 15: saving a check-in within a frame): the entries get the new row at the top (the
table keeps its place and its picked entry), and nothing is laid out again when nothing
changed."""

from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    check_in_at,
    days_ago,
    esas,
)


def test_a_new_check_in_is_inserted_at_the_top_of_the_entries_not_reset(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    for days in (3, 2, 1):
        check_in_at(journal, days_ago(days), {pain.id: days})
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.select(pain.id)
    trend, model = overview.trend, overview.trend.entries_model
    oldest = model.check_in_at(2)
    assert oldest is not None
    assert trend.select_check_in(oldest.id)
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: signals.append(f"inserted {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: signals.append(f"removed {first}-{last}"))

    newest = check_in_at(journal, days_ago(0.5), {pain.id: 9})  # the area is on screen

    assert signals == ["inserted 0-0"]
    assert model.check_ins()[0].id == newest.id
    assert model.rowCount() == 4
    assert trend.selected_check_in() == oldest  # the picked entry stays picked

    area.pane.refresh()  # nothing changed in the journal: the table is left as it is
    assert signals == ["inserted 0-0"]

    journal.symptoms.delete_check_in(newest.id)  # gone from the top: that row only
    assert signals == ["inserted 0-0", "removed 0-0"]
    assert trend.selected_check_in() == oldest
