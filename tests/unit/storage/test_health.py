"""The journal's health checks: they find damage, and they never write to the file."""

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from mbc_desktop.storage import open_journal
from mbc_desktop.storage.health import (
    integrity_check,
    is_damage,
    looks_like_sqlite,
    quick_check,
    read_only_uri,
)
from tests.unit.storage import journals


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
    folder.mkdir()
    shutil.copyfile(template, folder / "journal.sqlite")
    return folder / "journal.sqlite"


def names_in(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def test_a_healthy_journal_passes_both_checks_and_nothing_is_written(journal: Path) -> None:
    before = journals.digest(journal)
    quick, full = quick_check(journal), integrity_check(journal)
    assert quick.ok
    assert full.ok
    assert quick.problems == full.problems == ()
    assert 0 < quick.milliseconds < 5000
    assert journals.digest(journal) == before
    # Read-only and immutable: not even the empty -wal and -shm a read-only open leaves.
    assert names_in(journal.parent) == {"journal.sqlite"}


def test_an_empty_file_is_a_healthy_empty_database(tmp_path: Path) -> None:
    empty = tmp_path / "journal.sqlite"
    empty.write_bytes(b"")
    assert quick_check(empty).ok


def test_a_missing_file_is_not_damage_but_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        quick_check(tmp_path / "nowhere.sqlite")


def test_an_open_journal_with_a_hot_wal_is_checked_through_it_untouched(journal: Path) -> None:
    store = open_journal(journal)
    try:
        store.database.connection().execute("PRAGMA wal_autocheckpoint = 0")
        journals.fill(store, seed=99)  # more rows, all still in the -wal
        wal = journal.with_name("journal.sqlite-wal")
        assert wal.stat().st_size > 0
        main_before, wal_before = journals.digest(journal), journals.digest(wal)

        health = quick_check(journal)

        assert health.ok, health.problems
        assert journals.digest(journal) == main_before
        assert journals.digest(wal) == wal_before
    finally:
        store.close()


def test_a_journal_left_with_its_wal_after_a_crash_is_checked_untouched(
    journal: Path, tmp_path: Path
) -> None:
    # A copy of the three files taken while a writer had them open: what a crash leaves.
    store = open_journal(journal)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    try:
        store.database.connection().execute("PRAGMA wal_autocheckpoint = 0")
        journals.fill(store, seed=5)
        for name in ("journal.sqlite", "journal.sqlite-wal", "journal.sqlite-shm"):
            shutil.copyfile(journal.parent / name, crashed / name)
    finally:
        store.close()
    copy = crashed / "journal.sqlite"
    main_before = journals.digest(copy)
    wal_before = journals.digest(crashed / "journal.sqlite-wal")

    assert quick_check(copy).ok

    assert journals.digest(copy) == main_before
    assert journals.digest(crashed / "journal.sqlite-wal") == wal_before


def test_a_hot_rollback_journal_is_checked_on_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 500,)] * 200)
        connection.commit()
    # A hot journal: the file as a writer left it mid-transaction (its rollback journal is
    # there and non-empty). Made by copying both while a transaction is open.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA cache_size = 1")  # spill to the file before the commit
        connection.execute("BEGIN")
        connection.execute("UPDATE notes SET text = 'y' || text")
        shutil.copyfile(path, crashed / "old.sqlite")
        shutil.copyfile(path.with_name("old.sqlite-journal"), crashed / "old.sqlite-journal")
        connection.rollback()
    copy = crashed / "old.sqlite"
    before = journals.digest(copy), journals.digest(crashed / "old.sqlite-journal")

    assert quick_check(copy).ok

    assert (journals.digest(copy), journals.digest(crashed / "old.sqlite-journal")) == before
    assert names_in(crashed) == {"old.sqlite", "old.sqlite-journal"}


@pytest.mark.parametrize("damage", ["table page", "index page", "header", "cut", "cut on a page"])
def test_damage_is_found(journal: Path, damage: str) -> None:
    if damage == "table page":
        _interior, leaves = journals.btree_pages(journal, "questions")
        journals.overwrite_page(journal, leaves[len(leaves) // 2])
    elif damage == "index page":
        _interior, leaves = journals.btree_pages(journal, "ix_scores_symptom_id")
        journals.overwrite_page(journal, leaves[len(leaves) // 2])
    elif damage == "header":
        journals.overwrite_header(journal)
    elif damage == "cut":
        journals.truncate(journal, 0.6)
    else:
        size = journal.stat().st_size
        with journal.open("r+b") as file:
            file.truncate(size // 4096 // 2 * 4096)
    before = journals.digest(journal)

    quick, full = quick_check(journal), integrity_check(journal)

    assert not quick.ok
    assert not full.ok
    assert quick.problems
    assert full.problems
    said = " ".join(quick.problems)
    if damage == "header":
        assert "does not begin with SQLite's header" in said
    if damage == "cut":
        assert "not a whole number of 4096-byte pages" in said
    if damage.startswith("cut"):
        assert "The header says" in said
    assert journals.digest(journal) == before
    assert names_in(journal.parent) == {"journal.sqlite"}


def test_what_looks_like_sqlite(journal: Path, tmp_path: Path) -> None:
    assert looks_like_sqlite(journal)
    journals.overwrite_header(journal)
    assert looks_like_sqlite(journal)  # the schema's text is still there
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(b"\x13" * 8192)
    text = tmp_path / "text.sqlite"
    text.write_bytes(b"CREATE TABLE in a note, not a database\n" * 3)
    assert not looks_like_sqlite(noise)
    assert not looks_like_sqlite(text)


def test_damage_errors_are_told_from_other_errors() -> None:
    malformed = sqlite3.DatabaseError("database disk image is malformed")
    assert is_damage(malformed)
    assert is_damage(sqlite3.DatabaseError("file is not a database"))
    assert is_damage(SQLAlchemyDatabaseError("SELECT 1", {}, malformed))
    assert not is_damage(sqlite3.OperationalError("database is locked"))
    assert not is_damage(sqlite3.OperationalError("database or disk is full"))
    assert not is_damage(ValueError("malformed"))


def test_the_read_only_uri_copes_with_any_file_name(tmp_path: Path) -> None:
    odd = tmp_path / "my journal #2?.sqlite"
    with contextlib.closing(sqlite3.connect(odd)) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    with contextlib.closing(sqlite3.connect(read_only_uri(odd), uri=True)) as connection:
        assert connection.execute("SELECT count(*) FROM t").fetchone() == (0,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute("INSERT INTO t VALUES (1)")
    assert quick_check(odd).ok
