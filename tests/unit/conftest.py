"""Fixtures shared by the unit tests: a real journal file in a temporary data folder."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from mbc_desktop.storage import Store, open_journal


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where the journal lives; the data folder does not exist yet."""
    return tmp_path / "data" / "journal.sqlite"


@pytest.fixture
def store(journal_path: Path) -> Iterator[Store]:
    """A new journal, migrated to the current schema, closed after the test."""
    opened = open_journal(journal_path)
    try:
        yield opened
    finally:
        opened.close()
