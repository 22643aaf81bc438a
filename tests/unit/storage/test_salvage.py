"""Salvage: a new journal from the rows a damaged one still gives, exactly those it reports."""

import contextlib
import random
import shutil
from pathlib import Path

import pytest

from mbc_desktop.domain import NewQuestion
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import SalvageError, open_journal
from mbc_desktop.storage.errors import SALVAGE_NOTHING_READ
from mbc_desktop.storage.health import integrity_check
from mbc_desktop.storage.salvage import TABLES, salvage
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
    folder.mkdir(mode=0o700)
    shutil.copyfile(template, folder / "journal.sqlite")
    return folder / "journal.sqlite"


@pytest.fixture
def rescued(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal-rescued.sqlite"


def all_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return {table: journals.rows(path, table) for table in TABLES}


def check_the_new_journal(rescued: Path, counts: dict[str, int]) -> None:
    """It passes integrity_check, holds what was reported, and opens as a journal."""
    assert set(counts) == set(TABLES)
    assert integrity_check(rescued).ok
    assert journals.row_counts(rescued) == counts
    store = open_journal(rescued)
    store.close()


def test_a_damaged_page_loses_only_its_own_rows(journal: Path, rescued: Path) -> None:
    original = all_rows(journal)
    _interior, leaves = journals.btree_pages(journal, "questions")
    leaf = leaves[len(leaves) // 2]
    lost = set(journals.rowids_on_leaf(journal, leaf))
    assert 5 < len(lost) < len(original["questions"]) / 2
    journals.overwrite_page(journal, leaf)
    damaged = journals.digest(journal)

    counts = salvage(journal, rescued)

    assert journals.digest(journal) == damaged  # only read, never written
    check_the_new_journal(rescued, counts)
    assert counts["questions"] == len(original["questions"]) - len(lost)
    assert journals.rows(rescued, "questions") == [
        row for row in original["questions"] if row[0] not in lost
    ]
    for table in TABLES:  # every other table whole, row for row
        if table != "questions":
            assert journals.rows(rescued, table) == original[table], table


@pytest.mark.parametrize("damage", ["an index page", "the header"])
def test_everything_comes_back_when_no_row_was_damaged(
    journal: Path, rescued: Path, damage: str
) -> None:
    original = all_rows(journal)
    if damage == "the header":
        journals.overwrite_header(journal)
    else:
        _interior, leaves = journals.btree_pages(journal, "ix_scores_symptom_id")
        journals.overwrite_page(journal, leaves[len(leaves) // 2])

    counts = salvage(journal, rescued)

    check_the_new_journal(rescued, counts)
    assert counts == {table: len(rows) for table, rows in original.items()}
    assert all_rows(rescued) == original


def test_a_file_cut_short_gives_back_the_rows_before_the_cut(journal: Path, rescued: Path) -> None:
    original = all_rows(journal)
    journals.truncate(journal, 0.6)

    counts = salvage(journal, rescued)

    check_the_new_journal(rescued, counts)
    assert 0 < sum(counts.values()) < sum(len(rows) for rows in original.values())
    for table in TABLES:
        kept = journals.rows(rescued, table)
        assert set(kept) <= set(original[table]), table  # nothing invented, nothing changed
    # The tables stored before the cut are whole.
    for table in ("appointments", "symptoms", "medications", "dose_steps", "answers"):
        assert journals.rows(rescued, table) == original[table]


def test_scores_of_a_lost_check_in_are_left_out(journal: Path, rescued: Path) -> None:
    original = all_rows(journal)
    _interior, leaves = journals.btree_pages(journal, "check_ins")
    lost = set(journals.rowids_on_leaf(journal, leaves[1]))
    journals.overwrite_page(journal, leaves[1])

    counts = salvage(journal, rescued)

    check_the_new_journal(rescued, counts)
    assert counts["check_ins"] == len(original["check_ins"]) - len(lost)
    # scores are (check_in_id, symptom_id, score)
    assert journals.rows(rescued, "scores") == [
        row for row in original["scores"] if row[0] not in lost
    ]


def test_questions_planned_for_a_lost_appointment_go_back_to_the_next_one(
    journal: Path, rescued: Path
) -> None:
    original = all_rows(journal)
    _interior, leaves = journals.btree_pages(journal, "appointments")
    lost = set(journals.rowids_on_leaf(journal, leaves[0]))
    journals.overwrite_page(journal, leaves[0])
    planned = [row for row in original["questions"] if row[10] in lost]  # appointment_id
    assert planned

    counts = salvage(journal, rescued)

    check_the_new_journal(rescued, counts)
    assert counts["questions"] == len(original["questions"])
    rescued_questions = {row[0]: row for row in journals.rows(rescued, "questions")}
    for row in planned:
        assert rescued_questions[row[0]][10] is None  # ON DELETE SET NULL, as the schema says
        assert rescued_questions[row[0]][1] == row[1]


def test_a_healthy_journal_comes_back_whole_and_never_reuses_an_id(
    journal: Path, rescued: Path
) -> None:
    store = open_journal(journal)
    service = QuestionService(store)
    last = service.add(NewQuestion(text="Deleted before the damage"))
    service.delete(last.id)
    store.close()
    original = all_rows(journal)

    counts = salvage(journal, rescued)

    assert all_rows(rescued) == original
    assert counts == {table: len(rows) for table, rows in original.items()}
    store = open_journal(rescued)
    try:
        again = QuestionService(store).add(NewQuestion(text="After the rescue"))
    finally:
        store.close()
    assert again.id > last.id


def test_nothing_readable_makes_no_file(tmp_path: Path, rescued: Path) -> None:
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(random.Random(3).randbytes(40960))
    with pytest.raises(SalvageError) as raised:
        salvage(noise, rescued)
    assert str(raised.value) == SALVAGE_NOTHING_READ
    assert not rescued.exists()
    assert [path.name for path in rescued.parent.iterdir()] == []  # no temporary folder left


def test_the_new_file_must_not_exist(journal: Path, rescued: Path) -> None:
    rescued.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        salvage(journal, rescued)
    assert rescued.read_bytes() == b"mine"


def test_the_rescued_journal_is_private(journal: Path, rescued: Path, loose_umask: None) -> None:
    salvage(journal, rescued)
    assert rescued.stat().st_mode & 0o777 == 0o600
    with contextlib.suppress(FileNotFoundError):
        assert not any(path.name.startswith(".salvage") for path in rescued.parent.iterdir())
