"""Upgrading MBC Desktop keeps the data; going back to an older version touches nothing.

The storage tests (tests/unit/storage/test_migrations.py) check each rule on the storage layer:
a backup before a migration, a newer journal refused untouched. Here the same happens to a
person's data folder through the installed command, as after installing a newer or an older
build: the journal a released version left (tests/fixtures/databases/schema_NNNN.sqlite) is
opened by this version's `mbc-desktop export`, which opens it the way the window does.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from mbc_desktop.paths import APP_DIR_NAME, resolve_data_dir
from mbc_desktop.storage.migrate import SCHEMA_HEAD

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
OLDER_JOURNALS = sorted(FIXTURES.glob("schema_*.sqlite"))


def export(data_dir: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``mbc-desktop --data-dir DATA export --out OUT``, run as a separate process."""
    command = ["--data-dir", str(data_dir), "export", "--out", str(out)]
    return subprocess.run(
        [sys.executable, "-m", "mbc_desktop", *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute(sql).fetchall()


def revision(path: Path) -> str:
    return str(rows(path, "SELECT version_num FROM alembic_version")[0][0])


def data_folder_with(journal: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(journal, data_dir / "journal.sqlite")
    (data_dir / "journal.sqlite").chmod(0o600)
    return data_dir


def test_there_is_an_older_journal_for_every_released_schema_but_the_newest() -> None:
    numbers = [path.stem.removeprefix("schema_") for path in OLDER_JOURNALS]
    assert numbers == [f"{n:04d}" for n in range(1, int(SCHEMA_HEAD))]


@pytest.mark.parametrize("older", OLDER_JOURNALS, ids=lambda path: path.stem)
def test_a_newer_version_backs_up_then_upgrades_and_keeps_every_question(
    older: Path, tmp_path: Path
) -> None:
    # Read from a copy: even a read-only open of a WAL journal leaves -wal and -shm files.
    original = tmp_path / "as-released.sqlite"
    shutil.copyfile(older, original)
    data_dir = data_folder_with(older, tmp_path)
    questions = rows(original, "SELECT id, text FROM questions ORDER BY id")
    assert questions

    result = export(data_dir, tmp_path / "journal.json")

    assert result.returncode == 0, result.stderr
    # First a backup of the journal exactly as the older version left it…
    (backup,) = (data_dir / "backups").glob("journal-before-schema-*.sqlite")
    assert backup.name.startswith(f"journal-before-schema-{SCHEMA_HEAD}-")
    assert revision(backup) == revision(original)
    assert rows(backup, "SELECT id, text FROM questions ORDER BY id") == questions
    assert rows(backup, "PRAGMA integrity_check") == [("ok",)]
    # …then the journal at this version's schema, with every question kept.
    journal = data_dir / "journal.sqlite"
    assert revision(journal) == SCHEMA_HEAD
    assert rows(journal, "SELECT id, text FROM questions ORDER BY id") == questions
    exported = json.loads((tmp_path / "journal.json").read_text())
    assert sorted((q["id"], q["text"]) for q in exported["questions"]) == questions


def test_an_older_version_refuses_a_newer_journal_and_touches_nothing(tmp_path: Path) -> None:
    data_dir = data_folder_with(OLDER_JOURNALS[-1], tmp_path)
    journal = data_dir / "journal.sqlite"
    with closing(sqlite3.connect(journal)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")  # from a newer version
        db.commit()
    before = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}

    result = export(data_dir, tmp_path / "journal.json")

    assert result.returncode != 0
    assert "newer version" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    after = {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}
    assert after == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())
    assert not (tmp_path / "journal.json").exists()


def test_the_data_folder_is_outside_any_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Installing, upgrading or removing the app (a venv, the bundle's folder, Program Files,
    the .app) never touches the per-user data folder."""
    monkeypatch.delenv("MBC_DESKTOP_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    data_dir = resolve_data_dir()
    assert data_dir.name == APP_DIR_NAME
    assert data_dir.is_relative_to(tmp_path / "home")
    package = Path(__file__).resolve().parents[2] / "src" / "mbc_desktop"
    for install in (Path(sys.prefix), package):
        assert not data_dir.is_relative_to(install)
