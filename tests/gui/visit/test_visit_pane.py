"""The Visit area as a whole: what it shows when it opens, the empty state, names for every
control, unique Alt+letters, and a layout that fits 1024×700 at 200 % text."""

import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain import NewAppointment
from mbc_desktop.ui.visit.pane import AFTER_PAGE, DONE_PAGE, DURING_PAGE, EMPTY_PAGE
from tests.gui.test_accessibility import focusable, nameless, tab_cycle
from tests.gui.visit.conftest import (
    OpenVisit,
    VisitArea,
    add_questions,
    set_text_scale,
    visit_now,
    visit_passed,
)

MENU_LETTERS = set("feqavh")  # File, Edit, Questions, Appointments, View, Help
MNEMONIC = re.compile(r"&([^&])")


def test_with_no_appointment_it_says_so_and_points_to_appointments(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    area = open_visit()
    pane = area.pane
    assert pane.page == EMPTY_PAGE
    assert "Ctrl+3" in pane.empty_text.text()
    assert "Appointments" in pane.empty_text.text()
    # Nothing to press that would do nothing.
    assert focusable(pane) == []
    # Once an appointment is added (in Appointments), the visit is ready for it.
    visit_now(journal)
    assert pane.page == DURING_PAGE


def test_start_the_visit_shows_the_appointment_asked_for(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit_now(journal)
    later = journal.appointments.add(
        NewAppointment(starts_at=datetime.now(UTC) + timedelta(days=9), clinician="Dr. Kim")
    )
    area = open_visit()
    pane = area.pane
    assert pane.page == DURING_PAGE
    assert "Dr. Ortiz" in pane.during.heading.text()
    pane.show_appointment(later.id)
    pane.focus_start()
    assert pane.page == DURING_PAGE
    assert "Dr. Kim" in pane.during.heading.text()
    # Opening the area again keeps the appointment asked for.
    pane.focus_start()
    assert "Dr. Kim" in pane.during.heading.text()


def test_a_finished_visit_opens_on_what_was_written(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    visit = visit_passed(journal)
    journal.appointments.finish_visit(visit.id, None)
    area = open_visit()
    assert area.pane.page == EMPTY_PAGE  # nothing waiting
    area.pane.show_appointment(visit.id)
    assert area.pane.page == AFTER_PAGE
    assert area.pane.after.completed_label.isVisible()
    assert not area.pane.after.finish_button.isVisible()


def visit_with_everything(journal: Journal, open_visit: OpenVisit) -> VisitArea:
    visit_now(journal)
    add_questions(journal)
    return open_visit()


def test_every_control_on_every_page_has_a_name_and_tab_reaches_it(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    area = visit_with_everything(journal, open_visit)
    pane = area.pane

    def check(page: str) -> None:
        assert nameless(area.window) == [], page
        start = focusable(area.window)[0]
        reached = set(tab_cycle(area.window, qtbot, start))
        missing = [
            w.objectName()
            for w in focusable(area.window)
            if w not in reached and not w.focusProxy()
        ]
        assert missing == [], page

    assert pane.page == DURING_PAGE
    check("during")
    pane.finish_visit()
    assert pane.page == AFTER_PAGE
    check("after")
    pane.after.finish()
    assert pane.page == DONE_PAGE
    check("done")


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
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit
) -> None:
    area = visit_with_everything(journal, open_visit)
    area.pane.finish_visit()  # the after-visit page's letters too
    letters = mnemonics(area.pane)
    assert len(letters) >= 12
    assert [letter for letter, count in letters.items() if count > 1] == []
    assert set(letters) & MENU_LETTERS == set()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_fits_1024_by_700_without_widening_or_clipping_sideways(
    qtbot: QtBot, journal: Journal, open_visit: OpenVisit, scale: float
) -> None:
    area = visit_with_everything(journal, open_visit)
    # The main window's sidebar takes about a quarter of 1024 at 200 %: leave it room.
    area.window.resize(780, 700)
    set_text_scale(area, scale)
    qtbot.wait(50)
    for step in ("during", "after"):
        if step == "after":
            area.pane.finish_visit()
            qtbot.wait(50)
        assert area.window.size().width() == 780, step
        viewport = area.window.centralWidget()
        assert viewport is not None
        assert area.pane.width() <= viewport.width(), step
        wide = [
            w.objectName() or type(w).__name__
            for w in area.pane.findChildren(QWidget)
            if w.isVisible()
            and isinstance(w, QAbstractButton | QLabel)
            and rect_in(w, area.pane).right() > area.pane.width()
        ]
        assert wide == [], step
    # At 200 % the list sits above the boxes; at 100 % (with this much room) beside them.
    assert area.pane.during.side_by_side is (scale == 1.0)
    QApplication.processEvents()
