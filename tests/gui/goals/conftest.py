"""My goals on a real journal in tmp_path, in a window of its own (1024×700) with Edit › Undo
on Ctrl+Z and the area in a scroll area, as the main window gives it."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import base_font, make_application
from mbc_desktop.ui.common.theme import LIGHT, apply_theme, apply_type_scale
from mbc_desktop.ui.goals.pane import GoalsPane
from mbc_desktop.words.i18n import use_language


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
class GoalsArea:
    window: QMainWindow
    pane: GoalsPane
    undo_stack: QUndoStack
    scroller: QScrollArea
    journal: Journal

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()


OpenGoals = Callable[[], GoalsArea]


@pytest.fixture
def open_goals(qtbot: QtBot, journal: Journal) -> Iterator[OpenGoals]:
    original_font = QFont(QApplication.font())

    def make() -> GoalsArea:
        window = QMainWindow()
        undo_stack = QUndoStack(window)
        undo = undo_stack.createUndoAction(window, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(window, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        window.addAction(undo)
        window.addAction(redo)
        pane = GoalsPane(journal.goals, journal.appointments.last_appointment, undo_stack)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setAccessibleName("My goals")  # as the main window names an area's scroll area
        scroller.setWidget(pane)
        window.setCentralWidget(scroller)
        window.resize(1024, 700)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        pane.focus_start()
        return GoalsArea(window, pane, undo_stack, scroller, journal)

    yield make
    QApplication.setFont(original_font)


def set_text_scale(area: GoalsArea, scale: float) -> None:
    """View › Text size, as the main window does it."""
    base = base_font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    QApplication.setFont(font)
    apply_type_scale(area.window)
    area.pane.fit_layout()


def alt(qtbot: QtBot, letter: str) -> None:
    """Alt+letter where the keyboard is."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(
        widget, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )
