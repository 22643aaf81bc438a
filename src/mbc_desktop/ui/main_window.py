"""The main window: a sidebar of areas, the area itself, and the menus.

The window is built and painted before the journal is opened (see app.py); ``attach`` then
adds the areas once the services exist.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop import APP_NAME
from mbc_desktop.ui.common.settings import TEXT_SCALES, UiSettings
from mbc_desktop.ui.common.widgets import ScaledLabel
from mbc_desktop.ui.dialogs import AboutDialog, GuideDialog, WelcomeDialog

if TYPE_CHECKING:  # imported for real in attach(), after the window has painted
    from mbc_desktop.services import QuestionService
    from mbc_desktop.ui.questions.pane import QuestionsPane


@dataclass(frozen=True)
class UiServices:
    """What the panes need, handed over by the composition root."""

    questions: "QuestionService"


class _FirstPaint(QObject):
    """Tells the window when it has been painted once (so heavy loading can start)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._window.first_painted.emit()
        return False


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(
        self, settings: UiSettings, data_dir: Path, base_font: QFont | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.settings = settings
        self._data_dir = data_dir
        self._base_font = QFont(base_font or QApplication.font())
        self.undo_stack = QUndoStack(self)
        self.questions_pane: QuestionsPane | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.lock: object | None = None  # the data folder's lock, held while the window lives

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Areas")
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 8px 12px; }")
        self.pages = QStackedWidget()
        self.status_page = QWidget()
        status_layout = QVBoxLayout(self.status_page)
        self.status_title = ScaledLabel("Opening your journal…", 1.3, bold=True)
        self.status_text = QLabel("")
        self.status_text.setWordWrap(True)
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_layout.addWidget(self.status_title)
        status_layout.addWidget(self.status_text)
        status_layout.addStretch(1)
        self.pages.addWidget(self.status_page)
        self.sidebar.currentRowChanged.connect(lambda row: self.pages.setCurrentIndex(row + 1))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.sidebar.hide()

        self._build_menus()
        self.apply_text_scale(settings.text_scale)
        self.resize(1100, 760)
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.status_page.installEventFilter(_FirstPaint(self))

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.questions_menu: QMenu = bar.addMenu("&Questions")
        self.questions_menu.menuAction().setVisible(False)

        view_menu = bar.addMenu("&View")
        for text, keys, slot in (
            ("&Larger text", ["Ctrl++", "Ctrl+="], lambda: self.step_text_scale(+1)),
            ("&Smaller text", ["Ctrl+-"], lambda: self.step_text_scale(-1)),
            ("&Normal text size", ["Ctrl+0"], lambda: self.apply_text_scale(1.0)),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            view_menu.addAction(action)

        help_menu = bar.addMenu("&Help")
        guide = QAction("&User guide", self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(guide)
        help_menu.addAction(about)

    # --- areas ---------------------------------------------------------------------------
    def attach(self, services: UiServices) -> None:
        """Build the areas now that the journal is open."""
        from mbc_desktop.ui.questions.pane import QuestionsPane

        self.questions_pane = QuestionsPane(services.questions, self.undo_stack)
        self._add_area(self.questions_pane.title, self.questions_pane)
        for action in self.questions_pane.menu_actions:
            if action is None:
                self.questions_menu.addSeparator()
            else:
                self.questions_menu.addAction(action)
        self.questions_menu.menuAction().setVisible(True)
        splitter_state = self.settings.splitter_state("questions")
        if splitter_state is not None:
            self.questions_pane.splitter.restoreState(splitter_state)
        self.sidebar.show()
        self.sidebar.setCurrentRow(0)
        self.questions_pane.focus_start()

    def _add_area(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        self.sidebar.addItem(title)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        # As wide as its longest name at the current text size, so names never get cut off.
        widest = self.sidebar.sizeHintForColumn(0)
        self.sidebar.setFixedWidth(widest + 2 * self.sidebar.frameWidth() + 24)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self.sidebar.count():
            self._fit_sidebar()
        super().changeEvent(event)

    def show_problem(self, title: str, message: str) -> None:
        """Tell the person, in plain words, that the journal could not be opened and what to do."""
        self.status_title.setText(title)
        self.status_text.setText(message)
        self.pages.setCurrentWidget(self.status_page)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted (queued, so the paint finishes)."""
        self.first_painted.connect(callback, Qt.ConnectionType.QueuedConnection)

    def offer_welcome(self) -> None:
        """On the first start, explain the privacy promise and offer to write a first question."""
        if self.settings.welcome_done:
            return
        dialog = WelcomeDialog(self)

        def done(result: int) -> None:
            self.settings.welcome_done = True
            if result == WelcomeDialog.DialogCode.Accepted and self.questions_pane is not None:
                self.questions_pane.focus_new_question()

        dialog.finished.connect(done)
        dialog.open()
        self.welcome_dialog = dialog

    # --- text size -----------------------------------------------------------------------
    def apply_text_scale(self, scale: float) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale)
        QApplication.setFont(font)
        self.settings.text_scale = scale
        self.text_scale = scale

    def step_text_scale(self, step: int) -> None:
        current = TEXT_SCALES.index(min(TEXT_SCALES, key=lambda s: abs(s - self.text_scale)))
        index = max(0, min(len(TEXT_SCALES) - 1, current + step))
        self.apply_text_scale(TEXT_SCALES[index])

    # --- help ----------------------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._data_dir, self)
        dialog.open()
        return dialog

    def show_guide(self) -> GuideDialog:
        dialog = GuideDialog(self)
        dialog.open()
        return dialog

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.questions_pane is not None:
            self.questions_pane.flush()
            self.settings.set_splitter_state("questions", self.questions_pane.splitter.saveState())
        self.settings.window_geometry = self.saveGeometry()
        super().closeEvent(event)
