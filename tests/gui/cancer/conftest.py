"""About my cancer on a real journal in tmp_path, in a window of its own (1024×700) with
Edit › Undo on Ctrl+Z and the area in a scroll area, as the main window gives it."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QMainWindow, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import base_font, make_application
from mbc_desktop.ui.cancer.pane import CancerPane
from mbc_desktop.ui.common.theme import LIGHT, apply_theme, apply_type_scale
from mbc_desktop.words.dates import date_edit_format
from mbc_desktop.words.i18n import use_language

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    app = make_application()
    use_language("en")
    apply_theme(app, LIGHT)
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    opened = open_journal(paths)
    yield opened
    opened.close()


@dataclass
class CancerArea:
    window: QMainWindow
    pane: CancerPane
    undo_stack: QUndoStack
    scroller: QScrollArea


OpenCancer = Callable[[], CancerArea]


@pytest.fixture
def open_cancer(qtbot: QtBot, journal: Journal) -> Iterator[OpenCancer]:
    original_font = QFont(QApplication.font())

    def make() -> CancerArea:
        window = QMainWindow()
        undo_stack = QUndoStack(window)
        undo = undo_stack.createUndoAction(window, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(window, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        window.addAction(undo)
        window.addAction(redo)
        pane = CancerPane(journal.cancer, journal.appointments.last_appointment, undo_stack)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setAccessibleName("About my cancer")
        scroller.setWidget(pane)
        window.setCentralWidget(scroller)
        window.resize(1024, 700)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        pane.focus_start()
        return CancerArea(window, pane, undo_stack, scroller)

    yield make
    QApplication.setFont(original_font)


def set_text_scale(area: CancerArea, scale: float) -> None:
    """View › Text size, as the main window does it."""
    base = base_font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    QApplication.setFont(font)
    apply_type_scale(area.window)
    area.pane.fit_layout()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def alt(qtbot: QtBot, letter: str) -> None:
    """Alt+letter where the keyboard is (a button's click comes a moment later)."""
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(150)


def back_to_window(qtbot: QtBot, window: QWidget) -> None:
    """After a popup closes, the window is active again (the offscreen platform leaves the
    hidden popup active, which a desktop never does)."""
    qtbot.wait(10)
    if QApplication.activeWindow() is not window:
        keep = window.focusWidget()
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


def pick(qtbot: QtBot, text: str) -> None:
    """On the focused choice: Down opens it, arrows move to ``text``, Enter picks it."""
    combo = focused()
    assert isinstance(combo, QComboBox), combo
    window = combo.window()
    target = combo.findText(text)
    assert target >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    view = combo.view()
    assert view.isVisible()
    while view.currentIndex().row() != target:
        key = Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    back_to_window(qtbot, window)
    assert combo.currentIndex() == target


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def written(day: date) -> str:
    """A date as typed into a date field in the interface's format."""
    pattern = date_edit_format()
    return (
        pattern.replace("yyyy", f"{day.year:04d}")
        .replace("MM", f"{day.month:02d}")
        .replace("dd", f"{day.day:02d}")
        .replace("M", str(day.month))
        .replace("d", str(day.day))
    )


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)
