"""The main window: Help, remembering size and text size, accessibility, damaged journals."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop import __version__
from mbc_desktop.app import attach_journal, make_window
from mbc_desktop.domain import NewQuestion
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import base_font
from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow


def test_about_shows_version_and_data_folder(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path
) -> None:
    window = open_window()
    dialog = window.show_about()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert dialog.folder_label.text() == str(data_dir)
    dialog.close()


def test_user_guide_opens_from_help(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    dialog = window.show_guide()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Alt+Up" in text
    assert "does not give medical advice" in text
    dialog.close()


def test_window_remembers_size_place_and_text_size(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    # Within the offscreen platform's 800x600 screen, which restoring clamps to.
    window.setGeometry(QRect(30, 40, 760, 540))
    qtbot.wait(20)
    placed = window.geometry()
    window.close()
    again = open_window()
    assert again.geometry() == placed
    assert (again.width(), again.height()) == (760, 540)
    again.step_text_scale(+1)
    again.step_text_scale(+1)
    assert again.text_scale == 1.5
    again.close()
    assert open_window().text_scale == 1.5


def test_text_size_steps_stop_at_200_percent(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    base = QApplication.font().pointSizeF()
    for _ in range(10):
        window.step_text_scale(+1)
    assert window.text_scale == 2.0
    assert QApplication.font().pointSizeF() == 2 * base
    window.apply_text_scale(1.0)
    assert QApplication.font().pointSizeF() == base


def focusable_widgets(window: MainWindow) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisibleTo(window)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.inherits("QScrollBar")
        and widget.window() is window
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_has_an_accessible_name(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.questions_pane is not None
    window.show_area(window.questions_pane)
    pane = window.questions_pane
    assert pane is not None
    # Once empty (starter buttons shown), once with a question picked (the editor shown).
    checked = 0
    for _ in range(2):
        for widget in focusable_widgets(window):
            assert accessible_name(widget).strip(), (
                f"{type(widget).__name__} {widget.objectName()!r} has no accessible name"
            )
            checked += 1
        question = pane._service.add(NewQuestion(text="What next?"))
        pane.select_question(question.id)
    assert checked > 15


def test_every_field_has_a_keyboard_path(qtbot: QtBot, open_window: OpenWindow) -> None:
    # Tab from the new-question box reaches every editor field with no mouse at all.
    window = open_window()
    assert window.questions_pane is not None
    window.show_area(window.questions_pane)
    pane = window.questions_pane
    assert pane is not None
    question = pane._service.add(NewQuestion(text="What next?"))
    pane.select_question(question.id)
    targets = {
        pane.search,
        pane.status_filter,
        pane.topic_filter,
        pane.priority_filter,
        pane.list_view,
        pane.editor.text_edit,
        pane.editor.topic_combo,
        pane.editor.priority_combo,
        pane.editor.status_combo,
        pane.editor.answer_edit,
        pane.editor.answered_by_edit,
        pane.editor.delete_button,
    }
    pane.new_question.setFocus()
    reached = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert targets <= reached, {w.objectName() or type(w).__name__ for w in targets - reached}


def test_nothing_is_cut_off_at_200_percent_text(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.questions_pane is not None
    window.show_area(window.questions_pane)
    pane = window.questions_pane
    assert pane is not None
    question = pane._service.add(
        NewQuestion(text="Which side effects should I call you about right away?")
    )
    pane.select_question(question.id)
    window.apply_text_scale(2.0)
    window.resize(1280, 800)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1280
    too_narrow = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLabel)
        and w.isVisibleTo(window)
        and not (isinstance(w, QLabel) and w.wordWrap())
        and w.width() < w.minimumSizeHint().width()
    ]
    assert too_narrow == []


def test_a_file_that_is_not_a_journal_is_explained_and_left_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from mbc_desktop.ui.application import make_application

    make_application()
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    paths.journal.write_bytes(b"these are not the bytes of an SQLite database" * 100)
    before = paths.journal.read_bytes()
    window = make_window(paths)
    qtbot.addWidget(window)
    assert attach_journal(window, paths) is None
    assert window.questions_pane is None
    assert "could not be opened" in window.status_title.text()
    assert str(paths.journal) in window.status_text.text()
    assert paths.journal.read_bytes() == before


def test_welcome_on_first_start_only(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.offer_welcome()
    dialog = window.welcome_dialog
    assert dialog is not None
    assert "never connects to the internet" in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    dialog.start_button.click()
    assert window.questions_pane is not None
    assert QApplication.focusWidget() is window.questions_pane.new_question
    window.close()
    again = open_window()
    again.offer_welcome()
    assert again.welcome_dialog is None


@pytest.mark.usefixtures("app_logging")
def test_the_log_never_holds_what_the_person_wrote(qtbot: QtBot, tmp_path: Path) -> None:
    from mbc_desktop.app import start_gui
    from mbc_desktop.domain import QuestionChanges

    secret = "Zyxwv private worry about my liver"
    window, opened = start_gui(tmp_path / "data")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    if window.welcome_dialog is not None:
        window.welcome_dialog.reject()
    service = opened[0].questions
    question = service.add(NewQuestion(text=secret))
    service.update(question.id, QuestionChanges(answer=secret, answered_by="Dr. Secretname"))
    service.delete(question.id)
    window.close()
    for journal in opened:
        journal.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (tmp_path / "data" / "logs" / "mbc-desktop.log").read_text()
    assert "Journal open" in log_text  # the log is written at all
    assert "Zyxwv" not in log_text
    assert "Secretname" not in log_text


@pytest.fixture
def fresh_font() -> Iterator[None]:
    """The application's font as a new start has it, and back as it was afterwards."""
    before = QFont(QApplication.font())
    QApplication.setFont(base_font())
    yield
    QApplication.setFont(before)


@pytest.mark.usefixtures("fresh_font")
def test_a_start_that_changes_nothing_leaves_the_settings_file_alone(
    qtbot: QtBot, data_dir: Path
) -> None:
    # Writing it (a new file put in place) took ~5 ms of every start before the first paint.
    paths = DataPaths(data_dir)
    data_dir.mkdir(mode=0o700)
    paths.settings.write_text("[display]\ntext_scale=1.25\n")
    before = paths.settings.stat()
    window = make_window(paths)
    qtbot.addWidget(window)
    after = paths.settings.stat()
    assert window.text_scale == 1.25
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    window.settings.text_scale = 1.5  # a change is written at once
    assert "text_scale=1.5" in paths.settings.read_text()


@pytest.mark.usefixtures("fresh_font")
def test_a_start_at_the_normal_text_size_sets_no_fonts_again(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Going over every widget of every menu for the same fonts took ~2 ms before the paint.
    import mbc_desktop.ui.main_window as main_window

    passes: list[QWidget] = []
    monkeypatch.setattr(main_window, "apply_type_scale", passes.append)
    data_dir.mkdir(mode=0o700)
    window = make_window(DataPaths(data_dir))
    qtbot.addWidget(window)
    assert window.text_scale == 1.0
    assert passes == []
