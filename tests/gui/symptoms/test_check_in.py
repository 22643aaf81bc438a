"""The daily check-in by keyboard only, on a real journal: Ctrl+Shift+K, a digit per scale,
Enter. Skipped scales store nothing (not a zero), "1" then "0" is 10, the time defaults to now
and can be changed, who filled it in and a note are kept; Esc keeps what was entered."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain.symptoms import (
    ESAS_R,
    ESAS_R_ACKNOWLEDGEMENT,
    ESAS_R_INSTRUCTION,
    CompletedBy,
    NewSymptom,
)
from mbc_desktop.ui.symptoms.pane import FORM_PAGE, OVERVIEW_PAGE
from mbc_desktop.ui.symptoms.score_scale import TEN_WITHIN_MS, ScoreScale
from mbc_desktop.words.dates import date_edit_format, qdate, qtime, time_edit_format
from tests.gui.symptoms.conftest import OpenSymptoms, SymptomsArea, esas

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Presses keys where the keyboard is, as a person does, and counts them."""

    def __init__(self, qtbot: QtBot, area: SymptomsArea) -> None:
        self.qtbot = qtbot
        self.area = area
        self.count = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(
        self,
        key: Qt.Key | str,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.qtbot.keyClick(self.focused(), key, modifiers)
        self.count += 1

    def type(self, text: str) -> None:
        for char in text:
            self.press(char)


def test_a_full_check_in_takes_eleven_keys_and_stores_exactly_what_was_typed(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    before = datetime.now(UTC)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    assert area.pane.page == FORM_PAGE
    focused = keys.focused()
    assert isinstance(focused, ScoreScale)
    assert focused.accessibleName() == "Pain"
    keys.type("352748169")  # the "1" stands as 1: the "6" goes to the next scale
    keys.press(Qt.Key.Key_Return)
    assert keys.count <= 12
    assert area.pane.page == OVERVIEW_PAGE
    [saved] = journal.symptoms.check_ins()
    scales = esas(journal)
    assert {s.name: saved.scores[s.id] for s in scales} == dict(
        zip([scale.name for scale in ESAS_R], [3, 5, 2, 7, 4, 8, 1, 6, 9], strict=True)
    )
    # Now, to the minute it was opened, in this computer's zone; by me; no note.
    assert before - timedelta(seconds=1) <= saved.taken_at <= datetime.now(UTC)
    assert saved.completed_by is CompletedBy.ME
    assert saved.note == ""
    # Back on "Check in now", with the banner's Undo.
    assert keys.focused() is area.pane.overview.check_in_button
    assert area.pane.overview.undo_banner.isVisible()
    assert "saved" in area.pane.overview.undo_banner.label.text()


def test_a_skipped_scale_has_no_score_not_a_zero_and_1_then_0_is_ten(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.type("10")  # Pain 10
    keys.press(Qt.Key.Key_Down)  # Tiredness skipped
    keys.type("0")  # Drowsiness 0
    keys.press(Qt.Key.Key_Tab)  # Nausea skipped
    keys.type("4")  # Lack of appetite 4
    keys.press(Qt.Key.Key_Return)
    [saved] = journal.symptoms.check_ins()
    pain, tiredness, drowsiness, nausea, appetite = esas(journal)[:5]
    assert saved.scores == {pain.id: 10, drowsiness.id: 0, appetite.id: 4}
    assert tiredness.id not in saved.scores
    assert nausea.id not in saved.scores


def test_a_lone_1_moves_on_when_the_moment_passes(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    pain = keys.focused()
    keys.type("1")
    assert keys.focused() is pain  # waiting for a "0"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not pain, timeout=TEN_WITHIN_MS * 3)
    assert keys.focused().accessibleName() == "Tiredness"
    keys.type("0")  # a 0 now is Tiredness's, not a 10 for Pain
    keys.press(Qt.Key.Key_Return)
    [saved] = journal.symptoms.check_ins()
    pain_scale, tiredness = esas(journal)[:2]
    assert saved.scores == {pain_scale.id: 1, tiredness.id: 0}


def test_arrows_change_a_scale_and_backspace_clears_it(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    pain = keys.focused()
    assert isinstance(pain, ScoreScale)
    keys.press(Qt.Key.Key_Right)  # skipped → 0, without moving on
    assert pain.value() == 0
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Right)
    assert pain.value() == 2
    keys.press(Qt.Key.Key_Left)
    assert (pain.value(), keys.focused()) == (1, pain)
    assert "1" in pain.accessibleDescription()
    keys.press(Qt.Key.Key_Backspace)
    assert pain.value() is None
    assert "skipped" in pain.accessibleDescription()
    keys.press(Qt.Key.Key_End)
    assert pain.value() == 10
    keys.press(Qt.Key.Key_Minus)
    assert pain.value() is None
    # Up and Down go between the scales without changing them.
    keys.press(Qt.Key.Key_Down)
    assert keys.focused().accessibleName() == "Tiredness"
    keys.press(Qt.Key.Key_Up)
    assert keys.focused() is pain
    assert pain.value() is None


def test_a_changed_time_who_and_a_note_are_stored(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.type("4")
    # Yesterday, two hours earlier than now, typed as it is written.
    local = datetime.now().astimezone()
    meant = (local - timedelta(days=1, hours=2)).replace(second=0, microsecond=0)
    keys.press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert keys.focused() is area.pane.form.date_edit
    keys.type(QLocale().toString(qdate(meant), date_edit_format()))
    keys.press(Qt.Key.Key_Tab)
    keys.type(QLocale().toString(qtime(meant), time_edit_format()))
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert keys.focused() is area.pane.form.completed_by
    keys.press(Qt.Key.Key_Down)  # opens the list (a closed choice never changes by arrow)
    popup = area.pane.form.completed_by.view()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    keys.type("Slept badly")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    keys.type("ok")
    keys.press(Qt.Key.Key_Return)  # saves, from the note too
    [saved] = journal.symptoms.check_ins()
    assert saved.taken_at == meant.astimezone(UTC)
    assert saved.completed_by is CompletedBy.CAREGIVER
    assert saved.note == "Slept badly\nok"


def test_nothing_rated_says_so_and_keeps_the_form(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.press(Qt.Key.Key_Return)
    assert area.pane.page == FORM_PAGE
    assert "at least one symptom" in area.pane.form.form_message.message
    assert journal.symptoms.check_ins() == []
    # The keyboard is back on the first scale, ready.
    assert keys.focused().accessibleName() == "Pain"


def test_the_other_problem_is_named_and_the_last_name_is_offered(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    form = area.pane.form
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    assert form.other_name.placeholderText() == "for example constipation"
    keys.press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    keys.press(Qt.Key.Key_Tab)  # to its scale
    keys.type("6")
    keys.press(Qt.Key.Key_Return)
    # Scored without a name: said under the name, and nothing saved.
    assert "Name the other problem" in form.other_name_message.message
    assert keys.focused() is form.other_name
    form.other_row.scale.set_value(7)  # still without a name: still said
    assert "Name the other problem" in form.other_name_message.message
    keys.type("Constipation")
    assert not form.other_name_message.has_message()
    assert form.other_row.low_label.text() == "No Constipation"
    keys.press(Qt.Key.Key_Return)
    [saved] = journal.symptoms.check_ins()
    other = journal.symptoms.last_other_problem()
    assert other is not None
    assert other.name == "Constipation"
    assert saved.scores == {other.id: 7}
    # The next check-in offers the same name.
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    assert form.other_name.text() == "Constipation"
    assert form.other_row.scale.value() is None


def test_esc_leaves_without_asking_and_the_check_in_can_be_taken_up_again(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.type("37")
    keys.press(Qt.Key.Key_Escape)
    assert area.pane.page == OVERVIEW_PAGE
    assert journal.symptoms.check_ins() == []
    banner = area.pane.overview.draft_banner
    assert banner.isVisible()
    keys.press(Qt.Key.Key_Tab)  # the banner's button, right after "Check in now"
    assert keys.focused() is banner.button
    keys.press(Qt.Key.Key_Space)
    assert area.pane.page == FORM_PAGE
    keys.press(Qt.Key.Key_Return)
    [saved] = journal.symptoms.check_ins()
    pain, tiredness = esas(journal)[:2]
    assert saved.scores == {pain.id: 3, tiredness.id: 7}
    # A new check-in starts empty.
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    assert area.pane.form.scores() == {}


def test_an_empty_form_left_with_esc_leaves_no_banner(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.press(Qt.Key.Key_Escape)
    assert not area.pane.overview.draft_banner.isVisible()
    assert keys.focused() is area.pane.overview.check_in_button


def test_undo_takes_a_saved_check_in_back(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.type("5")
    keys.press(Qt.Key.Key_Return)
    assert len(journal.symptoms.check_ins()) == 1
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.symptoms.check_ins() == []
    assert not area.pane.overview.undo_banner.isVisible()
    saved_id = area.undo_stack.command(0).check_in.id  # type: ignore[attr-defined]
    area.undo_stack.redo()  # the same check-in again, under the same id
    assert [c.id for c in journal.symptoms.check_ins()] == [saved_id]


def test_own_symptoms_come_after_the_esas_r_scales_with_plain_end_words(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    hot = journal.symptoms.add_symptom(NewSymptom(name="Hot flashes"))
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    form = area.pane.form
    names = [row.scale.accessibleName() for row in form.scales()]
    assert names[:9] == [scale.name for scale in ESAS_R]
    assert names[9] == "Hot flashes"
    assert form.rows[hot.id].low_label.text() == "None"
    assert form.rows[hot.id].high_label.text() == "Worst possible"
    keys.type("0000000002")  # the tenth digit is for Hot flashes
    keys.press(Qt.Key.Key_Return)
    [saved] = journal.symptoms.check_ins()
    assert saved.scores[hot.id] == 2
    assert len(saved.scores) == 10


def test_the_form_shows_the_esas_r_as_published_with_its_acknowledgement(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    area.pane.start_check_in()
    form = area.pane.form
    assert form.instruction.text() == ESAS_R_INSTRUCTION
    assert ESAS_R_ACKNOWLEDGEMENT in form.acknowledgement.text()
    for scale, row in zip(ESAS_R, form.rows.values(), strict=True):
        assert row.name_label.text() == scale.name
        assert row.low_label.text() == scale.low
        assert row.high_label.text() == scale.high
        assert row.definition_label.text() == scale.definition
    # In English, no notice that the scales stay in English.
    assert not form.language_notice.isVisible()


def test_a_1_then_enter_saves_a_1(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.type("1")
    keys.press(Qt.Key.Key_Return)  # before the moment passes
    [saved] = journal.symptoms.check_ins()
    assert saved.scores == {esas(journal)[0].id: 1}
    qtbot.wait(TEN_WITHIN_MS + 100)  # the moment passing later moves nothing
    assert keys.focused() is area.pane.overview.check_in_button


def test_a_click_chooses_a_number_and_a_second_click_clears_it(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    area.pane.start_check_in()
    nausea = area.pane.form.rows[esas(journal)[3].id].scale
    seven = nausea.cell_rect(7).center().toPoint()
    qtbot.mouseClick(nausea, Qt.MouseButton.LeftButton, pos=seven)
    assert nausea.value() == 7
    assert QApplication.focusWidget() is nausea  # a click does not move on
    qtbot.mouseClick(nausea, Qt.MouseButton.LeftButton, pos=seven)
    assert nausea.value() is None


def test_a_time_in_the_future_is_refused_under_the_time(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    keys = Keyboard(qtbot, area)
    keys.press(Qt.Key.Key_K, CTRL_SHIFT)
    keys.type("2")
    form = area.pane.form
    form.date_edit.setDate(form.date_edit.date().addDays(2))
    keys.press(Qt.Key.Key_Return)
    assert form.when_message.message == "The check-in's time can't be in the future."
    assert keys.focused() is form.date_edit
    assert journal.symptoms.check_ins() == []
