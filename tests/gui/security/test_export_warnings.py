"""Plain exports of an encrypted journal say, before they are saved, that the file will not
be encrypted: the summary's Save as PDF, and Your data's JSON and CSV exports (a backup stays
encrypted, so it says nothing). A journal that is not encrypted gets no such note."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.summary.builder import SummaryBuilder
from mbc_desktop.ui.data import DataDialog
from mbc_desktop.ui.summary import SummaryDialog
from tests.gui.security.conftest import show
from tests.gui.summary.conftest import SummaryScreen, summary_screen  # noqa: F401 - a fixture

NOTE = "This file will not be encrypted: anyone who can open it can read it."
CASES = [(None, False), (lambda: False, False), (lambda: True, True)]


def open_summary(screen: SummaryScreen, encrypted: Callable[[], bool] | None) -> SummaryDialog:
    journal = screen.journal
    preferences = screen.preferences(journal)
    builder = SummaryBuilder(
        journal.appointments,
        journal.questions,
        journal.symptoms,
        journal.medications,
        journal.goals,
        journal.cancer,
        preferences,
    )
    dialog = SummaryDialog(
        builder, preferences, journal.appointments, screen.window, encrypted=encrypted
    )
    screen.qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(("encrypted", "warned"), CASES)
def test_the_summary_says_its_pdf_will_not_be_encrypted_only_when_the_journal_is(
    summary_screen: SummaryScreen,  # noqa: F811 - the fixture imported above
    encrypted: Callable[[], bool] | None,
    warned: bool,
) -> None:
    dialog = open_summary(summary_screen, encrypted)
    assert dialog.plain_note.isVisible() is warned
    if warned:
        assert dialog.plain_note.text() == "⚠ " + NOTE
        assert NOTE in dialog.pdf_button.accessibleDescription()
    else:
        assert NOTE not in dialog.pdf_button.accessibleDescription()
    dialog.done(0)


class NoBackups:
    """Your data on a journal with no backups yet: enough for its notes."""

    def __init__(self, folder: Path) -> None:
        self.journal = folder / "journal.sqlite"
        self.backup_folder = folder / "backups"

    def backups(self) -> list[object]:
        return []


@pytest.mark.parametrize(("encrypted", "warned"), CASES)
def test_your_data_says_its_exports_will_not_be_encrypted_only_when_the_journal_is(
    qtbot: QtBot,
    app: QApplication,
    tmp_path: Path,
    encrypted: Callable[[], bool] | None,
    warned: bool,
) -> None:
    dialog = DataDialog(
        NoBackups(tmp_path),  # type: ignore[arg-type]
        lambda: None,
        encrypted=encrypted,
    )
    show(qtbot, dialog)
    assert dialog.plain_note.isVisible() is warned
    for button in (dialog.export_button, dialog.csv_button):
        assert (NOTE in button.accessibleDescription()) is warned
    # Backing up makes an encrypted copy: no note on it.
    assert NOTE not in dialog.back_up_to_button.accessibleDescription()
