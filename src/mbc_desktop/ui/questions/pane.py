"""The Questions area: the running list of questions for the oncologist."""

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
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

from mbc_desktop.domain import NewQuestion, Priority, Question, Topic, field_messages
from mbc_desktop.services import QuestionService
from mbc_desktop.ui.common.widgets import FieldMessage, ScaledLabel, UndoBanner, WrapButton
from mbc_desktop.ui.questions.commands import AddQuestion, DeleteQuestion, MoveQuestion, shorten
from mbc_desktop.ui.questions.editor import QuestionEditor
from mbc_desktop.ui.questions.filter_bar import QuestionFilterBar
from mbc_desktop.ui.questions.list_view import QuestionListView
from mbc_desktop.ui.questions.model import QuestionListModel

STARTER_QUESTIONS = [
    NewQuestion(
        text="What is the goal of my treatment right now?",
        topic=Topic.TREATMENT_OPTIONS,
        priority=Priority.MUST_ASK,
    ),
    NewQuestion(
        text="Which side effects should I call you about right away, and how do I reach you?",
        topic=Topic.SIDE_EFFECTS,
        priority=Priority.MUST_ASK,
    ),
    NewQuestion(
        text="How will we know if this treatment is working?",
        topic=Topic.TESTS_AND_SCANS,
        priority=Priority.WANT_TO_ASK,
    ),
]


class QuestionsPane(QWidget):
    title = "Questions"

    def __init__(
        self, service: QuestionService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPane")
        self._service = service
        self._undo = undo_stack
        self.model = QuestionListModel(self)
        self.model.set_rows(service.list())
        self._unsubscribe = service.changes.subscribe(self.model.apply)
        self.destroyed.connect(lambda: self._unsubscribe())
        self.model.move_requested.connect(self.move_question)
        self._kept_id: int | None = None
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._build()
        self._make_actions()
        # After the model, which subscribed first, so the counts see the journal as it now is.
        self._unsubscribe_counts = service.changes.subscribe(self._journal_changed)
        self.destroyed.connect(lambda: self._unsubscribe_counts())
        self.model.filter_changed.connect(self._show_state)
        self._show_state()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        heading = ScaledLabel("Questions for your oncologist", 1.5, bold=True)
        intro = QLabel(
            "Keep every question in one place, most important first. "
            "Everything is saved on this computer as you type."
        )
        intro.setWordWrap(True)

        self.new_question = QLineEdit()
        self.new_question.setObjectName("newQuestion")
        self.new_question.setAccessibleName("New question")
        self.new_question.setPlaceholderText("Type a new question and press Enter")
        self.new_question.setClearButtonEnabled(True)
        self.new_question.returnPressed.connect(self.add_from_field)
        self.new_question_message = FieldMessage(self.new_question)
        self.add_button = QPushButton("Add &question")
        self.add_button.clicked.connect(self.add_from_field)
        new_label = QLabel("&New question")
        new_label.setBuddy(self.new_question)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(self.add_button)

        self.filter_bar = QuestionFilterBar(self.model)
        self.search = self.filter_bar.search
        self.status_filter = self.filter_bar.status_filter
        self.topic_filter = self.filter_bar.topic_filter
        self.priority_filter = self.filter_bar.priority_filter
        self.counts = self.filter_bar.counts

        self.editor = QuestionEditor(self._service, self._undo)
        self.list_view = QuestionListView()
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.move_up_requested.connect(lambda: self.move_selected(-1))
        self.list_view.move_down_requested.connect(lambda: self.move_selected(+1))
        self.list_view.delete_requested.connect(self.delete_selected)
        self.list_view.edit_requested.connect(lambda: self.editor.focus_text())

        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._no_match_page())

        self.editor.finished.connect(lambda: self.list_view.setFocus())
        self.editor.delete_requested.connect(self.delete_selected)
        self.editor.move_up_requested.connect(lambda: self.move_selected(-1))
        self.editor.move_down_requested.connect(lambda: self.move_selected(+1))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("questionsSplitter")
        self.splitter.setChildrenCollapsible(False)
        # The search and filters sit above the list they act on; the editor gets full height.
        list_column = QWidget()
        list_layout = QVBoxLayout(list_column)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.stack, 1)
        self.splitter.addWidget(list_column)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.undo_banner = UndoBanner()
        self.undo_banner.undo_clicked.connect(self._undo.undo)
        self._banner_index = -1
        # The banner's Undo means "undo that delete": once anything else is done or undone,
        # it would undo something else, so it goes away.
        self._undo.indexChanged.connect(self._hide_stale_banner)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(new_label)
        layout.addLayout(add_row)
        layout.addWidget(self.new_question_message)
        layout.addSpacing(6)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_banner)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("emptyState")
        layout = QVBoxLayout(page)
        layout.addWidget(ScaledLabel("No questions yet", 1.25, bold=True))
        text = QLabel(
            "Write down anything you want to ask your oncologist, big or small, as it comes "
            "to mind. Type it in the box above and press Enter. People who bring a list "
            "ask more of what matters to them.\n\nTo start, you can add one of these:"
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        for starter in STARTER_QUESTIONS:
            button = WrapButton(starter.text)
            button.setAccessibleName(f"Add the question: {starter.text}")
            button.clicked.connect(self._adder(starter))
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _adder(self, new: NewQuestion) -> Callable[[], None]:
        return lambda: self.add_question(new)

    def _no_match_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("noMatchState")
        layout = QVBoxLayout(page)
        label = QLabel("No questions match your search and filters.")
        label.setWordWrap(True)
        show_all = QPushButton("Show all questions")
        show_all.clicked.connect(self.clear_filters)
        layout.addWidget(label)
        layout.addWidget(show_all, 0, Qt.AlignmentFlag.AlignLeft)
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

        self.new_action = action("&New question", "Ctrl+N", self.focus_new_question)
        self.find_action = action("&Find", QKeySequence.StandardKey.Find, self.focus_search)
        self.delete_action = action("&Delete question", "Del", self.delete_selected)
        self.move_up_action = action("Move &up", "Alt+Up", lambda: self.move_selected(-1))
        self.move_down_action = action("Move do&wn", "Alt+Down", lambda: self.move_selected(+1))
        # Delete and Alt+arrows act on the list only, so they never steal keys from a text box.
        for list_only in (self.delete_action, self.move_up_action, self.move_down_action):
            list_only.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list_view.addAction(list_only)
        self.menu_actions = [
            self.new_action,
            self.find_action,
            None,
            self.move_up_action,
            self.move_down_action,
            None,
            self.delete_action,
        ]

    # --- state ---------------------------------------------------------------------------
    def _journal_changed(self, _event: object) -> None:
        self.filter_bar.journal_changed()
        self._show_state()

    def _show_state(self) -> None:
        """The list, the way to start (no questions yet), or "no match" (all filtered out)."""
        empty = self.model.total() == 0
        # Nothing to search, filter or edit yet: show only the way to start.
        self.filter_bar.setVisible(not empty)
        self.editor.setVisible(not empty)
        if empty:
            self.stack.setCurrentIndex(1)
        elif self.model.rowCount() == 0:
            self.stack.setCurrentIndex(2)
        else:
            self.stack.setCurrentIndex(0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.show_question(
            self.model.question_at(current.row()) if current.isValid() else None
        )

    def _keep_selection(self) -> None:
        question = self.selected_question()
        self._kept_id = question.id if question is not None else None

    def _restore_selection(self) -> None:
        """After the search or filters change the rows, stay on the same question if shown."""
        if self._kept_id is not None and not self.select_question(self._kept_id):
            self.editor.show_question(None)
        self._kept_id = None

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

    # --- actions -------------------------------------------------------------------------
    def focus_start(self) -> None:
        """Where the keyboard starts: the list, or the new-question box when there is no list."""
        if self.model.rowCount():
            self.list_view.setFocus()
            if not self.list_view.currentIndex().isValid():
                self.select_question(self.model.question_at(0).id)
        else:
            self.new_question.setFocus()

    def focus_new_question(self) -> None:
        self.new_question.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.new_question.selectAll()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def add_from_field(self) -> None:
        try:
            new = NewQuestion(text=self.new_question.text())
        except ValidationError as error:
            self.new_question_message.show_message(field_messages(error)["text"])
            self.new_question.setFocus()
            return
        self.new_question_message.clear_message()
        self.new_question.clear()
        self.add_question(new)

    def add_question(self, new: NewQuestion) -> None:
        command = AddQuestion(self._service, new)
        self._undo.push(command)
        assert command.question is not None
        if not self.select_question(command.question.id):
            # The filters would hide it; show everything so the new question is in view.
            self.clear_filters()
            self.select_question(command.question.id)

    def delete_selected(self) -> None:
        question = self.selected_question()
        if question is None:
            return
        row = self.list_view.currentIndex().row()
        self.editor.flush()
        command = DeleteQuestion(self._service, question)
        self._undo.push(command)
        self._banner_index = self._undo.index()
        self.undo_banner.announce(f"Deleted “{shorten(question.text, 60)}”. You can undo this.")
        if self.model.rowCount():
            self.select_question(self.model.question_at(min(row, self.model.rowCount() - 1)).id)
        self.list_view.setFocus()

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
        self._undo.push(MoveQuestion(self._service, rows[place], before_id, was_before))

    def flush(self) -> None:
        """Save anything still being typed (called before the window closes)."""
        self.editor.flush()
