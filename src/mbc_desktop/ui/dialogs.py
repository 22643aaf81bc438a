"""Help › About, Help › User guide, and the first-run welcome."""

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
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
from mbc_desktop.ui.common.widgets import ScaledLabel, fit_to_screen, fit_to_text
from mbc_desktop.words.i18n import current_language

# Marked for translation here (str() is for the type checker); each dialog translates them
# with QCoreApplication.translate("dialogs", …) where it shows them.
PRIVACY_PROMISE = str(
    QT_TRANSLATE_NOOP(
        "dialogs",
        "Your journal stays on this computer. MBC Desktop has no account, never connects to the "
        "internet, and sends nothing anywhere. Only you can read the file it keeps, and only "
        "what you choose to print or export ever leaves it.",
    )
)
NOT_ADVICE = str(
    QT_TRANSLATE_NOOP(
        "dialogs",
        "MBC Desktop helps you get ready for appointments and keeps track of what was said. It "
        "does not give medical advice: talk with your care team about any decision.",
    )
)


def guide_file() -> str:
    """The user guide in the interface's language (English if there is none in it)."""
    language = current_language()
    name = f"user-guide.{language}.md"
    if language != "en" and files("mbc_desktop.resources").joinpath(name).is_file():
        return name
    return "user-guide.md"


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name could look like HTML
    return label


class AboutDialog(QDialog):
    """The version, the privacy promise, and where the data folder is (to open or copy)."""

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._open_url = open_url
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setObjectName("aboutDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.addWidget(ScaledLabel(APP_NAME, 1.5, bold=True))
        self.version_label = _text(self.tr("Version {version}").format(version=__version__))
        self.version_label.setObjectName("aboutVersion")
        layout.addWidget(self.version_label)
        layout.addWidget(_text(QCoreApplication.translate("dialogs", PRIVACY_PROMISE)))
        layout.addWidget(_text(QCoreApplication.translate("dialogs", NOT_ADVICE)))
        layout.addWidget(
            _text(self.tr("Your journal, its backups and the log are in this folder:"))
        )
        self.folder_label = _text(str(data_dir))
        self.folder_label.setObjectName("aboutDataFolder")
        # The acknowledgement the ESAS-r's authors ask for, word for word (never translated).
        # Imported here: the domain brings Pydantic, which must not load before the first paint.
        from mbc_desktop.domain.symptoms import ESAS_R_ACKNOWLEDGEMENT, ESAS_R_CITATION

        self.esas_label = _text(
            self.tr("The symptom check-in uses the ESAS-r scale:")
            + f"\n{ESAS_R_CITATION}\n{ESAS_R_ACKNOWLEDGEMENT}"
        )
        self.esas_label.setObjectName("aboutEsasR")
        self.folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.folder_label)
        # Empty until there is something to say (no file manager; path copied).
        self.message_label = _text("")
        self.message_label.setObjectName("aboutFolderMessage")
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addWidget(self.esas_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_folder)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = QPushButton(self.tr("&Copy path"))
        self.copy_button.setAccessibleName(self.tr("Copy the data folder's path"))
        self.copy_button.clicked.connect(self.copy_path)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_text(self, chars=64)

    def open_folder(self) -> None:
        """Show the folder in the file manager, or say that none could be opened."""
        if self._open_url(QUrl.fromLocalFile(str(self._data_dir))):
            self.message_label.hide()
            return
        self._say(
            self.tr(
                "No file manager could be opened. The folder is: {folder}; select and copy "
                "the path above, or press Copy path."
            ).format(folder=self._data_dir)
        )
        self.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self._data_dir))
        self._say(self.tr("The path is copied. Paste it where you need it."))

    def _say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} user guide").format(app=APP_NAME))
        self.setObjectName("guideDialog")
        # In lines and characters of its text, so it grows with View › Text size.
        fit_to_screen(self, chars=80, lines=34)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        # Local text only; links never open a network location from here.
        self.browser.setOpenLinks(False)
        guide = files("mbc_desktop.resources").joinpath(guide_file()).read_text("utf-8")
        self.browser.setMarkdown(guide)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class WelcomeDialog(QDialog):
    """Shown on the first start: the privacy promise, and a way straight to the first question
    or to the next appointment."""

    ADD_APPOINTMENT = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setObjectName("welcomeDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.addWidget(ScaledLabel(self.tr("Welcome to {app}").format(app=APP_NAME), 1.5))
        layout.addWidget(
            _text(
                self.tr(
                    "This is a private notebook for getting ready for oncology appointments: "
                    "the questions you want to ask, and the answers you get."
                )
            )
        )
        layout.addWidget(_text(QCoreApplication.translate("dialogs", PRIVACY_PROMISE)))
        layout.addWidget(_text(QCoreApplication.translate("dialogs", NOT_ADVICE)))
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Write my first &question"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Its own result code: "add my next appointment" (not Accepted, not Rejected).
        self.appointment_button = buttons.addButton(
            self.tr("Add my next &appointment"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.appointment_button.clicked.connect(lambda: self.done(self.ADD_APPOINTMENT))
        self.later_button = buttons.addButton(
            self.tr("&Look around first"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_text(self, chars=64)
        self.start_button.setDefault(True)
