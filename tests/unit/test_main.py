"""The entry point and a data folder it cannot use: a line for the terminal, a dialog for a menu."""

from pathlib import Path

import pytest

from mbc_desktop import __main__ as entry
from mbc_desktop.ui import application, startup_messages


@pytest.mark.parametrize(
    ("platform", "seen"),
    [
        ("offscreen", False),
        ("offscreen:configfile=/tmp/screen.json", False),
        ("minimal", False),
        ("xcb", True),
        ("wayland", True),
        ("", True),
    ],
)
def test_dialogs_only_where_someone_can_see_them(
    monkeypatch: pytest.MonkeyPatch, platform: str, seen: bool
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)

    assert entry.windows_are_seen() is seen


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stand-ins for the Qt application and the dialog, which would need a real screen."""
    shown: list[str] = []
    monkeypatch.setattr(application, "make_application", lambda: None)
    monkeypatch.setattr(startup_messages, "tell_data_dir_unusable", shown.append)
    return shown


def unusable_folder(tmp_path: Path) -> Path:
    (tmp_path / "notes.txt").write_text("my notes")
    return tmp_path / "notes.txt" / "journal"


def test_on_a_desktop_an_unusable_folder_is_also_shown_in_a_dialog(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    dialogs: list[str],
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    folder = unusable_folder(tmp_path)

    assert entry.main(["--data-dir", str(folder)]) == 2

    assert dialogs == [
        f"MBC Desktop cannot use {folder} as its data folder: "
        "part of that path is a file, not a folder."
    ]
    assert capsys.readouterr().err.startswith(f"mbc-desktop: cannot use {folder} as the data")


def test_offscreen_an_unusable_folder_is_only_a_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    dialogs: list[str],
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")

    assert entry.main(["--data-dir", str(unusable_folder(tmp_path))]) == 2

    assert dialogs == []
    assert len(capsys.readouterr().err.splitlines()) == 1
