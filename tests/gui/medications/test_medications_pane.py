"""The Medications area on a real journal file, by keyboard: add a medicine from the offered
names, record a dose change and a stop, and see exactly what started, changed or stopped since
the last appointment; undo; delete with undo; messages beside the field; current and past."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.medications import (
    DoseChange,
    MedicationEventKind,
    NewMedication,
    Route,
)
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.medications.pane import MedicationsPane
from mbc_desktop.words.i18n import use_language

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
TODAY = date.today()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    make_application()
    use_language("en")  # English, with its plural forms and US dates
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    opened = open_journal(paths)
    yield opened
    opened.close()


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


def make_pane(qtbot: QtBot, journal: Journal, undo_stack: QUndoStack) -> MedicationsPane:
    pane = MedicationsPane(journal.medications, journal.appointments.last_appointment, undo_stack)
    qtbot.addWidget(pane)
    # Edit › Undo and Redo, with the main window's keys.
    undo = undo_stack.createUndoAction(pane)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(pane)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    pane.addActions([undo, redo])
    pane.resize(1100, 760)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    return pane


@pytest.fixture
def pane(qtbot: QtBot, journal: Journal, undo_stack: QUndoStack) -> MedicationsPane:
    return make_pane(qtbot, journal, undo_stack)


def written(day: date) -> str:
    """A day as typed into a date field in US English: 3/5/2026."""
    return f"{day.month}/{day.day}/{day.year}"


def in_words(day: date) -> str:
    """A day as the area writes it in US English: Mar 5, 2026."""
    return f"{day:%b} {day.day}, {day.year}"


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def back_to_window(qtbot: QtBot, pane: MedicationsPane) -> None:
    """After a popup closes, the window is active again (the offscreen test platform leaves
    the hidden popup active, which a desktop never does)."""
    qtbot.wait(10)
    window = pane.window()
    if QApplication.activeWindow() is not window:
        keep = window.focusWidget()  # where the keyboard was in this window
        # The platform already counts the window as focused: step out and back in.
        elsewhere = QWidget()
        qtbot.addWidget(elsewhere)
        with qtbot.waitActive(elsewhere):
            elsewhere.show()
            elsewhere.activateWindow()
        with qtbot.waitActive(window):
            window.activateWindow()
        elsewhere.close()
        if keep is not None:
            keep.setFocus()
    assert QApplication.activeWindow() is window


def pick_route(qtbot: QtBot, pane: MedicationsPane, combo: QComboBox, route: Route) -> None:
    """Down opens the closed choice; arrows move in it; Enter picks."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    view = combo.view()
    assert view.isVisible()
    target = combo.findData(route)
    while view.currentIndex().row() != target:
        key = Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    back_to_window(qtbot, pane)


def type_date(qtbot: QtBot, field: QWidget, day: date) -> None:
    """Tab into a date field (its first part is then picked) and type a date as written."""
    if focused() is field:  # out and back in, as a person would
        qtbot.keyClick(field, Qt.Key.Key_Backtab, SHIFT)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    else:
        field.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is field
    qtbot.keyClicks(field, written(day))


def add_past_appointment(journal: Journal, days_ago: int) -> date:
    moment = (datetime.now(UTC) - timedelta(days=days_ago)).replace(
        hour=12, minute=0, second=0, microsecond=0
    )
    appointment = journal.appointments.add(NewAppointment(starts_at=moment, clinician="Dr. Ortiz"))
    return appointment.local_start().date()


# --- the whole journey ------------------------------------------------------------------------


def test_add_by_keyboard_change_the_dose_and_stop_and_see_exactly_what_changed(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal, undo_stack: QUndoStack
) -> None:
    last_visit = add_past_appointment(journal, days_ago=20)
    pane.refresh()
    started, changed, stopped = (
        last_visit + timedelta(days=2),
        last_visit + timedelta(days=9),
        TODAY - timedelta(days=2),
    )
    editor = pane.editor

    # Ctrl+Shift+M adds one and puts the keyboard on its name, ready to type over.
    qtbot.keyClick(pane, Qt.Key.Key_M, CTRL | SHIFT)
    (new,) = journal.medications.list()
    assert focused() is editor.name_edit
    assert editor.name_edit.selectedText() == editor.name_edit.text()
    # The name from the offered drugs.
    qtbot.keyClicks(editor.name_edit, "PALBO")
    popup = editor.completer.popup()
    assert popup.isVisible()
    assert editor.completer.currentCompletion() == "palbociclib"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    back_to_window(qtbot, pane)
    assert editor.name_edit.text() == "palbociclib"
    # Tab goes on in reading order: dose, then schedule.
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Tab)
    assert focused() is editor.dose_edit
    qtbot.keyClicks(editor.dose_edit, "125 mg")
    qtbot.keyClick(editor.dose_edit, Qt.Key.Key_Tab)
    assert focused() is editor.schedule_edit
    qtbot.keyClicks(editor.schedule_edit, "Days 1-21 of 28")
    pick_route(qtbot, pane, editor.route_combo, Route.BY_MOUTH)
    # Alt+A goes to Started on; the date is typed as written.
    qtbot.keyClick(editor.route_combo, Qt.Key.Key_A, ALT)
    assert focused() is editor.started_edit
    qtbot.keyClicks(editor.started_edit, written(started))
    qtbot.keyClick(editor.started_edit, Qt.Key.Key_Tab)  # leaving the field saves it
    stored = journal.medications.get(new.id)
    assert (stored.name, stored.dose, stored.schedule, stored.route, stored.started_on) == (
        "palbociclib",
        "125 mg",
        "Days 1-21 of 28",
        Route.BY_MOUTH,
        started,
    )
    assert editor.saved_label.text() == "✓ Saved"
    assert pane.current_model.rowCount() == 1

    # Record a dose change: Alt+G opens the fields, filled with the dose taken now.
    qtbot.keyClick(focused(), Qt.Key.Key_G, ALT)
    history = editor.history
    qtbot.waitUntil(history.is_open)  # a button's Alt+letter clicks it a moment later
    assert focused() is history.dose_edit
    assert history.schedule_edit.text() == "Days 1-21 of 28"
    qtbot.keyClicks(history.dose_edit, "100 mg")  # types over the picked dose
    qtbot.keyClick(history.dose_edit, Qt.Key.Key_R, ALT)  # From
    assert focused() is history.date_edit
    type_date(qtbot, history.date_edit, changed)
    qtbot.keyClick(history.date_edit, Qt.Key.Key_Return)
    assert not history.is_open()
    stored = journal.medications.get(new.id)
    assert [(s.dose, s.from_day) for s in stored.steps] == [("125 mg", None), ("100 mg", changed)]
    assert editor.dose_edit.text() == "100 mg"
    assert pane.since_lines() == [
        f"▶ Started palbociclib 125 mg Days 1-21 of 28 on {in_words(started)}",
        f"↕ Changed palbociclib: 125 mg → 100 mg on {in_words(changed)}",
    ]

    # Undo takes the dose change back out of the history; redo puts it back.
    qtbot.keyClick(history.open_button, Qt.Key.Key_Z, CTRL)
    assert [s.dose for s in journal.medications.get(new.id).steps] == ["125 mg"]
    assert len(pane.since_lines()) == 1
    assert editor.dose_edit.text() == "125 mg"
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert [s.dose for s in journal.medications.get(new.id).steps] == ["125 mg", "100 mg"]

    # The stop, typed into Stopped on (Alt+O); Tab leaves and saves it.
    qtbot.keyClick(focused(), Qt.Key.Key_O, ALT)
    assert focused() is editor.stopped_edit
    qtbot.keyClicks(editor.stopped_edit, written(stopped))
    qtbot.keyClick(editor.stopped_edit, Qt.Key.Key_Tab)
    assert journal.medications.get(new.id).stopped_on == stopped
    # Stopped before today: now under Past, still picked.
    assert pane.current_model.rowCount() == 0
    assert pane.past_model.rowCount() == 1
    assert pane.selected_medication() is not None
    assert pane.selected_medication().id == new.id

    expected = [
        f"▶ Started palbociclib 125 mg Days 1-21 of 28 on {in_words(started)}",
        f"↕ Changed palbociclib: 125 mg → 100 mg on {in_words(changed)}",
        f"■ Stopped palbociclib on {in_words(stopped)}",
    ]
    assert pane.since_lines() == expected
    assert pane.since_heading.text() == f"Since your last appointment ({in_words(last_visit)})"
    events = journal.medications.changes_between(last_visit)
    assert [(e.kind, e.on) for e in events] == [
        (MedicationEventKind.STARTED, started),
        (MedicationEventKind.CHANGED, changed),
        (MedicationEventKind.STOPPED, stopped),
    ]
    changed_event = events[1]
    assert changed_event.before is not None
    assert changed_event.after is not None
    assert (changed_event.before.dose, changed_event.after.dose) == ("125 mg", "100 mg")
    # Nothing from before the last appointment is said to be new.
    assert journal.medications.changes_between(stopped + timedelta(days=1)) == []

    # Esc goes back to the list, on the same medicine; Delete there deletes it, with undo.
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is pane.past_list
    qtbot.keyClick(pane.past_list, Qt.Key.Key_Delete)
    assert journal.medications.list() == []
    assert pane.undo_banner.isVisible()
    assert "palbociclib" in pane.undo_banner.label.text()
    assert "Nothing started, changed or stopped" in pane.since_lines()[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    (restored,) = journal.medications.list()
    assert restored.id == new.id
    assert [(s.dose, s.from_day) for s in restored.steps] == [
        ("125 mg", None),
        ("100 mg", changed),
    ]
    assert pane.since_lines() == expected
    assert pane.selected_medication() is not None
    assert pane.selected_medication().id == new.id


# --- messages beside the field ---------------------------------------------------------------


def test_a_stop_before_the_start_is_said_beside_the_field_and_changes_nothing(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal, undo_stack: QUndoStack
) -> None:
    start = TODAY - timedelta(days=30)
    medication = journal.medications.add(
        NewMedication(name="letrozole", dose="2.5 mg", started_on=start)
    )
    assert pane.select_medication(medication.id)
    before = journal.medications.get(medication.id)
    commands = undo_stack.count()
    editor = pane.editor
    pane.current_list.setFocus()
    qtbot.keyClick(pane.current_list, Qt.Key.Key_O, ALT)
    assert focused() is editor.stopped_edit
    qtbot.keyClicks(editor.stopped_edit, written(start - timedelta(days=3)))
    message = editor.messages["stopped_on"]
    assert message.message == "The day it stopped can't be before the day it started."
    assert message.text().startswith("⚠")  # not colour alone
    assert editor.stopped_edit.accessibleDescription() == message.message
    qtbot.keyClick(editor.stopped_edit, Qt.Key.Key_Tab)  # leaving tries to save
    assert message.has_message()
    assert editor.saved_label.text() == "⚠ Not saved yet"
    assert journal.medications.get(medication.id) == before
    assert undo_stack.count() == commands
    assert pane.has_unsaved()
    # Fixed by typing a later day: the message goes and the stop is saved.
    type_date(qtbot, editor.stopped_edit, start + timedelta(days=3))
    assert not message.has_message()
    qtbot.keyClick(editor.stopped_edit, Qt.Key.Key_Tab)
    assert journal.medications.get(medication.id).stopped_on == start + timedelta(days=3)
    assert not pane.has_unsaved()


def test_a_dose_change_the_journal_refuses_is_said_beside_its_date(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal, undo_stack: QUndoStack
) -> None:
    start = TODAY - timedelta(days=60)
    medication = journal.medications.add(
        NewMedication(name="capecitabine", dose="1,000 mg", started_on=start)
    )
    journal.medications.change_dose(
        medication.id, DoseChange(dose="750 mg", on=TODAY - timedelta(days=10))
    )
    assert pane.select_medication(medication.id)
    history = pane.editor.history
    pane.open_details()
    qtbot.keyClick(focused(), Qt.Key.Key_G, ALT)
    qtbot.waitUntil(history.is_open)
    assert history.dose_edit.text() == "750 mg"
    qtbot.keyClicks(history.dose_edit, "500 mg")
    qtbot.keyClick(history.dose_edit, Qt.Key.Key_R, ALT)
    for day, said in (
        (start - timedelta(days=1), "A new dose can't start before the medicine was started."),
        (TODAY - timedelta(days=10), "A new dose has to start after the last change."),
    ):
        # The keyboard is on the date, its first part picked: the day is typed over it.
        assert focused() is history.date_edit
        qtbot.keyClicks(history.date_edit, written(day))
        qtbot.keyClick(history.date_edit, Qt.Key.Key_Return)
        assert history.messages["on"].message == said
        assert history.is_open()
        assert focused() is history.date_edit
    assert len(journal.medications.get(medication.id).steps) == 2
    assert undo_stack.count() == 0
    # The same dose as now is no change at all.
    history.dose_edit.setFocus()
    qtbot.keyClick(history.dose_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(history.dose_edit, "750 mg")
    type_date(qtbot, history.date_edit, TODAY)
    qtbot.keyClick(history.date_edit, Qt.Key.Key_Return)
    assert history.messages["dose"].has_message()
    assert len(journal.medications.get(medication.id).steps) == 2
    # Esc closes the fields, not the details.
    qtbot.keyClick(history.date_edit, Qt.Key.Key_Escape)
    assert not history.is_open()
    assert focused() is history.open_button


def test_typing_that_cant_be_saved_is_kept_and_shown_again(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    first = journal.medications.add(NewMedication(name="letrozole"))
    second = journal.medications.add(NewMedication(name="denosumab", route=Route.INJECTION))
    assert pane.select_medication(first.id)
    editor = pane.editor
    pane.open_details()
    qtbot.keyClick(focused(), Qt.Key.Key_I, ALT)  # What it's for
    assert focused() is editor.purpose_edit
    qtbot.keyClicks(editor.purpose_edit, "x" * 301)
    assert editor.messages["purpose"].message == "Keep this under 300 characters (now 301)."
    # Another medicine is picked: the typing is kept, and the pane says so.
    assert pane.select_medication(second.id)
    assert journal.medications.get(first.id).purpose == ""
    assert pane.has_unsaved()
    assert pane.unsaved_banner.isVisible()
    assert "letrozole" in pane.unsaved_banner.label.text()
    pane.show_unsaved()
    assert pane.selected_medication() is not None
    assert pane.selected_medication().id == first.id
    assert editor.purpose_edit.text() == "x" * 301
    assert editor.messages["purpose"].has_message()
    # Shortened, it is saved, and nothing waits any more.
    qtbot.keyClick(editor.purpose_edit, Qt.Key.Key_Backspace)
    pane.flush()
    assert journal.medications.get(first.id).purpose == "x" * 300
    assert not pane.has_unsaved()
    assert not pane.unsaved_banner.isVisible()


# --- current and past --------------------------------------------------------------------------


def test_stopped_yesterday_is_past_and_stopped_today_is_still_taken_now(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    start = TODAY - timedelta(days=100)
    yesterday = journal.medications.add(
        NewMedication(name="capecitabine", started_on=start, stopped_on=TODAY - timedelta(days=1))
    )
    today = journal.medications.add(
        NewMedication(name="letrozole", started_on=start, stopped_on=TODAY)
    )
    assert [m.id for m in pane.past_model.medications()] == [yesterday.id]
    assert [m.id for m in pane.current_model.medications()] == [today.id]
    index = pane.current_model.index(0, 0)
    card = pane.current_model.data(index)
    assert card.splitlines()[2] == f"Since {in_words(start)} · stopped today"
    past_card = pane.past_model.data(pane.past_model.index(0, 0))
    assert past_card.splitlines()[2].startswith(f"Stopped {in_words(TODAY - timedelta(days=1))}")


def test_stopped_today_is_one_key_and_undoable(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    medication = journal.medications.add(
        NewMedication(name="letrozole", started_on=TODAY - timedelta(days=5))
    )
    assert pane.select_medication(medication.id)
    pane.open_details()
    qtbot.keyClick(focused(), Qt.Key.Key_Y, ALT)  # Stopped today: clicked a moment later
    qtbot.waitUntil(lambda: journal.medications.get(medication.id).stopped_on == TODAY)
    assert pane.current_model.rowCount() == 1  # until tomorrow
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert journal.medications.get(medication.id).stopped_on is None
    assert pane.editor.stopped_edit.day() is None


# --- the offered names ---------------------------------------------------------------------------


def test_a_brand_picked_by_keyboard_fills_how_it_is_taken_only_while_it_is_the_default(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    editor = pane.editor
    medication = pane.add_medication()
    qtbot.keyClicks(editor.name_edit, "enher")  # any part of the name, any case
    popup = editor.completer.popup()
    assert editor.completer.currentCompletion() == "Enhertu (fam-trastuzumab deruxtecan)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    back_to_window(qtbot, pane)
    stored = journal.medications.get(medication.id)
    assert stored.name == "Enhertu (fam-trastuzumab deruxtecan)"
    assert stored.route == Route.INFUSION
    assert editor.route_combo.currentData() == Route.INFUSION
    # Chosen by the person, the route stays when the name changes to another known drug.
    pick_route(qtbot, pane, editor.route_combo, Route.INJECTION)
    assert journal.medications.get(medication.id).route == Route.INJECTION
    editor.name_edit.setFocus()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor.name_edit, "letrozole")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    back_to_window(qtbot, pane)
    assert journal.medications.get(medication.id).name == "letrozole"
    assert journal.medications.get(medication.id).route == Route.INJECTION
    # Free text is always allowed.
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor.name_edit, "Grandma's ginger tea")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    back_to_window(qtbot, pane)
    assert journal.medications.get(medication.id).name == "Grandma's ginger tea"


# --- the keyboard model and the empty area -------------------------------------------------------


def test_an_empty_journal_says_how_to_start_and_that_there_is_no_past_appointment(
    pane: MedicationsPane,
) -> None:
    assert pane.empty_label.isVisible()
    assert "New medicine" in pane.empty_label.text()
    assert not pane.editor.isVisible()
    assert "No past appointment yet" in pane.since_lines()[0]
    pane.focus_start()
    assert focused() is pane.new_button


def test_every_alt_letter_in_the_area_is_unique_and_leaves_the_menus_theirs(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    medication = journal.medications.add(NewMedication(name="letrozole", dose="2.5 mg"))
    journal.medications.change_dose(medication.id, DoseChange(dose="5 mg", on=TODAY))
    journal.medications.add(
        NewMedication(name="capecitabine", started_on=TODAY - timedelta(days=9), stopped_on=TODAY)
    )
    assert pane.select_medication(medication.id)
    pane.editor.history.open_form()
    letters = pane_mnemonics(pane)
    assert len(letters) >= 15
    assert [letter for letter in letters if letters.count(letter) > 1] == []
    assert set(letters).isdisjoint(set("feqvh"))  # File, Edit, Questions, View, Help


def pane_mnemonics(pane: MedicationsPane) -> list[str]:
    """Every Alt+letter the area answers to: labels of fields, and buttons."""
    found: list[str] = []
    for widget in pane.findChildren(QWidget):
        named = isinstance(widget, QLabel) and widget.buddy() is not None
        if not widget.isVisible() or not (named or isinstance(widget, QAbstractButton)):
            continue
        plain = widget.text().replace("&&", "")
        if "&" in plain:
            found.append(plain[plain.index("&") + 1].lower())
    return found


def test_enter_opens_the_details_and_esc_comes_back_when_they_take_turns(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    journal.medications.add(NewMedication(name="letrozole"))
    journal.medications.add(NewMedication(name="denosumab"))
    pane.resize(500, 700)  # too narrow for both side by side
    qtbot.wait(20)
    pane.fit_layout()
    assert pane.is_narrow
    pane.focus_start()
    assert focused() is pane.current_list
    qtbot.keyClick(pane.current_list, Qt.Key.Key_Down)
    picked = pane.selected_medication()
    assert picked is not None
    assert picked.name == "letrozole"
    assert not pane.editor.isVisible()
    qtbot.keyClick(pane.current_list, Qt.Key.Key_Return)
    assert pane.editor.isVisible()
    assert not pane.current_list.isVisible()
    assert focused() is pane.editor.name_edit
    qtbot.keyClick(pane.editor.name_edit, Qt.Key.Key_Escape)
    assert pane.current_list.isVisible()
    assert focused() is pane.current_list
    assert pane.selected_medication() == picked
    # A field's Alt+letter works from the list too: it opens the details at that field.
    qtbot.keyClick(pane.current_list, Qt.Key.Key_W, ALT)
    assert pane.editor.isVisible()
    assert focused() is pane.editor.route_combo


def test_the_lists_pick_one_row_at_a_time_and_say_the_whole_card(
    pane: MedicationsPane, journal: Journal
) -> None:
    journal.medications.add(
        NewMedication(name="denosumab", dose="120 mg", route=Route.INJECTION, schedule="monthly")
    )
    assert pane.current_list.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    index = pane.current_model.index(0, 0)
    spoken = pane.current_model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "denosumab. 120 mg monthly · Injection (a shot). No start date"


def test_only_what_has_happened_since_the_last_appointment_is_listed(
    qtbot: QtBot, journal: Journal, undo_stack: QUndoStack
) -> None:
    last_visit = add_past_appointment(journal, days_ago=30)
    journal.medications.add(
        NewMedication(name="letrozole", started_on=last_visit - timedelta(days=100))
    )
    journal.medications.add(
        NewMedication(name="exemestane", dose="25 mg", started_on=TODAY + timedelta(days=5))
    )
    journal.medications.add(
        NewMedication(
            name="fulvestrant", started_on=last_visit, stopped_on=TODAY + timedelta(days=9)
        )
    )
    pane = make_pane(qtbot, journal, undo_stack)
    # The day of the visit counts (a change made there is news for the next one); a start or
    # stop planned for later has not happened yet; a start before the visit is old news.
    assert pane.since_lines() == [f"▶ Started fulvestrant on {in_words(last_visit)}"]


def test_undo_of_a_new_medicine_takes_it_away_and_redo_brings_back_its_name(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    qtbot.keyClick(pane, Qt.Key.Key_M, CTRL | SHIFT)
    qtbot.keyClicks(pane.editor.name_edit, "tamoxifen")
    qtbot.keyClick(pane.editor.name_edit, Qt.Key.Key_Escape)  # saves, back to the list
    assert focused() is pane.current_list
    assert [m.name for m in journal.medications.list()] == ["tamoxifen"]
    qtbot.keyClick(pane.current_list, Qt.Key.Key_Z, CTRL)
    assert journal.medications.list() == []
    assert pane.empty_label.isVisible()
    assert not pane.has_unsaved()
    qtbot.keyClick(focused() or pane, Qt.Key.Key_Y, CTRL)
    assert [m.name for m in journal.medications.list()] == ["tamoxifen"]
    assert pane.selected_medication() is not None


def test_a_click_in_an_empty_stop_date_never_stops_the_medicine(
    qtbot: QtBot, pane: MedicationsPane, journal: Journal
) -> None:
    medication = journal.medications.add(NewMedication(name="letrozole"))
    assert pane.select_medication(medication.id)
    field = pane.editor.stopped_edit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    # Its calendar opens on this month, and nothing is picked until a day is.
    arrow = field.rect().topRight() + QPoint(-4, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = field.calendarWidget()
    assert calendar is not None
    assert (calendar.yearShown(), calendar.monthShown()) == (TODAY.year, TODAY.month)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    pane.flush()
    assert field.day() is None
    assert journal.medications.get(medication.id).stopped_on is None
    # Delete with the whole date picked empties a date again.
    type_date(qtbot, field, TODAY)
    assert field.day() == TODAY
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.day() is None
    assert field.text() == "Still taking it"
