"""Backups: checked copies with honest names, owner-only, listed newest first, thinned by rule."""

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mbc_desktop.domain.backups import MOST_KEPT, keep
from mbc_desktop.storage import BackupError, Store, open_journal
from mbc_desktop.storage import backup as backup_module
from mbc_desktop.storage.backup import (
    REASON_AUTOMATIC,
    REASON_BEFORE_IMPORT,
    REASON_BEFORE_RESTORE,
    REASON_DAMAGED,
    REASON_MANUAL,
    REASON_ON_EXIT,
    BackupInfo,
    backup_folder,
    backup_to_folder,
    list_backups,
    make_backup,
    newest_good_backup,
    parse_name,
    rotate,
)
from mbc_desktop.storage.errors import (
    BACKUP_CHECK_FAILED,
    BACKUP_FOLDER_MISSING,
    BACKUP_JOURNAL_DAMAGED,
    BACKUP_NOT_WRITTEN,
)
from mbc_desktop.storage.health import Health, integrity_check
from tests.unit.storage import journals

MOMENT = datetime(2026, 3, 4, 5, 6, 7, 890, tzinfo=UTC)


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


@pytest.fixture
def open_store(journal: Path) -> Iterator[Store]:
    store = open_journal(journal)
    try:
        yield store
    finally:
        store.close()


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_checked_private_copy_with_its_reason_and_time_in_the_name(
    open_store: Store, journal: Path, loose_umask: None
) -> None:
    info = make_backup(open_store.database, REASON_AUTOMATIC, now=MOMENT)

    assert info == BackupInfo(
        path=backup_folder(journal) / "journal-automatic-20260304-050607.sqlite",
        made_at=MOMENT.replace(microsecond=0),
        size=info.path.stat().st_size,
        reason=REASON_AUTOMATIC,
    )
    assert info.size > 0
    assert mode_of(info.path) == 0o600
    assert mode_of(backup_folder(journal)) == 0o700
    assert integrity_check(info.path).ok
    assert journals.row_counts(info.path) == journals.row_counts(journal)
    # Nothing else in the folder: the temporary copy was renamed, not left behind.
    assert [path.name for path in backup_folder(journal).iterdir()] == [info.path.name]


def test_a_backup_of_an_open_journal_holds_what_was_just_saved(open_store: Store) -> None:
    journals.fill(open_store, seed=3)  # in the -wal, not yet in the main file
    counts = {}
    connection = open_store.database.connection()
    for table in journals.TABLES:
        counts[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    info = make_backup(open_store.database, REASON_MANUAL)

    assert journals.row_counts(info.path) == counts


def test_a_backup_from_a_closed_journal_leaves_no_side_files(journal: Path) -> None:
    before = journals.digest(journal)
    info = make_backup(journal, REASON_BEFORE_IMPORT, now=MOMENT)
    assert info.reason == REASON_BEFORE_IMPORT
    assert journals.digest(journal) == before
    assert {path.name for path in journal.parent.iterdir()} == {"journal.sqlite", "backups"}


def test_a_copy_that_fails_its_check_is_deleted_and_said_plainly(
    open_store: Store, journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[Path] = []

    def bad_check(path: Path) -> Health:
        checked.append(path)
        return Health(ok=False, problems=("*** in database main ***",), milliseconds=1.0)

    monkeypatch.setattr(backup_module, "_checked", bad_check)

    with pytest.raises(BackupError) as raised:
        make_backup(open_store.database, REASON_AUTOMATIC)

    assert str(raised.value) == BACKUP_CHECK_FAILED
    assert len(checked) == 1
    assert list(backup_folder(journal).iterdir()) == []  # neither the copy nor its temp file


def test_a_copy_that_cannot_be_written_is_said_plainly(
    open_store: Store, journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(_source: object, destination: Path) -> None:
        destination.write_bytes(b"half a copy")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "_vacuum_into", full_disk)

    with pytest.raises(BackupError) as raised:
        make_backup(open_store.database, REASON_AUTOMATIC)

    assert str(raised.value) == BACKUP_NOT_WRITTEN
    assert list(backup_folder(journal).iterdir()) == []


def test_a_damaged_journal_is_not_backed_up(journal: Path) -> None:
    _interior, leaves = journals.btree_pages(journal, "check_ins")
    journals.overwrite_page(journal, leaves[1])
    before = journals.digest(journal)
    with pytest.raises(BackupError) as raised:
        make_backup(journal, REASON_AUTOMATIC)
    assert str(raised.value) == BACKUP_JOURNAL_DAMAGED
    assert list(backup_folder(journal).iterdir()) == []
    assert journals.digest(journal) == before


def test_the_check_really_runs_on_the_copy(
    open_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Health] = []
    real = backup_module._checked

    def spy(path: Path) -> Health:
        assert path.name.endswith(".tmp")  # before the rename
        seen.append(real(path))
        return seen[-1]

    monkeypatch.setattr(backup_module, "_checked", spy)
    make_backup(open_store.database, REASON_AUTOMATIC)
    assert len(seen) == 1
    assert seen[0].ok


def test_back_up_to_another_folder(open_store: Store, tmp_path: Path) -> None:
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    info = backup_to_folder(open_store.database, stick)
    assert info.path.parent == stick
    assert info.reason == REASON_MANUAL
    assert mode_of(info.path) == 0o600
    assert integrity_check(info.path).ok
    # Not in the journal's own list, and never rotated.
    assert list_backups(open_store.path) == []
    assert list_backups(open_store.path, stick) == [info]


def test_back_up_to_a_folder_that_is_not_there(open_store: Store, tmp_path: Path) -> None:
    with pytest.raises(BackupError) as raised:
        backup_to_folder(open_store.database, tmp_path / "unplugged")
    assert str(raised.value) == BACKUP_FOLDER_MISSING
    assert not (tmp_path / "unplugged").exists()


def test_a_reason_must_be_a_plain_word(open_store: Store) -> None:
    for reason in ("", "Auto", "../x", "a b", "before-", "x.y"):
        with pytest.raises(ValueError, match="reason"):
            make_backup(open_store.database, reason)


def test_names_are_read_back_and_strangers_ignored(journal: Path) -> None:
    folder = backup_folder(journal)
    folder.mkdir()
    names = [
        "journal-automatic-20260101-120000.sqlite",
        "journal-automatic-20260101-120000-2.sqlite",  # same second, a second copy
        "journal-before-schema-0005-20251231-235959.sqlite",  # made by migrate.py
        "journal-on-exit-20260102-080000.sqlite",
        "journal-damaged-20260103-090000.sqlite",
    ]
    strangers = [
        "journal-automatic-20261399-120000.sqlite",  # no such month
        "journal-automatic-20260101-120000.sqlite-wal",
        ".journal-automatic-20260101-130000.sqlite.1a2b3c4d.tmp",
        "notes.txt",
        "journal.sqlite",
        "journal-Automatic-20260101-120000.sqlite",
    ]
    for name in names + strangers:
        (folder / name).write_bytes(b"x" * len(name))
    (folder / "journal-manual-20260105-000000.sqlite").mkdir()  # a folder, not a file

    found = list_backups(journal)

    assert [info.path.name for info in found] == [
        "journal-damaged-20260103-090000.sqlite",
        "journal-on-exit-20260102-080000.sqlite",
        "journal-automatic-20260101-120000-2.sqlite",
        "journal-automatic-20260101-120000.sqlite",
        "journal-before-schema-0005-20251231-235959.sqlite",
    ]
    assert [info.reason for info in found] == [
        REASON_DAMAGED,
        REASON_ON_EXIT,
        REASON_AUTOMATIC,
        REASON_AUTOMATIC,
        "before-schema-0005",
    ]
    assert found[1].made_at == datetime(2026, 1, 2, 8, tzinfo=UTC)
    assert found[1].size == len("journal-on-exit-20260102-080000.sqlite")
    assert parse_name("journal-before-restore-20260101-000000-3.sqlite") == (
        REASON_BEFORE_RESTORE,
        datetime(2026, 1, 1, tzinfo=UTC),
        3,
    )


def test_no_backups_folder_means_no_backups(journal: Path) -> None:
    assert list_backups(journal) == []
    assert newest_good_backup(journal) is None
    assert rotate(journal) == []
    assert not backup_folder(journal).exists()


def test_two_backups_in_the_same_second_both_stay(open_store: Store) -> None:
    first = make_backup(open_store.database, REASON_AUTOMATIC, now=MOMENT)
    second = make_backup(open_store.database, REASON_AUTOMATIC, now=MOMENT)
    assert first.path != second.path
    assert second.path.name == "journal-automatic-20260304-050607-2.sqlite"
    assert list_backups(open_store.path) == [second, first]


def test_the_newest_good_backup_skips_damaged_ones(open_store: Store, journal: Path) -> None:
    good = make_backup(open_store.database, REASON_AUTOMATIC, now=MOMENT)
    newer = make_backup(open_store.database, REASON_AUTOMATIC, now=MOMENT + timedelta(hours=1))
    _interior, leaves = journals.btree_pages(newer.path, "questions")
    journals.overwrite_page(newer.path, leaves[len(leaves) // 2])
    aside = backup_folder(journal) / "journal-damaged-20270101-000000.sqlite"
    shutil.copyfile(good.path, aside)  # whole, but a damaged journal moved aside: never offered

    assert newest_good_backup(journal) == good


# --- rotation ---------------------------------------------------------------------------------


def fake_backup(database: Path, reason: str, moment: datetime) -> Path:
    """A file named as a backup made at ``moment`` (rotation reads only names)."""
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True, mode=0o700)
    path = folder / f"journal-{reason}-{moment:%Y%m%d-%H%M%S}.sqlite"
    path.write_bytes(b"")
    return path


def test_a_year_of_daily_backups_rotated_each_day(open_store: Store, journal: Path) -> None:
    start = datetime(2025, 6, 1, 21, 0, tzinfo=UTC)
    made: list[datetime] = []
    for day in range(365):
        moment = start + timedelta(days=day)
        if day % 30 == 0:  # a real, checked backup now and then
            make_backup(open_store.database, REASON_ON_EXIT, now=moment)
        else:
            fake_backup(journal, REASON_AUTOMATIC, moment)
        made.append(moment)
        rotate(journal, now=moment)
        assert len(list_backups(journal)) <= MOST_KEPT

    left = {info.made_at for info in list_backups(journal)}
    assert left == keep(made, made[-1])
    assert max(made) in left
    # By hand, on Sunday 31 May 2026: every day from 18 May (14); the Sundays 17, 10 and 3 May,
    # 26, 19 and 12 April (the eight weeks' newest, less the two in those 14 days); the last
    # day of each month from June 2025 to April 2026 (11; May's newest is today's).
    assert len(left) == 14 + 6 + 11
    days = sorted(made[-1].date() - moment.date() for moment in left)
    assert days[:14] == [timedelta(days=n) for n in range(14)]


def test_rotation_keeps_protected_damaged_and_strange_files(journal: Path) -> None:
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    for n in range(60):
        fake_backup(journal, REASON_AUTOMATIC, now - timedelta(minutes=n))
    young = fake_backup(journal, REASON_BEFORE_RESTORE, now - timedelta(days=200))
    migration = fake_backup(journal, "before-schema-0005", now - timedelta(days=364))
    old = fake_backup(journal, REASON_BEFORE_IMPORT, now - timedelta(days=400))
    damaged = fake_backup(journal, REASON_DAMAGED, now - timedelta(days=900))
    other = fake_backup(journal, "future-reason", now - timedelta(days=900))
    stranger = backup_folder(journal) / "my copy.sqlite"
    stranger.write_bytes(b"")

    deleted = rotate(journal, now=now)

    assert old in deleted
    assert len(deleted) == 60 - 10 + 1  # the newest ten of one day stay, and the old import
    for kept in (young, migration, damaged, other, stranger):
        assert kept.exists()
    assert not old.exists()


def test_rotation_leaves_a_backup_it_cannot_delete(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    paths = [fake_backup(journal, REASON_AUTOMATIC, now - timedelta(minutes=n)) for n in range(12)]
    real_unlink = Path.unlink

    def stubborn(path: Path, missing_ok: bool = False) -> None:
        if path == paths[-1]:
            raise PermissionError("read-only")
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", stubborn)
    deleted = rotate(journal, now=now)
    assert deleted == [paths[-2]]
    assert paths[-1].exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private_whatever_the_umask(open_store: Store, journal: Path) -> None:
    previous = os.umask(0o277)  # would make a new file read-only even for its owner
    try:
        info = make_backup(open_store.database, REASON_AUTOMATIC)
    finally:
        os.umask(previous)
    assert mode_of(info.path) == 0o600


def test_a_backup_is_made_on_exit_only_when_something_was_written(
    open_store: Store, journal: Path
) -> None:
    from mbc_desktop.storage.backup import back_up_if_changed, changed_since_backup

    assert changed_since_backup(journal)  # no backup yet
    first = back_up_if_changed(open_store.database, journal, "on-exit")
    assert first is not None
    assert not changed_since_backup(journal)
    assert back_up_if_changed(open_store.database, journal, "on-exit") is None
    with open_store.transaction() as tx:
        tx.answers.add("goals", "what_matters_most", '"Walking my dog"', first.made_at)
    assert changed_since_backup(journal)
    again = back_up_if_changed(open_store.database, journal, "on-exit")
    assert again is not None
    assert [b.path for b in list_backups(journal)][:2] == [again.path, first.path]
