"""View › Theme and View › Language (remembered), and Help › Keyboard shortcuts, which lists
every shortcut the window's actions have."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common import theme
from mbc_desktop.ui.common.theme import HIGH_CONTRAST, current_theme
from mbc_desktop.ui.shortcuts_dialog import plain
from tests.gui.conftest import OpenWindow


def test_keyboard_shortcuts_lists_every_shortcut_of_every_action(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.texts()
    listed = {(keys, what) for keys, what, _menu in rows}
    actions = [a for a in window.findChildren(QAction) if a.isVisible() and a.shortcuts()]
    assert len(actions) >= 12
    for action in actions:
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()
        )
        assert (keys, plain(action.text())) in listed, action.text()
    menus = {menu for _keys, _what, menu in rows}
    assert {"File", "Edit", "Questions", "View", "Help"} <= menus
    # And the keys that are not menu items: Esc, Enter in lists.
    assert any(keys == "Esc" for keys, _what, _menu in rows)
    dialog.close()


def test_a_theme_applies_at_once_and_is_remembered(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    high = next(a for a in window.theme_menu.actions() if a.data() == "high-contrast")
    high.trigger()
    assert current_theme() is HIGH_CONTRAST
    assert QApplication.palette().color(QApplication.palette().ColorRole.Base).name() == "#000000"
    assert high.isChecked()
    window.close()
    again = open_window()
    assert current_theme() is HIGH_CONTRAST
    assert next(a for a in again.theme_menu.actions() if a.isChecked()).data() == "high-contrast"


def test_a_language_is_remembered_and_the_change_is_said_plainly(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: object
) -> None:
    window = open_window()
    said: list[str] = []

    def information(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)  # type: ignore[attr-defined]
    spanish = next(a for a in window.language_menu.actions() if a.data() == "es")
    spanish.trigger()
    assert said == [
        "MBC Desktop will be in Español the next time you start it. Close it and open it "
        "again to switch now; nothing you wrote changes."
    ]
    assert window.settings.language == "es"
    window.close()
    again = open_window()
    # The next start is in Spanish: the menus say so.
    assert again.menuBar().actions()[0].text() != "&File"


def test_following_the_system_switches_when_the_desktop_does(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    assert window.settings.theme == "system"
    hints = QGuiApplication.styleHints()
    # The offscreen platform cannot switch its scheme: say what a desktop would, and signal it.
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() is theme.DARK
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert current_theme() is theme.LIGHT
    # A chosen theme stays chosen.
    window.settings.theme = "high-contrast"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_theme() is theme.LIGHT
