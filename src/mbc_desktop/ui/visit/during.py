"""During the visit: a calm, large-text view of the appointment in progress.

The planned questions are listed must-ask first. On the list, Space marks the picked question
asked (and again makes it open); typing starts its answer in the answer box, where Enter (or
Esc) saves it and goes back to the list. A notes box keeps anything else that is said. Typing
is saved a moment after it stops, on leaving the box, and when the window closes. Nothing here
needs the mouse.
"""

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import (
    ANSWER_MAX_CHARS,
    NOTES_MAX_CHARS,
    Appointment,
    AppointmentChanges,
    NotFoundError,
    Question,
    QuestionChanges,
    Status,
)
from mbc_desktop.services import (
    AppointmentChanged,
    AppointmentEvent,
    AppointmentService,
    QuestionEvent,
    QuestionService,
)
from mbc_desktop.ui.common.theme import TextRole, set_text_role
from mbc_desktop.ui.common.widgets import (
    FieldMessage,
    KeysDo,
    MutedLabel,
    ScaledLabel,
    TextArea,
    announce,
    reveal,
)
from mbc_desktop.ui.visit.commands import SetQuestionStatus
from mbc_desktop.ui.visit.parts import TypedText
from mbc_desktop.ui.visit.question_list import (
    VisitQuestionList,
    VisitQuestionsModel,
    visit_font,
)
from mbc_desktop.ui.visit.texts import when, with_whom
from mbc_desktop.ui.visit.timer import VisitTimer
from mbc_desktop.words.i18n import label, number
from mbc_desktop.words.texts import shorten


class DuringVisit(QWidget):
    finish_requested = Signal()

    def __init__(
        self,
        appointments: AppointmentService,
        questions: QuestionService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duringVisit")
        self._appointments = appointments
        self._questions = questions
        self._undo = undo_stack
        self.appointment: Appointment | None = None
        self._answer_for: Question | None = None
        # Answers that could not be saved (too long), per question, until they can be.
        self._drafts: dict[int, str] = {}
        self._room_height = 0
        self.model = VisitQuestionsModel(self)
        self._build()
        self.answer = TypedText(
            self.answer_edit,
            self.answer_message,
            "answer",
            QuestionChanges,
            lambda: self._answer_for.answer if self._answer_for and self.appointment else None,
            self._store_answer,
        )
        self.notes = TypedText(
            self.notes_edit,
            self.notes_message,
            "visit_notes",
            AppointmentChanges,
            lambda: self.appointment.visit_notes if self.appointment else None,
            self._store_notes,
        )
        unsubscribe_questions = questions.changes.subscribe(self._question_changed)
        unsubscribe_appointments = appointments.changes.subscribe(self._appointment_changed)
        self.destroyed.connect(lambda: (unsubscribe_questions(), unsubscribe_appointments()))

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = ScaledLabel("", TextRole.TITLE)
        self.heading.setObjectName("visitHeading")
        self.when_label = ScaledLabel("", TextRole.BODY)
        self.when_label.setObjectName("visitWhen")

        self.timer = VisitTimer(self)
        self.timer_label = self.timer.label
        self.timer_check = self.timer.check

        self.hint = MutedLabel(
            self.tr(
                "Space marks the picked question asked; press it again to make it open. "
                "Start typing to write its answer, then press Enter."
            )
        )
        self.hint.setObjectName("visitHint")

        self.list_view = VisitQuestionList()
        self.list_view.setModel(self.model)
        self.list_view.toggle_requested.connect(self.toggle_current)
        self.list_view.answer_requested.connect(self.start_answer)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_label = QLabel(self.tr("&Planned questions"))
        self.list_label.setBuddy(self.list_view)
        set_text_role(self.list_label, TextRole.HEADING)
        self.progress_label = MutedLabel()
        self.progress_label.setWordWrap(False)
        self.progress_label.setObjectName("visitProgress")
        self.no_questions = QLabel(
            self.tr(
                "No questions are planned for this visit. Write down what is said in the notes box."
            )
        )
        self.no_questions.setObjectName("noPlannedQuestions")
        self.no_questions.setWordWrap(True)
        set_text_role(self.no_questions, TextRole.HEADING)
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markAsked")
        self.mark_button.clicked.connect(self.toggle_current)

        self.answer_edit = TextArea(lines=3)
        self.answer_edit.setObjectName("visitAnswer")
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.answer_edit.setPlaceholderText(
            self.tr("What did the care team say? Enter saves it and goes back to the list.")
        )
        self.answer_message = FieldMessage(self.answer_edit, lines=1)
        self.answer_message.set_limit(ANSWER_MAX_CHARS)
        self.answer_label = QLabel(self.tr("Ans&wer"))
        self.answer_label.setBuddy(self.answer_edit)
        set_text_role(self.answer_label, TextRole.HEADING)
        self.answer_for_label = MutedLabel()
        self.answer_for_label.setObjectName("answerFor")

        self.notes_edit = TextArea(lines=3)
        self.notes_edit.setObjectName("visitNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes from the visit"))
        self.notes_edit.setPlaceholderText(
            self.tr("Anything else that is said: doses, names, phone numbers, what to watch for.")
        )
        self.notes_message = FieldMessage(self.notes_edit, lines=1)
        self.notes_message.set_limit(NOTES_MAX_CHARS)
        notes_label = QLabel(self.tr("&Notes from the visit"))
        notes_label.setBuddy(self.notes_edit)
        set_text_role(notes_label, TextRole.HEADING)

        self.finish_button = QPushButton(self.tr("F&inish the visit"))
        self.finish_button.setObjectName("finishVisit")
        self.finish_button.setToolTip(
            self.tr(
                "Go on to After the visit: mark each question, write down what was decided "
                "and set the next appointment (Alt+I)"
            )
        )
        self.finish_button.clicked.connect(self._finish)

        leave_keys = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape}
        self.answer_edit.installEventFilter(KeysDo(leave_keys, self.back_to_list, self))
        self.notes_edit.installEventFilter(KeysDo({Qt.Key.Key_Escape}, self.back_to_list, self))

        # Layout: a header, then the list beside the answer and notes (or above them when
        # there is no room side by side), then the way on.
        # The timer beside the title; its checkbox down by Finish, out of the way.
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignTop)

        self.list_column = QWidget()
        self.list_column.setObjectName("visitListColumn")
        list_layout = QVBoxLayout(self.list_column)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_heading = QHBoxLayout()
        list_heading.addWidget(self.list_label, 1)
        list_heading.addWidget(self.progress_label, 0, Qt.AlignmentFlag.AlignBottom)
        list_layout.addLayout(list_heading)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(self.no_questions)
        list_layout.addWidget(self.mark_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.side_column = QWidget()
        self.side_column.setObjectName("visitSideColumn")
        side = QVBoxLayout(self.side_column)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.answer_label)
        side.addWidget(self.answer_for_label)
        side.addWidget(self.answer_edit, 2)
        side.addWidget(self.answer_message)
        side.addWidget(notes_label)
        side.addWidget(self.notes_edit, 3)
        side.addWidget(self.notes_message)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.list_column, 3)
        self.body.addWidget(self.side_column, 2)

        footer = QHBoxLayout()
        footer.addWidget(self.timer_check)
        footer.addStretch(1)
        footer.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.when_label)
        layout.addWidget(self.hint)
        layout.addLayout(self.body, 1)
        layout.addLayout(footer)
        self._fit_to_font()

    def _fit_to_font(self) -> None:
        # Room for about three lines of questions in the large type, at any text size; when
        # the list is above the boxes, half the height the area has (it scrolls to the rest).
        least = 4 * QFontMetrics(visit_font()).lineSpacing()
        share = 0 if self.side_by_side else self._room_height // 2
        self.list_view.setMinimumHeight(max(least, share))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_to_font)
        super().changeEvent(event)

    # --- arranging -----------------------------------------------------------------------
    def needed_width(self) -> int:
        """How wide the view must be for the list and the boxes side by side."""
        metrics = self.fontMetrics()
        return self.list_view.comfortable_width() + 32 * metrics.averageCharWidth() + 24

    def set_side_by_side(self, side_by_side: bool, room_height: int = 0) -> None:
        """The list beside the boxes, or above them; ``room_height`` is the area's height."""
        self._room_height = room_height
        self.body.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self._fit_to_font()

    @property
    def side_by_side(self) -> bool:
        return self.body.direction() == QBoxLayout.Direction.LeftToRight

    # --- showing -------------------------------------------------------------------------
    def show_appointment(self, appointment: Appointment, questions: list[Question]) -> None:
        """Show ``appointment`` with its ``questions``; the timer starts again for a new one."""
        self.flush()
        new = self.appointment is None or self.appointment.id != appointment.id
        self.appointment = appointment
        self._show_header()
        self.model.set_rows(questions)
        self._show_parts()
        self.notes.load(appointment.visit_notes)
        if self.model.rowCount():
            self.select_question(self.model.questions()[0].id)
        else:
            self._load_answer(None)
        if new:
            # The timer starts when the view is first seen for this appointment.
            self.timer.reset()
            if self.isVisible():
                self.timer.start()

    def refresh_questions(self, questions: list[Question]) -> None:
        """Take in questions planned for this visit since it was shown (staying on the same
        one); rows already shown stay where they are."""
        if {q.id for q in questions} == {q.id for q in self.model.questions()}:
            return
        current = self.current_question()
        self.model.set_rows(questions)
        if not (current is not None and self.select_question(current.id)) and questions:
            self.select_question(self.model.questions()[0].id)
        self._show_parts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.timer.running and self.appointment is not None:
            self.timer.start()

    def _show_parts(self) -> None:
        """The list and the answer box, or (with no questions) a word about the notes."""
        has_questions = self.model.rowCount() > 0
        for widget in (
            self.list_label,
            self.progress_label,
            self.list_view,
            self.mark_button,
            self.answer_label,
            self.answer_for_label,
            self.answer_edit,
            self.answer_message,
            self.hint,
        ):
            widget.setVisible(has_questions)
        self.no_questions.setVisible(not has_questions)

    def _show_header(self) -> None:
        appointment = self.appointment
        if appointment is None:
            return
        self.heading.setText(self.tr("Visit with %1").replace("%1", with_whom(appointment)))
        place = appointment.place
        text = when(appointment)
        if place:
            text = self.tr("%1, %2").replace("%1", text).replace("%2", place)
        self.when_label.setText(text)

    def focus_start(self) -> None:
        """The list, on the picked question; the notes when no questions are planned."""
        if self.model.rowCount():
            self.back_to_list()
        else:
            self.notes_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(self.notes_edit)
            self.notes_edit.moveCursor(self.notes_edit.textCursor().MoveOperation.End)

    def back_to_list(self) -> None:
        self.flush()
        if not self.model.rowCount():
            return
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid():
            self.select_question(self.model.questions()[0].id)
        reveal(self.list_view)

    def select_question(self, question_id: int) -> bool:
        row = self.model.row_of(question_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def current_question(self) -> Question | None:
        index = self.list_view.currentIndex()
        return self.model.question_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_answer(self.model.question_at(current.row()) if current.isValid() else None)

    def _show_mark_button(self) -> None:
        question = self.current_question()
        asked = question is not None and question.status is Status.ASKED
        text = self.tr("Mark open again (Space)") if asked else self.tr("Mark asked (Space)")
        self.mark_button.setText(text)
        self.mark_button.setEnabled(question is not None)
        self.progress_label.setText(self.count_text())

    # --- marking -------------------------------------------------------------------------
    def toggle_current(self) -> None:
        """Space: mark the picked question asked; if it is asked, open again."""
        question = self.current_question()
        if question is None or self.appointment is None:
            return
        self.answer.save()
        question = self.current_question() or question
        if question.status is Status.ANSWERED:
            message = self.tr("This question is answered. You can change it after the visit.")
            self.answer_for_label.setText(message)
            announce(self.list_view, message)
            return
        status = Status.OPEN if question.status is Status.ASKED else Status.ASKED
        self._undo.push(
            SetQuestionStatus(
                self._questions,
                question,
                status,
                label(status),
                self._after_undo,
                visit_id=self.appointment.id,
            )
        )
        announce(
            self.list_view,
            self.tr("Marked asked") if status is Status.ASKED else self.tr("Marked open"),
        )

    def _after_undo(self, question_id: int) -> None:
        if self.select_question(question_id):
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the answer ----------------------------------------------------------------------
    def start_answer(self, typed: str) -> None:
        """Typing on the list (or Enter): write the picked question's answer."""
        if self.current_question() is None:
            return
        self.answer_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        reveal(self.answer_edit)
        self.answer_edit.moveCursor(self.answer_edit.textCursor().MoveOperation.End)
        if typed:
            self.answer_edit.insertPlainText(typed)

    def _load_answer(self, question: Question | None) -> None:
        """Show the answer of ``question`` (None: no question picked). What was typed for the
        one before is saved, or kept as a draft if it can't be saved yet."""
        previous = self._answer_for
        if previous is not None and (question is None or question.id != previous.id):
            self.answer.save()
            if self.answer.has_message():
                self._drafts[previous.id] = self.answer_edit.toPlainText()
        self._answer_for = question
        draft = self._drafts.pop(question.id, None) if question is not None else None
        self.answer.load(draft if draft is not None else question.answer if question else "")
        if draft is not None:
            self.answer.checked()
        self.answer_edit.setEnabled(question is not None)
        if question is not None:
            place = number((self.model.row_of(question.id) or 0) + 1)
            self.answer_for_label.setText(
                self.tr("For question %1: %2").replace("%1", place).replace("%2", question.text)
            )
            self.answer_edit.setAccessibleName(
                self.tr("Answer to question %1").replace("%1", place)
            )
            self.answer_edit.setAccessibleDescription(shorten(question.text, 120))
        else:
            self.answer_for_label.clear()
        self._show_mark_button()

    def _store_answer(self, answer: str) -> None:
        """Save an answer; writing one marks the question answered (the service does)."""
        question, appointment = self._answer_for, self.appointment
        if question is None or appointment is None:
            return
        changes = (
            # Taken up at this visit: it belongs to this visit's record from now on.
            QuestionChanges(answer=answer, appointment_id=appointment.id)
            if question.appointment_id is None
            else QuestionChanges(answer=answer)
        )
        try:
            self._answer_for = self._questions.update(question.id, changes)
        except NotFoundError:  # deleted meanwhile
            self._answer_for = None

    def _store_notes(self, notes: str) -> None:
        if self.appointment is None:
            return
        try:
            self.appointment = self._appointments.update(
                self.appointment.id, AppointmentChanges(visit_notes=notes)
            )
        except NotFoundError:
            self.appointment = None

    def flush(self) -> None:
        """Save what is being typed now."""
        self.answer.save()
        self.notes.save()

    def has_unsaved(self) -> bool:
        """Typing that could not be saved (too long) is waiting here."""
        return bool(self._drafts) or self.answer.has_message() or self.notes.has_message()

    def _finish(self) -> None:
        self.flush()
        self.finish_requested.emit()

    # --- the journal changed -------------------------------------------------------------
    def _question_changed(self, event: QuestionEvent) -> None:
        current = self.current_question()
        self.model.apply(event)
        question = self.current_question()
        if question is None:
            if current is not None:
                self._load_answer(None)
            return
        if self._answer_for is not None and self._answer_for.id == question.id:
            typing = self.answer.typing()
            self._answer_for = question
            if not typing and self.answer_edit.toPlainText() != question.answer:
                self.answer.load(question.answer)
        self._show_mark_button()

    def _appointment_changed(self, event: AppointmentEvent) -> None:
        if (
            isinstance(event, AppointmentChanged)
            and self.appointment is not None
            and event.appointment.id == self.appointment.id
        ):
            typing = self.notes.typing()
            self.appointment = event.appointment
            self._show_header()
            if not typing:
                self.notes.load(event.appointment.visit_notes)

    def count_text(self) -> str:
        """ "2 of 5 asked", for the screen reader and tests."""
        rows = self.model.questions()
        done = sum(q.status in (Status.ASKED, Status.ANSWERED) for q in rows)
        text = self.tr("%1 of %2 asked")
        return text.replace("%1", number(done)).replace("%2", number(len(rows)))
