"""The Visit area on a real journal in tmp_path, in a window of its own (1024×700) with
Edit › Undo on Ctrl+Z, as the main window gives it."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.domain import Appointment, NewAppointment, NewQuestion, Priority, Question, Role
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import base_font, make_application
from mbc_desktop.ui.common.theme import apply_type_scale
from mbc_desktop.ui.visit.pane import VisitPane
from mbc_desktop.words.i18n import use_language


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    make_application()
    use_language("en")
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    opened = open_journal(paths)
    yield opened
    opened.close()


@dataclass
class VisitArea:
    window: QMainWindow
    pane: VisitPane
    undo_stack: QUndoStack

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()


OpenVisit = Callable[[], VisitArea]


@pytest.fixture
def open_visit(qtbot: QtBot, journal: Journal) -> Iterator[OpenVisit]:
    original_font = QFont(QApplication.font())

    def make() -> VisitArea:
        window = QMainWindow()
        undo_stack = QUndoStack(window)
        undo = undo_stack.createUndoAction(window, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        window.addAction(undo)
        pane = VisitPane(journal.appointments, journal.questions, undo_stack)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setAccessibleName("Visit")  # as the main window names an area's scroll area
        scroller.setWidget(pane)
        window.setCentralWidget(scroller)
        window.resize(1024, 700)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        pane.focus_start()
        return VisitArea(window, pane, undo_stack)

    yield make
    QApplication.setFont(original_font)


def set_text_scale(area: VisitArea, scale: float) -> None:
    """View › Text size, as the main window does it."""
    base = base_font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    QApplication.setFont(font)
    apply_type_scale(area.window)
    area.pane.fit_layout()


def visit_now(journal: Journal, **fields: object) -> Appointment:
    """An appointment that began ten minutes ago: the visit in progress."""
    values: dict[str, object] = {
        "starts_at": datetime.now(UTC) - timedelta(minutes=10),
        "time_zone": "America/Chicago",
        "clinician": "Dr. Ortiz",
        "role": Role.MEDICAL_ONCOLOGIST,
        "place": "Riverside Cancer Center",
    }
    values.update(fields)
    return journal.appointments.add(NewAppointment.model_validate(values))


def visit_passed(journal: Journal, **fields: object) -> Appointment:
    """An appointment that began yesterday and whose visit has not been finished."""
    return visit_now(
        journal,
        starts_at=datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(days=1),
        **fields,
    )


def add_questions(journal: Journal) -> list[Question]:
    """Five questions planned for the next appointment, in list order (not priority order)."""
    return [
        journal.questions.add(NewQuestion(text=text, priority=priority))
        for text, priority in (
            ("Can I travel in June?", Priority.IF_TIME),
            ("What is the goal of my treatment now?", Priority.MUST_ASK),
            ("When is my next scan?", Priority.WANT_TO_ASK),
            ("Should we lower the dose?", Priority.MUST_ASK),
            ("Am I a candidate for a trial?", Priority.WANT_TO_ASK),
        )
    ]
