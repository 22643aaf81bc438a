"""The data screens on real journal files in tmp_path, with the real storage and services
(``real_actions``), and fakes where a test needs a failure the real functions can't be made
to give on demand."""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.gui.data.real_actions import Journals, StorageActions
from tests.sample_journal import fill_appointments, fill_check_ins, fill_questions

from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.data import DataDialog
from mbc_desktop.words.i18n import use_language

# "Now" for the dialogs: a Monday, 9 AM in Chicago.
NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


@dataclass
class Opened:
    """URLs the dialog asked to open, and what the "file manager" answers."""

    answer: bool = True
    urls: list[QUrl] = field(default_factory=list)

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.answer


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The application in English, on a computer in Chicago (dates are shown in the
    computer's zone: "today" must not depend on where the tests run)."""
    application = make_application()
    use_language("en")
    font = QFont(QApplication.font())
    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    yield application
    monkeypatch.undo()
    time.tzset()
    QApplication.setFont(font)
    use_language("en")


@pytest.fixture
def journals(tmp_path: Path, app: QApplication) -> Iterator[Journals]:
    """A real journal in tmp_path/data with questions, appointments and two weeks of
    check-ins, written through the services; open."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    journals = Journals(DataPaths(folder))
    journal = journals.open()
    fill_questions(journal.questions)
    fill_appointments(journal.appointments)
    fill_check_ins(journal.symptoms, days=14)
    yield journals
    for opened in journals.every:
        opened.close()


@pytest.fixture
def actions(journals: Journals) -> StorageActions:
    return StorageActions(journals)


OpenDialog = Callable[..., DataDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, journals: Journals, actions: StorageActions) -> OpenDialog:
    """Opens "Your data" on ``actions`` (the real ones unless given), reopening through
    ``journals``."""

    def make(
        with_actions: object | None = None,
        reopen: Callable[[], None] | None = None,
        opened: Opened | None = None,
    ) -> DataDialog:
        dialog = DataDialog(
            with_actions or actions,  # type: ignore[arg-type]
            reopen or journals.reopen,
            open_url=opened or Opened(),
            now=lambda: NOW,
        )
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return make
