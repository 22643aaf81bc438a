"""The first paint goes by the desktop's palette for the "system" theme (asking Qt for the
colour scheme would build Qt's ~94 enums before it); right after, Qt's own answer decides,
and the window's status page shows text as typed (never as HTML)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import mbc_desktop.ui.common.theme as theme
from mbc_desktop.app import make_window
from mbc_desktop.paths import DataPaths


@pytest.fixture
def theme_restored() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = theme.current_theme()
    yield
    theme.apply_theme(app, before)


@pytest.mark.usefixtures("theme_restored")
@pytest.mark.parametrize(
    ("looks", "says", "first", "then"),
    [
        (False, True, theme.LIGHT, theme.DARK),
        (True, False, theme.DARK, theme.LIGHT),
        (False, False, theme.LIGHT, theme.LIGHT),
    ],
)
def test_the_system_theme_is_guessed_for_the_first_paint_then_asked(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    looks: bool,
    says: bool,
    first: theme.Theme,
    then: theme.Theme,
) -> None:
    monkeypatch.setattr(theme, "system_looks_dark", lambda: looks)
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: says)
    data_dir.mkdir(mode=0o700)
    window = make_window(DataPaths(data_dir))  # the settings say "system", as at first
    qtbot.addWidget(window)
    assert window.settings.theme == "system"
    assert theme.current_theme() is first
    assert window.status_text.textFormat() != Qt.TextFormat.PlainText  # not yet

    window.show()
    qtbot.waitUntil(lambda: window.status_text.textFormat() == Qt.TextFormat.PlainText)

    assert theme.current_theme() is then
    assert window.status_title.textFormat() == Qt.TextFormat.PlainText
