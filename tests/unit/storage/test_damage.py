"""A damaged journal is never opened for writing: at start-up, and when damage shows up later.

Each case damages a copy of a real journal (a few hundred rows in every table, written through
the services): random bytes over a page in the middle, over the header, or the file cut
short. The start-up check must find it, leave the file byte for byte as it was, offer the
newest backup that passes its own check, and that backup must restore the rows.
"""

import random
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mbc_desktop.domain import NewQuestion
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import (
    DamagedJournalError,
    JournalError,
    NotAJournalError,
    Store,
    open_journal,
)
from mbc_desktop.storage.backup import (
    REASON_AUTOMATIC,
    REASON_DAMAGED,
    backup_folder,
    make_backup,
    restore,
)
from mbc_desktop.storage.errors import DAMAGED_AT_START, DAMAGED_WHILE_OPEN, NOT_READABLE
from mbc_desktop.storage.health import integrity_check
from tests.unit.storage import journals

EARLIER = datetime(2026, 5, 1, 12, tzinfo=UTC)


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


def damage_a_page(path: Path) -> None:
    _interior, leaves = journals.btree_pages(path, "questions")
    journals.overwrite_page(path, leaves[len(leaves) // 2])


def damage_an_index_page(path: Path) -> None:
    _interior, leaves = journals.btree_pages(path, "ix_scores_symptom_id")
    journals.overwrite_page(path, leaves[len(leaves) // 2])


DAMAGE: dict[str, Callable[[Path], None]] = {
    "a page in the middle": damage_a_page,
    "an index page": damage_an_index_page,
    "the header": journals.overwrite_header,
    "cut short": lambda path: journals.truncate(path, 0.6),
}


def files_in(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and its digest."""
    return {
        str(path.relative_to(folder)): journals.digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_found_at_start_up_and_the_file_is_left_as_it_was(
    journal: Path, damage: str
) -> None:
    good = make_backup(journal, REASON_AUTOMATIC, now=EARLIER)
    expected = journals.row_counts(journal)
    DAMAGE[damage](journal)
    before = files_in(journal.parent)

    with pytest.raises(DamagedJournalError) as raised:
        open_journal(journal)

    error = raised.value
    assert str(error) == DAMAGED_AT_START
    assert isinstance(error, JournalError)
    assert not error.health.ok
    assert error.health.problems
    assert error.good_backup == good
    # Byte for byte as it was, and nothing added beside it (no -wal, no -shm, no backup).
    assert files_in(journal.parent) == before

    # The offered backup restores every row; the damaged file is kept aside, untouched.
    damaged_digest = journals.digest(journal)
    aside = restore(error.good_backup.path, journal)
    assert aside is not None
    assert aside.reason == REASON_DAMAGED
    assert journals.digest(aside.path) == damaged_digest
    store = open_journal(journal)
    store.close()
    assert journals.row_counts(journal) == expected
    assert integrity_check(journal).ok


def test_no_good_backup_means_none_is_offered(journal: Path) -> None:
    newest = make_backup(journal, REASON_AUTOMATIC, now=EARLIER)
    damage_a_page(newest.path)
    damage_a_page(journal)
    with pytest.raises(DamagedJournalError) as raised:
        open_journal(journal)
    assert raised.value.good_backup is None


def test_the_newest_good_backup_is_offered_not_a_newer_damaged_one(journal: Path) -> None:
    older = make_backup(journal, REASON_AUTOMATIC, now=EARLIER - timedelta(days=1))
    good = make_backup(journal, REASON_AUTOMATIC, now=EARLIER)
    newer = make_backup(journal, REASON_AUTOMATIC, now=EARLIER + timedelta(days=1))
    damage_a_page(newer.path)
    damage_a_page(journal)
    with pytest.raises(DamagedJournalError) as raised:
        open_journal(journal)
    assert raised.value.good_backup == good
    assert older.path.exists()


def test_random_bytes_are_not_a_journal_rather_than_a_damaged_one(tmp_path: Path) -> None:
    # Nothing in the file says it was ever a database: there is nothing to rescue.
    path = tmp_path / "journal.sqlite"
    content = random.Random(1).randbytes(16384)
    path.write_bytes(content)
    with pytest.raises(NotAJournalError) as raised:
        open_journal(path)
    assert not isinstance(raised.value, DamagedJournalError)
    assert str(raised.value) == NOT_READABLE
    assert path.read_bytes() == content


def test_a_healthy_journal_still_opens(journal: Path) -> None:
    store = open_journal(journal)
    store.close()
    assert not backup_folder(journal).exists()


# --- damage met while the journal is open --------------------------------------------------


def nothing_written(journal: Path, before: str) -> bool:
    """The main file is as it was, and the -wal (made again by the next connection) holds
    not one frame."""
    wal = journal.with_name(journal.name + "-wal")
    return journals.digest(journal) == before and (not wal.exists() or wal.stat().st_size == 0)


def damage_under(store: Store) -> None:
    """Overwrite a questions page in the main file, as a failing disk would, while open."""
    store.database.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.database.dispose()  # no connection keeps the page in its cache
    damage_a_page(store.path)


def test_damage_found_while_open_stops_every_later_write(journal: Path) -> None:
    store = open_journal(journal)
    try:
        questions = QuestionService(store)
        make_backup(store.database, REASON_AUTOMATIC, now=EARLIER)
        damage_under(store)
        before = journals.digest(journal)
        assert not store.damaged

        with pytest.raises(DamagedJournalError) as raised:
            questions.list()

        assert str(raised.value) == DAMAGED_WHILE_OPEN
        assert store.damaged
        assert not raised.value.health.ok
        assert "malformed" in " ".join(raised.value.health.problems)
        assert raised.value.good_backup is not None
        assert raised.value.good_backup.made_at == EARLIER

        # Every later transaction is refused at once, writes included, and nothing changes.
        with pytest.raises(DamagedJournalError, match="stopped saving"):
            questions.add(NewQuestion(text="Written into a damaged file?"))
        with pytest.raises(DamagedJournalError), store.transaction() as tx:
            tx.symptoms.list_all()  # even a read that would work
        assert nothing_written(journal, before)
    finally:
        store.close()


def test_a_write_that_meets_damage_is_rolled_back(journal: Path) -> None:
    store = open_journal(journal)
    try:
        damage_under(store)
        before = journals.digest(journal)
        with pytest.raises(DamagedJournalError), store.transaction() as tx:  # noqa: PT012
            tx.answers.add("goals", "written", '"then rolled back"', EARLIER)  # this works
            tx.questions.list_all()  # the damaged table: this fails
        assert store.damaged
        assert nothing_written(journal, before)
    finally:
        store.close()


def test_other_errors_do_not_mark_the_journal_damaged(store: Store) -> None:
    with pytest.raises(KeyError), store.transaction():
        raise KeyError("a bug, not damage")
    assert not store.damaged
    with store.transaction() as tx:
        assert tx.questions.list_all() == []
