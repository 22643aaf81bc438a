"""The data-safety commands run as a person runs them: ``mbc-desktop backup``, ``check``,
``backups``, ``restore``, ``salvage``, ``export`` and ``import``, each a separate process with no
display variable at all, on a journal filled through the services.

What they must do: the job, said in one line; when something is wrong, what (and what to do) on
stderr, a non-zero exit, the journal as it was and no file half-written; and never change the
journal while MBC Desktop has the data folder open (its lock, taken here by the app's own
``lock_data_dir`` in another process).
"""

import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mbc_desktop.paths import DATA_DIR_ENV, DataPaths
from tests import sample_journal
from tests.unit.storage import journals

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
TABLES = (*journals.TABLES, "alembic_version")
ROOT = os.name == "posix" and os.geteuid() == 0


def environment(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in DISPLAY_VARIABLES}
    return {**env, **extra}


def mbc(data_dir: Path | None, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m mbc_desktop [--data-dir DATA] ARGS`` with no display variable."""
    before = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run(
        [sys.executable, "-m", "mbc_desktop", *before, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment(**env),
    )


def said(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The lines on stderr: each the program's own ("mbc-desktop: …"), never a traceback."""
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert all(line.startswith("mbc-desktop: ") for line in lines), result.stderr
    return lines


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = said(result)
    assert len(lines) == 1, result.stderr
    return lines[0]


def tables(journal: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read without writing a byte."""
    with contextlib.closing(journals.read_only(journal)) as connection:
        return {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in TABLES
        }


def files_in(folder: Path) -> set[str]:
    """Every file under ``folder`` (hidden ones too), but the log, which every run writes."""
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and "logs" not in path.relative_to(folder).parts
    }


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def passes_integrity_check(path: Path) -> bool:
    with contextlib.closing(journals.read_only(path)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def damage_a_middle_page(journal: Path) -> int:
    """Random bytes over the middle leaf page of the scores table (the biggest table): a
    stray write or a bad sector in the middle of the file. Returns the page's number."""
    _interior, leaves = journals.btree_pages(journal, "scores")
    page = leaves[len(leaves) // 2]
    journals.overwrite_page(journal, page)
    return page


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A typical journal, filled through the services: questions, appointments, four months
    of check-ins, medicines, goals and the cancer's details. Closed, so it can be copied."""
    from mbc_desktop.app import open_journal

    folder = tmp_path_factory.mktemp("sample") / "data"
    folder.mkdir(mode=0o700)
    journal = open_journal(DataPaths(folder))
    try:
        sample_journal.fill_questions(journal.questions)
        sample_journal.fill_appointments(journal.appointments)
        sample_journal.fill_check_ins(journal.symptoms, days=120)
        sample_journal.fill_medications(journal.medications)
        sample_journal.fill_goals(journal.goals)
        sample_journal.fill_cancer(journal.cancer)
    finally:
        journal.close()
    return folder


@pytest.fixture
def data_dir(sample: Path, tmp_path: Path) -> Path:
    """This test's own copy of the sample data folder."""
    folder = tmp_path / "data"
    shutil.copytree(sample, folder)
    return folder


@pytest.fixture
def journal(data_dir: Path) -> Path:
    return DataPaths(data_dir).journal


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def empty_journal_dir(tmp_path: Path) -> Path:
    """A data folder with a new journal, as the app makes it on its first start."""
    from mbc_desktop.app import open_journal

    folder = tmp_path / "new"
    folder.mkdir(mode=0o700)
    open_journal(DataPaths(folder)).close()
    return folder


# --- the app's lock, held by another process -----------------------------------------------------

HOLD_THE_LOCK = """
import sys
from pathlib import Path
from mbc_desktop.ui.application import lock_data_dir

lock = lock_data_dir(Path(sys.argv[1]))
print("held" if lock is not None else "refused", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def app_lock(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """The data folder locked as a running MBC Desktop locks it (``QLockFile``), by another
    process, until the test ends (or kills it)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment(QT_QPA_PLATFORM="offscreen"),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        assert holder.stdin is not None
        assert holder.stdout is not None
        with contextlib.suppress(BrokenPipeError):
            holder.stdin.close()  # the holder reads its end and lets go
        holder.wait(timeout=30)
        holder.stdout.close()


def the_app_can_lock(data_dir: Path) -> bool:
    """Whether MBC Desktop starting now would get the data folder (``lock_data_dir``)."""
    result = subprocess.run(
        [sys.executable, "-c", HOLD_THE_LOCK, str(data_dir)],
        input="\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=environment(QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip() == "held"


# --- backup --------------------------------------------------------------------------------------


def test_backup_makes_a_checked_owner_only_copy_and_says_where(
    data_dir: Path, journal: Path
) -> None:
    before = tables(journal)

    result = mbc(data_dir, "backup")

    assert result.returncode == 0
    line = one_line(result)
    match = re.fullmatch(r"mbc-desktop: backed up to (.+) \((\d+ KB|[\d.]+ MB), checked\)\.", line)
    assert match, line
    copy = Path(match[1])
    assert copy.parent == data_dir / "backups"
    assert re.fullmatch(r"journal-manual-\d{8}-\d{6}\.sqlite", copy.name)
    assert mode(copy) == 0o600
    assert passes_integrity_check(copy)
    assert tables(copy) == before
    assert tables(journal) == before
    assert not [name for name in files_in(data_dir) if name.endswith(".tmp")]


def test_backup_to_another_folder(data_dir: Path, journal: Path, out_dir: Path) -> None:
    result = mbc(data_dir, "backup", "--to", str(out_dir))

    assert result.returncode == 0
    copies = list(out_dir.iterdir())
    assert len(copies) == 1
    assert one_line(result).startswith(f"mbc-desktop: backed up to {copies[0]} (")
    assert tables(copies[0]) == tables(journal)
    assert not (data_dir / "backups").exists()


def test_backup_to_a_folder_that_is_not_there(data_dir: Path, tmp_path: Path) -> None:
    stick = tmp_path / "USB STICK"

    result = mbc(data_dir, "backup", "--to", str(stick))

    assert result.returncode == 2
    assert one_line(result) == (
        f"mbc-desktop: cannot back up to {stick}: the folder does not exist. Connect the drive "
        "or choose another folder, then try again."
    )
    assert not stick.exists()
    assert not (data_dir / "backups").exists()


@pytest.mark.skipif(os.name != "posix" or ROOT, reason="root may write anywhere")
def test_backup_to_a_read_only_folder(data_dir: Path, out_dir: Path) -> None:
    out_dir.chmod(0o500)
    try:
        result = mbc(data_dir, "backup", "--to", str(out_dir))
    finally:
        out_dir.chmod(0o700)

    assert result.returncode == 1
    assert "you don't have permission to write there" in one_line(result)
    assert list(out_dir.iterdir()) == []


def test_a_damaged_journal_is_not_backed_up(data_dir: Path, journal: Path) -> None:
    damage_a_middle_page(journal)
    damaged = journals.digest(journal)

    result = mbc(data_dir, "backup")

    assert result.returncode == 1
    lines = said(result)
    assert lines[0] == (
        f"mbc-desktop: the journal {journal} is damaged, so no backup was made; it was left "
        "as it is."
    )
    assert journals.digest(journal) == damaged
    assert not (data_dir / "backups").exists()


# --- check ---------------------------------------------------------------------------------------


def test_check_a_healthy_journal(data_dir: Path, journal: Path) -> None:
    before = files_in(data_dir)
    digest = journals.digest(journal)

    quick = mbc(data_dir, "check")
    full = mbc(data_dir, "check", "--full")

    assert quick.returncode == 0
    assert re.fullmatch(
        r"mbc-desktop: the journal is healthy \(checked in \d+ ms\)\.", one_line(quick)
    )
    assert full.returncode == 0
    assert re.fullmatch(
        r"mbc-desktop: the journal is healthy \(fully checked in \d+ ms\)\.", one_line(full)
    )
    assert journals.digest(journal) == digest
    assert files_in(data_dir) == before  # not even a -wal or -shm


def test_check_finds_a_damaged_page_leaves_the_file_and_says_how_to_restore(
    data_dir: Path, journal: Path
) -> None:
    backed_up = mbc(data_dir, "backup")
    assert backed_up.returncode == 0
    good = tables(journal)
    damage_a_middle_page(journal)
    damaged = journals.digest(journal)
    before = files_in(data_dir)

    result = mbc(data_dir, "check")

    assert result.returncode == 1
    lines = said(result)
    assert len(lines) == 3, result.stderr
    assert lines[0].startswith(f"mbc-desktop: the journal {journal} is damaged (")
    assert lines[0].endswith("); it was left as it is.")
    backup = next((data_dir / "backups").iterdir())
    restore = f"restore {backup}"
    assert "close MBC Desktop and run: mbc-desktop --data-dir" in lines[1]
    assert lines[1].endswith(restore)
    assert "salvage --out rescued-journal.sqlite" in lines[2]
    assert journals.digest(journal) == damaged
    assert files_in(data_dir) == before

    # The advice works as printed.
    command = shlex.split(lines[1].split("run: ", 1)[1])
    assert command[0] == "mbc-desktop"
    restored = mbc(None, *command[1:])
    assert restored.returncode == 0, restored.stderr
    assert tables(journal) == good
    assert mbc(data_dir, "check", "--full").returncode == 0
    aside = [p for p in (data_dir / "backups").iterdir() if p.name.startswith("journal-damaged-")]
    assert len(aside) == 1
    assert journals.digest(aside[0]) == damaged
    assert f"the damaged journal was moved, untouched, to {aside[0]}" in one_line(restored)


def test_check_without_a_good_backup_points_to_salvage(data_dir: Path, journal: Path) -> None:
    damage_a_middle_page(journal)

    result = mbc(data_dir, "check", "--full")

    assert result.returncode == 1
    lines = said(result)
    assert len(lines) == 2
    assert lines[1] == (
        "mbc-desktop: No backup passes its check. Rescue what can still be read into a new file "
        f"with: mbc-desktop --data-dir {data_dir} salvage --out rescued-journal.sqlite"
    )


def test_check_a_file_that_is_not_a_journal(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    (folder / "journal.sqlite").write_text("my shopping list\n" * 100)

    result = mbc(folder, "check")

    assert result.returncode == 1
    assert said(result)[0].startswith(
        f"mbc-desktop: {folder / 'journal.sqlite'} is not an MBC Desktop journal ("
    )
    assert (folder / "journal.sqlite").read_text() == "my shopping list\n" * 100


# --- backups -------------------------------------------------------------------------------------


def test_backups_lists_newest_first_with_numbers(data_dir: Path) -> None:
    assert mbc(data_dir, "backup").returncode == 0
    folder = data_dir / "backups"
    (newest,) = folder.iterdir()
    older = folder / "journal-automatic-20250101-120000.sqlite"
    middle = folder / "journal-on-exit-20250601-120000.sqlite"
    for name in (older, middle):
        shutil.copyfile(newest, name)
    (folder / "notes.txt").write_text("not a backup")

    result = mbc(data_dir, "backups")

    assert result.returncode == 0
    assert said(result) == []
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "made", "size", "why", "file"]
    rows = [line.split() for line in lines[1:]]
    assert [(row[0], row[5], row[6]) for row in rows] == [
        ("1", "manual", str(newest)),
        ("2", "on-exit", str(middle)),
        ("3", "automatic", str(older)),
    ]
    june = datetime(2025, 6, 1, 12, tzinfo=UTC).astimezone()
    assert rows[1][1:3] == [f"{june:%Y-%m-%d}", f"{june:%H:%M}"]
    size = newest.stat().st_size
    assert all(row[3:5] == [f"{size / 1000:.0f}", "KB"] for row in rows)


def test_backups_when_there_are_none(data_dir: Path) -> None:
    result = mbc(data_dir, "backups")

    assert result.returncode == 0
    assert result.stdout == f"No backups yet in {data_dir / 'backups'}.\n"
    assert not (data_dir / "backups").exists()


# --- restore -------------------------------------------------------------------------------------


def add_a_question(data_dir: Path) -> None:
    """Change the journal after a backup, the way the app would."""
    from mbc_desktop.app import open_journal
    from mbc_desktop.domain import NewQuestion

    journal = open_journal(DataPaths(data_dir))
    try:
        journal.questions.add(NewQuestion(text="Added after the backup"))
    finally:
        journal.close()


def test_restore_by_number_backs_up_the_journal_first(data_dir: Path, journal: Path) -> None:
    assert mbc(data_dir, "backup").returncode == 0
    backup = next((data_dir / "backups").iterdir())
    at_backup = tables(journal)
    add_a_question(data_dir)
    latest = tables(journal)
    assert latest != at_backup

    result = mbc(data_dir, "restore", "1")

    assert result.returncode == 0
    line = one_line(result)
    match = re.fullmatch(
        rf"mbc-desktop: restored {re.escape(str(backup))} \(made [\d-]+ [\d:]+\); "
        r"the journal as it was is kept in (.+)\.",
        line,
    )
    assert match, line
    kept = Path(match[1])
    assert kept.name.startswith("journal-before-restore-")
    assert tables(kept) == latest  # nothing saved is lost by a restore
    assert tables(journal) == at_backup
    assert mode(journal) == 0o600
    assert passes_integrity_check(journal)
    assert not [n for n in files_in(data_dir) if n.endswith(".tmp")]


def test_restore_by_path_and_with_the_data_dir_after_the_command(
    data_dir: Path, journal: Path, out_dir: Path
) -> None:
    assert mbc(data_dir, "backup", "--to", str(out_dir)).returncode == 0
    backup = next(out_dir.iterdir())
    at_backup = tables(journal)
    add_a_question(data_dir)

    result = mbc(None, "restore", str(backup), "--data-dir", str(data_dir))

    assert result.returncode == 0, result.stderr
    assert tables(journal) == at_backup


def test_restore_into_a_new_data_folder(data_dir: Path, journal: Path, tmp_path: Path) -> None:
    assert mbc(data_dir, "backup").returncode == 0
    backup = next((data_dir / "backups").iterdir())
    new_computer = tmp_path / "new computer"

    result = mbc(new_computer, "restore", str(backup))

    assert result.returncode == 0, result.stderr
    assert one_line(result).startswith(f"mbc-desktop: restored {backup} (made ")
    assert tables(DataPaths(new_computer).journal) == tables(journal)
    assert mode(new_computer) == 0o700


def test_restore_refuses_a_damaged_backup(data_dir: Path, journal: Path) -> None:
    assert mbc(data_dir, "backup").returncode == 0
    backup = next((data_dir / "backups").iterdir())
    damage_a_middle_page(backup)
    digest = journals.digest(journal)
    before = files_in(data_dir)

    result = mbc(data_dir, "restore", str(backup))

    assert result.returncode == 2
    assert one_line(result) == (
        f"mbc-desktop: cannot restore {backup}: This backup is damaged, so it was not restored "
        "and your journal was not changed. Choose another backup."
    )
    assert journals.digest(journal) == digest
    assert files_in(data_dir) == before


@pytest.mark.parametrize("content", ["text", "export"])
def test_restore_refuses_a_file_that_is_not_a_backup(
    data_dir: Path, journal: Path, out_dir: Path, content: str
) -> None:
    if content == "text":
        other = out_dir / "notes.sqlite"
        other.write_text("my notes\n" * 500)
    else:
        other = out_dir / "journal.json"
        assert mbc(data_dir, "export", "--out", str(other)).returncode == 0
    digest = journals.digest(journal)
    before = files_in(data_dir)

    result = mbc(data_dir, "restore", str(other))

    assert result.returncode == 2
    assert one_line(result).startswith(
        f"mbc-desktop: cannot restore {other}: This file is not a backup of an MBC Desktop "
        "journal, so it was not restored"
    )
    assert journals.digest(journal) == digest
    assert files_in(data_dir) == before


def test_restore_a_missing_file_or_number(data_dir: Path, journal: Path, tmp_path: Path) -> None:
    digest = journals.digest(journal)
    before = files_in(data_dir)
    missing = tmp_path / "journal-manual-20260101-120000.sqlite"

    no_file = mbc(data_dir, "restore", str(missing))
    no_number = mbc(data_dir, "restore", "3")

    assert no_file.returncode == 2
    assert one_line(no_file) == f"mbc-desktop: there is no file {missing}."
    assert no_number.returncode == 2
    assert one_line(no_number) == (
        "mbc-desktop: there is no backup number 3. See the list with: "
        f"mbc-desktop --data-dir {data_dir} backups"
    )
    assert journals.digest(journal) == digest
    assert files_in(data_dir) == before


def test_restore_and_import_refuse_while_the_app_has_the_folder_open(
    data_dir: Path, journal: Path, out_dir: Path, app_lock: subprocess.Popen[str]
) -> None:
    assert mbc(data_dir, "backup").returncode == 0
    export = out_dir / "journal.json"
    assert mbc(data_dir, "export", "--out", str(export)).returncode == 0  # reading is fine
    digest = journals.digest(journal)
    before = files_in(data_dir)

    restore = mbc(data_dir, "restore", "1")
    imported = mbc(data_dir, "import", str(export))
    salvage = mbc(data_dir, "salvage", "--out", str(out_dir / "rescued.sqlite"))

    for result, what in (
        (restore, "the backup was not restored"),
        (imported, "nothing was imported"),
        (salvage, "nothing was rescued"),
    ):
        assert result.returncode == 1
        assert one_line(result) == (
            f"mbc-desktop: MBC Desktop has the data folder {data_dir} open, so {what}. Close it "
            "(and wait for any other mbc-desktop command on this folder to end), then run this "
            "again."
        )
    assert journals.digest(journal) == digest
    assert files_in(data_dir) == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["journal.json"]


def test_a_lock_left_by_a_killed_app_does_not_stop_a_restore(
    data_dir: Path, journal: Path, app_lock: subprocess.Popen[str]
) -> None:
    assert mbc(data_dir, "backup").returncode == 0
    at_backup = tables(journal)
    add_a_question(data_dir)
    app_lock.send_signal(signal.SIGKILL)
    app_lock.wait(timeout=30)
    assert (data_dir / "mbc-desktop.lock").exists()  # left behind

    result = mbc(data_dir, "restore", "1")

    assert result.returncode == 0, result.stderr
    assert tables(journal) == at_backup
    assert not (data_dir / "mbc-desktop.lock").exists()
    assert the_app_can_lock(data_dir)


def test_while_a_command_holds_the_lock_the_app_cannot_start(data_dir: Path) -> None:
    from mbc_desktop.cli_data import FolderLock

    lock = FolderLock(data_dir)
    with lock:
        lines = (data_dir / "mbc-desktop.lock").read_text().split("\n")
        assert lines[0] == str(os.getpid())
        assert len(lines) == 6  # pid, program, host, machine id, boot id, as QLockFile writes
        assert not the_app_can_lock(data_dir)
    assert not (data_dir / "mbc-desktop.lock").exists()
    assert the_app_can_lock(data_dir)


# --- salvage -------------------------------------------------------------------------------------


def salvage_counts(line: str) -> dict[str, int]:
    """{"questions": 15, "symptom scores": 1000, …} from the salvage line."""
    counts = line.split(": ", 2)[2].rstrip(".")
    found = {}
    for part in re.split(r", | and ", counts):
        number, name = part.split(" ", 1)
        found[name] = int(number.replace(",", ""))
    return found


def test_salvage_rescues_what_can_be_read_into_a_new_file(
    data_dir: Path, journal: Path, out_dir: Path
) -> None:
    original = tables(journal)
    damage_a_middle_page(journal)
    damaged = journals.digest(journal)
    out = out_dir / "rescued.sqlite"

    result = mbc(data_dir, "salvage", "--out", str(out))

    assert result.returncode == 0, result.stderr
    lines = said(result)
    assert len(lines) == 2
    assert lines[0].startswith(f"mbc-desktop: rescued into {out}: ")
    assert lines[1] == (
        "mbc-desktop: To use it as your journal, close MBC Desktop and run: "
        f"mbc-desktop --data-dir {data_dir} restore {out}"
    )
    counts = salvage_counts(lines[0])
    rescued = tables(out)
    # What it says is what is there; only scores were on the damaged page.
    names = {
        "questions": "questions",
        "appointments": "appointments",
        "symptoms": "symptoms",
        "check-ins": "check_ins",
        "symptom scores": "scores",
        "medicines": "medications",
        "doses": "dose_steps",
        "saved answers": "answers",
    }
    assert {names[name]: count for name, count in counts.items()} == {
        table: len(rescued[table]) for table in journals.TABLES
    }
    for table in journals.TABLES:
        if table != "scores":
            assert rescued[table] == original[table], table
    assert 0 < len(rescued["scores"]) < len(original["scores"])
    assert set(rescued["scores"]) < set(original["scores"])
    assert passes_integrity_check(out)
    assert mode(out) == 0o600
    assert journals.digest(journal) == damaged
    assert sorted(p.name for p in out_dir.iterdir()) == ["rescued.sqlite"]

    # And it becomes the journal as printed.
    restored = mbc(None, *shlex.split(lines[1].split("run: ", 1)[1])[1:])
    assert restored.returncode == 0, restored.stderr
    assert tables(journal) == rescued


def test_salvage_never_writes_over_a_file(data_dir: Path, out_dir: Path) -> None:
    out = out_dir / "rescued.sqlite"
    out.write_text("keep me")

    result = mbc(data_dir, "salvage", "--out", str(out))

    assert result.returncode == 2
    assert one_line(result) == (
        f"mbc-desktop: {out} already exists; choose a new file name (nothing is ever written over)."
    )
    assert out.read_text() == "keep me"
    assert sorted(p.name for p in out_dir.iterdir()) == ["rescued.sqlite"]


def test_salvage_into_a_folder_that_is_not_there(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "rescued.sqlite"

    result = mbc(data_dir, "salvage", "--out", str(out))

    assert result.returncode == 1
    assert one_line(result) == (
        f"mbc-desktop: cannot write {out}: the folder {out.parent} does not exist."
    )
    assert not out.parent.exists()


def test_salvage_of_a_file_with_nothing_to_read(data_dir: Path, out_dir: Path) -> None:
    noise = out_dir / "noise.sqlite"
    noise.write_bytes(bytes(range(256)) * 64)
    out = out_dir / "rescued.sqlite"

    result = mbc(data_dir, "salvage", "--from", str(noise), "--out", str(out))

    assert result.returncode == 1
    assert one_line(result) == (
        "mbc-desktop: Nothing could be read from the damaged journal, so no new file was made. "
        "Restore a backup instead."
    )
    assert sorted(p.name for p in out_dir.iterdir()) == ["noise.sqlite"]


# --- export --------------------------------------------------------------------------------------


def test_export_json_and_csv(data_dir: Path, journal: Path, out_dir: Path) -> None:
    before = tables(journal)

    as_json = mbc(data_dir, "export", "--out", str(out_dir / "journal.json"))
    as_csv = mbc(data_dir, "export", "--out", str(out_dir / "symptoms.csv"))
    forced = mbc(data_dir, "export", "--out", str(out_dir / "journal.txt"), "--format", "json")

    assert as_json.returncode == as_csv.returncode == forced.returncode == 0
    line = one_line(as_json)
    assert line.startswith(f"mbc-desktop: exported to {out_dir / 'journal.json'} (15 questions, ")
    assert re.search(r"; \d+ KB\)\.$", line)
    export = json.loads((out_dir / "journal.json").read_text(encoding="utf-8"))
    assert export["format"] == "mbc-desktop-journal"
    assert len(export["questions"]) == len(before["questions"]) == 15
    assert len(export["check_ins"]) == len(before["check_ins"])
    scores = len(before["scores"])
    assert one_line(as_csv) == (
        f"mbc-desktop: exported the symptom scores to {out_dir / 'symptoms.csv'} "
        f"({scores:,} symptom scores; "
        f"{(out_dir / 'symptoms.csv').stat().st_size / 1000:.0f} KB)."
    )
    csv_lines = (out_dir / "symptoms.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_lines[0] == "taken_at,symptom,kind,score,completed_by,note"
    assert len(csv_lines) == scores + 1
    assert json.loads((out_dir / "journal.txt").read_text(encoding="utf-8"))["format"]
    for name in ("journal.json", "symptoms.csv", "journal.txt"):
        assert mode(out_dir / name) == 0o600
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "journal.json",
        "journal.txt",
        "symptoms.csv",
    ]
    assert tables(journal) == before


def test_export_replaces_an_existing_file_whole(data_dir: Path, out_dir: Path) -> None:
    out = out_dir / "journal.json"
    out.write_text("an older export")

    result = mbc(data_dir, "export", "--out", str(out))

    assert result.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "mbc-desktop-journal"
    assert sorted(p.name for p in out_dir.iterdir()) == ["journal.json"]


def test_export_where_it_cannot_write(data_dir: Path, out_dir: Path) -> None:
    (out_dir / "notes.txt").write_text("my notes")

    into_a_file = mbc(data_dir, "export", "--out", str(out_dir / "notes.txt" / "j.json"))
    missing = mbc(data_dir, "export", "--out", str(out_dir / "missing" / "j.json"))
    a_folder = mbc(data_dir, "export", "--out", str(out_dir))

    assert into_a_file.returncode == missing.returncode == a_folder.returncode == 1
    assert one_line(into_a_file).endswith(f"{out_dir / 'notes.txt'} is a file, not a folder.")
    assert one_line(missing).endswith(f"the folder {out_dir / 'missing'} does not exist.")
    assert one_line(a_folder) == f"mbc-desktop: cannot write {out_dir}: it is a folder."
    assert sorted(p.name for p in out_dir.iterdir()) == ["notes.txt"]


@pytest.mark.skipif(os.name != "posix" or ROOT, reason="root may write anywhere")
def test_export_into_a_read_only_folder(data_dir: Path, out_dir: Path) -> None:
    out_dir.chmod(0o500)
    try:
        result = mbc(data_dir, "export", "--out", str(out_dir / "journal.json"))
    finally:
        out_dir.chmod(0o700)

    assert result.returncode == 1
    assert one_line(result) == (
        f"mbc-desktop: cannot write {out_dir / 'journal.json'}: "
        "you don't have permission to write there."
    )
    assert list(out_dir.iterdir()) == []


def test_export_of_a_damaged_journal(data_dir: Path, journal: Path, out_dir: Path) -> None:
    damage_a_middle_page(journal)
    damaged = journals.digest(journal)

    result = mbc(data_dir, "export", "--out", str(out_dir / "journal.json"))

    assert result.returncode == 1
    assert said(result)[0] == (
        f"mbc-desktop: the journal {journal} is damaged, so nothing was exported; it was left "
        "as it is."
    )
    assert journals.digest(journal) == damaged
    assert list(out_dir.iterdir()) == []


# --- import --------------------------------------------------------------------------------------


def without_time(export_file: Path) -> dict[str, object]:
    export = json.loads(export_file.read_text(encoding="utf-8"))
    del export["exported_at"]
    return dict(export)


def test_export_then_import_round_trip(
    data_dir: Path, empty_journal_dir: Path, out_dir: Path
) -> None:
    first = out_dir / "first.json"
    second = out_dir / "second.json"
    assert mbc(data_dir, "export", "--out", str(first)).returncode == 0

    replaced = mbc(empty_journal_dir, "import", str(first), "--replace")
    exported = mbc(empty_journal_dir, "export", "--out", str(second))

    assert replaced.returncode == 0, replaced.stderr
    assert exported.returncode == 0
    assert without_time(second) == without_time(first)
    preview = replaced.stdout.splitlines()
    assert re.fullmatch(
        rf"{re.escape(str(first))}, exported [\d-]+ [\d:]+ by MBC Desktop [\w.+-]+, holds:",
        preview[0],
    )
    assert preview[1].startswith("  15 questions, 3 appointments, ")
    line = one_line(replaced)
    assert line.startswith("mbc-desktop: replaced the journal's entries (")
    assert f") with those of {first} (15 questions, " in line
    backup = Path(line.rsplit(" is kept in ", 1)[1].rstrip("."))
    assert backup.name.startswith("journal-before-import-")
    assert passes_integrity_check(backup)

    # Merging the same file again adds nothing: every entry is there already.
    merged = mbc(empty_journal_dir, "import", str(first))
    assert merged.returncode == 0
    assert re.fullmatch(
        rf"mbc-desktop: merged {re.escape(str(first))} into the journal: added nothing "
        r"\([\d,]+ entries already there, skipped\); the journal as it was is kept in .+\.",
        one_line(merged),
    )
    again = out_dir / "again.json"
    assert mbc(empty_journal_dir, "export", "--out", str(again)).returncode == 0
    assert without_time(again) == without_time(first)


def test_import_merges_into_a_journal(
    data_dir: Path, journal: Path, empty_journal_dir: Path, out_dir: Path
) -> None:
    export = out_dir / "journal.json"
    assert mbc(data_dir, "export", "--out", str(export)).returncode == 0
    new_journal = DataPaths(empty_journal_dir).journal
    before = tables(new_journal)

    result = mbc(empty_journal_dir, "import", str(export))

    assert result.returncode == 0, result.stderr
    assert one_line(result).startswith(
        f"mbc-desktop: merged {export} into the journal: added 15 questions, 3 appointments, "
    )
    after = tables(new_journal)
    assert len(after["questions"]) == len(before["questions"]) + 15
    assert len(after["scores"]) == len(tables(journal)["scores"])
    backups = list((empty_journal_dir / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith("journal-before-import-")
    assert tables(backups[0]) == before


def bump_the_version(export: Path) -> None:
    data = json.loads(export.read_text(encoding="utf-8"))
    data["version"] += 1
    export.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (
            bump_the_version,
            "was made by a newer MBC Desktop (format version 2). Update MBC Desktop",
        ),
        (lambda path: path.write_bytes(path.read_bytes()[:5000]), "This file is cut short"),
        (lambda path: path.write_text("taken_at,symptom\n"), "not an MBC Desktop export"),
        (
            lambda path: path.write_text(
                path.read_text().replace('"questions": [', '"questions": [,', 1)
            ),
            "This file is damaged: ",
        ),
    ],
    ids=["newer", "cut short", "csv", "damaged"],
)
def test_a_bad_file_changes_nothing(
    data_dir: Path, journal: Path, out_dir: Path, spoil: object, expected: str
) -> None:
    export = out_dir / "journal.json"
    assert mbc(data_dir, "export", "--out", str(export)).returncode == 0
    spoil(export)  # type: ignore[operator]
    before = tables(journal)
    files = files_in(data_dir)

    result = mbc(data_dir, "import", str(export), "--replace")

    assert result.returncode == 2
    line = one_line(result)
    assert line.startswith(f"mbc-desktop: cannot import {export}: ")
    assert expected in line
    assert line.endswith(".")
    assert result.stdout == ""  # no preview of a file that cannot be read
    assert tables(journal) == before
    assert files_in(data_dir) == files  # no backup made, no temporary file left


def test_import_of_a_missing_file(data_dir: Path, journal: Path, tmp_path: Path) -> None:
    digest = journals.digest(journal)

    result = mbc(data_dir, "import", str(tmp_path / "journal.json"))

    assert result.returncode == 2
    assert one_line(result) == f"mbc-desktop: there is no file {tmp_path / 'journal.json'}."
    assert journals.digest(journal) == digest


# --- every command -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["backup"],
        ["check"],
        ["backups"],
        ["export", "--out", "x.json"],
        ["import", "x.json"],
        ["salvage", "--out", "rescued.sqlite"],
    ],
    ids=lambda args: args[0],
)
def test_a_folder_without_a_journal_is_left_as_it_is(tmp_path: Path, args: list[str]) -> None:
    data_dir = tmp_path / "empty"
    (tmp_path / "x.json").write_text("{}")

    result = subprocess.run(
        [sys.executable, "-m", "mbc_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment(),
        cwd=tmp_path,
    )

    assert result.returncode == 2
    line = one_line(result)
    assert line in (
        f"mbc-desktop: there is no journal in {data_dir}. Start MBC Desktop once to make one, "
        "or choose the folder that holds yours with --data-dir.",
        f"mbc-desktop: there is no data folder at {data_dir}. Choose the folder that holds your "
        "journal with --data-dir.",
    )
    assert not data_dir.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]


def test_the_data_folder_from_the_environment(data_dir: Path) -> None:
    result = mbc(None, "check", **{DATA_DIR_ENV: str(data_dir)})

    assert result.returncode == 0
    assert "the journal is healthy" in one_line(result)


NO_QT = """
import sys
from mbc_desktop.__main__ import main

data, out = sys.argv[1], sys.argv[2]
runs = [
    ["backup"],
    ["backup", "--to", out],
    ["check", "--full"],
    ["backups"],
    ["export", "--out", out + "/journal.json"],
    ["export", "--out", out + "/symptoms.csv"],
    ["import", out + "/journal.json"],
    ["restore", "1"],
    ["salvage", "--out", out + "/rescued.sqlite"],
]
codes = [main(["--data-dir", data, *run]) for run in runs]
print(codes)
print(sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "shiboken6"}))
"""


def test_no_command_loads_qt(data_dir: Path, out_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_QT, str(data_dir), str(out_dir)],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment(),
    )

    assert result.returncode == 0, result.stderr
    codes, loaded = result.stdout.splitlines()[-2:]
    assert codes == "[0, 0, 0, 0, 0, 0, 0, 0, 0]", result.stderr
    assert loaded == "[]"


def test_help_names_every_command_without_a_display() -> None:
    from mbc_desktop.cli_data import COMMANDS

    result = mbc(None, "--help")

    assert result.returncode == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s", result.stdout, re.MULTILINE), command
        assert mbc(None, command, "--help").returncode == 0


def test_permissions_of_what_the_commands_write(
    data_dir: Path, out_dir: Path, loose_umask: None
) -> None:
    assert mbc(data_dir, "backup").returncode == 0
    assert mbc(data_dir, "backup", "--to", str(out_dir)).returncode == 0
    assert mbc(data_dir, "export", "--out", str(out_dir / "journal.json")).returncode == 0
    assert mbc(data_dir, "export", "--out", str(out_dir / "symptoms.csv")).returncode == 0
    assert mbc(data_dir, "salvage", "--out", str(out_dir / "rescued.sqlite")).returncode == 0
    assert mbc(data_dir, "restore", "1").returncode == 0
    assert mbc(data_dir, "import", str(out_dir / "journal.json")).returncode == 0

    for path in [*out_dir.iterdir(), *(data_dir / "backups").iterdir()]:
        assert mode(path) == 0o600, path
    assert mode(data_dir / "backups") == 0o700
    assert mode(DataPaths(data_dir).journal) == 0o600


def test_sqlite_is_not_left_open_on_the_journal(data_dir: Path, journal: Path) -> None:
    """After export and import, the journal is closed: no -wal left to replay, and another
    process can take a write lock at once."""
    out = data_dir.parent / "journal.json"
    assert mbc(data_dir, "export", "--out", str(out)).returncode == 0
    assert mbc(data_dir, "import", str(out)).returncode == 0

    assert not Path(f"{journal}-wal").exists()
    with contextlib.closing(sqlite3.connect(journal, timeout=0)) as connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
