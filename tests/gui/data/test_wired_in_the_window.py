"""The data screens in the real window: a damaged journal at start-up gets the page that
offers its newest good backup, and restoring it opens the journal with every area; File ›
Your data… opens the dialog on the open journal."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.gui.conftest import OpenWindow
from tests.unit.storage import journals as hurt

from mbc_desktop.app import Journal, attach_journal, make_window, open_journal
from mbc_desktop.domain import NewQuestion
from mbc_desktop.paths import DataPaths
from mbc_desktop.storage.backup import REASON_MANUAL, make_backup
from mbc_desktop.ui.data import DamagedJournalPage, DataDialog
from mbc_desktop.ui.main_window import MainWindow


def damaged_folder(data_dir: Path) -> DataPaths:
    """A journal with a checked backup, one more question after it, then a damaged page."""
    data_dir.mkdir(parents=True, mode=0o700)
    paths = DataPaths(data_dir)
    journal = open_journal(paths)
    hurt.fill(journal.store)
    make_backup(journal.store.database, REASON_MANUAL)
    journal.questions.add(NewQuestion(text="Written after the backup?"))
    journal.close()
    _interior, leaves = hurt.btree_pages(paths.journal, "questions")
    hurt.overwrite_page(paths.journal, leaves[len(leaves) // 2])
    return paths


def test_a_damaged_journal_at_start_offers_its_backup_and_opens_it_after_restoring(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = damaged_folder(tmp_path / "data")
    before = hurt.digest(paths.journal)
    window: MainWindow = make_window(paths)
    qtbot.addWidget(window)
    opened: list[Journal | None] = []

    def load() -> None:
        opened.append(attach_journal(window, paths, reopen=load))

    load()
    assert opened == [None]
    page = window.pages.currentWidget()
    assert isinstance(page, DamagedJournalPage)
    assert hurt.digest(paths.journal) == before  # the damaged file untouched
    assert window.questions_pane is None  # no area writes into it

    assert page.restore_good_backup()

    assert opened[-1] is not None
    assert window.questions_pane is not None
    texts = [q.text for q in window.questions_pane._service.list()]
    assert "Written after the backup?" not in texts  # the backup is from before it
    assert len(texts) > 0
    for journal in opened:
        if journal is not None:
            journal.close()


def test_file_your_data_opens_the_dialog_on_the_open_journal(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert window.data_action.isEnabled()
    window.data_action.trigger()
    dialogs = [d for d in window.findChildren(DataDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


def test_damage_found_while_running_shows_the_page_instead_of_a_generic_error(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path
) -> None:
    from mbc_desktop.storage import DamagedJournalError
    from mbc_desktop.storage.health import Health
    from mbc_desktop.ui.application import _report_unhandled

    window = open_window()
    error = DamagedJournalError("The journal is damaged.", Health(False, ("page 7",), 1.0))
    # What the app's exception hook is given when a click meets the damage.
    _report_unhandled(DamagedJournalError, error, None)
    assert isinstance(window.pages.currentWidget(), DamagedJournalPage)
    assert not window.sidebar.isVisible()


def test_after_a_restore_the_app_starts_again_on_the_same_folder(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    from mbc_desktop import app

    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda command, **_kw: started.append(command))
    monkeypatch.setattr(sys, "argv", ["mbc-desktop"])
    window = open_window()
    app.restart(window, DataPaths(data_dir))
    assert started == [[sys.executable, "-m", "mbc_desktop", "--data-dir", str(data_dir)]]
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_refused_restore_leaves_the_journal_open_and_the_app_running(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    started: list[object] = []
    monkeypatch.setattr(subprocess, "Popen", lambda *args, **_kw: started.append(args))
    window = open_window()
    dialog = window.open_data()
    assert isinstance(dialog, DataDialog)
    stranger = tmp_path / "holiday.sqlite"
    stranger.write_text("not a database at all\n")

    assert dialog.restore(stranger) is None

    assert started == []  # no new start: nothing was closed
    assert window.isVisible()
    assert dialog.message_label.text().startswith("⚠ This file is not a backup")
    assert window.questions_pane is not None
    window.questions_pane.add_question(NewQuestion(text="Still saved?"))
    assert [q.text for q in window.questions_pane._service.list()] == ["Still saved?"]
    dialog.close()
