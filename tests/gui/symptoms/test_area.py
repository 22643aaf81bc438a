"""The Symptoms area as a whole: nothing typed is lost when the app closes (``flush``,
``has_unsaved``, ``show_unsaved``), unique Alt+letters that leave the menus theirs, a name for
every control, and the layout at 1024×700 and 200 % text (list and trend take turns)."""

import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.medications import NewMedication
from mbc_desktop.domain.symptoms import (
    CHECK_IN_NOTE_MAX_CHARS,
    ESAS_R,
    ESAS_R_INSTRUCTION,
    NewSymptom,
)
from mbc_desktop.ui.common.focus import ringed_widget
from mbc_desktop.ui.common.theme import LIGHT, THEMES, Theme, apply_theme
from mbc_desktop.ui.symptoms.pane import FORM_PAGE, OVERVIEW_PAGE
from mbc_desktop.words.i18n import use_language
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    SymptomsArea,
    alt,
    check_in_at,
    days_ago,
    esas,
    set_text_scale,
    type_keys,
)

MNEMONIC = re.compile(r"&([^&])")
MENU_LETTERS = {"f", "e", "q", "v", "h"}
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def filled(journal: Journal) -> None:
    journal.appointments.add(NewAppointment(starts_at=days_ago(9), time_zone="UTC"))
    journal.symptoms.add_symptom(NewSymptom(name="Hot flashes"))
    journal.medications.add(NewMedication(name="letrozole"))
    scales = esas(journal)
    for days in range(1, 30, 2):
        check_in_at(journal, days_ago(days), {s.id: (days + s.id) % 11 for s in scales})


# --- nothing lost ----------------------------------------------------------------------------


def test_flush_saves_an_open_check_in_with_a_score(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    pane = area.pane
    pane.flush()  # nothing open: nothing happens
    qtbot.keyClick(area.focused(), Qt.Key.Key_K, CTRL_SHIFT)
    assert not pane.has_unsaved()
    pane.flush()  # open but empty: nothing to save
    assert journal.symptoms.check_ins() == []
    type_keys(qtbot, "46")
    assert not pane.has_unsaved()  # it can be saved as it is
    pane.flush()
    [saved] = journal.symptoms.check_ins()
    pain, tiredness = esas(journal)[:2]
    assert saved.scores == {pain.id: 4, tiredness.id: 6}
    assert pane.page == OVERVIEW_PAGE
    pane.flush()  # not twice
    assert len(journal.symptoms.check_ins()) == 1


def test_flush_applies_an_open_edit(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    saved = check_in_at(journal, days_ago(1), {pain.id: 4})
    area = open_symptoms()
    area.pane.edit_check_in(saved)
    type_keys(qtbot, "8")
    area.pane.flush()
    assert journal.symptoms.get_check_in(saved.id).scores == {pain.id: 8}
    area.undo_stack.undo()
    assert journal.symptoms.get_check_in(saved.id).scores == {pain.id: 4}


def test_input_that_cant_be_saved_is_reported_and_shown(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    pane = area.pane
    qtbot.keyClick(area.focused(), Qt.Key.Key_K, CTRL_SHIFT)
    type_keys(qtbot, "3")
    form = pane.form
    form.note_edit.setPlainText("x" * (CHECK_IN_NOTE_MAX_CHARS + 1))
    assert form.note_message.has_message()  # said as it is typed
    assert pane.has_unsaved()
    pane.flush()
    assert journal.symptoms.check_ins() == []  # kept in the form, not saved, not dropped
    assert pane.page == FORM_PAGE
    form.date_edit.setFocus()
    assert pane.show_unsaved()
    assert QApplication.focusWidget() is form.note_edit
    # Only a note, no score: it can't be saved either.
    form.note_edit.setPlainText("Only a note")
    form.rows[esas(journal)[0].id].scale.set_value(None)
    assert pane.has_unsaved()
    # Nothing at all: nothing to lose.
    form.note_edit.clear()
    assert not pane.has_unsaved()


def test_an_other_problem_scored_without_a_name_is_unsaved(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    pane = area.pane
    pane.start_check_in()
    pane.form.other_row.scale.set_value(5)
    assert pane.has_unsaved()
    assert pane.show_unsaved()
    assert QApplication.focusWidget() is pane.form.other_name
    assert "Name the other problem" in pane.form.other_name_message.message


# --- keyboard and names -----------------------------------------------------------------------


def mnemonics(root: QWidget) -> Counter[str]:
    letters: Counter[str] = Counter()
    for widget in root.findChildren(QWidget):
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            found = MNEMONIC.search(widget.text().replace("&&", ""))
            if found:
                letters[found.group(1).lower()] += 1
    return letters


def test_alt_letters_are_unique_in_the_area_and_leave_the_menus_theirs(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    filled(journal)
    journal.symptoms.archive(journal.symptoms.symptoms()[-1].id)  # "Track again" shows
    area = open_symptoms()
    area.pane.overview.own.show_stopped.setChecked(True)
    area.pane.start_check_in()  # the form's letters too
    letters = mnemonics(area.pane)
    assert len(letters) >= 15
    assert [letter for letter, count in letters.items() if count > 1] == []
    assert set(letters) & MENU_LETTERS == set()
    menu = Counter(
        m.group(1).lower()
        for action in area.pane.menu_actions
        if action is not None and (m := MNEMONIC.search(action.text()))
    )
    assert [letter for letter, count in menu.items() if count > 1] == []


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def nameless(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.inherits("QScrollBar")
        and not accessible_name(w).strip()
    ]


def test_every_control_has_a_name_on_both_pages(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    filled(journal)
    area = open_symptoms()
    assert nameless(area.pane) == []
    area.pane.start_check_in()
    assert nameless(area.pane) == []
    scale = area.pane.form.rows[esas(journal)[1].id].scale
    assert scale.accessibleName() == "Tiredness"
    assert scale.accessibleDescription() == (
        "Now: skipped. From 0, No Tiredness, to 10, Worst Possible Tiredness."
    )


def test_tab_goes_through_the_form_in_reading_order(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    area.pane.start_check_in()
    form = area.pane.form
    order: list[QWidget | None] = []
    for _ in range(24):
        now = QApplication.focusWidget()
        if not order or order[-1] is not now:  # Tab goes through a date's parts first
            order.append(now)
        qtbot.keyClick(area.focused(), Qt.Key.Key_Tab)
    scales = [row.scale for row in form.rows.values()]
    assert order[:9] == scales
    assert order[9:17] == [
        form.other_name,
        form.other_row.scale,
        form.date_edit,
        form.time_edit,
        form.completed_by,
        form.note_edit,
        form.save_button,
        form.cancel_button,
    ]


# --- layout -----------------------------------------------------------------------------------


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def sideways_problems(area: SymptomsArea) -> list[str]:
    """Controls cut off at the right, or narrower than they need (a squeezed button)."""
    viewport = area.scroller.viewport()
    problems = []
    for widget in area.pane.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QLabel):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.text()!r}"
        if rect_in(widget, viewport).right() > viewport.width():
            problems.append(f"cut: {name}")
        if (
            isinstance(widget, QAbstractButton)
            and widget.width() < widget.minimumSizeHint().width()
        ):
            problems.append(f"squeezed: {name}")
    return problems


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_fits_1024_by_700_without_widening_or_clipping_sideways(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms, scale: float
) -> None:
    filled(journal)
    area = open_symptoms()
    set_text_scale(area, scale)
    qtbot.wait(50)
    assert area.scroller.horizontalScrollBar().maximum() == 0
    assert sideways_problems(area) == []
    area.pane.start_check_in()
    qtbot.wait(50)
    assert area.scroller.horizontalScrollBar().maximum() == 0
    assert sideways_problems(area) == []
    assert area.window.size().width() == 1024


def test_at_200_percent_in_a_small_window_list_and_trend_take_turns(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    filled(journal)
    area = open_symptoms()
    area.window.resize(900, 700)
    set_text_scale(area, 2.0)
    qtbot.wait(50)
    overview = area.pane.overview
    assert overview.is_narrow
    assert overview.list_view.isVisible()
    assert not overview.trend.isVisible()
    picked = overview.selected()
    overview.list_view.setFocus()
    qtbot.keyClick(overview.list_view, Qt.Key.Key_Return)
    assert overview.trend.isVisible()
    assert not overview.list_view.isVisible()
    assert overview.trend.back_button.isVisible()
    assert QApplication.focusWidget() is overview.trend.span_choice
    qtbot.keyClick(overview.trend.span_choice, Qt.Key.Key_Escape)
    assert overview.list_view.isVisible()
    assert QApplication.focusWidget() is overview.list_view
    assert overview.selected() == picked
    # The trend's Alt+letters work from the list: they open it at that control.
    alt(qtbot, "R")
    assert QApplication.focusWidget() is overview.trend.entries
    # Back at normal size, side by side again.
    set_text_scale(area, 1.0)
    area.window.resize(1100, 760)
    qtbot.wait(50)
    assert not overview.is_narrow
    assert overview.list_view.isVisible()
    assert overview.trend.isVisible()


def test_at_200_percent_the_form_puts_names_above_the_scales(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    area.window.resize(800, 700)
    area.pane.start_check_in()
    set_text_scale(area, 2.0)
    qtbot.wait(50)
    row = next(iter(area.pane.form.rows.values()))
    name = rect_in(row.name_label, row)
    scale = rect_in(row.scale, row)
    assert name.bottom() <= scale.top()
    assert sideways_problems(area) == []


def test_in_spanish_the_esas_r_stays_in_english_and_says_so(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    use_language("es")
    try:
        area = open_symptoms()
        area.pane.start_check_in()
        form = area.pane.form
        assert form.language_notice.isVisible()
        assert form.instruction.text() == ESAS_R_INSTRUCTION
        names = [row.scale.accessibleName() for row in form.rows.values()]
        assert names == [scale.name for scale in ESAS_R]
        assert form.rows[esas(journal)[0].id].high_label.text() == "Worst Possible Pain"
    finally:
        use_language("en")


def test_coming_back_to_an_open_form_puts_the_keyboard_where_it_was(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    area = open_symptoms()
    qtbot.keyClick(area.focused(), Qt.Key.Key_K, CTRL_SHIFT)
    type_keys(qtbot, "123")  # 1 then 2: Pain 1, Tiredness 2, Drowsiness 3
    expected = area.pane.form.rows[esas(journal)[3].id].scale
    assert QApplication.focusWidget() is expected
    area.pane.hide()  # another area
    area.pane.show()
    area.pane.focus_start()
    assert QApplication.focusWidget() is expected
    pain, tiredness, drowsiness = esas(journal)[:3]
    assert area.pane.form.scores() == {pain.id: 1, tiredness.id: 2, drowsiness.id: 3}


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_a_focused_scale_has_the_focus_ring_all_round(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms, theme: Theme
) -> None:
    area = open_symptoms()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        area.pane.start_check_in()
        scale = area.pane.form.rows[esas(journal)[1].id].scale
        scale.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(20)
        assert ringed_widget() is scale
        picture = area.window.grab().toImage()
        corner = scale.mapTo(area.window, scale.rect().topLeft())
        ring = QColor(theme.focus)

        def is_ring(x: int, y: int) -> bool:
            pixel = picture.pixelColor(x, y)
            return (
                abs(pixel.red() - ring.red())
                + abs(pixel.green() - ring.green())
                + abs(pixel.blue() - ring.blue())
                < 60
            )

        # Just outside each of its four edges (not cut off by the row around it).
        xs = range(corner.x() + 8, corner.x() + scale.width() - 8, 4)
        ys = range(corner.y() + 8, corner.y() + scale.height() - 8, 4)
        above = sum(is_ring(x, corner.y() - 2) for x in xs)
        below = sum(is_ring(x, corner.y() + scale.height() + 1) for x in xs)
        left = sum(is_ring(corner.x() - 2, y) for y in ys)
        right = sum(is_ring(corner.x() + scale.width() + 1, y) for y in ys)
        assert min(above, below) > len(xs) // 2
        assert min(left, right) > len(ys) // 2
    finally:
        apply_theme(app, LIGHT)
