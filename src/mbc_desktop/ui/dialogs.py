"""Help › About, Help › User guide, and the first-run welcome."""

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop import APP_NAME, __version__
from mbc_desktop.ui.common.widgets import ScaledLabel

PRIVACY_PROMISE = (
    "Your journal stays on this computer. MBC Desktop has no account, never connects to the "
    "internet, and sends nothing anywhere. Only you can read the file it keeps, and only what "
    "you choose to print or export ever leaves it."
)
NOT_ADVICE = (
    "MBC Desktop helps you get ready for appointments and keeps track of what was said. It "
    "does not give medical advice: talk with your care team about any decision."
)


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name could look like HTML
    return label


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.setObjectName("aboutDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.addWidget(ScaledLabel(APP_NAME, 1.5, bold=True))
        self.version_label = _text(f"Version {__version__}")
        self.version_label.setObjectName("aboutVersion")
        layout.addWidget(self.version_label)
        layout.addWidget(_text(PRIVACY_PROMISE))
        layout.addWidget(_text(NOT_ADVICE))
        layout.addWidget(_text("Your journal, its backups and the log are in this folder:"))
        self.folder_label = _text(str(data_dir))
        self.folder_label.setObjectName("aboutDataFolder")
        self.folder_label.setTextInteractionFlags(
            self.folder_label.textInteractionFlags().TextSelectableByMouse
            | self.folder_label.textInteractionFlags().TextSelectableByKeyboard
        )
        layout.addWidget(self.folder_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_folder = QPushButton("&Open folder")
        open_folder.setAccessibleName("Open the data folder")
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} user guide")
        self.setObjectName("guideDialog")
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("User guide")
        # Local text only; links never open a network location from here.
        self.browser.setOpenLinks(False)
        guide = files("mbc_desktop.resources").joinpath("user-guide.md").read_text("utf-8")
        self.browser.setMarkdown(guide)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class WelcomeDialog(QDialog):
    """Shown on the first start: the privacy promise, and a way straight to the first question."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Welcome to {APP_NAME}")
        self.setObjectName("welcomeDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.addWidget(ScaledLabel(f"Welcome to {APP_NAME}", 1.5, bold=True))
        layout.addWidget(
            _text(
                "This is a private notebook for getting ready for oncology appointments: "
                "the questions you want to ask, and the answers you get."
            )
        )
        layout.addWidget(_text(PRIVACY_PROMISE))
        layout.addWidget(_text(NOT_ADVICE))
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            "Write my first &question", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            "&Look around first", QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)
