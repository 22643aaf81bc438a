"""A symptom's entries by keyboard on a real journal: change one in the check-in form and undo
it (Ctrl+Z brings the old scores back), delete one with the Delete key and undo that."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain.symptoms import CompletedBy
from mbc_desktop.ui.symptoms.pane import FORM_PAGE, OVERVIEW_PAGE
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    alt,
    check_in_at,
    days_ago,
    esas,
    type_keys,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_editing_an_entry_with_undo(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain, tiredness = esas(journal)[:2]
    check_in_at(journal, days_ago(3), {pain.id: 2, tiredness.id: 4}, note="Before the scan")
    latest = check_in_at(journal, days_ago(1), {pain.id: 6, tiredness.id: 5}, note="After")
    area = open_symptoms()
    overview = area.pane.overview
    # The list starts on Pain; its entries, newest first.
    assert overview.selected() == pain
    alt(qtbot, "R")
    assert area.focused() is overview.trend.entries
    assert overview.trend.selected_check_in() == latest
    qtbot.keyClick(area.focused(), Qt.Key.Key_Return)  # opens the form on it
    form = area.pane.form
    assert area.pane.page == FORM_PAGE
    assert form.editing == latest
    assert form.scores() == {pain.id: 6, tiredness.id: 5}
    assert form.note_edit.toPlainText() == "After"
    assert not form.other_block.isVisible()
    type_keys(qtbot, "3")  # Pain 6 → 3
    qtbot.keyClick(area.focused(), Qt.Key.Key_Backspace)  # Tiredness skipped now
    qtbot.keyClick(area.focused(), Qt.Key.Key_Return)
    assert area.pane.page == OVERVIEW_PAGE
    changed = journal.symptoms.get_check_in(latest.id)
    assert changed.scores == {pain.id: 3}
    assert changed.taken_at == latest.taken_at  # the time was not touched: kept to the second
    assert changed.note == "After"
    # Back on the same entry; the banner says what changed.
    assert area.focused() is overview.trend.entries
    assert overview.trend.selected_check_in() == changed
    assert "changed" in overview.undo_banner.label.text()

    qtbot.keyClick(area.focused(), Qt.Key.Key_Z, CTRL)
    assert journal.symptoms.get_check_in(latest.id).scores == {pain.id: 6, tiredness.id: 5}
    assert overview.trend.selected_check_in() == journal.symptoms.get_check_in(latest.id)
    area.undo_stack.redo()
    assert journal.symptoms.get_check_in(latest.id).scores == {pain.id: 3}


def test_an_edit_changes_who_and_the_note_too(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    saved = check_in_at(journal, days_ago(2), {pain.id: 4})
    area = open_symptoms()
    area.pane.overview.trend.select_check_in(saved.id)
    area.pane.edit_check_in(saved)
    form = area.pane.form
    assert form.heading.text().startswith("Change the check-in of")
    alt(qtbot, "N")
    type_keys(qtbot, "Called the nurse")
    form.completed_by.setCurrentIndex(form.completed_by.findData(CompletedBy.CAREGIVER))
    qtbot.keyClick(area.focused(), Qt.Key.Key_Return)
    changed = journal.symptoms.get_check_in(saved.id)
    assert changed.note == "Called the nurse"
    assert changed.completed_by is CompletedBy.CAREGIVER
    qtbot.keyClick(area.focused(), Qt.Key.Key_Z, CTRL)
    undone = journal.symptoms.get_check_in(saved.id)
    assert (undone.note, undone.completed_by) == ("", CompletedBy.ME)


def test_leaving_an_edit_with_esc_changes_nothing(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    saved = check_in_at(journal, days_ago(2), {pain.id: 4})
    area = open_symptoms()
    alt(qtbot, "R")
    qtbot.keyClick(area.focused(), Qt.Key.Key_F2)
    type_keys(qtbot, "9")
    qtbot.keyClick(area.focused(), Qt.Key.Key_Escape)
    assert journal.symptoms.get_check_in(saved.id) == saved
    assert area.undo_stack.count() == 0
    assert area.focused() is area.pane.overview.trend.entries


def test_deleting_an_entry_with_undo(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    older = check_in_at(journal, days_ago(3), {pain.id: 2})
    newer = check_in_at(journal, days_ago(1), {pain.id: 7})
    area = open_symptoms()
    trend = area.pane.overview.trend
    alt(qtbot, "R")
    assert trend.selected_check_in() == newer
    qtbot.keyClick(area.focused(), Qt.Key.Key_Delete)
    assert [c.id for c in journal.symptoms.check_ins()] == [older.id]
    # The next entry is picked, the keyboard still on the table; the banner offers undo.
    assert area.focused() is trend.entries
    assert trend.selected_check_in() == older
    banner = area.pane.overview.undo_banner
    assert banner.isVisible()
    assert "Deleted the check-in of" in banner.label.text()
    qtbot.keyClick(area.focused(), Qt.Key.Key_Z, CTRL)
    assert [c.id for c in journal.symptoms.check_ins()] == [newer.id, older.id]
    assert journal.symptoms.get_check_in(newer.id) == newer
    assert trend.selected_check_in() == newer
    assert not banner.isVisible()


def test_the_banners_undo_button_undoes_the_delete(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    saved = check_in_at(journal, days_ago(1), {pain.id: 7})
    area = open_symptoms()
    alt(qtbot, "R")
    alt(qtbot, "L")  # Delete entry
    assert journal.symptoms.check_ins() == []
    button = area.pane.overview.undo_banner.button
    assert button.accessibleName() == "Undo delete"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert journal.symptoms.check_ins() == [saved]


def test_entries_show_only_check_ins_that_rated_the_symptom(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain, tiredness = esas(journal)[:2]
    rated = check_in_at(journal, days_ago(2), {pain.id: 4}, note="A long day")
    check_in_at(journal, days_ago(1), {tiredness.id: 5})  # Pain skipped: not an entry of it
    area = open_symptoms()
    trend = area.pane.overview.trend
    model = trend.entries_model
    assert model.check_ins() == [rated]
    assert model.data(model.index(0, 1)) == "4"
    assert model.data(model.index(0, 2)) == "Me"
    assert model.data(model.index(0, 3)) == "A long day"
    spoken = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert isinstance(spoken, str)
    assert "4 of 10" in spoken
    assert "A long day" in spoken
