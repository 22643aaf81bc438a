"""The main window: a sidebar of areas, the area itself, and the menus.

The window is built and painted before the journal is opened (see app.py); ``attach`` then
adds the areas once the services exist.
"""

import linecache
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop import APP_NAME
from mbc_desktop.ui.common.settings import TEXT_SCALES, UiSettings
from mbc_desktop.ui.common.theme import (
    ScaledLabel,
    TextRole,
    apply_theme,
    apply_type_scale,
    current_theme,
    theme_named,
)
from mbc_desktop.ui.preferences import add_language_menu, add_theme_menu
from mbc_desktop.words.i18n import domain_message

if TYPE_CHECKING:  # imported for real when used (attach(), a menu item), after the first paint
    from PySide6.QtWidgets import QMessageBox

    from mbc_desktop.content import Library
    from mbc_desktop.services import (
        AppointmentService,
        CancerProfileService,
        GoalsService,
        MedicationService,
        QuestionService,
        SummaryPreferences,
        SymptomReport,
        SymptomService,
    )
    from mbc_desktop.summary.builder import SummaryBuilder
    from mbc_desktop.ui.appointments.pane import AppointmentsPane
    from mbc_desktop.ui.cancer.pane import CancerPane
    from mbc_desktop.ui.dialogs import AboutDialog, GuideDialog, WelcomeDialog
    from mbc_desktop.ui.goals.pane import GoalsPane
    from mbc_desktop.ui.home.pane import HomePane
    from mbc_desktop.ui.learn.pane import LearnPane
    from mbc_desktop.ui.medications.pane import MedicationsPane
    from mbc_desktop.ui.questions.pane import QuestionsPane
    from mbc_desktop.ui.shortcuts_dialog import ShortcutsDialog
    from mbc_desktop.ui.summary import SummaryDialog
    from mbc_desktop.ui.symptoms.pane import SymptomsPane
    from mbc_desktop.ui.visit.pane import VisitPane


DEFAULT_SIZE = QSize(1100, 760)
# Home's first screen is followed by the rest of start-up once painted, or after this.
AFTER_PAINT_AT_MOST_MS = 250


def default_size(window: QWidget) -> QSize:
    """The size of a first start: roomy, but never larger than 90 % of the screen."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    available = screen.availableGeometry()
    return DEFAULT_SIZE.boundedTo(
        QSize(int(available.width() * 0.9), int(available.height() * 0.9))
    )


@dataclass(frozen=True)
class UiServices:
    """What the panes need, handed over by the composition root."""

    library: "Library"
    questions: "QuestionService"
    appointments: "AppointmentService"
    symptoms: "SymptomService"
    symptom_report: "SymptomReport"
    medications: "MedicationService"
    goals: "GoalsService"
    cancer: "CancerProfileService"
    summary: "SummaryBuilder"
    summary_preferences: "SummaryPreferences"


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


class _Painted(QObject):
    """Calls back two turns of the event loop after the watched widget's first paint: the
    paint pass ends first, and whatever else waits on it (a screen reader, a probe) gets its
    turn."""

    def __init__(self, window: "MainWindow", then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            window, then = self._window, self._then
            QTimer.singleShot(0, window, lambda: QTimer.singleShot(0, window, then))
        return False


def painted_once(scroller: QScrollArea) -> None:
    """Let the window's own background show through an area's scroll area, so that showing
    the area paints it once.

    QScrollArea makes its widget fill its background (its viewport does too). Qt then paints
    that opaque widget on its own first, and paints again, from the window, every child that
    was shown with it (each shown widget asks for its own update): the whole area twice on
    every switch. Without the fill it is painted once, with the same pixels (the window's
    background is the palette's Window colour too, in every theme)."""
    widget = scroller.widget()
    if widget is not None:
        widget.setAutoFillBackground(False)
    scroller.viewport().setAutoFillBackground(False)


class MainWindow(QMainWindow):
    first_painted = Signal()
    # Home shows the person's data: the first screen from the light read (``show_glance``),
    # or, without one, Home once the areas are built (``attach``). Once per window.
    data_ready = Signal()

    def __init__(
        self, settings: UiSettings, data_dir: Path, base_font: QFont | None = None
    ) -> None:
        super().__init__()
        # "system" is guessed from the desktop's palette for the first paint (see
        # ``_after_first_paint``).
        self._first_theme = theme_named(settings.theme, first_paint=True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self._first_theme, ring_later=True)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.settings = settings
        self._data_dir = data_dir
        self._base_font = QFont(base_font or QApplication.font())
        self.undo_stack = QUndoStack(self)
        self.questions_pane: QuestionsPane | None = None
        self.appointments_pane: AppointmentsPane | None = None
        self.visit_pane: VisitPane | None = None
        self.home_pane: HomePane | None = None
        self.symptoms_pane: SymptomsPane | None = None
        self.medications_pane: MedicationsPane | None = None
        self.goals_pane: GoalsPane | None = None
        self.cancer_pane: CancerPane | None = None
        self.learn_pane: LearnPane | None = None
        self.summary_dialog: SummaryDialog | None = None
        # Set by the composition root once the journal is open: makes File › Your data's dialog.
        self.make_data_dialog: Callable[[MainWindow], QDialog] | None = None
        # ...and File › Passphrase and lock's; what locking does; whether the journal is
        # encrypted (plain exports then say they are not).
        self.make_encryption_dialog: Callable[[MainWindow], QDialog] | None = None
        self.lock_journal: Callable[[], None] | None = None
        self.is_encrypted: Callable[[], bool] = lambda: False
        self._services: UiServices | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.lock: object | None = None  # the data folder's lock, held while the window lives
        self._stopping = False  # closing for a log-out or a stop signal: never ask
        self.unsaved_box: QMessageBox | None = None
        self._glance_page: QWidget | None = None
        self._data_shown = False

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+9 go straight to an area."))
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget()
        self.status_page = QWidget()
        status_layout = QVBoxLayout(self.status_page)
        # Nothing before the first paint touches Qt's namespace (Qt.*): PySide6 builds all
        # of its ~94 enums on first use (~11 ms, a tenth of the bare window's start). So the
        # status page's labels show text as typed, and the menus' first keys are lists
        # (setShortcut's overloads reach into Qt.Key), from ``_after_first_paint`` on.
        self.status_title = ScaledLabel(
            self.tr("Opening your journal…"), TextRole.TITLE, plain=False
        )
        self.status_text = QLabel("")
        self.status_text.setWordWrap(True)
        status_layout.addWidget(self.status_title)
        status_layout.addWidget(self.status_text)
        status_layout.addStretch(1)
        self.pages.addWidget(self.status_page)
        self.sidebar.currentRowChanged.connect(lambda row: self.pages.setCurrentIndex(row + 1))
        self.sidebar.itemActivated.connect(lambda _item: self.go_to_area(self.sidebar.currentRow()))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.sidebar.hide()

        self._build_menus()
        app_instance = QApplication.instance()
        if isinstance(app_instance, QApplication):
            app_instance.focusChanged.connect(self._keep_focus_in_view)
        self.apply_text_scale(settings.text_scale)
        self.resize(default_size(self))
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.status_page.installEventFilter(_FirstPaint(self))
        self.after_painted(self.status_page, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Once the window has been seen: what the first paint went without. The status
        page shows text as typed (never as HTML); the theme follows the desktop's light or
        dark setting as Qt reports it (the first paint went by its palette,
        ``theme.system_looks_dark``), with the focus ring's style (``ring_later``)."""
        self._status_as_typed()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme = current_theme()
            if theme is self._first_theme and self.settings.theme == "system":
                theme = theme_named("system")  # the guess, unless something chose since
            apply_theme(app, theme)

    def _status_as_typed(self) -> None:
        from PySide6.QtCore import Qt

        self.status_title.show_as_typed()
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q everywhere (Cmd+Q on macOS): some platforms define no standard Quit key.
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.questions_menu: QMenu = bar.addMenu(self.tr("&Questions"))
        self.questions_menu.menuAction().setVisible(False)

        self.view_menu = view_menu = bar.addMenu(self.tr("&View"))
        for text, keys, slot in (
            (self.tr("&Larger text"), ["Ctrl++", "Ctrl+="], lambda: self.step_text_scale(+1)),
            (self.tr("&Smaller text"), ["Ctrl+-"], lambda: self.step_text_scale(-1)),
            (self.tr("&Normal text size"), ["Ctrl+0"], lambda: self.apply_text_scale(1.0)),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.theme_menu = add_theme_menu(self, view_menu, self.settings)
        self.language_menu = add_language_menu(self, view_menu, self.settings)
        view_menu.addSeparator()
        self.area_actions: list[QAction] = []

        help_menu = bar.addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
        guide.triggered.connect(self.show_guide)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        about = QAction(self.tr("&About %1").replace("%1", APP_NAME), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(guide)
        help_menu.addAction(shortcuts)
        help_menu.addAction(about)

    # --- areas ---------------------------------------------------------------------------
    def attach(self, services: UiServices) -> None:
        """Build the areas now that the journal is open: Home first, then Questions,
        Appointments, the Visit, Symptoms, Medications, My goals, About my cancer and Learn
        (Ctrl+1 to Ctrl+9)."""
        from mbc_desktop.ui.appointments.pane import AppointmentsPane
        from mbc_desktop.ui.cancer.pane import CancerPane
        from mbc_desktop.ui.common.enums_ready import make_ready as make_enums_ready
        from mbc_desktop.ui.goals.pane import GoalsPane
        from mbc_desktop.ui.home.pane import HomePane
        from mbc_desktop.ui.learn.pane import LearnPane
        from mbc_desktop.ui.medications.pane import MedicationsPane
        from mbc_desktop.ui.questions.pane import QuestionsPane
        from mbc_desktop.ui.symptoms.pane import SymptomsPane
        from mbc_desktop.ui.visit.pane import VisitPane

        # PySide6's import hook reads the whole source of every module imported after it
        # (inspect.getsource, looking for "PySide6") and linecache keeps it: ~11 MiB by now.
        # Let it go before the areas are built, so they reuse that memory (a traceback reads
        # what it needs again).
        linecache.clearcache()
        self._services = services
        # A page shown before the journal opened (the unlock page, the damaged-journal page)
        # goes: the areas are pages 1, 2, 3… after the status page.
        while self.pages.count() > 1:
            page = self.pages.widget(1)
            assert page is not None
            self.pages.removeWidget(page)
            if page is self._glance_page:
                # Home (homePane) below takes its place and its name at once.
                for named in page.findChildren(QWidget, "homePane"):
                    named.setObjectName("homeGlance")
                self._glance_page = None
            page.deleteLater()
        self.questions_pane = QuestionsPane(
            services.questions, self.undo_stack, services.appointments
        )
        self.appointments_pane = AppointmentsPane(
            services.appointments, services.questions, self.undo_stack, self.settings
        )
        self.visit_pane = VisitPane(services.appointments, services.questions, self.undo_stack)
        self.symptoms_pane = SymptomsPane(
            services.symptoms,
            services.symptom_report,
            services.appointments,
            services.medications,
            self.undo_stack,
        )
        symptoms_pane = self.symptoms_pane
        symptoms_pane.show_area = lambda: self.show_area(symptoms_pane)
        self.medications_pane = MedicationsPane(
            services.medications, services.appointments.last_appointment, self.undo_stack
        )
        medications_pane = self.medications_pane
        medications_pane.show_area = lambda: self.show_area(medications_pane)
        self.goals_pane = GoalsPane(
            services.goals, services.appointments.last_appointment, self.undo_stack
        )
        goals_pane = self.goals_pane
        goals_pane.show_area = lambda: self.show_area(goals_pane)
        self.cancer_pane = CancerPane(
            services.cancer, services.appointments.last_appointment, self.undo_stack
        )
        cancer_pane = self.cancer_pane
        cancer_pane.show_area = lambda: self.show_area(cancer_pane)
        self.learn_pane = LearnPane(
            services.library, services.cancer, services.questions, self.undo_stack
        )
        cancer_pane.open_learn = self.learn_what_applies
        self.home_pane = HomePane(
            services.appointments,
            services.questions,
            add_question=self.add_question,
            add_appointment=self.add_appointment,
            start_visit=self.start_visit,
            symptoms=services.symptoms,
            report=services.symptom_report,
            check_in=self.check_in,
            prepare_summary=self.prepare_summary,
        )
        for context, page in (
            ("HomePane", self.home_pane),
            ("QuestionsPane", self.questions_pane),
            ("AppointmentsPane", self.appointments_pane),
            ("VisitPane", self.visit_pane),
            ("SymptomsPane", self.symptoms_pane),
            ("MedicationsPane", self.medications_pane),
            ("GoalsPane", self.goals_pane),
            ("CancerPane", self.cancer_pane),
            ("LearnPane", self.learn_pane),
        ):
            self._add_area(QCoreApplication.translate(context, page.title), page)
        make_enums_ready()  # not in the first paint of a chart or list after a keystroke
        # The Questions menu's actions bring their area forward first.
        questions_pane = self.questions_pane
        questions_pane.show_area = lambda: self.show_area(questions_pane)
        for action in self.questions_pane.menu_actions:
            if action is None:
                self.questions_menu.addSeparator()
            else:
                self.questions_menu.addAction(action)
        self.questions_menu.menuAction().setVisible(True)
        # File › New appointment and Export to calendar, before Quit; from any area.
        self.appointments_pane.new_action.triggered.disconnect()
        self.appointments_pane.new_action.triggered.connect(self.add_appointment)
        self.file_menu.insertAction(self.quit_action, self.appointments_pane.new_action)
        self.file_menu.insertAction(self.quit_action, self.appointments_pane.export_action)
        # File › New check-in and New medicine: they bring their area forward first.
        self.medications_pane.new_action.triggered.disconnect()
        self.medications_pane.new_action.triggered.connect(self.add_medication)
        self.file_menu.insertSeparator(self.quit_action)
        self.file_menu.insertAction(self.quit_action, self.symptoms_pane.check_in_action)
        self.file_menu.insertAction(self.quit_action, self.medications_pane.new_action)
        self.file_menu.insertSeparator(self.quit_action)
        # File › Prepare summary: the page for the doctor, from anywhere.
        self.summary_action = QAction(self.tr("&Prepare summary…"), self)
        self.summary_action.setShortcut(QKeySequence("Ctrl+P"))
        self.summary_action.setToolTip(
            self.tr("A one-page summary of your questions, symptoms and medicines for the doctor")
        )
        self.summary_action.triggered.connect(self.prepare_summary)
        self.file_menu.insertAction(self.quit_action, self.summary_action)
        self.file_menu.insertSeparator(self.quit_action)
        # File › Your data: backups, restore, export and import (the app wires what it does).
        self.data_action = QAction(self.tr("Your &data…"), self)
        self.data_action.setToolTip(self.tr("Backups, restore, export and import"))
        self.data_action.triggered.connect(self.open_data)
        self.file_menu.insertAction(self.quit_action, self.data_action)
        # File › Passphrase and lock (encryption at rest) and Lock (Ctrl+L).
        self.encryption_action = QAction(self.tr("Pa&ssphrase and lock…"), self)
        self.encryption_action.setToolTip(
            self.tr("Encrypt your journal with a passphrase, and lock it when you step away")
        )
        self.encryption_action.triggered.connect(self.open_encryption)
        self.file_menu.insertAction(self.quit_action, self.encryption_action)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(
            self.tr("Close your journal until the passphrase is typed again")
        )
        self.lock_action.triggered.connect(self.lock_now)
        self.file_menu.insertAction(self.quit_action, self.lock_action)
        self.update_lock_action()
        self.file_menu.insertSeparator(self.quit_action)
        splitter_state = self.settings.splitter_state("questions")
        if splitter_state is not None:
            self.questions_pane.splitter.restoreState(splitter_state)
        self.sidebar.show()
        self.go_to_area(0)
        self._show_data()

    def show_glance(self, glance: QWidget) -> None:
        """Home's first screen (ui/home/glance.py), shown while the areas are built: it says
        what Home will say. ``attach`` replaces it with Home itself."""
        from PySide6.QtCore import Qt  # after the first paint (see __init__)

        scroller = QScrollArea()
        scroller.setObjectName("homeGlanceScroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(glance)
        painted_once(scroller)
        self.pages.addWidget(scroller)
        # The keyboard (in the unlock page's box, say) goes to the window itself, not into
        # this page, which goes once the areas are built.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pages.setCurrentWidget(scroller)
        self._glance_page = scroller
        self._show_data()

    def _show_data(self) -> None:
        if not self._data_shown:
            self._data_shown = True
            self.data_ready.emit()

    def _add_area(self, title: str, page: QWidget) -> None:
        """Add an area to the sidebar and View menu (Ctrl+1…9), inside a scroll area: when the
        text is large or the window small, the area scrolls; it never clips or widens the
        window."""
        from PySide6.QtCore import Qt  # after the first paint (see __init__)

        scroller = QScrollArea()
        scroller.setObjectName(f"{page.objectName()}Scroll")
        scroller.setAccessibleName(title)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it would be one with no ring): the keyboard goes to the
        # controls in it, and whatever has the keyboard is scrolled into view.
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(page)
        painted_once(scroller)
        self.pages.addWidget(scroller)
        self.sidebar.addItem(title)
        number = self.sidebar.count()
        action = QAction(title, self)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda: self.go_to_area(number - 1))
        self.view_menu.addAction(action)
        self.area_actions.append(action)
        self._fit_sidebar()

    def _keep_focus_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Whatever gets the keyboard (Alt+letter, Tab, a click) is scrolled into view, in
        every scroll area it sits in: you never type into a box you can't see."""
        if new is None or new.window() is not self:
            return
        parent = new.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None:
                parent.ensureWidgetVisible(new, 16, 16)
            parent = parent.parentWidget()

    def show_area(self, page: QWidget) -> None:
        """Bring an area forward (without moving the keyboard)."""
        for row in range(self.sidebar.count()):
            if self.area(row) is page:
                self.sidebar.setCurrentRow(row)
                return

    def learn_what_applies(self) -> None:
        """About my cancer's "Read what applies to you": save what was typed there first, then
        Learn with only the pages that match."""
        if self.cancer_pane is not None:
            self.cancer_pane.flush()
        if self.learn_pane is not None:
            self.show_area(self.learn_pane)
            self.learn_pane.show_mine()

    def add_question(self) -> None:
        if self.questions_pane is not None:
            self.show_area(self.questions_pane)
            self.questions_pane.focus_new_question()

    def add_appointment(self) -> None:
        if self.appointments_pane is not None:
            self.show_area(self.appointments_pane)
            self.appointments_pane.add_appointment()

    def check_in(self) -> None:
        """Open a symptom check-in, keyboard on its first scale, from anywhere."""
        if self.symptoms_pane is not None:
            self.symptoms_pane.start_check_in()

    def add_medication(self) -> None:
        if self.medications_pane is not None:
            self.show_area(self.medications_pane)
            self.medications_pane.add_medication()

    def start_visit(self, appointment_id: int) -> None:
        if self.visit_pane is not None:
            self.show_area(self.visit_pane)
            self.visit_pane.show_appointment(appointment_id)
            self.visit_pane.focus_start()

    def go_to_area(self, row: int) -> None:
        """Show an area and put the keyboard where its work starts."""
        self.sidebar.setCurrentRow(row)
        page = self.area(row)
        focus_start = getattr(page, "focus_start", None)
        if callable(focus_start):
            focus_start()

    def area(self, row: int) -> QWidget | None:
        scroller = self.pages.widget(row + 1)
        return scroller.widget() if isinstance(scroller, QScrollArea) else None

    def _fit_sidebar(self) -> None:
        # As wide as its longest name at the current text size, so names never get cut off;
        # rows one and a half lines high, so they are easy to hit.
        metrics = self.sidebar.fontMetrics()
        pad = metrics.averageCharWidth() * 2
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setSizeHint(
                QSize(
                    metrics.horizontalAdvance(item.text()) + 2 * pad,
                    int(metrics.lineSpacing() * 1.9),
                )
            )
        widest = max(
            (self.sidebar.item(r).sizeHint().width() for r in range(self.sidebar.count())),
            default=0,
        )
        self.sidebar.setFixedWidth(widest + 2 * self.sidebar.frameWidth() + 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self.sidebar.count():
            self._fit_sidebar()
        super().changeEvent(event)

    def show_problem(self, title: str, message: str) -> None:
        """Tell the person, in plain words, that the journal could not be opened and what to do."""
        self._status_as_typed()  # should it come before the first paint
        self.status_title.setText(title)
        self.status_text.setText(message)
        self.pages.setCurrentWidget(self.status_page)

    def show_damaged(self, page: QWidget) -> None:
        """The journal is damaged: ``page`` (ui/data's DamagedJournalPage) takes the areas'
        place, with the keyboard on what to do first."""
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.sidebar.hide()
        self.pages.setCurrentWidget(page)
        focus_start = getattr(page, "focus_start", None)
        if callable(focus_start):
            focus_start()

    def show_journal_problem(self, reason: str | None, journal: Path, log_file: Path) -> None:
        """The journal could not be opened: ``reason`` from storage, or None if unexpected."""
        text = (
            domain_message(reason)
            if reason is not None
            else self.tr(
                "Something unexpected went wrong, and nothing was changed. Close MBC Desktop "
                "and start it again. If this keeps happening, the log file has the details."
            )
        )
        where = (
            self.tr("Journal: %1\nLog: %2").replace("%1", str(journal)).replace("%2", str(log_file))
        )
        self.show_problem(self.tr("Your journal could not be opened"), f"{text}\n\n{where}")

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted (queued, so the paint finishes)."""
        self.first_painted.connect(lambda: QTimer.singleShot(0, callback))

    def after_painted(self, page: QWidget, then: Callable[[], None]) -> None:
        """Run ``then`` once ``page`` has been painted and that paint pass has ended (so the
        person sees it before a long piece of work), or after AFTER_PAINT_AT_MOST_MS if it is
        not painted (a minimized window)."""
        done: list[bool] = []

        def run() -> None:
            if not done:
                done.append(True)
                then()

        page.installEventFilter(_Painted(self, run))
        QTimer.singleShot(AFTER_PAINT_AT_MOST_MS, self, run)

    def offer_welcome(self) -> None:
        """On the first start, explain the privacy promise and offer to write a first question
        or to add the next appointment."""
        from mbc_desktop.ui.dialogs import WelcomeDialog

        if self.settings.welcome_done:
            return
        dialog = WelcomeDialog(self)

        def done(result: int) -> None:
            self.settings.welcome_done = True
            if result == WelcomeDialog.DialogCode.Accepted:
                self.add_question()
            elif result == WelcomeDialog.ADD_APPOINTMENT:
                self.add_appointment()

        dialog.finished.connect(done)
        dialog.open()
        self.welcome_dialog = dialog

    # --- text size -----------------------------------------------------------------------
    def apply_text_scale(self, scale: float) -> None:
        """Set the text size for the whole app: every widget, heading and open dialog."""
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale)
        changed = font != QApplication.font()
        QApplication.setFont(font)
        if changed:  # (not at a start at 100 %: ~2 ms for every widget of every menu)
            for top in QApplication.topLevelWidgets():
                apply_type_scale(top)
        # Widgets whose font was set before (or by a style sheet) keep it unless told.
        for widget in (self.menuBar(), self.sidebar):
            widget.setFont(font)
        if self.sidebar.count():
            self._fit_sidebar()
        # Areas that arrange themselves by the room they have do so once the new sizes settle.
        for row in range(self.sidebar.count()):
            page = self.area(row)
            fit = getattr(page, "fit_layout", None)
            if page is not None and callable(fit):
                QTimer.singleShot(0, page, fit)  # bound to the page: never after it is gone
        self.settings.text_scale = scale
        self.text_scale = scale

    def step_text_scale(self, step: int) -> None:
        current = TEXT_SCALES.index(min(TEXT_SCALES, key=lambda s: abs(s - self.text_scale)))
        index = max(0, min(len(TEXT_SCALES) - 1, current + step))
        self.apply_text_scale(TEXT_SCALES[index])

    # --- help ----------------------------------------------------------------------------
    def open_data(self) -> QDialog | None:
        """File › Your data…: the dialog the composition root makes (``make_data_dialog``)."""
        if self.make_data_dialog is None:
            return None
        self.save_typing()
        dialog = self.make_data_dialog(self)
        self._lock_key_on(dialog)
        dialog.open()
        return dialog

    def open_encryption(self) -> QDialog | None:
        """File › Passphrase and lock…: the dialog the composition root makes."""
        if self.make_encryption_dialog is None:
            return None
        self.save_typing()
        dialog = self.make_encryption_dialog(self)
        dialog.open()
        return dialog

    def _lock_key_on(self, dialog: QDialog) -> None:
        """Ctrl+L locks from this window's dialogs too (the window's own shortcut is asleep
        while one is open). Nothing happens for a journal that is not encrypted."""
        shortcut = QShortcut(QKeySequence("Ctrl+L"), dialog)
        shortcut.activated.connect(self.lock_now)

    def update_lock_action(self) -> None:
        """Lock (Ctrl+L) only means something for an encrypted journal."""
        action = getattr(self, "lock_action", None)
        if action is not None:
            action.setEnabled(self.lock_journal is not None and self.is_encrypted())

    def lock_now(self) -> None:
        """File › Lock (Ctrl+L): the composition root closes the journal and this window.
        Typing that can't be saved as it is would be lost: then it asks first. (The idle lock
        does not ask: no one is there to answer, and the journal must not stay open.)"""
        if self.lock_journal is None or not self.is_encrypted():
            return
        self.save_typing()
        if self._has_unsaved():
            self._ask_about_unsaved(locking=True)
            return
        self.lock_journal()

    def show_locked(self, page: QWidget) -> None:
        """The journal is encrypted and locked: ``page`` (ui/security's UnlockPage) takes the
        areas' place, with the keyboard in its passphrase box."""
        self.show_damaged(page)

    def prepare_summary(self) -> "SummaryDialog | None":
        """File › Prepare summary (Ctrl+P) and Home's button: the summary for the next
        appointment, with what was typed anywhere saved first."""
        from mbc_desktop.ui.summary import SummaryDialog

        services = self._services
        if services is None:
            return None
        self.save_typing()
        dialog = SummaryDialog(
            services.summary,
            services.summary_preferences,
            services.appointments,
            self,
            encrypted=self.is_encrypted,
        )
        dialog.finished.connect(lambda _result: self._summary_closed(dialog))
        self.summary_dialog = dialog
        self._lock_key_on(dialog)
        dialog.open()
        return dialog

    def _summary_closed(self, dialog: "SummaryDialog") -> None:
        if self.summary_dialog is dialog:
            self.summary_dialog = None
        dialog.deleteLater()

    # The dialogs are imported when first opened: the first paint does not need them.
    def show_about(self) -> "AboutDialog":
        from mbc_desktop.ui.dialogs import AboutDialog

        dialog = AboutDialog(self._data_dir, self)
        self._lock_key_on(dialog)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> "ShortcutsDialog":
        from mbc_desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        self._lock_key_on(dialog)
        dialog.open()
        return dialog

    def show_guide(self) -> "GuideDialog":
        from mbc_desktop.ui.dialogs import GuideDialog

        dialog = GuideDialog(self)
        self._lock_key_on(dialog)
        dialog.open()
        return dialog

    # --- closing -------------------------------------------------------------------------
    def close_now(self) -> None:
        """Close without asking anything (log-out, a stop signal): what can be saved is."""
        self._stopping = True
        self.close()

    def _ask_about_unsaved(self, locking: bool = False) -> None:
        """Typing that can't be saved would be lost by closing (or locking): say so, and offer
        the way back to it (the default) or to close (lock) without it."""
        text = (
            self.tr(
                "Some of what you typed can't be saved as it is (the message under the box "
                "says why). If you lock now, it is lost; everything else is saved."
            )
            if locking
            else self.tr(
                "Some of what you typed can't be saved as it is (the message under the box "
                "says why). If you close now, it is lost; everything else is saved."
            )
        )
        from PySide6.QtWidgets import QMessageBox  # not before the first paint (its enums)

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some typing is not saved"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("unsavedOnLock" if locking else "unsavedOnClose")
        back = box.addButton(self.tr("&Go back to it"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(
            self.tr("&Lock without it") if locking else self.tr("&Close without it"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(back)
        box.setEscapeButton(back)

        def done() -> None:
            if box.clickedButton() is close:
                if locking:
                    if self.lock_journal is not None:
                        self.lock_journal()
                else:
                    self.close_now()
            elif self.questions_pane is not None and self.questions_pane.show_unsaved():
                self.show_area(self.questions_pane)
            elif self.visit_pane is not None and self.visit_pane.has_unsaved():
                self.show_area(self.visit_pane)
            else:
                for pane in (
                    self.symptoms_pane,
                    self.medications_pane,
                    self.goals_pane,
                    self.cancer_pane,
                ):
                    if pane is not None and pane.has_unsaved():
                        self.show_area(pane)
                        pane.show_unsaved()
                        break

        box.finished.connect(done)
        box.open()
        self.unsaved_box = box

    def save_typing(self) -> None:
        """Save what is being typed in every area now, without waiting for the pause."""
        for pane in (
            self.questions_pane,
            self.appointments_pane,
            self.visit_pane,
            self.symptoms_pane,
            self.medications_pane,
            self.goals_pane,
            self.cancer_pane,
        ):
            if pane is not None:
                pane.flush()

    def _has_unsaved(self) -> bool:
        """Typing somewhere that can't be saved as it is (too long, say)."""
        return (
            (self.questions_pane is not None and self.questions_pane.editor.has_drafts())
            or (self.visit_pane is not None and self.visit_pane.has_unsaved())
            or (self.symptoms_pane is not None and self.symptoms_pane.has_unsaved())
            or (self.medications_pane is not None and self.medications_pane.has_unsaved())
            or (self.goals_pane is not None and self.goals_pane.has_unsaved())
            or (self.cancer_pane is not None and self.cancer_pane.has_unsaved())
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_typing()
        if not self._stopping and self._has_unsaved():
            event.ignore()
            self._ask_about_unsaved()
            return
        if self.questions_pane is not None:
            self.settings.set_splitter_state("questions", self.questions_pane.splitter.saveState())
        self.settings.window_geometry = self.saveGeometry()
        super().closeEvent(event)
