"""Where the data lives: --data-dir, then the environment variable, then the platform folder."""

from pathlib import Path

import pytest

from mbc_desktop.paths import DATA_DIR_ENV, DataPaths, default_data_dir, resolve_data_dir


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
