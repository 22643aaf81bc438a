"""Help › About: finding the data folder even on a computer with no file manager."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.dialogs import AboutDialog


def about(qtbot: QtBot, data_dir: Path, opens: bool) -> tuple[AboutDialog, list[QUrl]]:
    make_application()
    asked: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        asked.append(url)
        return opens

    dialog = AboutDialog(data_dir, open_url=open_url)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, asked


def test_open_folder_without_a_file_manager_says_so_and_offers_the_path(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "My journal"
    dialog, asked = about(qtbot, data_dir, opens=False)
    assert dialog.message_label.isHidden()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert asked == [QUrl.fromLocalFile(str(data_dir))]
    assert dialog.message_label.isVisible()
    assert "No file manager could be opened" in dialog.message_label.text()
    assert str(data_dir) in dialog.message_label.text()

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(data_dir)
    assert "copied" in dialog.message_label.text()


def test_open_folder_that_works_says_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, asked = about(qtbot, tmp_path, opens=True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert dialog.message_label.isHidden()


def test_the_folder_path_can_be_selected_by_mouse_and_keyboard(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog, _asked = about(qtbot, tmp_path, opens=True)
    flags = dialog.folder_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_about_gives_the_esas_r_acknowledgement_word_for_word(qtbot: QtBot, tmp_path: Path) -> None:
    from mbc_desktop.domain.symptoms import ESAS_R_ACKNOWLEDGEMENT

    dialog, _asked = about(qtbot, tmp_path, opens=True)
    text = dialog.esas_label.text()
    assert dialog.esas_label.isVisible()
    # As the ESAS-r Administration Manual (2019) asks for it, and with the paper to cite.
    assert ESAS_R_ACKNOWLEDGEMENT in text
    assert ESAS_R_ACKNOWLEDGEMENT.startswith("Copyright © 2019. Director, Division of Palliative")
    assert "may not be modified without the prior consent of the authors." in text
    assert "doi:10.1016/j.jpainsymman.2010.04.020" in text
