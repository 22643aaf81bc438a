"""The journal file is opened the safe way: WAL, foreign keys, full fsync, owner-only files."""

import os
import stat
from pathlib import Path

import pytest

from mbc_desktop.domain import NewQuestion
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import Store, open_journal
from mbc_desktop.storage.engine import make_engine

SIDES = ("-wal", "-shm")
posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def pragmas(store: Store) -> dict[str, object]:
    """Read the pragmas on a connection opened afresh, outside any transaction: they must be
    set whenever the journal's connection is (re)opened, not only the first time."""
    store.database.dispose()
    connection = store.database.connection()
    return {
        name: connection.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    }


def test_journal_uses_wal_foreign_keys_and_full_sync(store: Store) -> None:
    assert pragmas(store) == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,  # FULL
        "busy_timeout": 5000,
    }


def test_pragmas_are_in_force_inside_a_transaction(store: Store) -> None:
    with store.transaction():
        connection = store.database.connection()
        assert connection.in_transaction
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_engine_for_migrations_sets_the_same_pragmas(store: Store) -> None:
    engine = make_engine(store.path)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        engine.dispose()


def test_reopened_journal_is_still_in_wal_mode(journal_path: Path) -> None:
    open_journal(journal_path).close()

    reopened = open_journal(journal_path)
    try:
        assert pragmas(reopened)["journal_mode"] == "wal"
    finally:
        reopened.close()


def test_open_journal_creates_the_data_folder_and_file(journal_path: Path) -> None:
    assert not journal_path.parent.exists()

    open_journal(journal_path).close()

    assert journal_path.is_file()


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_data_folder_and_all_journal_files_are_owner_only(journal_path: Path) -> None:
    store = open_journal(journal_path)
    try:
        QuestionService(store).add(NewQuestion(text="Who can see this file?"))
        wal = journal_path.with_name(journal_path.name + "-wal")
        shm = journal_path.with_name(journal_path.name + "-shm")
        # While the journal is open after a write, SQLite keeps all three files.
        assert wal.exists()
        assert shm.exists()
        assert wal.stat().st_size > 0

        assert mode_of(journal_path.parent) == 0o700
        assert {path.name: mode_of(path) for path in (journal_path, wal, shm)} == {
            "journal.sqlite": 0o600,
            "journal.sqlite-wal": 0o600,
            "journal.sqlite-shm": 0o600,
        }
    finally:
        store.close()


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_loose_permissions_on_an_existing_journal_are_tightened(journal_path: Path) -> None:
    journal_with_a_question(journal_path)
    journal_path.chmod(0o644)

    store = open_journal(journal_path)
    try:
        QuestionService(store).add(NewQuestion(text="Still private?"))
        files = [journal_path, *(journal_path.with_name(journal_path.name + e) for e in SIDES)]
        assert {path.name: mode_of(path) for path in files} == {
            "journal.sqlite": 0o600,
            "journal.sqlite-wal": 0o600,
            "journal.sqlite-shm": 0o600,
        }
    finally:
        store.close()


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_an_existing_folder_keeps_its_permissions(journal_path: Path) -> None:
    # It may be a folder the person shares on purpose; paths.py warns instead of changing it.
    journal_path.parent.mkdir(mode=0o755)
    journal_path.parent.chmod(0o755)

    open_journal(journal_path).close()

    assert mode_of(journal_path.parent) == 0o755
    assert mode_of(journal_path) == 0o600


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_every_folder_made_for_the_journal_is_owner_only(tmp_path: Path) -> None:
    journal = tmp_path / "a" / "b" / "journal.sqlite"

    open_journal(journal).close()

    assert mode_of(tmp_path / "a") == 0o700
    assert mode_of(tmp_path / "a" / "b") == 0o700
    assert mode_of(journal) == 0o600


def journal_with_a_question(path: Path) -> None:
    store = open_journal(path)
    try:
        QuestionService(store).add(NewQuestion(text="Who can see this file?"))
    finally:
        store.close()
