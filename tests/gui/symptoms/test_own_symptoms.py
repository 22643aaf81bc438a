"""Your own symptoms by keyboard on a real journal: add one (typed, or suggested by a current
medicine's side effects), stop tracking it (gone from the next check-in, its history kept, with
undo) and track it again."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain.medications import NewMedication
from mbc_desktop.domain.symptoms import SYMPTOM_NAME_MAX_CHARS, NewSymptom, SymptomKind
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    alt,
    check_in_at,
    days_ago,
    esas,
    type_keys,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def own_names(journal: Journal, archived: bool = False) -> list[str]:
    return [
        s.name
        for s in journal.symptoms.symptoms(include_archived=True)
        if s.kind is SymptomKind.OWN and s.is_archived == archived
    ]


def test_adding_and_archiving_an_own_symptom_keeps_its_history(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    own = area.pane.overview.own
    alt(qtbot, "A")
    assert area.focused() is own.name_edit
    qtbot.keyClicks(own.name_edit, "Numb fingers")
    qtbot.keyClick(own.name_edit, Qt.Key.Key_Return)
    assert own_names(journal) == ["Numb fingers"]
    assert own.name_edit.text() == ""
    [numb] = [s for s in journal.symptoms.symptoms() if s.name == "Numb fingers"]

    # It is in the next check-in, after the ESAS-r scales; rate it.
    qtbot.keyClick(area.focused(), Qt.Key.Key_K, CTRL_SHIFT)
    assert numb.id in area.pane.form.rows
    type_keys(qtbot, "0000000003")
    qtbot.keyClick(area.focused(), Qt.Key.Key_Return)
    assert journal.symptoms.check_ins()[0].scores[numb.id] == 3

    # Stop tracking it: Alt+M to the list, Alt+S.
    alt(qtbot, "M")
    assert area.focused() is own.own_list
    qtbot.keyClick(own.own_list, Qt.Key.Key_Down)
    assert own.selected() == numb
    alt(qtbot, "S")
    assert own_names(journal) == []
    assert own_names(journal, archived=True) == ["Numb fingers"]
    assert "history is kept" in area.pane.overview.undo_banner.label.text()
    # Its history is kept.
    assert [r.score for r in journal.symptoms.readings(numb.id)] == [3]

    # Gone from the next check-in.
    qtbot.keyClick(area.focused(), Qt.Key.Key_K, CTRL_SHIFT)
    assert numb.id not in area.pane.form.rows
    assert [row.scale.accessibleName() for row in area.pane.form.rows.values()] == [
        s.name for s in esas(journal)
    ]
    qtbot.keyClick(area.focused(), Qt.Key.Key_Escape)


def test_stop_tracking_has_undo_and_a_stopped_one_can_be_tracked_again(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    mouth = journal.symptoms.add_symptom(NewSymptom(name="Mouth sores"))
    area = open_symptoms()
    own = area.pane.overview.own
    alt(qtbot, "M")
    qtbot.keyClick(own.own_list, Qt.Key.Key_Down)
    alt(qtbot, "S")
    assert own_names(journal, archived=True) == ["Mouth sores"]
    qtbot.keyClick(area.focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert own_names(journal) == ["Mouth sores"]
    assert own.selected() == journal.symptoms.get(mouth.id)
    area.undo_stack.redo()
    assert own_names(journal, archived=True) == ["Mouth sores"]
    area.undo_stack.undo()
    assert own_names(journal) == ["Mouth sores"]

    alt(qtbot, "S")
    assert own_names(journal) == []
    # The stopped ones are shown on request, with "Track again".
    assert not own.again_button.isVisible()
    alt(qtbot, "K")
    assert own.show_stopped.isChecked()
    assert "stopped tracking" in own.own_list.item(0).text()
    alt(qtbot, "M")
    qtbot.keyClick(own.own_list, Qt.Key.Key_Down)
    alt(qtbot, "G")
    assert own_names(journal) == ["Mouth sores"]
    assert area.undo_stack.undoText() == "Track “Mouth sores” again"
    area.undo_stack.undo()
    assert own_names(journal) == []


def test_suggestions_come_from_the_current_medicines_side_effects(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    journal.medications.add(NewMedication(name="letrozole", dose="2.5 mg"))
    area = open_symptoms()
    own = area.pane.overview.own
    texts = [button.accessibleName() for button in own.suggestion_buttons()]
    assert texts[:2] == [
        "Track Hot flashes — from letrozole",
        "Track Joint pain or stiffness — from letrozole",
    ]
    assert "from the side effects of the medicines you take" in own.suggestions_label.text()
    # One key press on a suggestion tracks it; it is then no longer suggested.
    first = own.suggestion_buttons()[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert own_names(journal) == ["Hot flashes"]
    assert not any("Hot flashes" in b.accessibleName() for b in own.suggestion_buttons())
    # The keyboard goes to the symptom it became, picked in "My own symptoms".
    assert QApplication.focusWidget() is own.own_list
    assert own.selected() is not None
    assert own.selected().name == "Hot flashes"
    # The completer offers them too.
    assert "Joint pain or stiffness" in own.completions.stringList()


def test_a_new_medicine_changes_the_suggestions_at_once(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    own = area.pane.overview.own
    assert "often track" in own.suggestions_label.text()
    journal.medications.add(NewMedication(name="paclitaxel"))
    assert own.suggestion_buttons()[0].accessibleName().endswith("— from paclitaxel")


def test_a_name_already_tracked_or_too_long_is_said_under_the_box(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    own = area.pane.overview.own
    alt(qtbot, "A")
    qtbot.keyClick(own.name_edit, Qt.Key.Key_Return)
    assert "can't be empty" in own.name_message.message
    qtbot.keyClicks(own.name_edit, "pain")  # the ESAS-r's, in any case
    assert not own.name_message.has_message()
    qtbot.keyClick(own.name_edit, Qt.Key.Key_Return)
    assert own.name_message.message == "You already track a symptom with this name."
    assert own_names(journal) == []
    own.name_edit.clear()
    qtbot.keyClicks(own.name_edit, "x" * (SYMPTOM_NAME_MAX_CHARS + 1))
    assert "under 60 characters" in own.name_message.message  # as it is typed
    qtbot.keyClick(own.name_edit, Qt.Key.Key_Backspace)
    assert not own.name_message.has_message()
    assert QApplication.focusWidget() is own.name_edit


def test_an_archived_symptoms_trend_is_there_with_past_symptoms(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    gone = journal.symptoms.add_symptom(NewSymptom(name="Rash"))
    check_in_at(journal, days_ago(200), {gone.id: 5})
    journal.symptoms.archive(gone.id)
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.model.row_of(gone.id) is None
    alt(qtbot, "P")
    assert overview.show_past.isChecked()
    assert overview.select(gone.id)
    assert "no longer tracked" in overview.trend.heading.text()
