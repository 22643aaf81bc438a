"""Stopping from outside: the desktop session's save request, and closing before the journal opens.

The signals themselves (SIGTERM, Ctrl+C) are tested on a real process in
tests/e2e/test_sigterm.py.
"""

import signal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.app import save_typing, start_gui
from mbc_desktop.domain import NewQuestion
from mbc_desktop.ui.application import STOP_SIGNALS, StopRequests, make_application
from tests.gui.conftest import OpenWindow


def test_session_ending_saves_typing_and_leaves_the_window_open(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert window.questions_pane is not None
    if window.welcome_dialog is not None:
        window.welcome_dialog.reject()
    pane = window.questions_pane
    pane.add_question(NewQuestion(text="Before"))
    pane.editor.text_edit.setPlainText("After, typed just before log-out")
    app = make_application()
    closed: list[bool] = []
    requests = StopRequests(app, stop=lambda: closed.append(True), save=lambda: save_typing(window))
    try:
        assert app.receivers("2commitDataRequest(QSessionManager&)") >= 1
        assert app.receivers("2saveStateRequest(QSessionManager&)") >= 1
        requests.save_for_session()
    finally:
        requests.remove()
    assert [q.text for q in pane._service.list()] == ["After, typed just before log-out"]
    assert window.isVisible()
    assert closed == []


def test_removing_puts_the_signal_handling_back(qtbot: QtBot) -> None:
    app = make_application()
    before = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    requests = StopRequests(app, stop=lambda: None, save=lambda: None)
    assert all(signal.getsignal(n) is not before[n] for n in STOP_SIGNALS)
    requests.remove()
    assert {number: signal.getsignal(number) for number in STOP_SIGNALS} == before
    assert signal.set_wakeup_fd(-1) == -1  # nobody left writing to a closed socket


@pytest.mark.usefixtures("app_logging")
# Closing from inside the first paint (the only way to get between it and the queued load)
# leaves Qt a paint to flush to a window that has gone.
@pytest.mark.qt_log_ignore("QBackingStore::flush")
def test_window_closed_before_the_journal_opens_leaves_it_closed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, opened = start_gui(tmp_path / "data")
    qtbot.addWidget(window)
    # Closed (e.g. by SIGTERM) once painted, before the journal is opened after that paint.
    window.first_painted.connect(window.close)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    qtbot.wait(300)
    assert opened == []
    assert window.questions_pane is None
    assert window.welcome_dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
