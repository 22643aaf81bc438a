"""Restoring a backup: checked first, the current journal kept, the swap atomic."""

import contextlib
import shutil
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mbc_desktop.domain import NewQuestion
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import BackupError, open_journal
from mbc_desktop.storage import backup as backup_module
from mbc_desktop.storage.backup import (
    REASON_AUTOMATIC,
    REASON_BEFORE_RESTORE,
    REASON_DAMAGED,
    backup_folder,
    list_backups,
    make_backup,
    restore,
)
from mbc_desktop.storage.errors import (
    RESTORE_BACKUP_DAMAGED,
    RESTORE_FAILED,
    RESTORE_NOT_A_BACKUP,
    RESTORE_TOO_NEW,
)
from mbc_desktop.storage.health import Health, integrity_check
from tests.unit.storage import journals

BACKED_UP = datetime(2026, 5, 1, 12, tzinfo=UTC)
RESTORED = datetime(2026, 5, 2, 18, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "journal.sqlite"
    store = open_journal(path)
    journals.fill(store)
    store.close()
    return path


@pytest.fixture
def journal(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copyfile(template, folder / "journal.sqlite")
    return folder / "journal.sqlite"


def add_questions(journal: Path, *texts: str) -> None:
    store = open_journal(journal)
    try:
        service = QuestionService(store)
        for text in texts:
            service.add(NewQuestion(text=text))
    finally:
        store.close()


def question_texts(journal: Path) -> list[str]:
    with contextlib.closing(journals.read_only(journal)) as connection:
        return [text for (text,) in connection.execute("SELECT text FROM questions ORDER BY id")]


def test_restoring_a_backup_over_a_healthy_journal_backs_the_journal_up_first(
    journal: Path,
) -> None:
    backup = make_backup(journal, REASON_AUTOMATIC, now=BACKED_UP)
    then = journals.rows(journal, "questions")
    add_questions(journal, "Written after the backup")
    now_texts = question_texts(journal)

    kept = restore(backup.path, journal, now=RESTORED)

    assert kept is not None
    assert kept.reason == REASON_BEFORE_RESTORE
    assert kept.made_at == RESTORED
    assert question_texts(kept.path) == now_texts  # what was there is in the new backup
    assert journals.rows(journal, "questions") == then  # and the backup's rows are back
    assert backup.path.exists()  # the restored backup stays in the list
    assert {info.path for info in list_backups(journal)} == {backup.path, kept.path}
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    assert integrity_check(journal).ok
    store = open_journal(journal)  # and it opens as a journal again
    store.close()


def test_the_journals_unsaved_wal_goes_into_the_before_restore_backup(
    journal: Path, tmp_path: Path
) -> None:
    backup = make_backup(journal, REASON_AUTOMATIC, now=BACKED_UP)
    # A journal as a crash leaves it: its newest question only in the -wal.
    store = open_journal(journal)
    QuestionService(store).add(NewQuestion(text="Only in the WAL"))
    crashed = tmp_path / "crashed"
    shutil.copytree(journal.parent, crashed)
    store.close()
    journal = crashed / "journal.sqlite"
    assert journal.with_name("journal.sqlite-wal").stat().st_size > 0

    kept = restore(backup.path, journal, now=RESTORED)

    assert kept is not None
    assert "Only in the WAL" in question_texts(kept.path)
    assert "Only in the WAL" not in question_texts(journal)
    # No -wal is left to be replayed onto the restored file.
    assert {path.name for path in crashed.iterdir()} == {"journal.sqlite", "backups"}


def test_a_damaged_journal_is_moved_aside_untouched(journal: Path) -> None:
    backup = make_backup(journal, REASON_AUTOMATIC, now=BACKED_UP)
    expected = journals.row_counts(journal)
    _interior, leaves = journals.btree_pages(journal, "questions")
    journals.overwrite_page(journal, leaves[3])
    damaged = journals.digest(journal)

    aside = restore(backup.path, journal, now=RESTORED)

    assert aside is not None
    assert aside.reason == REASON_DAMAGED
    assert aside.path == backup_folder(journal) / "journal-damaged-20260502-183000.sqlite"
    assert journals.digest(aside.path) == damaged
    assert journals.row_counts(journal) == expected
    assert journals.digest(journal) != damaged


def test_restoring_with_no_journal_there(journal: Path) -> None:
    backup = make_backup(journal, REASON_AUTOMATIC, now=BACKED_UP)
    expected = journals.row_counts(journal)
    journal.unlink()
    assert restore(backup.path, journal, now=RESTORED) is None
    assert journals.row_counts(journal) == expected


def test_a_damaged_backup_is_refused_and_nothing_changes(journal: Path) -> None:
    backup = make_backup(journal, REASON_AUTOMATIC, now=BACKED_UP)
    _interior, leaves = journals.btree_pages(backup.path, "check_ins")
    journals.overwrite_page(backup.path, leaves[1])
    add_questions(journal, "Still here")
    before = {path.name: journals.digest(path) for path in journal.parent.rglob("*.sqlite*")}

    with pytest.raises(BackupError) as raised:
        restore(backup.path, journal, now=RESTORED)

    assert str(raised.value) == RESTORE_BACKUP_DAMAGED
    after = {path.name: journals.digest(path) for path in journal.parent.rglob("*.sqlite*")}
    assert after == before
    assert [path.name for path in journal.parent.iterdir() if path.name.startswith(".")] == []


@pytest.mark.parametrize("kind", ["text", "another database", "empty", "missing", "newer"])
def test_what_is_not_a_backup_is_refused(journal: Path, tmp_path: Path, kind: str) -> None:
    candidate = tmp_path / "candidate.sqlite"
    expected = RESTORE_NOT_A_BACKUP
    if kind == "text":
        candidate.write_text("Questions for Dr. Okafor\n" * 100)
    elif kind == "another database":
        with contextlib.closing(sqlite3.connect(candidate)) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
            connection.commit()
    elif kind == "empty":
        candidate.write_bytes(b"")
    elif kind == "newer":
        shutil.copyfile(journal, candidate)
        with contextlib.closing(sqlite3.connect(candidate)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
            connection.commit()
        expected = RESTORE_TOO_NEW
    before = journals.digest(journal)

    with pytest.raises(BackupError) as raised:
        restore(candidate, journal, now=RESTORED)

    assert str(raised.value) == expected
    assert journals.digest(journal) == before
    assert not backup_folder(journal).exists()


def test_a_copy_that_fails_its_check_is_not_put_in_place(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = make_backup(journal, REASON_AUTOMATIC, now=BACKED_UP)
    add_questions(journal, "Still here")
    before = journals.digest(journal)
    monkeypatch.setattr(
        backup_module, "_checked", lambda _path: Health(ok=False, problems=("x",), milliseconds=0)
    )
    with pytest.raises(BackupError) as raised:
        restore(backup.path, journal, now=RESTORED)
    assert str(raised.value) == RESTORE_BACKUP_DAMAGED
    assert journals.digest(journal) == before
    assert {path.name for path in journal.parent.iterdir()} == {"journal.sqlite", "backups"}


def test_a_copy_that_cannot_be_written_changes_nothing(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = make_backup(journal, REASON_AUTOMATIC, now=BACKED_UP)
    before = journals.digest(journal)

    def full_disk(_source: object, destination: Path) -> None:
        destination.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "_vacuum_into", full_disk)
    with pytest.raises(BackupError) as raised:
        restore(backup.path, journal, now=RESTORED)
    assert str(raised.value) == RESTORE_FAILED
    assert journals.digest(journal) == before
    assert {path.name for path in journal.parent.iterdir()} == {"journal.sqlite", "backups"}
