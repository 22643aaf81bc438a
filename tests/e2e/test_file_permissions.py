"""Everything the app writes is for its owner's eyes only, whatever the umask.

With a permissive umask set in the test (022, the common default, and 000) and handed on to
the app's processes, a whole session runs: the app starts on a new data folder, is filled and
used (test_offline.SESSION), ``mbc-desktop summary`` exports a PDF, ``mbc-desktop backup``
makes a backup in the data folder and one ``--to`` another folder (once the command exists),
and the app quits (backing up on its way out). Then:

- every file in the data folder (the journal, its -wal and -shm while it is open, the lock,
  the logs, settings.ini, every backup) is 0600 and every folder in it 0700, while the app
  runs and after it quits; the exported PDF and the backup made elsewhere are 0600;
- nothing is even for a moment readable by others: under strace, every file or folder created
  in the data folder, the PDF's folder or the temporary folder (TMPDIR) is created with no
  group or other permission (its mode less the umask at that moment), and nothing is chmod-ed
  open. That covers the temporary files that are renamed or deleted before anyone could look.

Also the storage layer alone (no app, so no umask 077 from it): a journal, its side files and
a VACUUM INTO backup are 0600 in a 0700 folder.

POSIX permissions: skipped on Windows. The strace part is Linux only and needs strace
(.ci/run installs it): skipped without it, except in CI (CI=true), where it fails instead.
"""

import os
import re
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_offline import ROOT, app_environment, cli, has_command, start_session

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="POSIX permissions"),
]

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700
FILE_CALLS = (
    "umask,open,openat,creat,mkdir,mkdirat,chmod,fchmod,fchmodat,"
    "unlink,unlinkat,rmdir,rename,renameat,renameat2"
)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def permissive_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """A umask that would let others read new files, for this test and what it starts."""
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def modes_not_private(folder: Path) -> list[str]:
    """Every file under ``folder`` (itself included) that is not 0600, or folder not 0700."""
    wrong = []
    for path in [folder, *sorted(folder.rglob("*"))]:
        info = path.lstat()
        mode = stat.S_IMODE(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            if mode != OWNER_ONLY_DIR:
                wrong.append(f"{path}: folder {mode:04o}, not 0700")
        elif mode != OWNER_ONLY_FILE:
            wrong.append(f"{path}: {mode:04o}, not 0600")
    return wrong


# --- reading strace's file calls ------------------------------------------------------------

LINE = re.compile(r"^(\d+)\s+(.*)$")
UNFINISHED = " <unfinished ...>"
RESUMED = re.compile(r"^<\.\.\. \w+ resumed>\s?(.*)$")
CALL = re.compile(r"^(\w+)\((.*)\)\s+=\s+(-?\d+)(?:<([^>]*)>)?")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
DIRFD = re.compile(r"^(?:AT_FDCWD|\d+)<([^>]*)>")


def whole_calls(trace: str) -> Iterator[str]:
    """The trace's calls, one per line: a call another thread interrupted (``<unfinished
    ...>``) joined with its ``<... resumed>`` end."""
    pending: dict[str, str] = {}
    for raw in trace.splitlines():
        found = LINE.match(raw)
        if not found:
            continue
        pid, text = found.groups()
        if text.endswith(UNFINISHED):
            pending[pid] = text.removesuffix(UNFINISHED)
            continue
        resumed = RESUMED.match(text)
        if resumed:
            text = pending.pop(pid, "") + resumed.group(1)
        yield text


PATH_ARG = re.compile(r'(?:(?:AT_FDCWD|\d+)<([^>]*)>,\s*)?"((?:[^"\\]|\\.)*)"')


class FileCalls:
    """Reads strace's file calls, keeping track of the umask and of which paths exist, and
    collects what made a file or folder under ``roots`` readable by others, even for a moment.

    An open with O_CREAT creates only a path that does not exist yet: ``existing`` starts as
    what was there before the traced program started, and follows its opens, renames and
    deletions.
    """

    def __init__(self, roots: list[Path], cwd: Path, umask: int, existing: set[str]) -> None:
        self.roots = roots
        self.cwd = cwd
        self.umask = umask
        self.existing = set(existing)
        self.problems: list[str] = []

    def read(self, trace: str) -> list[str]:
        for call in whole_calls(trace):
            self.one(call)
        return self.problems

    def paths(self, args: str) -> list[str]:
        found = []
        for folder, name in PATH_ARG.findall(args):
            path = Path(name)
            if not path.is_absolute():
                path = (Path(folder) if folder else self.cwd) / path
            found.append(str(path))
        return found

    def one(self, call: str) -> None:
        found = CALL.match(call)
        if not found:
            return
        name, args, result, returned = found.groups()
        if name == "umask":
            self.umask = int(args, 8)
            return
        if int(result) < 0:
            return
        paths = self.paths(args)
        last = args.rsplit(",", 1)[-1].strip()
        mode = int(last, 8) if re.fullmatch(r"0[0-7]*", last) else None
        if name in ("unlink", "unlinkat", "rmdir") and paths:
            self.existing.discard(paths[0])
            return
        if name.startswith("rename") and len(paths) == 2:
            self.existing.discard(paths[0])
            self.existing.add(paths[1])
            return
        if name in ("open", "openat", "creat"):
            path = (returned or "").removesuffix("(deleted)") or (paths[0] if paths else "")
            creates = name == "creat" or "O_CREAT" in args
            new = creates and ("O_EXCL" in args or path not in self.existing)
            self.existing.add(path)
            if not new or mode is None:
                return
            self.check(path, mode & ~self.umask, "created", call)
        elif name in ("mkdir", "mkdirat") and paths and mode is not None:
            self.existing.add(paths[0])
            self.check(paths[0], mode & ~self.umask, "created", call)
        elif name in ("chmod", "fchmodat") and paths and mode is not None:
            self.check(paths[0], mode, "chmod-ed", call)
        elif name == "fchmod" and mode is not None:
            descriptor = DIRFD.match(args)
            if descriptor:
                self.check(descriptor.group(1).removesuffix("(deleted)"), mode, "chmod-ed", call)

    def check(self, path: str, granted: int, what: str, call: str) -> None:
        if granted & 0o077 and any(Path(path).is_relative_to(root) for root in self.roots):
            self.problems.append(f"{path}: {what} {granted:04o} ({call})")


def paths_under(roots: list[Path]) -> set[str]:
    return {str(path) for root in roots if root.exists() for path in [root, *root.rglob("*")]}


def test_file_calls_reads_strace_as_meant() -> None:
    trace = "\n".join(
        [
            '7 openat(AT_FDCWD</x>, "/d/a", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 3</d/a>',
            '7 openat(AT_FDCWD</x>, "/d/b", O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC, 0600) = 3</d/b>',
            '7 openat(AT_FDCWD</x>, "/elsewhere", O_WRONLY|O_CREAT, 0666) = 3</elsewhere>',
            '7 openat(AT_FDCWD</d>, "c", O_RDONLY|O_CLOEXEC) = 3</d/c>',
            '7 openat(AT_FDCWD</x>, "/d/old", O_RDWR|O_CREAT, 0644) = 3</d/old>',  # was there
            '7 mkdir("/d/sub", 0777) = 0',
            "7 umask(077) = 022",
            '7 openat(AT_FDCWD</x>, "/d/e", O_WRONLY|O_CREAT|O_TRUNC, 0666 <unfinished ...>',
            '8 mkdir("/d/ok", 0755) = 0',
            "7 <... openat resumed>) = 4</d/e>",
            '8 chmod("/d/e", 0644) = 0',
            "8 fchmod(4</d/e>, 0640) = 0",
            '8 mkdirat(AT_FDCWD</d>, "rel", 0777) = 0',
            '8 mkdir("/d/f", 0777) = -1 EEXIST (File exists)',
            "7 umask(000) = 077",
            '7 openat(AT_FDCWD</x>, "/d/a", O_WRONLY|O_CREAT, 0666) = 3</d/a>',  # exists now
            '7 rename("/d/a", "/d/moved") = 0',
            '7 openat(AT_FDCWD</x>, "/d/a", O_WRONLY|O_CREAT, 0660) = 3</d/a>',  # new again
        ]
    )
    problems = FileCalls([Path("/d")], Path("/x"), 0o022, {"/d/old"}).read(trace)
    assert [problem.split(":")[0] for problem in problems] == [
        "/d/a",
        "/d/sub",
        "/d/e",
        "/d/e",
        "/d/a",
    ], problems
    assert "created 0644" in problems[0]
    assert "created 0755" in problems[1]
    assert "chmod-ed 0644" in problems[2]
    assert "chmod-ed 0640" in problems[3]
    assert "created 0660" in problems[4]


# --- the app -----------------------------------------------------------------------------------


def test_every_file_of_a_session_is_owner_only(tmp_path: Path, permissive_umask: int) -> None:
    strace = shutil.which("strace") if sys.platform.startswith("linux") else None
    if sys.platform.startswith("linux") and strace is None and os.environ.get("CI") == "true":
        pytest.fail("needs strace (apt: strace); .ci/run installs it")
    data_dir, out, temporary = tmp_path / "data", tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    temporary.mkdir()
    env = {**app_environment(None), "TMPDIR": str(temporary)}
    roots = [data_dir, out, temporary]
    traces: list[tuple[Path, set[str]]] = []  # each trace, and what existed when it began

    def traced() -> list[str] | None:
        if strace is None:
            return None
        trace = tmp_path / f"strace-{len(traces) + 1}.txt"
        traces.append((trace, paths_under(roots)))
        return [strace, "-f", "-q", "-y", "-e", f"trace={FILE_CALLS}", "-o", str(trace)]

    session = start_session(data_dir, tmp_path / "control", env, traced())
    try:
        journal = data_dir / "journal.sqlite"
        for side in ("", "-wal", "-shm"):  # -wal and -shm exist only while it is open
            assert journal.with_name(journal.name + side).exists(), side
        assert modes_not_private(data_dir) == []
        pdf = out / "summary.pdf"
        cli("--data-dir", str(data_dir), "summary", "--out", str(pdf), env=env, wrapper=traced())
        if has_command("backup", env):
            cli("--data-dir", str(data_dir), "backup", env=env, wrapper=traced())
            assert any((data_dir / "backups").iterdir()), "mbc-desktop backup made no backup"
            # Into a folder of the person's (a USB stick): the copy is theirs alone too.
            cli("--data-dir", str(data_dir), "backup", "--to", str(out), env=env, wrapper=traced())
            backups_out = [path for path in out.iterdir() if path.suffix == ".sqlite"]
            assert backups_out, "mbc-desktop backup --to made no backup"
    finally:
        code, err = session.quit()
    assert code == 0, err

    assert (data_dir / "settings.ini").exists()
    assert (data_dir / "logs" / "mbc-desktop.log").exists()
    assert modes_not_private(data_dir) == []
    # The PDF (and the backup made --to this folder), and no temporary file left.
    made = sorted(path.name for path in out.iterdir())
    assert [name for name in made if not name.endswith(".sqlite")] == ["summary.pdf"], made
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == OWNER_ONLY_FILE, path
    assert list(temporary.iterdir()) == []  # nothing left in the temporary folder
    if strace is None:
        return  # the moments in between are seen through strace only
    for trace, existing in traces:
        text = trace.read_text(errors="replace")
        problems = FileCalls(roots, ROOT, permissive_umask, existing).read(text)
        assert problems == [], f"{trace.name}:\n" + "\n".join(problems)
    # strace did see the app make its files (the journal, its folder).
    assert f'"{journal}", O_RDWR|O_CREAT|O_EXCL' in traces[0][0].read_text(errors="replace")


def test_the_storage_layer_alone_makes_owner_only_files(
    tmp_path: Path, permissive_umask: int
) -> None:
    """Without the app's umask 077: the journal's own code keeps its files private, backups
    (into its backups folder, and into a folder of the person's) too."""
    from mbc_desktop.domain import NewQuestion
    from mbc_desktop.services import QuestionService
    from mbc_desktop.storage import open_journal
    from mbc_desktop.storage.backup import REASON_MANUAL, backup_to_folder, make_backup

    journal = tmp_path / "data" / "journal.sqlite"
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    store = open_journal(journal)
    try:
        QuestionService(store).add(NewQuestion(text="Is this file private?"))
        for side in ("", "-wal", "-shm"):
            path = journal.with_name(journal.name + side)
            assert stat.S_IMODE(path.stat().st_mode) == OWNER_ONLY_FILE, path
        backup = make_backup(store.database, REASON_MANUAL).path
        copied = backup_to_folder(store.database, elsewhere).path
    finally:
        store.close()
    assert backup.parent == journal.parent / "backups"
    assert modes_not_private(journal.parent) == []
    assert [path.name for path in elsewhere.iterdir()] == [copied.name]
    assert stat.S_IMODE(copied.stat().st_mode) == OWNER_ONLY_FILE
