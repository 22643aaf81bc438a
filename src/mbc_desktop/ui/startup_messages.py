"""What start-up has to tell the person about the data folder, in a dialog rather than only on a
terminal they may not have: a folder that cannot be used, or one that other people can open.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("startup_messages", text)


def tell_data_dir_unusable(problem: str) -> None:
    """MBC Desktop cannot start with this data folder: say why and what to do (blocks)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _tr("MBC Desktop cannot start"),
        _tr(
            "{problem}\n\nFix that and start MBC Desktop again, or start it with --data-dir "
            "and a folder you can write to."
        ).format(problem=problem),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder name could look like HTML
    box.exec()


def warn_about_data_dir(
    window: QWidget, folder: Path, message: str, then: Callable[[], None]
) -> QMessageBox:
    """Show a warning about the data folder over the window; call ``then`` once it is read."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Your data folder is not private"),
        _tr("{message}\n\nFolder: {folder}").format(message=message, folder=folder),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("dataFolderWarning")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: then())
    box.open()
    return box
