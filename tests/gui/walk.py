"""Walking the real window as the accessibility, language and layout tests do: a full journal,
every area in the sidebar, every dialog the Help menu opens and the welcome. Found by walking,
so a new area or dialog is covered without editing the tests."""

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow
from tests.sample_journal import fill_questions


def full_window(open_window: OpenWindow) -> MainWindow:
    """The window on the fifteen sample questions, one of them picked, Questions shown."""
    window = open_window()
    pane = window.questions_pane
    assert pane is not None
    window.show_area(pane)
    pane.select_question(fill_questions(pane._service))
    return window


def areas(window: MainWindow) -> Iterator[str]:
    """Show each area in turn; yields its name in the sidebar."""
    for row in range(window.sidebar.count()):
        window.go_to_area(row)
        yield window.sidebar.item(row).text()


def dialogs(window: MainWindow, qtbot: QtBot) -> Iterator[QDialog]:
    """Open each dialog of the Help menu (the last menu), then the welcome, then the summary;
    closes each after."""
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    for action in help_menu.actions():
        if action.isSeparator():
            continue
        before = set(QApplication.topLevelWidgets())
        action.trigger()
        qtbot.wait(20)
        new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        opened = [w for w in new if isinstance(w, QDialog)]
        assert opened, f"{action.text()} opened no dialog"
        for dialog in opened:
            qtbot.addWidget(dialog)
            yield dialog
            dialog.close()
    window.offer_welcome()
    assert window.welcome_dialog is not None
    yield window.welcome_dialog
    window.welcome_dialog.close()
    summary = window.prepare_summary()  # File › Prepare summary (deleted when closed)
    assert summary is not None
    yield summary
    summary.close()
    data = window.open_data()  # File › Your data
    assert data is not None
    yield data
    data.close()
