"""The symptom list measures its rows once (a layout asks for its height many times, and
measuring wraps every row's words), and measures again when what it showed changes: other
rows, another text size, another width."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal
from tests.gui.symptoms.conftest import (
    OpenSymptoms,
    check_in_at,
    days_ago,
    esas,
    set_text_scale,
)


def test_the_height_follows_the_rows_the_text_size_and_the_width(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    check_in_at(journal, days_ago(2), {pain.id: 4})
    area = open_symptoms()
    overview = area.pane.overview
    view, model = overview.list_view, overview.model
    every = model.rows()
    assert len(every) >= 9
    full = view.sizeHint().height()
    assert view.minimumSizeHint().height() == full

    model.set_rows(every[:2])  # fewer rows: shorter
    fewer = view.sizeHint().height()
    assert fewer < full
    model.set_rows(every)
    assert view.sizeHint().height() == full

    set_text_scale(area, 2.0)  # larger text: taller rows
    qtbot.wait(10)
    assert view.sizeHint().height() > full

    set_text_scale(area, 1.0)
    qtbot.wait(10)
    wide = view.sizeHint().height()
    view.resize(max(60, view.width() // 4), view.height())  # narrow: the words wrap more
    assert view.sizeHint().height() > wide


def test_a_row_says_its_new_figures_once_they_change(
    qtbot: QtBot, journal: Journal, open_symptoms: OpenSymptoms
) -> None:
    pain = esas(journal)[0]
    check_in_at(journal, days_ago(3), {pain.id: 2})
    area = open_symptoms()
    model = area.pane.overview.model
    first = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert "Latest 2" in str(first)
    check_in_at(journal, days_ago(0.5), {pain.id: 7})  # the area is on screen: read again
    again = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert "Latest 7" in str(again)
    spoken = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Latest 7" in str(spoken)
