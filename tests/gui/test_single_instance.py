"""A second start on the same data folder: no second window; the first one comes forward.

With two real processes: tests/e2e/test_single_instance.py.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.app import AlreadyOpenError, start_gui
from mbc_desktop.ui.application import lock_data_dir, make_application
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.ui.single_instance import (
    InstanceServer,
    ask_to_come_forward,
    bring_forward,
    server_name,
)

ASK = r"""
import sys
from pathlib import Path
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.single_instance import ask_to_come_forward
make_application()
print(ask_to_come_forward(Path(sys.argv[1])))
"""


def main_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_each_data_folder_has_its_own_server_name(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


@pytest.mark.usefixtures("app_logging")
def test_a_second_start_makes_no_window_while_the_folder_is_in_use(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    other_instance = lock_data_dir(data_dir)
    assert other_instance is not None
    before = main_windows()
    with pytest.raises(AlreadyOpenError):
        start_gui(data_dir)
    assert main_windows() == before
    other_instance.unlock()
    # Once the other one has gone, the journal opens as usual.
    window, opened = start_gui(data_dir)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    window.close()
    for journal in opened:
        journal.close()


def test_asked_to_come_forward_a_minimised_window_is_shown_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    make_application()
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    server = InstanceServer(tmp_path, window)
    server.come_forward.connect(lambda: bring_forward(window))
    assert server.listen()

    # The second start blocks while it waits for the answer, so it is a process of its own.
    second_start = subprocess.Popen(
        [sys.executable, "-c", ASK, str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    with qtbot.waitSignal(server.come_forward, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: second_start.poll() is not None, timeout=20_000)
    out, _err = second_start.communicate()
    assert out.strip() == "True"
    assert not window.isMinimized()
    assert window.isVisible()


def test_nobody_listening_is_no_answer(tmp_path: Path) -> None:
    make_application()
    assert ask_to_come_forward(tmp_path / "not open anywhere") is False
