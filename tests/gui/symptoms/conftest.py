"""The Symptoms area on a real journal in tmp_path, in a window of its own (1024×700) with
Edit › Undo on Ctrl+Z and the area in a scroll area, as the main window gives it."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.domain.symptoms import CheckIn, CompletedBy, NewCheckIn, Symptom
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import base_font, make_application
from mbc_desktop.ui.common.theme import LIGHT, apply_theme, apply_type_scale
from mbc_desktop.ui.symptoms.pane import SymptomsPane
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
class SymptomsArea:
    window: QMainWindow
    pane: SymptomsPane
    undo_stack: QUndoStack
    scroller: QScrollArea

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()


OpenSymptoms = Callable[[], SymptomsArea]


@pytest.fixture
def open_symptoms(qtbot: QtBot, journal: Journal) -> Iterator[OpenSymptoms]:
    original_font = QFont(QApplication.font())

    def make() -> SymptomsArea:
        window = QMainWindow()
        undo_stack = QUndoStack(window)
        undo = undo_stack.createUndoAction(window, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(window, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        window.addAction(undo)
        window.addAction(redo)
        pane = SymptomsPane(
            journal.symptoms,
            journal.symptom_report,
            journal.appointments,
            journal.medications,
            undo_stack,
        )
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setAccessibleName("Symptoms")  # as the main window names an area's scroll area
        scroller.setWidget(pane)
        window.setCentralWidget(scroller)
        window.resize(1024, 700)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        pane.focus_start()
        return SymptomsArea(window, pane, undo_stack, scroller)

    yield make
    QApplication.setFont(original_font)


def set_text_scale(area: SymptomsArea, scale: float) -> None:
    """View › Text size, as the main window does it."""
    base = base_font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    QApplication.setFont(font)
    apply_type_scale(area.window)
    area.pane.fit_layout()


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type ``text`` a key at a time wherever the keyboard is (a digit moves it on)."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, char)


def alt(qtbot: QtBot, letter: str) -> None:
    """Alt+letter where the keyboard is. A button's Alt+letter clicks it a moment later
    (Qt animates the press): wait for that too."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(
        widget, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )
    qtbot.wait(150)


def esas(journal: Journal) -> list[Symptom]:
    """The nine ESAS-r scales, in the form's order."""
    return [s for s in journal.symptoms.symptoms() if s.esas_item is not None]


def check_in_at(
    journal: Journal,
    when: datetime,
    scores: dict[int, int],
    note: str = "",
    completed_by: CompletedBy = CompletedBy.ME,
) -> CheckIn:
    return journal.symptoms.add_check_in(
        NewCheckIn(
            taken_at=when,
            time_zone="UTC",
            scores=scores,
            note=note,
            completed_by=completed_by,
        )
    )


def days_ago(days: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


def daily_check_ins(journal: Journal, symptom: Symptom, days: int) -> None:
    """A check-in a day for the last ``days`` days, oldest first, scoring only ``symptom``."""
    for day in range(days, 0, -1):
        check_in_at(journal, days_ago(day), {symptom.id: day % 10})
