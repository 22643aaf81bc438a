""" "Your data" on a real journal: the backups list (newest first, date in words, size, why),
Back up now, Back up to…, Restore (asks first, backs the journal up, reopens it), Export as
JSON and CSV, and Import (a preview first, merge or replace, a bad file one sentence)."""

import csv
import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.gui.data.conftest import NOW, OpenDialog, Opened
from tests.gui.data.real_actions import Journals, StorageActions
from tests.sample_journal import fill_medications

from mbc_desktop.domain import NewQuestion
from mbc_desktop.paths import DataPaths
from mbc_desktop.storage.backup import (
    REASON_AUTOMATIC,
    REASON_BEFORE_IMPORT,
    REASON_BEFORE_RESTORE,
    REASON_DAMAGED,
    REASON_MANUAL,
    BackupInfo,
    make_backup,
)
from mbc_desktop.ui.data import DataDialog, DataProblem


def question_texts(journals: Journals) -> list[str]:
    return sorted(q.text for q in journals.journal().questions.list())


def backup_at(journals: Journals, reason: str, ago: timedelta) -> BackupInfo:
    return make_backup(journals.journal().store.database, reason, now=NOW - ago)


def answer(box: QMessageBox | None, restore: bool) -> None:
    """Press Restore or Cancel in the confirmation."""
    assert box is not None
    assert box.isVisible()
    wanted = "Restore" if restore else "Cancel"
    button = next(b for b in box.buttons() if b.text().replace("&", "") == wanted)
    button.click()


class Counting:
    """A reopen callback that counts, and reopens the journal like the app."""

    def __init__(self, journals: Journals) -> None:
        self.journals = journals
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        self.journals.reopen()


# --- the list ---------------------------------------------------------------------------------
def test_the_list_shows_the_backups_newest_first_with_when_why_and_size(
    journals: Journals, open_dialog: OpenDialog
) -> None:
    older = backup_at(journals, REASON_AUTOMATIC, timedelta(days=9))
    yesterday = backup_at(journals, REASON_BEFORE_IMPORT, timedelta(days=1))
    today = backup_at(journals, REASON_MANUAL, timedelta(hours=2))
    dialog = open_dialog()
    rows = dialog.rows()
    assert len(rows) == 3
    # Newest first, and each row says when in words, why, and the file's real size.
    assert rows[0].startswith("Today at ")
    assert "made by you" in rows[0]
    assert rows[1].startswith("Yesterday at ")
    assert "before an import" in rows[1]
    assert "February 21, 2026" in rows[2]  # nine days before March 2
    assert "automatic" in rows[2]
    for row, info in zip(rows, (today, yesterday, older), strict=True):
        assert info.size > 1000
        assert f"{info.size / 1000:.1f} kB" in row
    assert [entry.path for entry in dialog.entries] == [today.path, yesterday.path, older.path]
    # A screen reader hears a sentence for each row.
    spoken = dialog.backup_list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Backup from today at ")
    assert "made by you" in spoken
    assert "kB" in spoken
    assert dialog.backup_list.currentRow() == 0
    assert dialog.restore_button.isEnabled()
    assert dialog.empty_label.isHidden()


def test_with_no_backups_it_says_so_and_restore_is_off(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    assert dialog.rows() == []
    assert dialog.empty_label.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_a_damaged_journal_set_aside_is_listed_but_cannot_be_restored(
    journals: Journals, open_dialog: OpenDialog
) -> None:
    info = backup_at(journals, REASON_MANUAL, timedelta(hours=1))
    aside = info.path.with_name(info.path.name.replace("-manual-", f"-{REASON_DAMAGED}-"))
    info.path.rename(aside)
    dialog = open_dialog()
    assert "a damaged journal, set aside" in dialog.rows()[0]
    assert not dialog.restore_button.isEnabled()
    assert dialog.restore_selected() is None


def test_the_journal_file_is_named_and_its_folder_opens(
    journals: Journals, open_dialog: OpenDialog
) -> None:
    opened = Opened(answer=False)
    dialog = open_dialog(opened=opened)
    assert dialog.journal_label.text() == str(journals.paths.journal)
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened.urls] == [str(journals.paths.root)]
    assert str(journals.paths.root) in dialog.message_label.text()  # no file manager: the path


# --- backing up -------------------------------------------------------------------------------
def test_back_up_now_adds_a_row_at_the_top_and_picks_it(
    qtbot: QtBot, journals: Journals, open_dialog: OpenDialog
) -> None:
    backup_at(journals, REASON_AUTOMATIC, timedelta(days=2))
    dialog = open_dialog()
    assert len(dialog.rows()) == 1
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rows()) == 2
    newest = dialog.entries[0]
    assert newest.reason == REASON_MANUAL
    assert newest.path.is_file()
    assert stat.S_IMODE(newest.path.stat().st_mode) == 0o600
    assert "made by you" in dialog.rows()[0]
    assert dialog.backup_list.currentRow() == 0
    assert "Backed up" in dialog.message_label.text()
    assert "top of the list" in dialog.message_label.text()


def test_back_up_to_a_folder_writes_a_checked_copy_there(
    journals: Journals, open_dialog: OpenDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb stick"
    stick.mkdir()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *args: str(stick)
    )
    dialog = open_dialog()
    dialog.back_up_to_button.click()
    written = list(stick.glob("journal-manual-*.sqlite"))
    assert len(written) == 1
    assert str(written[0]) in dialog.message_label.text()
    # It is not in the journal's own backups.
    assert dialog.rows() == []


def test_a_folder_that_is_not_there_is_one_sentence(
    open_dialog: OpenDialog, tmp_path: Path
) -> None:
    dialog = open_dialog()
    assert dialog.back_up_into(tmp_path / "unplugged") is None
    text = dialog.message_label.text()
    assert text.startswith("⚠ The folder chosen for the backup is not there.")
    assert text.count(".") == 2  # two plain sentences, nothing technical


def test_a_backup_that_fails_says_why_and_the_list_stays(
    journals: Journals, actions: StorageActions, open_dialog: OpenDialog
) -> None:
    class Full(StorageActions):
        def back_up_now(self) -> BackupInfo:
            raise DataProblem(
                "The backup could not be written. Your journal was not changed; make sure the "
                "folder has free space and that you may write in it, then try again."
            )

    backup_at(journals, REASON_AUTOMATIC, timedelta(days=1))
    dialog = open_dialog(Full(journals))
    dialog.back_up_button.click()
    assert len(dialog.rows()) == 1
    assert dialog.message_label.text().startswith("⚠ The backup could not be written.")


def test_an_unexpected_error_is_a_plain_sentence_not_a_crash(
    journals: Journals, open_dialog: OpenDialog
) -> None:
    class Broken(StorageActions):
        def back_up_now(self) -> BackupInfo:
            raise RuntimeError("boom")

    dialog = open_dialog(Broken(journals))
    dialog.back_up_button.click()
    assert dialog.message_label.text().startswith("⚠ Something unexpected went wrong")
    assert "boom" not in dialog.message_label.text()


# --- restoring --------------------------------------------------------------------------------
def test_restore_asks_first_and_cancel_changes_nothing(
    journals: Journals, open_dialog: OpenDialog
) -> None:
    backup_at(journals, REASON_AUTOMATIC, timedelta(hours=3))
    reopen = Counting(journals)
    dialog = open_dialog(reopen=reopen)
    before = journals.paths.journal.read_bytes()
    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert box.isVisible()
    assert "Today at" not in box.text()  # "the backup from today at …" reads as a sentence
    assert "Restore the backup from today at" in box.text()
    assert "backed up first" in box.text()
    answer(box, restore=False)
    assert reopen.calls == 0
    assert journals.paths.journal.read_bytes() == before
    assert len(dialog.rows()) == 1


def test_restore_puts_the_backup_back_keeps_the_journal_as_it_was_and_reopens(
    journals: Journals, open_dialog: OpenDialog
) -> None:
    backup = backup_at(journals, REASON_AUTOMATIC, timedelta(hours=3))
    at_backup = question_texts(journals)
    journals.journal().questions.add(NewQuestion(text="Added after the backup?"))
    reopen = Counting(journals)
    dialog = open_dialog(reopen=reopen)
    assert dialog.selected_path() == backup.path
    answer(dialog.restore_selected(), restore=True)
    assert reopen.calls == 1
    # The journal is as it was at the backup.
    assert question_texts(journals) == at_backup
    # The journal as it was before is the newest backup, picked, and the message says so.
    assert dialog.entries[0].reason == REASON_BEFORE_RESTORE
    assert dialog.backup_list.currentRow() == 0
    assert "before a restore" in dialog.rows()[0]
    text = dialog.message_label.text()
    assert text.startswith("Restored the backup from today at ")
    assert "restore it to go back" in text
    # Restoring that one undoes the restore.
    answer(dialog.restore_selected(), restore=True)
    assert reopen.calls == 2
    assert "Added after the backup?" in question_texts(journals)


def test_enter_on_a_backup_asks_to_restore_it(
    qtbot: QtBot, journals: Journals, open_dialog: OpenDialog
) -> None:
    backup_at(journals, REASON_AUTOMATIC, timedelta(hours=3))
    dialog = open_dialog()
    dialog.backup_list.setFocus()
    qtbot.keyClick(dialog.backup_list, Qt.Key.Key_Return)
    assert dialog.confirm_box is not None
    assert dialog.confirm_box.isVisible()
    assert dialog.isVisible()
    answer(dialog.confirm_box, restore=False)
    assert QApplication.focusWidget() is dialog.backup_list


def test_a_file_that_is_not_a_backup_is_refused_in_one_sentence_and_the_journal_reopens(
    journals: Journals, open_dialog: OpenDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stranger = tmp_path / "holiday.sqlite"
    stranger.write_text("not a database at all\n")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *args: (str(stranger), "")
    )
    texts = question_texts(journals)
    reopen = Counting(journals)
    dialog = open_dialog(reopen=reopen)
    dialog.restore_file_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert str(stranger) in box.text()
    answer(box, restore=True)
    assert dialog.message_label.text().startswith(
        "⚠ This file is not a backup of an MBC Desktop journal, so it was not restored"
    )
    assert reopen.calls == 1  # the app decides: it starts again only if the journal was closed
    assert question_texts(journals) == texts
    assert dialog.rows() == []  # no backup made for a restore that did not happen


# --- export -----------------------------------------------------------------------------------
def test_export_everything_writes_json_and_says_where(
    journals: Journals, open_dialog: OpenDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "my journal"), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", choose)
    dialog = open_dialog()
    dialog.export_button.click()
    assert Path(offered[0]).name == "mbc-desktop-journal-2026-03-02.json"
    written = tmp_path / "my journal.json"  # the ending added
    data = json.loads(written.read_text("utf-8"))
    assert len(data["questions"]) == len(journals.journal().questions.list())
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = dialog.message_label.text()
    assert text.startswith("Exported ")
    assert str(written) in text
    assert "keep it somewhere private" in text


def test_export_symptoms_writes_csv(
    journals: Journals, open_dialog: OpenDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "scores.csv"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args: (str(target), "")
    )
    dialog = open_dialog()
    dialog.csv_button.click()
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["taken_at", "symptom"]
    scores = len(rows) - 1
    assert scores > 14
    assert dialog.message_label.text().startswith(f"Exported {scores} symptom score")


def test_an_export_that_cannot_be_written_is_one_sentence(
    open_dialog: OpenDialog, tmp_path: Path
) -> None:
    dialog = open_dialog()
    assert dialog.export_json_to(tmp_path / "no such folder" / "journal.json") is None
    assert dialog.message_label.text().startswith("⚠ The file could not be saved")
    assert not (tmp_path / "no such folder").exists()


def test_choosing_nothing_does_nothing(
    open_dialog: OpenDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a: ("", ""))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a: ("", ""))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a: "")
    dialog = open_dialog()
    for button in (
        dialog.export_button,
        dialog.csv_button,
        dialog.import_button,
        dialog.back_up_to_button,
        dialog.restore_file_button,
    ):
        button.click()
    assert dialog.message_label.isHidden()
    assert dialog.pages.currentIndex() == DataDialog.MAIN_PAGE
    assert dialog.confirm_box is None


# --- import -----------------------------------------------------------------------------------
@pytest.fixture
def other_export(tmp_path: Path, app: object) -> Path:
    """An export from another journal: three questions and the sample medicines."""
    folder = tmp_path / "other"
    folder.mkdir(mode=0o700)
    other = Journals(DataPaths(folder))
    journal = other.open()
    for text in ("Other one?", "Other two?", "Other three?"):
        journal.questions.add(NewQuestion(text=text))
    fill_medications(journal.medications)
    path = tmp_path / "other.json"
    StorageActions(other).export_json(path)
    other.close()
    return path


def test_import_shows_what_the_file_holds_then_merges(
    journals: Journals, open_dialog: OpenDialog, other_export: Path
) -> None:
    before = question_texts(journals)
    medicines = len(json.loads(other_export.read_text("utf-8"))["medications"])
    dialog = open_dialog()
    preview = dialog.preview_import(other_export)
    assert preview is not None
    assert dialog.pages.currentIndex() == DataDialog.IMPORT_PAGE
    assert str(other_export) in dialog.import_file_label.text()
    made = dialog.import_made_label.text()
    assert made.startswith("Exported on ")
    assert "by MBC Desktop " in made
    counts = dialog.import_counts_label.text()
    assert "3 question" in counts
    assert f"{medicines} medicine" in counts
    assert "appointment" not in counts  # none in the file: not listed
    assert dialog.merge_radio.isChecked()  # merge is the default
    assert "not added twice" in dialog.merge_radio.accessibleDescription()
    assert dialog.do_import_button.isDefault()
    assert journals.journal().questions.list()  # nothing changed by looking
    assert question_texts(journals) == before

    assert dialog.import_now()
    assert question_texts(journals) == sorted([*before, "Other one?", "Other two?", "Other three?"])
    assert dialog.pages.currentIndex() == DataDialog.MAIN_PAGE
    assert dialog.message_label.text().startswith("Imported: ")
    assert "before an import" in dialog.rows()[0]  # backed up first


def test_import_replace_makes_the_journal_the_files(
    journals: Journals, open_dialog: OpenDialog, other_export: Path
) -> None:
    dialog = open_dialog()
    dialog.preview_import(other_export)
    dialog.replace_radio.setChecked(True)
    assert dialog.import_now()
    assert question_texts(journals) == ["Other one?", "Other three?", "Other two?"]
    assert "now holds the file's" in dialog.message_label.text()
    assert dialog.entries[0].reason == REASON_BEFORE_IMPORT


@pytest.mark.parametrize(
    ("content", "start"),
    [
        (b'{"format": "something else"}', "⚠ This is not an MBC Desktop export."),
        (b'{"questions": [', "⚠ This file is cut short"),
        (b'{"format": "\xff"}', "⚠ This file is damaged: part of it is not text."),
    ],
)
def test_a_bad_file_is_one_sentence_and_nothing_changes(
    journals: Journals,
    open_dialog: OpenDialog,
    tmp_path: Path,
    content: bytes,
    start: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = journals.paths.journal.read_bytes()
    dialog = open_dialog()
    assert dialog.preview_import(bad) is None
    assert dialog.pages.currentIndex() == DataDialog.MAIN_PAGE
    text = dialog.message_label.text()
    assert text.startswith(start), text
    assert "\n" not in text
    assert dialog.rows() == []  # not even a backup
    assert journals.paths.journal.read_bytes() == before


def test_a_file_from_a_newer_version_says_so(
    open_dialog: OpenDialog, other_export: Path, tmp_path: Path
) -> None:
    data = json.loads(other_export.read_text("utf-8"))
    data["version"] = 999
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data), "utf-8")
    dialog = open_dialog()
    assert dialog.preview_import(newer) is None
    assert "newer MBC Desktop" in dialog.message_label.text()


def test_esc_on_the_preview_goes_back_without_importing_and_esc_again_closes(
    qtbot: QtBot, journals: Journals, open_dialog: OpenDialog, other_export: Path
) -> None:
    before = question_texts(journals)
    dialog = open_dialog()
    dialog.preview_import(other_export)
    qtbot.keyClick(dialog.merge_radio, Qt.Key.Key_Escape)
    assert dialog.pages.currentIndex() == DataDialog.MAIN_PAGE
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.import_button
    assert question_texts(journals) == before
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_import_that_fails_stays_on_the_preview_with_one_sentence(
    journals: Journals, open_dialog: OpenDialog, other_export: Path
) -> None:
    class NoRoom(StorageActions):
        def import_file(self, preview: object, replace: bool) -> object:
            raise DataProblem(
                "The backup could not be written. Your journal was not changed; make sure the "
                "folder has free space and that you may write in it, then try again."
            )

    before = question_texts(journals)
    dialog = open_dialog(NoRoom(journals))
    dialog.preview_import(other_export)
    assert not dialog.import_now()
    assert dialog.pages.currentIndex() == DataDialog.IMPORT_PAGE
    assert dialog.message_label.text().startswith("⚠ The backup could not be written.")
    assert question_texts(journals) == before


def test_files_the_dialog_writes_are_owner_only_whatever_the_umask(
    journals: Journals,
    open_dialog: OpenDialog,
    tmp_path: Path,
    loose_umask: None,
) -> None:
    dialog = open_dialog()
    dialog.back_up_button.click()
    exported = dialog.export_json_to(tmp_path / "out.json")
    assert exported is not None
    for path in (dialog.entries[0].path, exported):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
