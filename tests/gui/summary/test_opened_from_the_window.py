"""The summary opens from anywhere: File › Prepare summary (Ctrl+P) and Home's button."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import NewQuestion
from tests.gui.conftest import OpenWindow


def test_ctrl_p_saves_typing_and_opens_the_summary(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.questions_pane is not None
    window.questions_pane.add_question(NewQuestion(text="Is the new pain from the cancer?"))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.summary_dialog is not None)
    dialog = window.summary_dialog
    assert dialog is not None
    assert dialog.isVisible()
    summary = dialog.summary()
    assert [q.text for q in summary.questions] == ["Is the new pain from the cancer?"]
    dialog.close()
    qtbot.waitUntil(lambda: window.summary_dialog is None)


def test_home_has_a_button_for_the_summary(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    home = window.home_pane
    assert home is not None
    window.show_area(home)
    assert home.summary_button.isVisible()
    home.summary_button.click()
    qtbot.waitUntil(lambda: window.summary_dialog is not None)
    assert window.summary_dialog is not None
    window.summary_dialog.close()
