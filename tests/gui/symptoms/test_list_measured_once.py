"""The symptom list measures its rows once (a layout asks for its height many times, and
measuring wraps every row's words), and measures again when what it showed changes: other
rows, another text size, another width."""

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
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


def test_each_row_is_measured_once_for_its_words_and_width(
    qtbot: QtBot,
    journal: Journal,
    open_symptoms: OpenSymptoms,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scales = esas(journal)
    check_in_at(journal, days_ago(2), {symptom.id: 3 for symptom in scales})
    area = open_symptoms()
    overview = area.pane.overview
    view, model = overview.list_view, overview.model
    qt_measures: list[tuple[str, int]] = []
    own = QStyledItemDelegate.sizeHint

    def counted(
        self: QStyledItemDelegate,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        qt_measures.append((str(index.data(Qt.ItemDataRole.DisplayRole)), option.rect.width()))
        return own(self, option, index)

    monkeypatch.setattr(QStyledItemDelegate, "sizeHint", counted)
    changed = scales[:3]
    check_in_at(journal, days_ago(0.5), {symptom.id: 8 for symptom in changed})
    qtbot.wait(50)  # laid out and painted
    # Qt measures rows when it lays them out, when it paints them, and the list's height
    # does: each row's new words are measured once per width, and the others not at all.
    # Qt measures rows when it lays them out and when it paints them, and the list's height
    # does: each row's words are measured once for a width (the area's layout may change the
    # list's width with the new figures: then every row is, at the new width).
    assert qt_measures
    assert len(set(qt_measures)) == len(qt_measures)
    assert {words.split("\n")[0] for words, _width in qt_measures} >= {s.name for s in changed}
    # What is kept is what Qt measures: every row as tall as a fresh measure says.
    fresh = QStyledItemDelegate()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, view.viewport().width() - 2 * view.spacing(), 1000)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        assert view.itemDelegate().sizeHint(option, index) == own(fresh, option, index)
