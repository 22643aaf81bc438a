"""After the visit: a guided page for an appointment that has passed.

It goes in order: each question (its status and answer), then what was decided, the next
steps and the tests ordered, then the next appointment. "Finish" records the visit: it adds
the next appointment (unless there is none yet) and moves the questions not reached to it.
Typing is saved as it is typed, like everywhere else; status changes can be undone.
"""

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import (
    NOTES_MAX_CHARS,
    Appointment,
    AppointmentChanges,
    NotFoundError,
    Question,
    Status,
)
from mbc_desktop.services import (
    AppointmentChanged,
    AppointmentEvent,
    AppointmentService,
    QuestionChanged,
    QuestionEvent,
    QuestionService,
    VisitAlreadyFinishedError,
    VisitResult,
)
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    FieldMessage,
    MutedLabel,
    ScaledLabel,
    TextArea,
    plain_label,
    reveal,
)
from mbc_desktop.ui.visit.commands import SetQuestionStatus
from mbc_desktop.ui.visit.next_appointment import NextAppointmentForm
from mbc_desktop.ui.visit.parts import TypedText
from mbc_desktop.ui.visit.question_list import visit_order
from mbc_desktop.ui.visit.question_row import QuestionRow
from mbc_desktop.ui.visit.texts import local_start, long_date, short_day, when, with_whom
from mbc_desktop.words.i18n import label


class AfterVisit(QWidget):
    back_requested = Signal()
    finished = Signal(object)  # VisitResult

    def __init__(
        self,
        appointments: AppointmentService,
        questions: QuestionService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("afterVisit")
        self._appointments = appointments
        self._questions = questions
        self._undo = undo_stack
        self.appointment: Appointment | None = None
        self.rows: list[QuestionRow] = []
        self._build()
        unsubscribe_questions = questions.changes.subscribe(self._question_changed)
        unsubscribe_appointments = appointments.changes.subscribe(self._appointment_changed)
        self.destroyed.connect(lambda: (unsubscribe_questions(), unsubscribe_appointments()))

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr("After the visit"), TextRole.TITLE)
        self.heading.setObjectName("afterHeading")
        self.when_label = plain_label()
        self.when_label.setObjectName("afterWhen")
        self.back_button = QPushButton(self.tr("← &Back to the visit"))
        self.back_button.setObjectName("backToVisit")
        self.back_button.setAccessibleName(self.tr("Back to the visit"))
        self.back_button.clicked.connect(self._back)
        self.completed_label = MutedLabel()
        self.completed_label.setObjectName("afterCompleted")

        # 1. The questions.
        self.questions_heading = ScaledLabel(self.tr("1. Your questions"), TextRole.HEADING)
        self.questions_intro = plain_label(
            self.tr(
                "For each question, choose whether it was asked or answered, and write what "
                "was said. Questions still open when you finish move to your next appointment."
            )
        )
        self.no_questions = plain_label(self.tr("No questions were planned for this visit."))
        self.question_box = QVBoxLayout()
        self.question_box.setContentsMargins(0, 0, 0, 0)

        # 2. What was decided.
        self.texts_heading = ScaledLabel(self.tr("2. What was decided"), TextRole.HEADING)
        self.texts: dict[str, TypedText] = {}
        texts_layout = QVBoxLayout()
        for field, caption, accessible, hint in (
            (
                "decisions",
                self.tr("De&cisions"),
                self.tr("Decisions"),
                self.tr("Such as: stay on the same treatment, lower the dose"),
            ),
            (
                "next_steps",
                self.tr("Ne&xt steps"),
                self.tr("Next steps"),
                self.tr("Such as: call if the fever comes back, see the dietitian"),
            ),
            (
                "tests_ordered",
                self.tr("Tests o&rdered"),
                self.tr("Tests ordered"),
                self.tr("Such as: CT scan in six weeks, blood tests before the next cycle"),
            ),
        ):
            edit = TextArea(lines=2)
            edit.setObjectName(field)
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(hint)
            message = FieldMessage(edit)
            message.set_limit(NOTES_MAX_CHARS)
            caption_label = QLabel(caption)
            caption_label.setBuddy(edit)
            texts_layout.addWidget(caption_label)
            texts_layout.addWidget(edit)
            texts_layout.addWidget(message)
            self.texts[field] = TypedText(
                edit,
                message,
                field,
                AppointmentChanges,
                self._stored(field),
                self._store(field),
            )

        # 3. The next appointment.
        self.next_section = NextAppointmentForm()
        self.next_section.no_next_check.toggled.connect(self._show_finish_intro)

        # 4. Finish.
        self.finish_intro = plain_label()
        self.finish_button = QPushButton(self.tr("Fini&sh"))
        self.finish_button.setObjectName("finishAfterVisit")
        self.finish_button.setAccessibleName(self.tr("Finish the visit"))
        self.finish_button.clicked.connect(self.finish)
        self.finish_message = FieldMessage(self.finish_button, lines=2)
        self.finish_section = QWidget()
        finish_layout = QVBoxLayout(self.finish_section)
        finish_layout.setContentsMargins(0, 0, 0, 0)
        finish_layout.addWidget(self.finish_intro)
        finish_layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignLeft)
        finish_layout.addWidget(self.finish_message)

        self.form = QWidget()
        self.form.setObjectName("afterVisitForm")
        layout = QVBoxLayout(self.form)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.when_label)
        top.addLayout(titles, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.completed_label)
        layout.addWidget(self.questions_heading)
        layout.addWidget(self.questions_intro)
        layout.addWidget(self.no_questions)
        layout.addLayout(self.question_box)
        layout.addWidget(self.texts_heading)
        layout.addLayout(texts_layout)
        layout.addWidget(self.next_section)
        layout.addWidget(self.finish_section)
        layout.addStretch(1)

        # The page is long: it scrolls inside the area, and Tab brings each field into view.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("afterVisitScroll")
        self.scroller.setAccessibleName(self.tr("After the visit"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def _stored(self, field: str) -> Callable[[], str | None]:
        return lambda: str(getattr(self.appointment, field)) if self.appointment else None

    def _store(self, field: str) -> Callable[[str], None]:
        def store(value: str) -> None:
            if self.appointment is None:
                return
            changes = AppointmentChanges.model_validate({field: value})
            try:
                self.appointment = self._appointments.update(self.appointment.id, changes)
            except NotFoundError:
                self.appointment = None

        return store

    # --- showing -------------------------------------------------------------------------
    def show_appointment(
        self, appointment: Appointment, questions: list[Question], came_from_visit: bool
    ) -> None:
        """Show the page for ``appointment`` (a visit that has passed) and its ``questions``."""
        self.flush()
        self.appointment = appointment
        self.back_button.setVisible(came_from_visit and not appointment.is_completed)
        self.when_label.setText(
            self.tr("%1, with %2")
            .replace("%1", when(appointment))
            .replace("%2", with_whom(appointment))
        )
        self._show_questions(questions)
        for field, text in self.texts.items():
            text.load(getattr(appointment, field))
        self._show_next_and_finish()
        self.finish_message.clear_message()
        self.scroller.verticalScrollBar().setValue(0)

    def shows(self, questions: list[Question]) -> bool:
        """Whether the page has a row for each of ``questions`` and no other."""
        return {q.id for q in questions} == {row.question.id for row in self.rows}

    def _show_questions(self, questions: list[Question]) -> None:
        for row in self.rows:
            row.answer.save()
            row.deleteLater()
        self.rows = []
        assert self.appointment is not None
        for place, question in enumerate(visit_order(questions), start=1):
            row = QuestionRow(place, question, self._questions, self.appointment.id)
            row.status_chosen.connect(self._set_status)
            self.question_box.addWidget(row)
            self.rows.append(row)
        self.no_questions.setVisible(not self.rows)
        self.questions_intro.setVisible(bool(self.rows))
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes down the page as it reads: the rows are made after the rest, so say so."""
        chain: list[QWidget] = [self.back_button]
        for row in self.rows:
            chain += [row.status_combo, row.answer_edit]
        chain += [text.edit for text in self.texts.values()]
        chain += [*self.next_section.tab_chain(), self.finish_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_next_and_finish(self) -> None:
        """For a visit not finished yet: the next appointment and Finish. For one finished:
        when, and that what is written can still be changed."""
        appointment = self.appointment
        assert appointment is not None
        done = appointment.completed_at is not None
        self.next_section.setVisible(not done)
        self.finish_section.setVisible(not done)
        self.completed_label.setVisible(done)
        if appointment.completed_at is not None:
            self.completed_label.setText(
                self.tr(
                    "This visit was finished on %1. You can still change what is written here."
                ).replace("%1", long_date(appointment.completed_at.astimezone()))
            )
            return
        self.next_section.show_for(appointment, self.planned_after(appointment))
        self._show_finish_intro()

    def planned_after(self, appointment: Appointment) -> Appointment | None:
        """The first unfinished appointment after this one, if one is in the list already."""
        return self._appointments.first_unfinished_after(appointment)

    def _show_finish_intro(self) -> None:
        open_count = sum(row.question.status is Status.OPEN for row in self.rows)
        if not open_count:
            text = self.tr("Every question was asked.")
        elif self.next_section.adds_none() and not self.next_section.planned_label.text():
            text = self.tr(
                "%n question(s) still open will wait for your next appointment.", "", open_count
            )
        else:
            text = self.tr(
                "%n question(s) still open will move to your next appointment.", "", open_count
            )
        self.finish_intro.setText(text)

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def focus_start(self) -> None:
        """The first question's status; with no questions, the decisions."""
        target = self.rows[0].status_combo if self.rows else self.texts["decisions"].edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        reveal(target)

    # --- saving --------------------------------------------------------------------------
    def _set_status(self, question_id: int, status: Status) -> None:
        row = self._row_for(question_id)
        if row is None or self.appointment is None:
            return
        self._undo.push(
            SetQuestionStatus(
                self._questions,
                row.question,
                status,
                label(status),
                self._after_undo,
                visit_id=self.appointment.id,
            )
        )

    def _after_undo(self, question_id: int) -> None:
        row = self._row_for(question_id)
        if row is not None and self.isVisible():
            row.status_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(row.status_combo)

    def _row_for(self, question_id: int) -> QuestionRow | None:
        return next((row for row in self.rows if row.question.id == question_id), None)

    def flush(self) -> None:
        """Save what is being typed now."""
        for row in self.rows:
            row.answer.save()
        for text in self.texts.values():
            text.save()

    def has_unsaved(self) -> bool:
        """Typing that can't be saved as it is (too long) is waiting on this page."""
        return any(row.answer.has_message() for row in self.rows) or any(
            text.has_message() for text in self.texts.values()
        )

    # --- finishing -----------------------------------------------------------------------
    def finish(self) -> None:
        """Record the visit: add the next appointment and move the questions not reached."""
        appointment = self.appointment
        if appointment is None:
            return
        self.flush()
        if self.has_unsaved():
            self.finish_message.show_message(
                self.tr("Some of what you typed can't be saved yet: see the message under it.")
            )
            return
        nxt = self.next_section.new_appointment(appointment)
        if isinstance(nxt, str):
            self.next_section.show_problem(nxt)
            reveal(self.next_section.date_edit)
            return
        try:
            result = self._appointments.finish_visit(appointment.id, nxt)
        except VisitAlreadyFinishedError:
            self.finish_message.show_message(self.tr("This visit was already finished."))
            return
        except NotFoundError:
            self.finish_message.show_message(self.tr("This appointment is no longer in your list."))
            return
        self.finished.emit(result)

    def result_text(self, result: VisitResult) -> str:
        """What finishing did, in plain words: "3 questions not reached moved to your
        appointment on December 12." """
        carried = len(result.carried_question_ids)
        nxt = result.next_appointment
        if carried and nxt is not None:
            return self.tr(
                "%n question(s) not reached moved to your appointment on %1.", "", carried
            ).replace("%1", short_day(local_start(nxt)))
        if carried:
            return self.tr(
                "%n question(s) not reached will wait for your next appointment. Add it in "
                "Appointments (Ctrl+3) when you know the date.",
                "",
                carried,
            )
        if nxt is not None:
            return self.tr("Every question was asked. Your next appointment is on %1.").replace(
                "%1", short_day(local_start(nxt))
            )
        return self.tr("Every question was asked.")

    # --- the journal changed -------------------------------------------------------------
    def _question_changed(self, event: QuestionEvent) -> None:
        if isinstance(event, QuestionChanged):
            row = self._row_for(event.question.id)
            if row is not None:
                row.show_question(event.question)
                self._show_finish_intro()

    def _appointment_changed(self, event: AppointmentEvent) -> None:
        if not (
            isinstance(event, AppointmentChanged)
            and self.appointment is not None
            and event.appointment.id == self.appointment.id
        ):
            return
        typing = {field for field, text in self.texts.items() if text.typing()}
        self.appointment = event.appointment
        for field, text in self.texts.items():
            if field not in typing and text.edit.toPlainText() != getattr(self.appointment, field):
                text.load(getattr(self.appointment, field))
