"""Every released schema has a committed journal; each one opens in this version, row for row.

To add a schema version: write ``tests/fixtures/databases/make_schema_NNNN.py`` (copy the last
one), run it, and commit ``schema_NNNN.sqlite`` and ``schema_NNNN.json``. The fixture is picked
up here by its name. If a migration changes how old rows read, say so in ``EXPECTED_CHANGES``.
"""

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from mbc_desktop.domain import NewQuestion, Question, Status
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import SCHEMA_HEAD, Store, open_journal
from mbc_desktop.storage.backup import backup_folder
from mbc_desktop.storage.migrate import known_revisions

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"

# revision of the fixture -> how its expected rows (as written in its JSON) read after the
# upgrade. Empty while no migration has changed existing rows.
EXPECTED_CHANGES: dict[str, Callable[[dict[str, object]], dict[str, object]]] = {}


def fixture_revisions() -> list[str]:
    return sorted(path.stem.removeprefix("schema_") for path in FIXTURES.glob("schema_*.sqlite"))


def expected_questions(revision: str) -> list[Question]:
    document = json.loads((FIXTURES / f"schema_{revision}.json").read_text(encoding="utf-8"))
    assert document["revision"] == revision
    change = EXPECTED_CHANGES.get(revision, lambda row: row)
    return [Question.model_validate(change(row)) for row in document["questions"]]


@pytest.fixture(params=fixture_revisions())
def revision(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def copied_journal(revision: str, tmp_path: Path) -> Path:
    """A private copy: opening the committed file itself would upgrade it in the repository."""
    folder = tmp_path / "data"
    folder.mkdir()
    return Path(shutil.copyfile(FIXTURES / f"schema_{revision}.sqlite", folder / "journal.sqlite"))


@pytest.fixture
def upgraded(copied_journal: Path) -> Iterator[Store]:
    store = open_journal(copied_journal)
    try:
        yield store
    finally:
        store.close()


def test_every_released_schema_has_a_fixture_journal() -> None:
    # The newest revision may still be in development; every one before it has shipped.
    released = known_revisions() - {SCHEMA_HEAD}

    assert fixture_revisions(), f"no fixture journals found in {FIXTURES}"
    assert released <= set(fixture_revisions())
    assert set(fixture_revisions()) <= known_revisions()


def test_fixture_files_are_complete_and_checkpointed(revision: str) -> None:
    assert (FIXTURES / f"schema_{revision}.json").is_file()
    assert (FIXTURES / f"make_schema_{revision}.py").is_file()
    # A -wal left next to a fixture would hold rows the committed file does not.
    assert not (FIXTURES / f"schema_{revision}.sqlite-wal").exists()
    assert not (FIXTURES / f"schema_{revision}.sqlite-shm").exists()


def test_fixture_is_stamped_with_its_revision(copied_journal: Path, revision: str) -> None:
    with closing(sqlite3.connect(copied_journal)) as connection:
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        integrity = connection.execute("PRAGMA integrity_check").fetchall()

    assert stamped == [(revision,)]
    assert integrity == [("ok",)]


def test_fixture_journal_opens_at_the_current_schema(
    upgraded: Store, copied_journal: Path, revision: str
) -> None:
    with closing(sqlite3.connect(copied_journal)) as connection:
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    backups = list(backup_folder(copied_journal).glob("*.sqlite"))

    assert stamped == [(SCHEMA_HEAD,)]
    # A journal already at the head is opened as it is; an older one is backed up first.
    assert len(backups) == (0 if revision == SCHEMA_HEAD else 1)


def test_every_fixture_row_reads_back_field_by_field(upgraded: Store, revision: str) -> None:
    expected = expected_questions(revision)
    actual = QuestionService(upgraded).list()

    assert [q.id for q in actual] == [q.id for q in expected]
    for want, got in zip(expected, actual, strict=True):
        for field in Question.model_fields:
            assert getattr(got, field) == getattr(want, field), f"question {want.id}: {field}"
        assert got.created_at.utcoffset() == timedelta(0)
        assert got.updated_at.utcoffset() == timedelta(0)


def test_fixture_rows_keep_their_order_without_gaps(upgraded: Store, revision: str) -> None:
    expected = expected_questions(revision)
    actual = QuestionService(upgraded).list()

    assert [q.position for q in actual] == list(range(len(expected)))
    assert [q.text for q in actual] == [q.text for q in expected]


def test_each_fixture_question_can_be_fetched_and_counted(upgraded: Store, revision: str) -> None:
    expected = expected_questions(revision)
    service = QuestionService(upgraded)

    assert [service.get(q.id) for q in expected] == expected
    assert service.counts() == {
        status: sum(q.status is status for q in expected) for status in Status
    }


def test_fixture_journal_takes_new_questions_after_the_upgrade(
    upgraded: Store, revision: str
) -> None:
    old = expected_questions(revision)
    service = QuestionService(upgraded)

    added = service.add(NewQuestion(text="A question added after the upgrade"))
    service.move(added.id, old[0].id)

    assert added.id not in {q.id for q in old}
    assert [q.id for q in service.list()] == [added.id] + [q.id for q in old]
