"""The detail form for one question: text, topic, priority, status, answer and who gave it.

Typing is saved a moment after you stop, when you leave the field, and when you pick another
question or close the window. Choice changes save at once and can be undone (Edit › Undo).
Typing that can't be saved (too long, say) is never dropped: its message shows beside the
field as you type, and if another question is picked meanwhile, the typing is kept as a draft
and the pane says so, with a way back to it.
"""

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import (
    ANSWER_MAX_CHARS,
    ANSWERED_BY_MAX_CHARS,
    QUESTION_MAX_CHARS,
    NotFoundError,
    Priority,
    Question,
    QuestionChanges,
    Status,
    Topic,
    field_messages,
)
from mbc_desktop.services import (
    AppointmentService,
    QuestionChanged,
    QuestionEvent,
    QuestionRemoved,
    QuestionService,
)
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    FieldMessage,
    FocusOutWatcher,
    KeysDo,
    ScaledLabel,
    TextArea,
    details_page,
    mnemonic_targets,
    plain_label,
)
from mbc_desktop.ui.questions.commands import ChangeQuestion
from mbc_desktop.words.dates import appointment_choice_text, long_date
from mbc_desktop.words.i18n import domain_message, label

SAVE_DELAY_MS = 600
TEXT_FIELDS = ("text", "answer", "answered_by")
LIMITS = {
    "text": QUESTION_MAX_CHARS,
    "answer": ANSWER_MAX_CHARS,
    "answered_by": ANSWERED_BY_MAX_CHARS,
}


class _EnterFinishes(QObject):
    """Enter in the question box saves and hands focus back; Shift+Enter still breaks a line."""

    def __init__(self, finish: "QuestionEditor") -> None:
        super().__init__(finish)
        self._editor = finish

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._editor.flush()
            self._editor.finished.emit()
            return True
        return False


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = ChoiceBox()
    combo.setObjectName(name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class QuestionEditor(QWidget):
    finished = Signal()  # the person pressed Enter in the question text: go back to the list
    back_requested = Signal()  # Esc, or the Back button when list and details take turns
    left_unsaved = Signal(int, str)  # question id, why its draft could not be saved
    drafts_resolved = Signal()  # no draft is waiting any more
    delete_requested = Signal()
    move_up_requested = Signal()
    move_down_requested = Signal()

    def __init__(
        self,
        service: QuestionService,
        undo_stack: QUndoStack,
        appointments: AppointmentService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._undo = undo_stack
        self._appointments = appointments
        self._question: Question | None = None
        self._loading = False
        # Typing that could not be saved, per question id and field, kept until it can be.
        self._drafts: dict[int, dict[str, str]] = {}
        # Set by the pane: picks the question an undo or redo touched.
        self.after_undo: Callable[[int | None], None] = lambda _question_id: None
        self._build()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        service.changes.subscribe(self._on_service_change)
        self.show_question(None)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.placeholder = plain_label(
            self.tr("Pick a question in the list to see its details, add its answer, or change it.")
        )
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.heading = ScaledLabel(self.tr("Question details"), TextRole.HEADING)
        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setObjectName("backToList")
        self.back_button.setToolTip(self.tr("Save and go back to the list (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.back_button.clicked.connect(self._back)
        self.back_button.hide()

        self.text_edit = TextArea(lines=3)
        self.text_edit.setObjectName("questionText")
        self.text_edit.setAccessibleName(self.tr("Question text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What do you want to ask?"))
        self.text_edit.installEventFilter(_EnterFinishes(self))
        self.text_message = FieldMessage(self.text_edit, lines=2)
        text_label = QLabel(self.tr("Question &text"))
        text_label.setBuddy(self.text_edit)

        self.topic_combo = _combo("topic", [(label(t), t) for t in Topic])
        self.topic_combo.setAccessibleName(self.tr("Topic"))
        self.priority_combo = _combo("priority", [(label(p), p) for p in Priority])
        self.priority_combo.setAccessibleName(self.tr("Priority"))
        self.status_combo = _combo("status", [(label(s), s) for s in Status])
        self.status_combo.setAccessibleName(self.tr("Status"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To&pic"), self.topic_combo)
        form.addRow(self.tr("P&riority"), self.priority_combo)
        form.addRow(self.tr("&Status"), self.status_combo)
        # Which appointment it is for; "the next appointment" unless the person picks one.
        self.appointment_combo = _combo("plannedFor", [])
        self.appointment_combo.setAccessibleName(self.tr("Ask it at"))
        form.addRow(self.tr("As&k it at"), self.appointment_combo)
        self.carried_label = plain_label()
        self.carried_label.setObjectName("carriedOver")
        form.addRow("", self.carried_label)

        self.answer_edit = TextArea(lines=4)
        self.answer_edit.setObjectName("answer")
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setPlaceholderText(
            self.tr("What did the care team say? Writing an answer marks the question answered.")
        )
        self.answer_message = FieldMessage(self.answer_edit, lines=2)
        answer_label = QLabel(self.tr("&Answer"))
        answer_label.setBuddy(self.answer_edit)

        self.answered_by_edit = QLineEdit()
        self.answered_by_edit.setObjectName("answeredBy")
        self.answered_by_edit.setAccessibleName(self.tr("Answered by"))
        self.answered_by_edit.setPlaceholderText(self.tr("Such as Dr. Ortiz, or nurse Sam"))
        self.answered_by_edit.setMaxLength(ANSWERED_BY_MAX_CHARS + 20)
        self.answered_by_message = FieldMessage(self.answered_by_edit)
        by_label = QLabel(self.tr("Answered &by"))
        by_label.setBuddy(self.answered_by_edit)

        self.move_up_button = QPushButton(self.tr("&Move up"))
        self.move_up_button.setToolTip(self.tr("Move this question up the list (Alt+Up)"))
        self.move_down_button = QPushButton(self.tr("Move do&wn"))
        self.move_down_button.setToolTip(self.tr("Move this question down the list (Alt+Down)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete this question (Delete key). You can undo it.")
        )
        self.delete_button.setAccessibleName(self.tr("Delete question"))
        self.move_up_button.clicked.connect(self.move_up_requested)
        self.move_down_button.clicked.connect(self.move_down_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_up_button)
        buttons.addWidget(self.move_down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedState")
        self.saved_label.setWordWrap(False)  # one line: the form below must not move

        for message, name in (
            (self.text_message, "text"),
            (self.answer_message, "answer"),
            (self.answered_by_message, "answered_by"),
        ):
            message.set_limit(LIMITS[name])

        self.form = QWidget()
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(heading_row)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(self.text_message)
        layout.addLayout(form)
        layout.addWidget(answer_label)
        layout.addWidget(self.answer_edit, 3)
        layout.addWidget(self.answer_message)
        layout.addWidget(by_label)
        layout.addWidget(self.answered_by_edit)
        layout.addWidget(self.answered_by_message)
        layout.addLayout(buttons)

        self._scroller = details_page(self, self.placeholder, self.form, "editor")
        self._scroller.setAccessibleName(self.tr("Question details"))
        self._fit_to_font()

        for edit in (self.text_edit, self.answer_edit):
            edit.textChanged.connect(self._text_edited)
        self.answered_by_edit.textEdited.connect(self._text_edited)
        watcher = FocusOutWatcher(self.flush, self)
        for field in (self.text_edit, self.answer_edit, self.answered_by_edit):
            field.installEventFilter(watcher)
        escape = KeysDo({Qt.Key.Key_Escape}, self._back, self)
        for widget in (
            self.text_edit,
            self.answer_edit,
            self.answered_by_edit,
            self.topic_combo,
            self.priority_combo,
            self.status_combo,
            self.appointment_combo,
            self.move_up_button,
            self.move_down_button,
            self.delete_button,
            self.back_button,
        ):
            widget.installEventFilter(escape)
        self.topic_combo.activated.connect(lambda _: self._choose("topic", self.topic_combo))
        self.priority_combo.activated.connect(
            lambda _: self._choose("priority", self.priority_combo)
        )
        self.status_combo.activated.connect(lambda _: self._choose("status", self.status_combo))
        self.appointment_combo.activated.connect(
            lambda _: self._choose("appointment_id", self.appointment_combo)
        )
        self.appointments_changed()

    def mnemonic_targets(self) -> dict[str, QWidget]:
        """Alt+letter → the field or button it reaches, read from the labels and buttons as
        shown (so it is right in every language)."""
        return mnemonic_targets(self.form)

    def needed_width(self) -> int:
        """Room for a readable form at the current text size (the splitter keeps it)."""
        metrics = QFontMetrics(QApplication.font())
        scrollbar = self._scroller.verticalScrollBar().sizeHint().width()
        return max(metrics.averageCharWidth() * 32, self.form.minimumSizeHint().width() + scrollbar)

    def _fit_to_font(self) -> None:
        self.setMinimumWidth(self.needed_width())
        self.text_edit.updateGeometry()
        self.answer_edit.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            # After the children have their new font too.
            QTimer.singleShot(0, self, self._fit_to_font)
        super().changeEvent(event)

    # --- showing -------------------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        return self._question

    def set_placeholder(self, text: str) -> None:
        """What the details say when no question is picked."""
        self.placeholder.setText(text)

    def set_back_visible(self, visible: bool) -> None:
        self.back_button.setVisible(visible)

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def show_question(self, question: Question | None) -> None:
        """Show ``question`` (None: nothing picked). Saves what was typed for the previous one;
        what can't be saved is kept as a draft, and ``left_unsaved`` says so."""
        previous = self._question
        if previous is not None and (question is None or question.id != previous.id):
            self.flush()
            draft = self._invalid_fields()
            if draft:
                self._drafts[previous.id] = draft
                self.left_unsaved.emit(previous.id, self._messages()[next(iter(draft))].message)
        self._question = question
        self.placeholder.setVisible(question is None)
        self._scroller.setVisible(question is not None)
        for message in self._messages().values():
            message.clear_message()
        if question is not None:
            self._load(question)
            draft = self._drafts.pop(question.id, {})
            if draft:
                self._load_draft(draft)
                self.flush()
                if not self._drafts:
                    self.drafts_resolved.emit()
            else:
                self.saved_label.setText(self.tr("✓ Saved"))
            self._refresh_counters()

    def _messages(self) -> dict[str, FieldMessage]:
        return {
            "text": self.text_message,
            "answer": self.answer_message,
            "answered_by": self.answered_by_message,
        }

    def _invalid_fields(self) -> dict[str, str]:
        typed = self._typed()
        return {
            name: typed[name] for name, message in self._messages().items() if message.has_message()
        }

    def _load_draft(self, draft: dict[str, str]) -> None:
        self._loading = True
        try:
            for name, value in draft.items():
                if name == "text":
                    self.text_edit.setPlainText(value)
                elif name == "answer":
                    self.answer_edit.setPlainText(value)
                else:
                    self.answered_by_edit.setText(value)
        finally:
            self._loading = False

    def unsaved_question_id(self) -> int | None:
        """A question whose typing could not be saved: the one shown, else a draft's."""
        if self._question is not None and self._invalid_fields():
            return self._question.id
        return next(iter(self._drafts), None)

    def has_drafts(self) -> bool:
        """Typing is waiting that could not be saved (in a draft, or in the fields now)."""
        return bool(self._drafts) or bool(self._invalid_fields())

    def _refresh_counters(self) -> None:
        for name, value in self._typed().items():
            self._messages()[name].update_count(len(value.strip()))

    def _load(self, question: Question, keep: tuple[str, ...] = ()) -> None:
        self._loading = True
        try:
            if "text" not in keep:
                self.text_edit.setPlainText(question.text)
            if "answer" not in keep:
                self.answer_edit.setPlainText(question.answer)
            if "answered_by" not in keep:
                self.answered_by_edit.setText(question.answered_by)
            for combo, value in (
                (self.topic_combo, question.topic),
                (self.priority_combo, question.priority),
                (self.status_combo, question.status),
            ):
                combo.setCurrentIndex(combo.findData(value))
            self._show_planned_for(question)
        finally:
            self._loading = False

    def appointments_changed(self) -> None:
        """Offer "the next appointment" and every upcoming one (and the question's own)."""
        self._loading = True
        try:
            self.appointment_combo.clear()
            self.appointment_combo.addItem(self.tr("The next appointment"), None)
            if self._appointments is not None:
                for appointment in self._appointments.upcoming():
                    self.appointment_combo.addItem(
                        appointment_choice_text(appointment), appointment.id
                    )
            if self._question is not None:
                self._show_planned_for(self._question)
        finally:
            self._loading = False
        self.appointment_combo.setVisible(self._appointments is not None)

    def _show_planned_for(self, question: Question) -> None:
        combo = self.appointment_combo
        found = combo.findData(question.appointment_id)
        if found < 0 and question.appointment_id is not None and self._appointments is not None:
            try:
                planned = self._appointments.get(question.appointment_id)
            except NotFoundError:
                planned = None
            if planned is not None:  # a past one: shown, so the choice says the truth
                combo.addItem(appointment_choice_text(planned), planned.id)
                found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))
        if question.carried_from is None:
            self.carried_label.clear()
            self.carried_label.hide()
            return
        since = question.asked_about_since or question.carried_from
        self.carried_label.setText(
            self.tr("⚑ Asked about since %1, not reached yet").replace("%1", long_date(since))
            if question.is_flagged
            else self.tr("Carried over from %1").replace("%1", long_date(question.carried_from))
        )
        self.carried_label.show()

    def _on_service_change(self, event: QuestionEvent) -> None:
        if (
            isinstance(event, QuestionRemoved)
            and self._question is not None
            and event.question.id == self._question.id
        ):
            self._save_timer.stop()
            self._question = None
            self.show_question(None)
            return
        if (
            isinstance(event, QuestionChanged)
            and self._question is not None
            and event.question.id == self._question.id
        ):
            self._question = event.question
            # Do not overwrite what the person is in the middle of typing.
            self._load(event.question, keep=self._unsaved_fields())

    # --- saving --------------------------------------------------------------------------
    def _typed(self) -> dict[str, str]:
        return {
            "text": self.text_edit.toPlainText(),
            "answer": self.answer_edit.toPlainText(),
            "answered_by": self.answered_by_edit.text(),
        }

    def _unsaved_fields(self) -> tuple[str, ...]:
        if self._question is None:
            return ()
        typed = self._typed()
        return tuple(name for name in TEXT_FIELDS if typed[name] != getattr(self._question, name))

    def _text_edited(self) -> None:
        if self._loading or self._question is None:
            return
        self._refresh_counters()
        self._check_as_typed()
        self.saved_label.setText(self.tr("Saving…"))
        self._save_timer.start()

    def _check_as_typed(self) -> None:
        """Messages appear and clear as you type: a message shows as soon as the text can't be
        saved, and goes as soon as it can."""
        for name, value in self._typed().items():
            try:
                QuestionChanges.model_validate({name: value})
            except ValidationError as error:
                self._messages()[name].show_message(domain_message(field_messages(error)[name]))
            else:
                self._messages()[name].clear_message()

    def flush(self) -> None:
        """Save every typed field that is valid; show a message beside each one that is not."""
        self._save_timer.stop()
        if self._question is None:
            return
        messages = self._messages()
        valid: dict[str, str] = {}
        for name, value in self._typed().items():
            try:
                checked = QuestionChanges.model_validate({name: value})
            except ValidationError as error:
                messages[name].show_message(domain_message(field_messages(error)[name]))
                continue
            messages[name].clear_message()
            if getattr(checked, name) != getattr(self._question, name):
                valid[name] = value
        failed = any(message.text() for message in messages.values())
        if valid:
            try:
                self._question = self._service.update(
                    self._question.id, QuestionChanges.model_validate(valid)
                )
            except NotFoundError:  # deleted meanwhile (e.g. undo of its add): nothing to save
                self._question = None
                self.show_question(None)
                return
        self.saved_label.setText(self.tr("⚠ Not saved yet") if failed else self.tr("✓ Saved"))
        self.saved_label.setToolTip(
            self.tr(
                "What you typed is kept here, but not saved until the message is fixed. "
                "The last saved version is still in your journal."
            )
            if failed
            else self.tr("Everything here is saved on this computer.")
        )

    def _choose(self, field: str, combo: QComboBox) -> None:
        if self._loading or self._question is None:
            return
        self.flush()
        value = combo.currentData()
        if self._question is None or getattr(self._question, field) == value:
            return
        changes = QuestionChanges.model_validate({field: value})
        self._undo.push(
            ChangeQuestion(
                self._service, self._question, changes, self._select_after_undo, combo.currentText()
            )
        )

    def _select_after_undo(self, question_id: int | None) -> None:
        self.after_undo(question_id)

    def focus_text(self) -> None:
        self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
