"""The data screens by keyboard only and at 200 % text: Tab reaches every control and comes
back around, each has a name a screen reader says, every Alt+letter is unique and leaves the
menus' letters alone, and at 200 % nothing is cut at the side (it scrolls instead)."""

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.gui.data.conftest import NOW, OpenDialog, Opened
from tests.gui.data.real_actions import Journals, StorageActions
from tests.gui.test_accessibility import accessible_name, focusable, tab_cycle

from mbc_desktop.storage.backup import REASON_AUTOMATIC, REASON_MANUAL, make_backup
from mbc_desktop.ui.application import base_font
from mbc_desktop.ui.common.widgets import ScaledLabel, mnemonic_letter
from mbc_desktop.ui.data import DamagedJournalPage, DataDialog, Rescued
from mbc_desktop.words.i18n import use_language

MENU_LETTERS = set("FEQVH")


def mnemonics(root: QWidget) -> list[str]:
    """Every Alt+letter shown in ``root`` (labels with a buddy and buttons, visible ones)."""
    letters = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            letter = mnemonic_letter(widget.text())
            if letter:
                letters.append(letter)
    return letters


def nameless(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}" for w in focusable(root) if not accessible_name(w)
    ]


def unreached(root: QWidget, qtbot: QtBot, start: QWidget) -> list[str]:
    reached = set(tab_cycle(root, qtbot, start))
    return [f"{type(w).__name__} {w.objectName()!r}" for w in focusable(root) if w not in reached]


def with_backups(journals: Journals) -> None:
    database = journals.journal().store.database
    make_backup(database, REASON_AUTOMATIC, now=NOW - timedelta(days=3))
    make_backup(database, REASON_MANUAL, now=NOW - timedelta(hours=1))


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_of_your_data_has_a_name_and_tab_reaches_it(
    qtbot: QtBot,
    journals: Journals,
    open_dialog: OpenDialog,
    tmp_path: Path,
    language: str,
) -> None:
    if language == "es":
        assert use_language("es")
    with_backups(journals)
    dialog = open_dialog()
    controls = focusable(dialog)
    # The path, Open the folder, the list, 4 backup buttons, 3 export/import buttons, Close.
    assert len(controls) >= 11
    assert nameless(dialog) == []
    assert unreached(dialog, qtbot, dialog.backup_list) == []

    export = tmp_path / "mine.json"
    StorageActions(journals).export_json(export)
    dialog.preview_import(export)
    assert dialog.pages.currentIndex() == DataDialog.IMPORT_PAGE
    controls = focusable(dialog)
    assert dialog.merge_radio in controls
    assert dialog.do_import_button in controls
    assert nameless(dialog) == []
    assert unreached(dialog, qtbot, dialog.merge_radio) == []


def test_the_alt_letters_of_your_data_are_unique_and_reach_their_controls(
    qtbot: QtBot, journals: Journals, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    with_backups(journals)
    dialog = open_dialog()
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS, letters
    assert {"B", "N", "T", "R", "L", "X", "Y", "I", "O"} <= set(letters)
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.backup_list

    export = tmp_path / "mine.json"
    StorageActions(journals).export_json(export)
    dialog.preview_import(export)
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS, letters
    assert {"A", "P", "M"} <= set(letters)
    qtbot.keyClick(dialog.merge_radio, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.replace_radio.isChecked, timeout=1000)


def scaled_text(scale: float) -> None:
    """View › Text size, without a main window: the application font times ``scale``."""
    font = QFont(base_font())
    font.setPointSizeF(base_font().pointSizeF() * scale)
    QApplication.setFont(font)


def nothing_cut_at_the_side(qtbot: QtBot, root: QWidget, scroller: QScrollArea) -> None:
    form = scroller.widget()
    assert form is not None
    assert form.minimumSizeHint().width() <= scroller.viewport().width()
    for control in focusable(root):
        if not scroller.isAncestorOf(control):
            continue
        scroller.ensureWidgetVisible(control, 0, 0)
        qtbot.wait(1)
        top_left = control.mapTo(scroller.viewport(), control.rect().topLeft())
        assert top_left.x() >= 0, control.objectName()
        assert top_left.x() + control.width() <= scroller.viewport().width(), control.objectName()
        assert control.width() >= control.minimumSizeHint().width(), control.objectName()


def test_your_data_at_200_percent_fits_the_screen_and_scrolls_rather_than_clip(
    qtbot: QtBot, journals: Journals, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    with_backups(journals)
    scaled_text(2.0)
    dialog = open_dialog()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() * 0.9 + 1
    assert dialog.height() <= screen.height() * 0.9 + 1
    title = next(w for w in dialog.findChildren(ScaledLabel) if w.text() == "Your data")
    assert title.font().pointSizeF() > dialog.backup_list.font().pointSizeF() * 1.3
    assert dialog.backup_list.font().pointSizeF() >= base_font().pointSizeF() * 1.9
    main = dialog.findChild(QScrollArea, "dataMainScroll")
    assert main is not None
    nothing_cut_at_the_side(qtbot, dialog, main)
    # The dialog is never narrower than its buttons or wider than the screen, in a small one too.
    dialog.resize(700, 600)
    qtbot.wait(20)
    nothing_cut_at_the_side(qtbot, dialog, main)

    export = tmp_path / "mine.json"
    StorageActions(journals).export_json(export)
    dialog.preview_import(export)
    preview = dialog.findChild(QScrollArea, "dataImportScroll")
    assert preview is not None
    qtbot.wait(20)
    nothing_cut_at_the_side(qtbot, dialog, preview)


# --- the damaged-journal page -------------------------------------------------------------------
class Rescuer(StorageActions):
    """A journal that is not damaged, rescued as if it were (the page's controls are the same):
    the real salvage of the healthy file."""


ShowPage = Callable[[StorageActions], DamagedJournalPage]


@pytest.fixture
def damaged_page(qtbot: QtBot, journals: Journals) -> ShowPage:
    def make(actions: StorageActions) -> DamagedJournalPage:
        backup = make_backup(journals.journal().store.database, REASON_AUTOMATIC, now=NOW)
        page = DamagedJournalPage(
            actions, backup, journals.reopen, open_url=Opened(), now=lambda: NOW
        )
        qtbot.addWidget(page)
        page.resize(1024, 700)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        page.focus_start()
        return page

    return make


def test_every_control_of_the_damaged_page_has_a_name_and_tab_reaches_it(
    qtbot: QtBot, journals: Journals, damaged_page: ShowPage
) -> None:
    page = damaged_page(Rescuer(journals))
    assert QApplication.focusWidget() is page.restore_button
    # Restore, Choose a backup file, Rescue, the path, Copy the path, Open the folder.
    assert len(focusable(page)) >= 6
    assert nameless(page) == []
    assert unreached(page, qtbot, page.restore_button) == []
    letters = mnemonics(page)
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS, letters

    rescued = page.rescue()
    assert isinstance(rescued, Rescued)
    assert page.use_rescued_button.isVisible()
    assert QApplication.focusWidget() is page.use_rescued_button
    assert nameless(page) == []
    assert unreached(page, qtbot, page.restore_button) == []
    letters = mnemonics(page)
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS, letters
    # The rescue's result is what a screen reader hears on the button that uses it.
    assert "question" in page.use_rescued_button.accessibleDescription()


def test_the_damaged_page_at_200_percent_scrolls_rather_than_clip(
    qtbot: QtBot, journals: Journals, damaged_page: ShowPage
) -> None:
    scaled_text(2.0)
    page = damaged_page(Rescuer(journals))
    page.rescue()
    scroller = page.findChild(QScrollArea, "damagedScroll")
    assert scroller is not None
    # The keyboard moves to "Use the rescued journal", and the page scrolls to show it.
    button = page.use_rescued_button
    assert QApplication.focusWidget() is button

    def in_view() -> bool:
        top = button.mapTo(scroller.viewport(), button.rect().topLeft()).y()
        return top >= 0 and top + button.height() <= scroller.viewport().height()

    qtbot.waitUntil(in_view, timeout=1000)
    assert page.title.font().pointSizeF() > page.rescue_button.font().pointSizeF() * 1.3
    nothing_cut_at_the_side(qtbot, page, scroller)
    assert page.minimumSizeHint().width() <= 1024
    assert page.minimumSizeHint().height() <= 700
