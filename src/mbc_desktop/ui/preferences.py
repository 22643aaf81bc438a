"""View › Theme and View › Language: choices that are remembered in settings.ini.

A theme applies at once. A language applies at the next start (every text is translated as
it is made), and the menu says so in plain words when it is chosen.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.ui.common.theme import apply_theme, theme_named
from mbc_desktop.words.i18n import LANGUAGES, current_language, resolve


def _choices(
    menu: QMenu,
    items: list[tuple[str, str]],
    chosen: str,
    on_choose: Callable[[str], None],
) -> QActionGroup:
    group = QActionGroup(menu)
    group.setExclusive(True)
    for value, text in items:
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(value == chosen)
        action.setData(value)
        action.triggered.connect(lambda _checked=False, value=value: on_choose(value))
        group.addAction(action)
        menu.addAction(action)
    return group


def add_theme_menu(parent: QWidget, view_menu: QMenu, settings: UiSettings) -> QMenu:
    menu = view_menu.addMenu(QCoreApplication.translate("Preferences", "&Theme"))
    menu.setObjectName("themeMenu")

    def choose(value: str) -> None:
        settings.theme = value
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme_named(value))

    def system_changed(_scheme: object) -> None:
        # The desktop switched between light and dark: follow it, if that is the choice.
        if settings.theme == "system":
            choose("system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(system_changed)
    menu.destroyed.connect(
        lambda: QGuiApplication.styleHints().colorSchemeChanged.disconnect(system_changed)
    )
    _choices(
        menu,
        [
            ("system", QCoreApplication.translate("Preferences", "Follow the &system")),
            ("light", QCoreApplication.translate("Preferences", "&Light")),
            ("dark", QCoreApplication.translate("Preferences", "&Dark")),
            ("high-contrast", QCoreApplication.translate("Preferences", "&High contrast")),
        ],
        settings.theme,
        choose,
    )
    return menu


def add_language_menu(parent: QWidget, view_menu: QMenu, settings: UiSettings) -> QMenu:
    menu = view_menu.addMenu(QCoreApplication.translate("Preferences", "Lan&guage"))
    menu.setObjectName("languageMenu")

    def choose(value: str) -> None:
        settings.language = value
        wanted = resolve(value)
        if wanted == current_language():
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            parent,
            QCoreApplication.translate("Preferences", "Language"),
            QCoreApplication.translate(
                "Preferences",
                "MBC Desktop will be in %1 the next time you start it. Close it and open it "
                "again to switch now; nothing you wrote changes.",
            ).replace("%1", LANGUAGES[wanted]),
        )

    # Each language is named in its own words, so anyone can find theirs.
    def system_changed(_scheme: object) -> None:
        # The desktop switched between light and dark: follow it, if that is the choice.
        if settings.theme == "system":
            choose("system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(system_changed)
    menu.destroyed.connect(
        lambda: QGuiApplication.styleHints().colorSchemeChanged.disconnect(system_changed)
    )
    _choices(
        menu,
        [
            ("system", QCoreApplication.translate("Preferences", "Follow the &system")),
            *LANGUAGES.items(),
        ],
        settings.language,
        choose,
    )
    return menu
