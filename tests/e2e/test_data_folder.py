"""A data folder the app cannot use, or should warn about, as the person starting it sees it."""

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mbc_desktop.paths import DATA_DIR_ENV


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mbc_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def assert_one_plain_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_a_data_folder_that_cannot_be_made_gets_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("my notes")
    folder = tmp_path / "notes.txt" / "journal"

    result = start("--data-dir", str(folder))

    assert result.returncode == 2
    assert assert_one_plain_line(result.stderr) == (
        f"mbc-desktop: cannot use {folder} as the data folder: part of that path is a file, "
        "not a folder. Choose a folder you can write to with --data-dir."
    )


def test_a_bad_folder_from_the_environment_names_the_variable(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("my notes")

    result = start(env={DATA_DIR_ENV: str(tmp_path / "notes.txt")})

    assert result.returncode == 2
    line = assert_one_plain_line(result.stderr)
    assert "it is a file, not a folder" in line
    assert line.endswith(f"with --data-dir, or change {DATA_DIR_ENV}.")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_without_write_permission_gets_one_line_and_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = start("--data-dir", str(folder))
    finally:
        folder.chmod(0o700)

    assert result.returncode == 2
    assert "you don't have permission to write there" in assert_one_plain_line(result.stderr)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_shared_folder_is_used_as_it_is_with_a_one_line_warning(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"someone else's")
    folder.chmod(0o755)
    process = subprocess.Popen(
        [sys.executable, "-m", "mbc_desktop", "--data-dir", str(folder)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The warning comes before Qt loads; if it never comes, stop waiting after a minute.
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        assert process.stderr is not None
        first_line = process.stderr.readline()
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait(timeout=30)
        if process.stderr:
            process.stderr.close()

    assert first_line.startswith(f"mbc-desktop: warning: {folder}: This folder can be opened")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert (folder / "holiday.jpg").read_bytes() == b"someone else's"
