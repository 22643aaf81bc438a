"""My goals by keyboard only, on a real journal: every section filled, everything left blank,
the dated history with undo, a side effect in both lists, typing too long to save, "What
changed since my last appointment", and the Alt letters."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.goals import (
    GoalName,
    HelpAtHome,
    Importance,
    Preferences,
    SecondOpinion,
    SideEffectTopic,
    Travel,
    TreatmentForm,
    YesMaybeNo,
    YesNo,
)
from mbc_desktop.ui.common.widgets import mnemonic_letter
from mbc_desktop.ui.goals.pane import GoalsPane

from .conftest import GoalsArea, OpenGoals, alt, set_text_scale

MENU_LETTERS = set("FEQVH")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def choose(qtbot: QtBot, letters: str) -> None:
    """Pick in the closed choice that has the keyboard by typing the first letter of an item
    (a letter again: the next item with it), as a person would, a moment apart."""
    for letter in letters:
        qtbot.wait(QApplication.keyboardInputInterval() + 20)
        qtbot.keyClicks(focused(), letter)


def next_section(qtbot: QtBot) -> None:
    key(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)


def progress(pane: GoalsPane) -> str:
    # Until lupdate has collected the message, English shows the source's "(s)".
    return pane.form.progress_label.text().replace("section(s)", "sections")


def check(qtbot: QtBot, rows: list[int]) -> None:
    """In the check list that has the keyboard: Space on each row (Down to move)."""
    checks = focused()
    assert isinstance(checks, QListWidget)
    at = checks.currentRow()
    for row in rows:
        while at < row:
            qtbot.keyClick(checks, Qt.Key.Key_Down)
            at += 1
        qtbot.keyClick(checks, Qt.Key.Key_Space)


def goals_answers(area: GoalsArea) -> dict[str, object]:
    return area.journal.goals.answers.current("goals")


def test_filling_every_section_by_keyboard(qtbot: QtBot, open_goals: OpenGoals) -> None:
    area = open_goals()
    pane = area.pane
    assert focused() is pane.form.index
    assert progress(pane) == "0 of 8 sections answered"
    key(qtbot, Qt.Key.Key_Return)  # into the first section
    type_text(qtbot, "Being well enough for my daughter's wedding")
    next_section(qtbot)  # leaving the field saves it
    # How much each goal matters: a letter picks in a closed choice
    assert focused().objectName() == "importance_living_longer"
    choose(qtbot, "V")
    alt(qtbot, "K")
    choose(qtbot, "S")
    alt(qtbot, "Y")
    choose(qtbot, "V")
    alt(qtbot, "R")
    choose(qtbot, "NN")  # the second "N…": Not sure
    next_section(qtbot)
    assert focused().objectName() == "hardest_side_effects"
    check(qtbot, [0, 2])  # nausea, hair loss
    alt(qtbot, "O")
    type_text(qtbot, "Long hospital stays")
    alt(qtbot, "S")
    check(qtbot, [8])  # hot flashes
    alt(qtbot, "R")
    type_text(qtbot, "A little tiredness")
    next_section(qtbot)
    choose(qtbot, "P")  # Pills
    alt(qtbot, "W")
    type_text(qtbot, "Near home")
    alt(qtbot, "T")
    choose(qtbot, "A")  # A few hours
    next_section(qtbot)
    choose(qtbot, "M")  # Maybe
    next_section(qtbot)
    type_text(qtbot, "My plan may not cover the cancer center")
    alt(qtbot, "M")
    check(qtbot, [0, 6])  # transport, someone to talk to
    alt(qtbot, "B")
    type_text(qtbot, "My sister drives on Tuesdays")
    next_section(qtbot)
    type_text(qtbot, "Ana Ruiz")
    alt(qtbot, "R")
    type_text(qtbot, "Sister")
    alt(qtbot, "M")
    choose(qtbot, "Y")
    next_section(qtbot)
    choose(qtbot, "C")  # Considering
    alt(qtbot, "C")
    type_text(qtbot, "City Cancer Center")
    key(qtbot, Qt.Key.Key_Tab)  # leaving it saves it

    got = area.journal.goals.current()
    assert got == Preferences(
        importance={
            GoalName.LIVING_LONGER: Importance.VERY_IMPORTANT,
            GoalName.DELAYING_PROGRESSION: Importance.SOMEWHAT_IMPORTANT,
            GoalName.QUALITY_OF_LIFE: Importance.VERY_IMPORTANT,
            GoalName.SYMPTOM_RELIEF: Importance.NOT_SURE,
        },
        what_matters_most="Being well enough for my daughter's wedding",
        hardest_side_effects=(SideEffectTopic.NAUSEA, SideEffectTopic.HAIR_LOSS),
        own_hardest="Long hospital stays",
        easiest_side_effects=(SideEffectTopic.HOT_FLASHES,),
        own_easiest="A little tiredness",
        treatment_form=TreatmentForm.PILLS,
        where_treated="Near home",
        travel=Travel.A_FEW_HOURS,
        trials_interest=YesMaybeNo.MAYBE,
        insurance_concerns="My plan may not cover the cancer center",
        help_at_home=(HelpAtHome.TRANSPORT, HelpAtHome.SOMEONE_TO_TALK_TO),
        help_notes="My sister drives on Tuesdays",
        advocate_name="Ana Ruiz",
        advocate_relationship="Sister",
        advocate_may_speak=YesNo.YES,
        second_opinion=SecondOpinion.CONSIDERING,
        second_opinion_where="City Cancer Center",
    )
    assert progress(pane) == "8 of 8 sections answered"
    assert all(pane.form.index.item(row).text().startswith("✓") for row in range(8))
    assert pane.saved_label.text() == "✓ Saved"
    assert not pane.has_unsaved()

    # A new window on the same journal shows every answer.
    again = open_goals()
    assert again.pane.fields["own_easiest"].read() == "A little tiredness"
    assert again.pane.fields["help_at_home"].read() == (
        HelpAtHome.TRANSPORT,
        HelpAtHome.SOMEONE_TO_TALK_TO,
    )
    assert again.pane.fields["importance.symptom_relief"].read() == Importance.NOT_SURE
    assert progress(again.pane) == "8 of 8 sections answered"


def test_leaving_everything_blank_records_nothing(qtbot: QtBot, open_goals: OpenGoals) -> None:
    area = open_goals()
    pane = area.pane
    key(qtbot, Qt.Key.Key_Return)
    for _section in range(pane.form.count()):
        for _tab in range(6):  # through the fields, and out of the last one
            key(qtbot, Qt.Key.Key_Tab)
        pane.form.show_section(min(pane.form.current() + 1, pane.form.count() - 1))
    pane.flush()
    assert goals_answers(area) == {}
    assert area.undo_stack.count() == 0
    assert progress(pane) == "0 of 8 sections answered"
    assert all(pane.form.index.item(row).text().startswith("○") for row in range(8))
    assert not pane.has_unsaved()


def test_a_change_is_dated_the_earlier_answer_kept_and_undo_takes_it_back(
    qtbot: QtBot, open_goals: OpenGoals
) -> None:
    area = open_goals()
    pane = area.pane
    goals = area.journal.goals
    pane.form.show_section(3)  # Treatment
    alt(qtbot, "T")
    choose(qtbot, "W")  # Within an hour
    assert goals.current().travel is Travel.WITHIN_AN_HOUR
    choose(qtbot, "A")  # A few hours
    choose(qtbot, "A")  # the next "A…": Anywhere, for the right trial
    assert goals.current().travel is Travel.ANYWHERE_FOR_THE_RIGHT_TRIAL
    history = goals.answers.history("goals", "travel")
    assert [a.value for a in history] == [
        "within_an_hour",
        "a_few_hours",
        "anywhere_for_the_right_trial",
    ]
    assert area.undo_stack.undoText() == "Change “How far I would travel”"

    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert goals.current().travel is Travel.A_FEW_HOURS
    assert pane.fields["travel"].read() == Travel.A_FEW_HOURS
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert goals.current().travel is None
    assert pane.fields["travel"].read() is None
    assert goals.answers.history("goals", "travel") == []
    key(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert goals.current().travel is Travel.WITHIN_AN_HOUR
    assert pane.fields["travel"].read() == Travel.WITHIN_AN_HOUR

    # Typing: saved a moment after it stops, one undo step.
    alt(qtbot, "W")
    type_text(qtbot, "Near home")
    qtbot.waitUntil(lambda: goals.current().where_treated == "Near home", timeout=3000)
    pane.form.show_section(0)  # from another section, undo goes back to the answer's
    pane.form.index.setFocus()
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert goals.current().where_treated == ""
    assert pane.fields["where_treated"].read() == ""
    assert pane.form.current() == 3


def test_a_side_effect_in_both_lists_is_not_saved_and_says_why(
    qtbot: QtBot, open_goals: OpenGoals
) -> None:
    area = open_goals()
    pane = area.pane
    pane.form.show_section(2)
    check(qtbot, [0])  # nausea: hardest
    alt(qtbot, "S")
    check(qtbot, [0])  # nausea: easiest too
    message = pane.fields["easiest_side_effects"].message
    assert message is not None
    assert message.message.startswith("A side effect can't be both")
    assert pane.has_unsaved()
    assert pane.saved_label.text() == "⚠ Not saved yet"
    assert area.journal.goals.current().hardest_side_effects == (SideEffectTopic.NAUSEA,)
    assert area.journal.goals.current().easiest_side_effects == ()
    check(qtbot, [0])  # uncheck it again
    assert not message.has_message()
    assert not pane.has_unsaved()
    check(qtbot, [1])  # tiredness is fine
    assert area.journal.goals.current().easiest_side_effects == (SideEffectTopic.TIREDNESS,)


def test_typing_too_long_to_save_is_kept_with_its_message(
    qtbot: QtBot, open_goals: OpenGoals
) -> None:
    area = open_goals()
    pane = area.pane
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Time with my family. ")
    pane.flush()
    qtbot.keyClicks(focused(), "x" * 300)
    message = pane.fields["what_matters_most"].message
    assert message is not None
    assert message.has_message()
    assert "300" in message.message
    pane.flush()
    assert area.journal.goals.current().what_matters_most == "Time with my family."
    assert pane.has_unsaved()
    # Another answer saved meanwhile: the typing that can't be saved stays as typed.
    pane.form.show_section(4)
    choose(qtbot, "Y")
    assert area.journal.goals.current().trials_interest is YesMaybeNo.YES
    pane.form.index.setFocus()
    pane.form.show_section(5, focus=False)
    assert pane.show_unsaved()
    assert pane.form.current() == 0
    assert focused() is pane.fields["what_matters_most"].widget
    assert pane.fields["what_matters_most"].read() == "Time with my family. " + "x" * 300


def test_what_changed_since_the_last_appointment(
    qtbot: QtBot, open_goals: OpenGoals, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = open_goals()
    pane = area.pane
    journal = area.journal
    pane.form.show_section(pane.changes_section)
    assert "nothing to compare" in pane.since_label.text()

    now = datetime.now(UTC)
    monkeypatch.setattr(journal.answers, "_clock", lambda: now - timedelta(days=30))
    journal.goals.save(Preferences(travel=Travel.WITHIN_AN_HOUR, own_hardest="Needles"))
    journal.appointments.add(NewAppointment(starts_at=now - timedelta(days=10), time_zone="UTC"))
    monkeypatch.setattr(journal.answers, "_clock", lambda: now)
    pane.form.show_section(3)
    alt(qtbot, "T")
    choose(qtbot, "AA")  # A few hours, then Anywhere, for the right trial
    pane.form.show_section(2)
    alt(qtbot, "O")
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    pane.flush()
    pane.form.show_section(pane.changes_section)
    day = now.astimezone().strftime("%b %-d, %Y")
    lines = [label.text() for label in pane.changes_list.findChildren(QLabel)]
    assert lines == [  # in the order the form asks
        f"• Other hard side effects, in my words: cleared; it was “Needles” ({day})",
        f"• How far I would travel: from “Within an hour” to “Anywhere, for the right trial” "
        f"({day})",
    ]
    assert pane.since_label.text().startswith("Since your last appointment (")


def test_alt_letters_are_unique_in_each_section_and_leave_the_menus_alone(
    qtbot: QtBot, open_goals: OpenGoals
) -> None:
    area = open_goals()
    pane = area.pane
    for index in range(pane.form.count()):
        page = pane.form.page(index)
        letters = []
        for label in page.findChildren(QLabel):
            letter = mnemonic_letter(label.text())
            if letter is not None:
                assert label.buddy() is not None, label.text()
                letters.append(letter)
        assert len(letters) == len(set(letters)), (pane.form.title(index), letters)
        assert not set(letters) & MENU_LETTERS, (pane.form.title(index), letters)
    # A hidden section's letter does nothing: Alt+R is "Relief…" on the goals page only.
    pane.form.show_section(1)
    alt(qtbot, "R")
    assert focused().objectName() == "importance_symptom_relief"
    pane.form.show_section(6)
    alt(qtbot, "R")
    assert focused().objectName() == "advocateRelationship"


def test_every_control_is_named(qtbot: QtBot, open_goals: OpenGoals) -> None:
    area = open_goals()
    nameless = [
        widget.objectName() or type(widget).__name__
        for widget in area.pane.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.accessibleName()
        and widget.focusProxy() is None
        and widget.window() is area.window  # not a closed choice's list
    ]
    assert nameless == []


def test_at_200_percent_the_index_goes_above_and_nothing_is_wider_than_the_area(
    qtbot: QtBot, open_goals: OpenGoals
) -> None:
    area = open_goals()
    pane = area.pane
    area.window.resize(830, 700)  # the area beside the main window's sidebar
    set_text_scale(area, 2.0)
    qtbot.waitUntil(lambda: not pane.form.is_side_by_side())
    for index in range(pane.form.count()):
        pane.form.show_section(index, focus=False)
        qtbot.wait(10)
        assert pane.width() <= area.scroller.viewport().width(), pane.form.title(index)
    # Every section's name shows whole in the index.
    index = pane.form.index
    for row in range(index.count()):
        rect = index.visualItemRect(index.item(row))
        assert rect.width() >= index.fontMetrics().horizontalAdvance(index.item(row).text())
        assert index.viewport().rect().contains(rect)
