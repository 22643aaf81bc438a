"""The "Prepare summary" dialog on a real journal: the main window opened as the app does, the
sample journal's questions, appointments, check-ins, medicines, goals and cancer written
through the real services, and the real builder and preferences on the same file."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.paths import DataPaths
from mbc_desktop.services import SummaryPreferences
from mbc_desktop.summary.builder import SummaryBuilder
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.ui.summary import SummaryDialog
from mbc_desktop.words.i18n import use_language
from tests.gui.conftest import OpenWindow
from tests.sample_journal import (
    fill_appointments,
    fill_cancer,
    fill_check_ins,
    fill_goals,
    fill_medications,
    fill_questions,
)


@dataclass
class SummaryScreen:
    """Opens the dialog (again) on the sample journal; ``journal`` is its own connection to
    the window's file, as a second start of the app would have."""

    qtbot: QtBot
    window: MainWindow
    data_dir: Path
    journal: Journal
    next_id: int
    opened: list[Journal] = field(default_factory=list)

    def preferences(self, journal: Journal | None = None) -> SummaryPreferences:
        return SummaryPreferences((journal or self.journal).answers, locale_name=lambda: "en_US")

    def open(self, journal: Journal | None = None) -> SummaryDialog:
        journal = journal or self.journal
        preferences = self.preferences(journal)
        builder = SummaryBuilder(
            journal.appointments,
            journal.questions,
            journal.symptoms,
            journal.medications,
            journal.goals,
            journal.cancer,
            preferences,
        )
        dialog = SummaryDialog(builder, preferences, journal.appointments, self.window)
        self.qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        # Offscreen, the main window may take the activation back once more: wait it out.
        self.qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        self.qtbot.wait(20)
        if not dialog.isActiveWindow():
            dialog.activateWindow()
            self.qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog

    def reopen_journal(self) -> Journal:
        """The same file opened again, as after closing and starting the app."""
        journal = open_journal(DataPaths(self.data_dir))
        self.opened.append(journal)
        return journal


@pytest.fixture
def summary_screen(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path
) -> Iterator[SummaryScreen]:
    window = open_window()
    journal = open_journal(DataPaths(data_dir))
    fill_questions(journal.questions)
    next_id = fill_appointments(journal.appointments)
    fill_check_ins(journal.symptoms, days=60)
    fill_medications(journal.medications)
    fill_goals(journal.goals)
    fill_cancer(journal.cancer)
    screen = SummaryScreen(qtbot, window, data_dir, journal, next_id)
    yield screen
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SummaryDialog):
            widget.done(0)
            widget.done(0)  # a second time closes even with typing that can't be saved
    for opened in [journal, *screen.opened]:
        opened.close()
    use_language("en")
