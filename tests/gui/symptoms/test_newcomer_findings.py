"""What a newcomer's probe of the Symptoms area found, each kept fixed: a refused "other
problem" is explained at its own field; a digit never lands on the optional other problem by
itself; editing an entry starts on the symptom whose entry it is."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.ui.symptoms.pane import FORM_PAGE
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    alt,
    check_in_at,
    days_ago,
    esas,
    type_keys,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_an_other_problem_named_like_a_scale_is_explained_at_its_name(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    qtbot.keyClick(area.pane, Qt.Key.Key_K, CTRL_SHIFT)
    form = area.pane.form
    type_keys(qtbot, "3")
    form.other_name.setText("Tiredness")
    form.other_row.scale.set_value(4)
    qtbot.keyClick(form.other_name, Qt.Key.Key_Return)
    assert area.pane.page == FORM_PAGE
    assert journal.symptoms.check_ins() == []
    assert "already a scale above" in form.other_name_message.text()
    assert not form.form_message.has_message()
    assert QApplication.focusWidget() is form.other_name


def test_digits_go_from_the_last_scale_to_the_note_never_to_the_other_problem(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    qtbot.keyClick(area.pane, Qt.Key.Key_K, CTRL_SHIFT)
    form = area.pane.form
    type_keys(qtbot, "234523452")  # the nine ESAS-r scales
    assert QApplication.focusWidget() is form.note_edit
    assert form.other_row.scale.value() is None
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Return)
    [saved] = journal.symptoms.check_ins()
    assert len(saved.scores) == 9


def test_editing_an_entry_starts_on_the_symptom_whose_entry_it_is(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain, tiredness, _drowsiness, _nausea, appetite = esas(journal)[:5]
    saved = check_in_at(journal, days_ago(1), {pain.id: 2, appetite.id: 5, tiredness.id: 3})
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.select(appetite.id)
    alt(qtbot, "R")  # to the entries of Lack of Appetite
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    form = area.pane.form
    assert QApplication.focusWidget() is form.rows[appetite.id].scale
    type_keys(qtbot, "7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert journal.symptoms.get_check_in(saved.id).scores == {
        pain.id: 2,
        appetite.id: 7,
        tiredness.id: 3,
    }


def test_a_change_reads_2_0_only_when_it_is_flagged(journal: Journal) -> None:
    from fractions import Fraction

    from mbc_desktop.words.i18n import change_decimal

    # 3.96 now against 2.0 before is 1.96 worse: not flagged, so it must not read "2.0".
    assert change_decimal(Fraction(196, 100)) == "1.9"
    assert change_decimal(Fraction(2)) == "2.0"
    assert change_decimal(Fraction(-196, 100)) == "-1.9"
    assert change_decimal(Fraction(21, 10)) == "2.1"


def test_redoing_the_delete_of_a_symptoms_only_entry_keeps_the_keyboard_in_the_area(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain, tiredness = esas(journal)[:2]
    check_in_at(journal, days_ago(2), {pain.id: 4})
    check_in_at(journal, days_ago(1), {tiredness.id: 5})  # Tiredness's only entry
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.select(tiredness.id)
    alt(qtbot, "R")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    area.undo_stack.undo()
    assert QApplication.focusWidget() is overview.trend.entries
    area.undo_stack.redo()
    assert len(journal.symptoms.check_ins()) == 1
    focused = QApplication.focusWidget()
    assert focused is not None
    assert area.pane.isAncestorOf(focused)
