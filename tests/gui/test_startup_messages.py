"""Start-up messages about the data folder, in the window: a desktop start has no terminal."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mbc_desktop.app import run_gui, start_gui
from mbc_desktop.paths import DataDirError
from mbc_desktop.ui.application import make_application

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def visible_message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@posix_only
@pytest.mark.usefixtures("app_logging")
def test_a_folder_others_can_open_is_pointed_out_once_before_the_welcome(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "shared"
    data_dir.mkdir()
    data_dir.chmod(0o755)
    window, opened = start_gui(data_dir)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(visible_message_boxes()), timeout=10_000)
    [warning] = visible_message_boxes()
    assert warning.objectName() == "dataFolderWarning"
    assert "other users" in warning.text()
    assert str(data_dir) in warning.text()
    assert window.questions_pane is not None  # the journal opened all the same
    assert window.welcome_dialog is None  # one thing at a time
    warning.accept()
    qtbot.waitUntil(lambda: window.welcome_dialog is not None, timeout=5_000)
    assert visible_message_boxes() == []
    assert window.welcome_dialog is not None
    window.welcome_dialog.reject()
    window.close()
    for journal in opened:
        journal.close()


@posix_only
@pytest.mark.usefixtures("app_logging")
def test_a_private_folder_gets_no_warning(qtbot: QtBot, tmp_path: Path) -> None:
    window, opened = start_gui(tmp_path / "data")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.welcome_dialog is not None, timeout=10_000)
    assert visible_message_boxes() == []
    window.welcome_dialog.reject()
    window.close()
    for journal in opened:
        journal.close()


def test_a_data_folder_problem_that_reaches_the_window_is_shown_in_a_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "logs").write_text("a file where the logs folder should be")
    make_application()
    shown: list[str] = []

    def read_and_close() -> None:
        for box in visible_message_boxes():
            shown.append(box.text())
            box.close()

    timer = QTimer()
    timer.timeout.connect(read_and_close)
    timer.start(20)
    with pytest.raises(DataDirError):
        run_gui(data_dir)
    timer.stop()
    assert len(shown) == 1
    assert f"MBC Desktop cannot use {data_dir}" in shown[0]
    assert "logs folder" in shown[0]
    assert "start MBC Desktop again" in shown[0]
