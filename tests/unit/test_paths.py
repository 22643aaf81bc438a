"""Where the data lives: --data-dir, then the environment variable, then the platform folder."""

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from mbc_desktop.paths import (
    DATA_DIR_ENV,
    DataDirError,
    DataPaths,
    default_data_dir,
    prepare_data_folder,
    resolve_data_dir,
)


def test_command_line_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-cli")) == tmp_path / "from-cli"


def test_environment_wins_over_platform_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_platform_folder_when_nothing_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert resolve_data_dir(None) == default_data_dir().resolve()
    assert default_data_dir().name == "MBC Desktop"


def test_relative_and_home_paths_become_absolute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/someone")
    assert resolve_data_dir("~/journal") == Path("/home/someone/journal")
    assert resolve_data_dir("relative").is_absolute()


def test_files_inside_the_data_folder(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    assert paths.journal == tmp_path / "journal.sqlite"
    assert paths.backups == tmp_path / "backups"
    assert paths.log_file.parent == tmp_path / "logs"
    assert paths.settings == tmp_path / "settings.ini"


# --- making the data folder ready ------------------------------------------------------------


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
not_as_root = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere"
)


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_a_new_data_folder_and_its_missing_parents_are_owner_only(tmp_path: Path) -> None:
    root = tmp_path / "new" / "MBC Desktop"

    warnings = prepare_data_folder(DataPaths(root))

    assert warnings == []
    assert mode_of(root) == 0o700
    assert mode_of(root.parent) == 0o700
    assert list(root.iterdir()) == []  # the write check cleans up after itself


@posix_only
@pytest.mark.parametrize(
    ("mode", "words"),
    [
        (0o755, "can be opened by other users"),
        (0o750, "can be opened by other users"),
        (0o733, "can be opened and changed by other users"),
        (0o777, "can be opened and changed by other users"),
    ],
)
def test_an_existing_folder_others_can_open_is_left_as_it_is_with_a_warning(
    tmp_path: Path, mode: int, words: str
) -> None:
    root = tmp_path / "shared"
    root.mkdir()
    (root / "holiday.jpg").write_bytes(b"not ours")
    root.chmod(mode)

    warnings = prepare_data_folder(DataPaths(root))

    assert mode_of(root) == mode
    assert (root / "holiday.jpg").read_bytes() == b"not ours"
    assert [w.folder for w in warnings] == [root]
    assert words in warnings[0].message
    assert warnings[0].message.endswith(".")


@posix_only
def test_an_existing_private_folder_gives_no_warning(tmp_path: Path) -> None:
    root = tmp_path / "private"
    root.mkdir(mode=0o700)
    root.chmod(0o700)

    assert prepare_data_folder(DataPaths(root)) == []
    assert prepare_data_folder(DataPaths(root)) == []  # and again: safe to call twice


def test_a_file_is_not_a_data_folder(tmp_path: Path) -> None:
    root = tmp_path / "journal.txt"
    root.write_text("my notes")

    with pytest.raises(DataDirError) as error:
        prepare_data_folder(DataPaths(root))

    assert error.value.folder == root
    assert error.value.reason == "it is a file, not a folder"
    assert str(error.value) == (
        f"MBC Desktop cannot use {root} as its data folder: it is a file, not a folder."
    )
    assert root.read_text() == "my notes"


def test_a_folder_inside_a_file_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("my notes")
    root = tmp_path / "notes.txt" / "MBC Desktop"

    with pytest.raises(DataDirError) as error:
        prepare_data_folder(DataPaths(root))

    assert error.value.reason == "part of that path is a file, not a folder"


@not_as_root
def test_a_folder_without_write_permission_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "read-only"
    root.mkdir()
    root.chmod(0o500)
    try:
        with pytest.raises(DataDirError) as error:
            prepare_data_folder(DataPaths(root))
    finally:
        root.chmod(0o700)

    assert error.value.reason == "you don't have permission to write there"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.EACCES, "you don't have permission to write there"),
        (errno.EROFS, "it is on a disk that can only be read"),
        (errno.ENOSPC, "the disk is full"),
        (errno.EIO, "input/output error"),
    ],
)
def test_a_folder_that_cannot_be_written_is_refused_with_the_reason_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, reason: str
) -> None:
    # Root can write even where the permission bits say no, so the refusal is simulated here;
    # test_a_folder_without_write_permission_is_refused does it for real as a normal user.
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)

    with pytest.raises(DataDirError) as error:
        prepare_data_folder(DataPaths(tmp_path))

    assert error.value.reason == reason
