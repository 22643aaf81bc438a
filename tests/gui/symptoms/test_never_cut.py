"""Nothing in the overview is cut short of its rows.

The list of symptoms shows every row (up to its most) at any window width and text size:
the list's column gets the height its wrapped words need at the width it has, so the list is
never squeezed under its own height, its last row cut and a scroll bar shown for it (it was,
beside the trend in windows 540 to 720 pixels wide). The entries table shows all its rows
(up to its most) with room for its horizontal scroll bar when its columns are wider than it
(the bar took the last row, and a vertical scroll bar came for it)."""

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from mbc_desktop.domain.symptoms import NewSymptom
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    check_in_at,
    daily_check_ins,
    days_ago,
    esas,
    set_text_scale,
)


def test_the_list_is_never_squeezed_under_its_height(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    scales = esas(journal)
    for days in (9, 5, 1):
        check_in_at(journal, days_ago(days), {s.id: (days + s.id) % 10 for s in scales})
    for name in ("Joint pain", "Hot flashes", "Numb fingers"):
        journal.symptoms.add_symptom(NewSymptom(name=name))
    area = open_symptoms()
    overview = area.pane.overview
    view = overview.list_view
    checked = 0
    try:
        for scale in (1.0, 2.0):
            set_text_scale(area, scale)
            for width in (1600, 1100, 900, 720, 640, 560):
                area.window.resize(width, 720)
                qtbot.wait(30)
                QApplication.processEvents()
                checked += 1
                assert view.model().rowCount() <= view.MAX_ROWS
                # Every row in view: the list as tall as all its rows (it has no scroll bar
                # while they all fit).
                assert view.height() >= view.minimumSizeHint().height(), (scale, width)
                last = view.visualRect(view.model().index(view.model().rowCount() - 1, 0))
                assert last.bottom() < view.viewport().height(), (scale, width)
    finally:
        set_text_scale(area, 1.0)
    assert checked == 12


def test_the_entries_show_every_row_when_the_columns_overflow(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    daily_check_ins(journal, pain, 10)
    area = open_symptoms()
    overview = area.pane.overview
    assert overview.select(pain.id)
    entries = overview.trend.entries
    rows = entries.model().rowCount()
    assert 3 <= rows <= entries.MAX_ROWS
    overflowed = 0
    for width in (1600, 1100, 900, 720, 640):
        area.window.resize(width, 720)
        qtbot.wait(30)
        QApplication.processEvents()
        if not entries.isVisible():
            continue
        overflowed += entries.horizontalScrollBar().isVisible()
        last = entries.visualRect(entries.model().index(rows - 1, 0))
        assert last.bottom() < entries.viewport().height(), width
        assert not entries.verticalScrollBar().isVisible(), width
    assert overflowed  # the narrow windows had the columns wider than the table
