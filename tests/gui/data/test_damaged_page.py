"""The damaged-journal page on a really damaged journal: a page of the questions table
overwritten with random bytes, found by the real start-up check (DamagedJournalError). The
page offers the newest good backup and restores it (the damaged file kept, byte for byte),
rescues what can be read with the real salvage and says how many of each kind, and uses the
rescued journal; a failure is one sentence and leaves the damaged file as it was."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.gui.data.conftest import NOW, Opened
from tests.gui.data.real_actions import Journals, StorageActions
from tests.unit.storage import journals as hurt

from mbc_desktop.domain import NewQuestion
from mbc_desktop.storage import DamagedJournalError, open_journal
from mbc_desktop.storage.backup import (
    REASON_AUTOMATIC,
    REASON_DAMAGED,
    BackupInfo,
    list_backups,
    make_backup,
)
from mbc_desktop.ui.data import DamagedJournalPage, DataProblem, Rescued, RestoreActions


@dataclass
class Damaged:
    """A damaged journal in ``journals.paths`` (closed), what the start-up check raised,
    and the questions of the backup made before the damage."""

    journals: Journals
    error: DamagedJournalError
    backup: BackupInfo
    backed_up_questions: int
    digest: str


def damage(journals: Journals, with_backup: bool = True) -> Damaged:
    store = journals.journal().store
    hurt.fill(store)
    backup = make_backup(store.database, REASON_AUTOMATIC, now=NOW - timedelta(hours=5))
    counted = hurt.row_counts(backup.path)["questions"]
    journals.journal().questions.add(NewQuestion(text="Written after the backup?"))
    journals.close()
    path = journals.paths.journal
    _interior, leaves = hurt.btree_pages(path, "questions")
    hurt.overwrite_page(path, leaves[len(leaves) // 2])
    if not with_backup:
        backup.path.unlink()
    with pytest.raises(DamagedJournalError) as raised:
        open_journal(path)
    return Damaged(journals, raised.value, backup, counted, hurt.digest(path))


@pytest.fixture
def damaged(journals: Journals) -> Damaged:
    return damage(journals)


def plain(text: str) -> str:
    """Qt writes "4:00\u202fAM" in English: read it with an ordinary space."""
    return text.replace("\u202f", " ")


class Reopen:
    def __init__(self, journals: Journals) -> None:
        self.journals = journals
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        self.journals.open()


ShowPage = Callable[..., DamagedJournalPage]


@pytest.fixture
def show_page(qtbot: QtBot) -> ShowPage:
    def make(
        actions: RestoreActions,
        good: BackupInfo | None,
        reopen: Callable[[], None],
        while_running: bool = False,
        opened: Opened | None = None,
    ) -> DamagedJournalPage:
        page = DamagedJournalPage(
            actions,
            good,
            reopen,
            while_running=while_running,
            open_url=opened or Opened(),
            now=lambda: NOW,
        )
        qtbot.addWidget(page)
        page.resize(900, 700)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        page.focus_start()
        return page

    return make


def test_the_start_up_check_offers_the_newest_good_backup(
    damaged: Damaged, show_page: ShowPage
) -> None:
    assert damaged.error.good_backup is not None
    assert damaged.error.good_backup.path == damaged.backup.path
    reopen = Reopen(damaged.journals)
    page = show_page(StorageActions(damaged.journals), damaged.error.good_backup, reopen)
    assert page.title.text() == "Your journal file is damaged"
    assert "It has not changed it, and will not write to it." in page.explanation.text()
    offer = plain(page.backup_label.text())
    assert offer.startswith("The newest backup that passes its check is from today at 4:00 AM")
    assert "automatic" in offer
    assert "kB" in offer
    assert page.restore_button.isVisible()
    assert QApplication.focusWidget() is page.restore_button
    assert page.path_label.text() == str(damaged.journals.paths.journal)
    assert reopen.calls == 0
    assert hurt.digest(damaged.journals.paths.journal) == damaged.digest  # nothing written


def test_restore_this_backup_puts_it_in_place_keeps_the_damaged_file_and_reopens(
    qtbot: QtBot, damaged: Damaged, show_page: ShowPage
) -> None:
    reopen = Reopen(damaged.journals)
    page = show_page(StorageActions(damaged.journals), damaged.error.good_backup, reopen)
    said: list[str] = []
    page.restored.connect(said.append)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert reopen.calls == 1
    questions = damaged.journals.journal().questions.list()
    assert len(questions) == damaged.backed_up_questions
    assert "Written after the backup?" not in {q.text for q in questions}
    aside = [b for b in list_backups(damaged.journals.paths.journal) if b.reason == REASON_DAMAGED]
    assert len(aside) == 1
    assert hurt.digest(aside[0].path) == damaged.digest  # the damaged file, byte for byte
    assert said
    assert plain(said[0]).startswith("The backup from today at 4:00 AM is restored.")
    assert aside[0].path.name in said[0]


def test_without_a_good_backup_it_says_so_and_starts_on_the_rescue(
    journals: Journals, show_page: ShowPage
) -> None:
    found = damage(journals, with_backup=False)
    assert found.error.good_backup is None
    page = show_page(StorageActions(journals), None, Reopen(journals))
    assert page.restore_button.isHidden()
    assert page.backup_label.text().startswith("No backup that passes its check was found")
    assert page.choose_button.isVisible()
    assert QApplication.focusWidget() is page.rescue_button


def test_rescue_says_how_many_of_each_kind_and_the_rescued_journal_can_be_used(
    qtbot: QtBot, damaged: Damaged, show_page: ShowPage
) -> None:
    reopen = Reopen(damaged.journals)
    actions = StorageActions(damaged.journals)
    page = show_page(actions, damaged.error.good_backup, reopen)
    assert page.use_rescued_button.isHidden()
    qtbot.mouseClick(page.rescue_button, Qt.MouseButton.LeftButton)
    rescued = page.rescued
    assert rescued is not None
    assert rescued.path.is_file()
    assert rescued.path.parent == actions.backup_folder
    # The counts shown are the rows really in the new file.
    in_file = hurt.row_counts(rescued.path)
    assert rescued.counts["questions"] == in_file["questions"]
    assert 0 < in_file["questions"] < damaged.backed_up_questions + 1  # a page of them lost
    text = page.rescue_result.text()
    assert text.startswith(f"Rescued into a new file, {rescued.path.name}. It holds:")
    # (Until the English plurals are compiled, "219 question(s)".)
    assert f"• {in_file['questions']} question" in text
    assert f"• {in_file['appointments']} appointment" in text
    assert f"• {in_file['check_ins']} check-in" in text
    assert f"• {in_file['scores']} symptom score" in text
    assert f"• {in_file['medications']} medicine" in text
    assert page.use_rescued_button.isVisible()
    assert QApplication.focusWidget() is page.use_rescued_button
    assert reopen.calls == 0
    assert hurt.digest(damaged.journals.paths.journal) == damaged.digest  # only read

    qtbot.mouseClick(page.use_rescued_button, Qt.MouseButton.LeftButton)
    assert reopen.calls == 1
    assert len(damaged.journals.journal().questions.list()) == in_file["questions"]


def test_a_rescue_that_finds_nothing_is_one_sentence(
    journals: Journals, damaged: Damaged, show_page: ShowPage
) -> None:
    class NothingRead(StorageActions):
        def salvage(self) -> Rescued:
            raise DataProblem(
                "Nothing could be read from the damaged journal, so no new file was made. "
                "Restore a backup instead."
            )

    page = show_page(NothingRead(journals), damaged.error.good_backup, Reopen(journals))
    page.rescue_button.click()
    assert page.message_label.text().startswith("⚠ Nothing could be read from the damaged")
    assert page.rescue_result.isHidden()
    assert page.use_rescued_button.isHidden()


def test_a_restore_that_fails_stays_on_the_page_and_does_not_reopen(
    damaged: Damaged, show_page: ShowPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stranger = tmp_path / "photo.sqlite"
    stranger.write_bytes(b"\x89PNG not a journal")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *args: (str(stranger), "")
    )
    reopen = Reopen(damaged.journals)
    page = show_page(StorageActions(damaged.journals), damaged.error.good_backup, reopen)
    page.choose_button.click()
    assert page.message_label.text().startswith("⚠ This file is not a backup")
    assert reopen.calls == 0
    assert hurt.digest(damaged.journals.paths.journal) == damaged.digest


def test_damage_found_while_running_says_the_last_change_may_be_lost(
    damaged: Damaged, show_page: ShowPage
) -> None:
    page = show_page(
        StorageActions(damaged.journals), damaged.error.good_backup, Reopen(damaged.journals), True
    )
    text = page.explanation.text()
    assert "while you were using it" in text
    assert "your last change may not be saved" in text


def test_the_damaged_files_place_can_be_copied_and_opened(
    damaged: Damaged, show_page: ShowPage
) -> None:
    opened = Opened(answer=False)
    page = show_page(
        StorageActions(damaged.journals), None, Reopen(damaged.journals), opened=opened
    )
    QGuiApplication.clipboard().clear()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(damaged.journals.paths.journal)
    page.open_button.click()
    assert [url.toLocalFile() for url in opened.urls] == [str(damaged.journals.paths.root)]
    assert str(damaged.journals.paths.root) in page.message_label.text()
    flags = page.path_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
