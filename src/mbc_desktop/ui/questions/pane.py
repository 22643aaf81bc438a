"""The Questions area: the running list of questions for the oncologist.

The list and the details of the picked question sit side by side when there is room. When
there is not (large text, small window), the list fills the area and the details take its
place while you work on one question: Enter opens them, Esc goes back.
"""

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMargins,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import (
    QUESTION_MAX_CHARS,
    NewQuestion,
    Priority,
    Question,
    Topic,
    field_messages,
)
from mbc_desktop.services import AppointmentService, QuestionService
from mbc_desktop.ui.common.room import Room
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    FieldMessage,
    NoticeBanner,
    ScaledLabel,
    UndoBanner,
    WrapButton,
    narrow_shortcuts,
    plain_label,
)
from mbc_desktop.ui.questions.commands import (
    AddQuestion,
    DeleteQuestion,
    MoveQuestion,
)
from mbc_desktop.ui.questions.editor import QuestionEditor
from mbc_desktop.ui.questions.filter_bar import QuestionFilterBar
from mbc_desktop.ui.questions.list_view import QuestionListView
from mbc_desktop.ui.questions.model import QuestionListModel
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, domain_message, number
from mbc_desktop.words.texts import shorten

# (text, topic, priority); the text is added in the interface's language.
STARTER_QUESTIONS = [
    (
        QT_TRANSLATE_NOOP("QuestionsPane", "What is the goal of my treatment right now?"),
        Topic.TREATMENT_OPTIONS,
        Priority.MUST_ASK,
    ),
    (
        QT_TRANSLATE_NOOP(
            "QuestionsPane",
            "Which side effects should I call you about right away, and how do I reach you?",
        ),
        Topic.SIDE_EFFECTS,
        Priority.MUST_ASK,
    ),
    (
        QT_TRANSLATE_NOOP("QuestionsPane", "How will we know if this treatment is working?"),
        Topic.TESTS_AND_SCANS,
        Priority.WANT_TO_ASK,
    ),
]

LIST_PAGE, EMPTY_PAGE, NO_MATCH_PAGE = range(3)


class _SearchKeys(QObject):
    """In Search: Down goes into the results; Esc clears the search, or (if empty) goes back
    to the list."""

    def __init__(self, pane: "QuestionsPane") -> None:
        super().__init__(pane)
        self._pane = pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() == Qt.Key.Key_Down:
            self._pane.enter_list()
            return True
        if event.key() == Qt.Key.Key_Escape:
            search = self._pane.search
            if search.text():
                search.clear()
            else:
                self._pane.enter_list()
            return True
        return False


class QuestionsPane(QWidget):
    title = QT_TRANSLATE_NOOP("QuestionsPane", "Questions")

    def __init__(
        self,
        service: QuestionService,
        undo_stack: QUndoStack,
        appointments: AppointmentService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPane")
        self._service = service
        self._undo = undo_stack
        self._appointments = appointments
        self._narrow = False
        # Set by the main window: brings this area forward (Ctrl+N from another area).
        self.show_area: Callable[[], None] = lambda: None
        self._in_details = False  # narrow only: the details are shown instead of the list
        self._room = Room(self, lambda: self.fit_layout())
        self.model = QuestionListModel(self)
        self.model.set_rows(service.list())
        self._unsubscribe = service.changes.subscribe(self.model.apply)
        self.destroyed.connect(lambda: self._unsubscribe())
        self.model.move_requested.connect(self.move_question)
        self._kept_id: int | None = None
        self._build()
        self._make_actions()
        self._make_narrow_mnemonics()
        # After the model, which subscribed first, so the counts see the journal as it now is.
        self._unsubscribe_counts = service.changes.subscribe(self._journal_changed)
        self.destroyed.connect(lambda: self._unsubscribe_counts())
        self.model.filter_changed.connect(self._show_state)
        if appointments is not None:
            stop = appointments.changes.subscribe(lambda _event: self._appointments_changed())
            self.destroyed.connect(lambda: stop())
        self._show_state()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = heading = ScaledLabel(
            self.tr("Questions for your oncologist"), TextRole.TITLE
        )
        heading.setObjectName("paneTitle")

        self.new_question = QLineEdit()
        self.new_question.setObjectName("newQuestion")
        self.new_question.setAccessibleName(self.tr("New question"))
        self.new_question.setPlaceholderText(self.tr("Type it here, then press Enter"))
        self.new_question.setClearButtonEnabled(True)
        self.new_question.returnPressed.connect(self.add_from_field)
        self.new_question.textChanged.connect(self._new_question_edited)
        self.new_question_message = FieldMessage(self.new_question)
        self.new_question_message.set_limit(QUESTION_MAX_CHARS)
        # No mnemonic: Enter in the box does the same, and Alt+Q opens the Questions menu.
        self.add_button = QPushButton(self.tr("Add question"))
        self.add_button.clicked.connect(self.add_from_field)
        new_label = QLabel(self.tr("&New question"))
        new_label.setBuddy(self.new_question)
        add_row = QHBoxLayout()
        add_row.addWidget(new_label)
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(self.add_button)

        self.filter_bar = QuestionFilterBar(self.model, self._appointments)
        self.search = self.filter_bar.search
        self.search.installEventFilter(_SearchKeys(self))
        self.status_filter = self.filter_bar.status_filter
        self.topic_filter = self.filter_bar.topic_filter
        self.priority_filter = self.filter_bar.priority_filter
        self.counts = self.filter_bar.counts

        self.editor = QuestionEditor(self._service, self._undo, self._appointments)
        self.list_view = QuestionListView()
        self.list_view.setModel(self.model)
        # Connected after setModel, so these run after the view's own reset (which silently
        # clears the current row): the selection put back here is the one that stays.
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.move_up_requested.connect(lambda: self.move_selected(-1))
        self.list_view.move_down_requested.connect(lambda: self.move_selected(+1))
        self.list_view.delete_requested.connect(self.delete_selected)
        self.list_view.edit_requested.connect(self.open_details)
        self.list_view.doubleClicked.connect(lambda _index: self.open_details())

        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._no_match_page())

        self.editor.finished.connect(self.back_to_list)
        self.editor.back_requested.connect(self.back_to_list)
        self.editor.delete_requested.connect(self.delete_selected)
        self.editor.move_up_requested.connect(lambda: self.move_selected(-1))
        self.editor.move_down_requested.connect(lambda: self.move_selected(+1))
        self.editor.after_undo = self._select_after_undo
        self.editor.left_unsaved.connect(self._left_unsaved)
        self.editor.drafts_resolved.connect(self._drafts_resolved)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("questionsSplitter")
        self.splitter.setChildrenCollapsible(False)
        # The search and filters sit above the list they act on; the editor gets full height.
        self.list_column = QWidget()
        self.list_column.setObjectName("questionListColumn")
        list_layout = QVBoxLayout(self.list_column)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.stack, 1)
        self.splitter.addWidget(self.list_column)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.undo_banner = UndoBanner()
        self.undo_banner.action_clicked.connect(self._undo.undo)
        self._banner_index = -1
        # The banner's Undo means "undo that delete": once anything else is done or undone,
        # it would undo something else, so it goes away.
        self._undo.indexChanged.connect(self._hide_stale_banner)
        self.unsaved_banner = NoticeBanner(
            self.tr("Show it"), self.tr("Show the question"), "unsavedBanner"
        )
        self.unsaved_banner.action_clicked.connect(self._show_unsaved)
        self._unsaved_id: int | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(add_row)
        layout.addWidget(self.new_question_message)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.unsaved_banner)
        layout.addWidget(self.undo_banner)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("emptyState")
        layout = QVBoxLayout(page)
        layout.addWidget(ScaledLabel(self.tr("No questions yet"), TextRole.HEADING))
        text = plain_label(
            self.tr(
                "Write down anything you want to ask your oncologist, big or small, as it comes "
                "to mind. Type it in the box above and press Enter. Everything is saved on this "
                "computer as you type. People who bring a list ask more of what matters to them."
                "\n\nTo start, you can add one of these:"
            )
        )
        layout.addWidget(text)
        for wording, topic, priority in STARTER_QUESTIONS:
            starter = NewQuestion(text=self.tr(wording), topic=topic, priority=priority)
            button = WrapButton(starter.text)
            button.setAccessibleName(self.tr("Add the question: %1").replace("%1", starter.text))
            button.clicked.connect(self._adder(starter))
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _adder(self, new: NewQuestion) -> Callable[[], None]:
        return lambda: self.add_question(new)

    def _no_match_page(self) -> QWidget:
        # One way back only: the "Show all" button above, beside Search (Esc there works too).
        page = QWidget()
        page.setObjectName("noMatchState")
        layout = QVBoxLayout(page)
        self.no_match_label = plain_label(
            self.tr(
                "No questions match your search and filters. Press Show all to see every "
                "question again, or Esc in Search to clear it."
            )
        )
        layout.addWidget(self.no_match_label)
        layout.addStretch(1)
        return page

    def _make_actions(self) -> None:
        def action(
            text: str,
            keys: QKeySequence | QKeySequence.StandardKey | str,
            slot: Callable[[], object],
        ) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(keys))
            made.triggered.connect(slot)
            return made

        self.new_action = action(self.tr("&New question"), "Ctrl+N", self.focus_new_question)
        self.find_action = action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.details_action = action(self.tr("&Edit details"), "F2", self.open_details)
        self.delete_action = action(self.tr("&Delete question"), "Del", self.delete_selected)
        self.move_up_action = action(self.tr("Move &up"), "Alt+Up", lambda: self.move_selected(-1))
        self.move_down_action = action(
            self.tr("Move do&wn"), "Alt+Down", lambda: self.move_selected(+1)
        )
        # Delete, F2 and Alt+arrows act on the list only: they never steal keys from a text box.
        for list_only in (
            self.details_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
        ):
            list_only.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list_view.addAction(list_only)
        self.menu_actions = [
            self.new_action,
            self.find_action,
            None,
            self.details_action,
            self.move_up_action,
            self.move_down_action,
            None,
            self.delete_action,
        ]

    def _make_narrow_mnemonics(self) -> None:
        """When the list and details take turns, the details' Alt+letters still work from the
        list: they open the details on the picked question and go to that field."""
        self._narrow_shortcuts = narrow_shortcuts(
            self, self.editor.mnemonic_targets(), self._opener
        )

    def _opener(self, target: QWidget) -> Callable[[], None]:
        def open_at() -> None:
            if self.selected_question() is None:
                return
            self._in_details = True
            self.fit_layout()
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

        return open_at

    def _appointments_changed(self) -> None:
        self.filter_bar.appointments_changed()
        self.editor.appointments_changed()

    # --- state ---------------------------------------------------------------------------
    def _journal_changed(self, _event: object) -> None:
        self.filter_bar.journal_changed()
        self._show_state()

    def _show_state(self) -> None:
        """The list, the way to start (no questions yet), or "no match" (all filtered out)."""
        empty = self.model.total() == 0
        # Nothing to search, filter or edit yet: show only the way to start.
        self.filter_bar.setVisible(not empty)
        if empty:
            self.stack.setCurrentIndex(EMPTY_PAGE)
        elif self.model.rowCount() == 0:
            self.stack.setCurrentIndex(NO_MATCH_PAGE)
        else:
            self.stack.setCurrentIndex(LIST_PAGE)
        self._sync_editor()
        self.fit_layout()

    def _sync_editor(self) -> None:
        """The details always show the question picked in the list, and only one that the
        list shows; with none picked, they say why and what to do."""
        index = self.list_view.currentIndex()
        question = self.model.question_at(index.row()) if index.isValid() else None
        if question is None and self.model.total():
            self.editor.set_placeholder(
                self.tr("No question is picked. Pick one in the list to see its details.")
                if self.model.rowCount()
                else self.tr("No question to show: none match your search and filters.")
            )
        shown = self.editor.question
        if (shown.id if shown else None) != (question.id if question else None):
            self.editor.show_question(question)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.show_question(
            self.model.question_at(current.row()) if current.isValid() else None
        )

    def _keep_selection(self) -> None:
        question = self.selected_question()
        self._kept_id = question.id if question is not None else None

    def _restore_selection(self) -> None:
        """After the search or filters change the rows, stay on the same question if shown;
        if it is hidden now, pick nothing (the details then show no question)."""
        kept, self._kept_id = self._kept_id, None
        if kept is None or not self.select_question(kept):
            self.list_view.selectionModel().clearCurrentIndex()
            self.editor.show_question(None)

    def _hide_stale_banner(self, index: int) -> None:
        if index != self._banner_index:
            self.undo_banner.hide()

    def selected_question(self) -> Question | None:
        index = self.list_view.currentIndex()
        return self.model.question_at(index.row()) if index.isValid() else None

    def select_question(self, question_id: int) -> bool:
        row = self.model.row_of(question_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list_view.scrollTo(index)
        return True

    # --- list and details: side by side, or one at a time when narrow ---------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_layout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._room.follow()
        self.fit_layout()

    def available_width(self) -> int:
        return self._room.width()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # Sizes inside changed (the text size, say): the layout has just been redone, so the
        # minimum widths are up to date now.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self.fit_layout)  # not after the pane is gone
        return handled

    def needed_width(self) -> int:
        """How wide the area must be to show the list and the details side by side."""
        # Bring the minimum sizes up to date first (after a text size change they lag behind).
        for widget in (self.list_column, self.filter_bar, self.editor.form):
            inner = widget.layout()
            if inner is not None:
                inner.activate()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        return (
            max(self.list_column.minimumSizeHint().width(), self.list_view.comfortable_width())
            + self.editor.needed_width()
            + self.splitter.handleWidth()
            + margins.left()
            + margins.right()
        )

    def fit_layout(self) -> None:
        narrow = self.available_width() < self.needed_width()
        if narrow != self._narrow:
            self._narrow = narrow
            if not narrow:
                self._in_details = False
        self.list_column.setVisible(not (self._narrow and self._in_details))
        for shortcut in getattr(self, "_narrow_shortcuts", ()):
            shortcut.setEnabled(self._narrow and not self._in_details)
        self.editor.set_back_visible(self._narrow)
        # When room is short, the list gets the title's lines (the sidebar names the area).
        self.heading.setVisible(not self._narrow)
        self.editor.setVisible(self.model.total() > 0 and (not self._narrow or self._in_details))

    @property
    def is_narrow(self) -> bool:
        return self._narrow

    def open_details(self) -> None:
        """Enter or F2 on the list: work on the picked question (its text first)."""
        if self.selected_question() is None:
            return
        self._in_details = True
        self.fit_layout()
        self.editor.focus_text()

    def back_to_list(self) -> None:
        """Esc in the details (or Enter in the question text): back to the picked row."""
        self._in_details = False
        self.fit_layout()
        self.enter_list()

    def enter_list(self) -> None:
        """Put the keyboard on the list, on the picked row or else the first one."""
        if self._narrow and self._in_details:
            self._in_details = False
            self.fit_layout()
        if not self.model.rowCount():
            return
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid():
            self.select_question(self.model.question_at(0).id)

    # --- actions -------------------------------------------------------------------------
    def focus_start(self) -> None:
        """Where the keyboard starts: the list, or the new-question box when there is no list."""
        if self.model.rowCount():
            self.enter_list()
        else:
            self.new_question.setFocus()

    def focus_new_question(self) -> None:
        self.show_area()
        self.new_question.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_question.selectAll()

    def focus_search(self) -> None:
        self.show_area()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def _new_question_edited(self, text: str) -> None:
        """The counter as the limit nears; a message as soon as it is passed, gone as soon as
        the text can be saved. (An empty box is normal here, so no message for that.)"""
        self.new_question_message.update_count(len(text.strip()))
        too_long = len(text.strip()) > QUESTION_MAX_CHARS
        if too_long or (self.new_question_message.has_message() and text.strip()):
            self._check_new_question(text)

    def _check_new_question(self, text: str) -> NewQuestion | None:
        try:
            new = NewQuestion(text=text)
        except ValidationError as error:
            self.new_question_message.show_message(domain_message(field_messages(error)["text"]))
            return None
        self.new_question_message.clear_message()
        return new

    def add_from_field(self) -> None:
        new = self._check_new_question(self.new_question.text())
        if new is None:
            self.new_question.setFocus()
            return
        self.new_question.clear()
        self.add_question(new)

    def add_question(self, new: NewQuestion) -> None:
        command = AddQuestion(self._service, new, self._select_after_undo)
        self._undo.push(command)
        assert command.question is not None
        if not self.select_question(command.question.id):
            # The filters would hide it; show everything so the new question is in view.
            self.clear_filters()
            self.select_question(command.question.id)

    def _select_after_undo(self, question_id: int | None) -> None:
        """After undo or redo: pick the question it touched (bringing it into view)."""
        if question_id is None:
            return
        self.show_area()  # undo from another area: show what it changed, where the keys go
        if not self.select_question(question_id):
            self.clear_filters()
            self.select_question(question_id)
        self.list_view.setFocus()

    def delete_selected(self) -> None:
        question = self.selected_question()
        if question is None:
            return
        row = self.list_view.currentIndex().row()
        self.editor.flush()
        command = DeleteQuestion(self._service, question, self._select_after_undo)
        self._undo.push(command)
        self._banner_index = self._undo.index()
        self.undo_banner.announce(
            self.tr("Deleted “%1”. You can undo this.").replace("%1", shorten(question.text, 60))
        )
        if self.model.rowCount():
            self.select_question(self.model.question_at(min(row, self.model.rowCount() - 1)).id)
        self.back_to_list()

    def move_selected(self, step: int) -> None:
        """Move the selected question one place up (-1) or down (+1) among those shown."""
        question = self.selected_question()
        if question is None:
            return
        row = self.list_view.currentIndex().row()
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        before = self.model.before_id_for_drop(target if step < 0 else target + 1)
        self.move_question(question.id, before)
        self.select_question(question.id)

    def move_question(self, question_id: int, before_id: int | None) -> None:
        rows = self.model.questions()
        place = self.model.place_of(question_id)
        if place is None:
            return
        was_before = rows[place + 1].id if place + 1 < len(rows) else None
        if before_id == was_before:
            return
        self._undo.push(
            MoveQuestion(self._service, rows[place], before_id, was_before, self._select_after_undo)
        )

    def _left_unsaved(self, question_id: int, message: str) -> None:
        """Another question was picked while this one had typing that can't be saved: say so,
        and offer the way back to it (the typing is kept until then)."""
        self._unsaved_id = question_id
        place = self.model.place_of(question_id)
        text = (
            self.tr("Question %1 has changes that were not saved: %2").replace(
                "%1", number(place + 1)
            )
            if place is not None
            else self.tr("A question has changes that were not saved: %2")
        )
        self.unsaved_banner.announce(text.replace("%2", message), keep=True)

    def _drafts_resolved(self) -> None:
        self.unsaved_banner.hide()

    def show_unsaved(self) -> bool:
        """Go to typing that could not be saved, if there is any; False if there is none."""
        question_id = self.editor.unsaved_question_id()
        if question_id is None:
            return False
        self._unsaved_id = question_id
        self._show_unsaved()
        return True

    def _show_unsaved(self) -> None:
        if self._unsaved_id is not None:
            self._select_after_undo(self._unsaved_id)
            self.open_details()
        self.unsaved_banner.hide()

    def flush(self) -> None:
        """Save anything still being typed (called before the window closes)."""
        self.editor.flush()
