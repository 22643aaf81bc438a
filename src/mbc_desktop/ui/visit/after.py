"""After the visit: a guided page for an appointment that has passed.

It goes in order: each question (its status and answer), then what was decided, the next
steps and the tests ordered, then the next appointment. "Finish" records the visit: it adds
the next appointment (unless there is none yet) and moves the questions not reached to it.
Typing is saved as it is typed, like everywhere else; status changes can be undone.
"""

from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import pairwise

from pydantic import ValidationError
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import (
    ANSWER_MAX_CHARS,
    CLINICIAN_MAX_CHARS,
    NOTES_MAX_CHARS,
    Appointment,
    AppointmentChanges,
    NewAppointment,
    NotFoundError,
    Question,
    QuestionChanges,
    Status,
    field_messages,
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
from mbc_desktop.ui.common.i18n import domain_message, label, number
from mbc_desktop.ui.common.theme import TextRole, set_text_role
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    FieldMessage,
    FocusOutWatcher,
    ScaledLabel,
    TextArea,
    plain_label,
)
from mbc_desktop.ui.visit.commands import SetQuestionStatus
from mbc_desktop.ui.visit.during import SAVE_DELAY_MS, muted, reveal
from mbc_desktop.ui.visit.question_list import visit_order
from mbc_desktop.ui.visit.texts import local_start, long_date, short_day, when, with_whom

# The order the person thinks in after a visit: did I ask it, did I get an answer.
STATUS_CHOICES = (Status.ASKED, Status.ANSWERED, Status.OPEN, Status.DROPPED)
# A guess to start from for the next appointment: three weeks on, the usual cycle.
NEXT_VISIT_AFTER = timedelta(days=21)
# The appointment's fields written on this page, in the order shown.
TEXT_FIELDS = ("decisions", "next_steps", "tests_ordered")


def date_format() -> str:
    """The language's short date, with the year in full (12/5/2026, 5/12/2026)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _saver(parent: QObject, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(slot)
    return timer


class QuestionRow(QFrame):
    """One question on the after-visit page: its text, a status choice and an answer box."""

    status_chosen = Signal(int, object)  # question id, Status

    def __init__(
        self,
        place: int,
        question: Question,
        questions: QuestionService,
        visit_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"visitQuestion{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = question
        self._questions = questions
        self._visit_id = visit_id
        self._loading = False
        place_text = number(place)

        self.text_label = plain_label(
            self.tr("%1. %2").replace("%1", place_text).replace("%2", question.text)
        )
        self.text_label.setObjectName("afterQuestionText")
        set_text_role(self.text_label, TextRole.HEADING)
        self.history_label = muted(plain_label())
        self.history_label.setObjectName("afterQuestionHistory")

        self.status_combo = ChoiceBox()
        self.status_combo.setObjectName("afterStatus")
        for status in STATUS_CHOICES:
            self.status_combo.addItem(label(status), status)
        self.status_combo.setAccessibleName(
            self.tr("Status of question %1").replace("%1", place_text)
        )
        status_label = QLabel(self.tr("Status"))
        status_label.setBuddy(self.status_combo)

        self.answer_edit = TextArea(lines=2)
        self.answer_edit.setObjectName("afterAnswer")
        self.answer_edit.setAccessibleName(
            self.tr("Answer to question %1").replace("%1", place_text)
        )
        self.answer_edit.setPlaceholderText(self.tr("What was said"))
        self.answer_message = FieldMessage(self.answer_edit)
        self.answer_message.set_limit(ANSWER_MAX_CHARS)
        answer_label = QLabel(self.tr("Answer"))
        answer_label.setBuddy(self.answer_edit)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The choice as wide as its words, not the page: it reads as a choice, not a field.
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        form.addRow(status_label, status_row)
        form.addRow(answer_label, self.answer_edit)
        form.addRow("", self.answer_message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.history_label)
        layout.addLayout(form)

        self._timer = _saver(self, self.save_answer)
        self.answer_edit.textChanged.connect(self._answer_edited)
        self.answer_edit.installEventFilter(FocusOutWatcher(self.save_answer, self))
        self.status_combo.activated.connect(self._status_activated)
        self.show_question(question)

    def show_question(self, question: Question) -> None:
        """Show ``question`` as it now is, without overwriting an answer being typed."""
        typing = self.answer_edit.toPlainText() != self.question.answer
        self.question = question
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(self.status_combo.findData(question.status))
            if not typing:
                self.answer_edit.setPlainText(question.answer)
        finally:
            self._loading = False
        self.history_label.setText(self.history(question))
        self.history_label.setVisible(bool(self.history_label.text()))

    def history(self, question: Question) -> str:
        """Where the question has been: flagged in words once it keeps slipping ("⚑ Asked
        about since …"), else "Carried over from the visit on …" if it was moved on."""
        if question.is_flagged and question.asked_about_since is not None:
            return (
                self.tr("⚑ Asked about since %1 (carried over %2 times)")
                .replace("%1", long_date(question.asked_about_since.astimezone()))
                .replace("%2", number(question.carry_count))
            )
        if question.carried_from is not None:
            return self.tr("Carried over from the visit on %1").replace(
                "%1", long_date(question.carried_from.astimezone())
            )
        return ""

    def _status_activated(self, _index: int) -> None:
        if self._loading:
            return
        self.save_answer()
        status = self.status_combo.currentData()
        if status != self.question.status:
            self.status_chosen.emit(self.question.id, status)

    def _answer_edited(self) -> None:
        if self._loading:
            return
        self.answer_message.update_count(len(self.answer_edit.toPlainText().strip()))
        self._check()
        self._timer.start()

    def _check(self) -> QuestionChanges | None:
        try:
            changes = QuestionChanges(answer=self.answer_edit.toPlainText())
        except ValidationError as error:
            self.answer_message.show_message(domain_message(field_messages(error)["answer"]))
            return None
        self.answer_message.clear_message()
        return changes

    def save_answer(self) -> None:
        self._timer.stop()
        changes = self._check()
        if changes is None or changes.answer == self.question.answer:
            return
        if self.question.appointment_id is None:
            changes = QuestionChanges(answer=changes.answer, appointment_id=self._visit_id)
        try:
            self.question = self._questions.update(self.question.id, changes)
        except NotFoundError:
            return


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
        self._loading = False
        self._build()
        self._text_timer = _saver(self, self.save_texts)
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
        self.completed_label = muted(plain_label())
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
        self.text_edits: dict[str, TextArea] = {}
        self.text_messages: dict[str, FieldMessage] = {}
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
            edit.textChanged.connect(self._text_edited)
            edit.installEventFilter(FocusOutWatcher(self.save_texts, self))
            texts_layout.addWidget(caption_label)
            texts_layout.addWidget(edit)
            texts_layout.addWidget(message)
            self.text_edits[field] = edit
            self.text_messages[field] = message

        # 3. The next appointment.
        self.next_heading = ScaledLabel(self.tr("3. Your next appointment"), TextRole.HEADING)
        self.planned_label = plain_label()
        self.planned_label.setObjectName("alreadyPlanned")
        self.no_next_check = QCheckBox()
        self.no_next_check.setObjectName("noNextAppointment")
        self.no_next_check.toggled.connect(self._no_next_toggled)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("nextDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date of the next appointment"))
        self.date_edit.setDisplayFormat(date_format())
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("nextTime")
        self.time_edit.setAccessibleName(self.tr("Time of the next appointment"))
        for spin in (self.date_edit, self.time_edit):
            # Its text box takes the focus: a screen reader must hear the same name there.
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        self.clinician_edit = QLineEdit()
        self.clinician_edit.setObjectName("nextClinician")
        self.clinician_edit.setAccessibleName(self.tr("Clinician at the next appointment"))
        self.clinician_edit.setPlaceholderText(self.tr("Such as Dr. Ortiz"))
        self.clinician_edit.setMaxLength(CLINICIAN_MAX_CHARS + 20)
        self.next_message = FieldMessage(self.date_edit, lines=2)
        self.next_form_widget = QWidget()
        next_form = QFormLayout(self.next_form_widget)
        next_form.setContentsMargins(0, 0, 0, 0)
        next_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # The date and time as wide as they need; the name gets the rest.
        next_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Date"), self.date_edit),
            (self.tr("Ti&me"), self.time_edit),
            (self.tr("C&linician"), self.clinician_edit),
        )
        for caption, widget in fields:
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            next_form.addRow(caption_label, widget)

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

        self.next_section = QWidget()
        next_layout = QVBoxLayout(self.next_section)
        next_layout.setContentsMargins(0, 0, 0, 0)
        next_layout.addWidget(self.next_heading)
        next_layout.addWidget(self.planned_label)
        next_layout.addWidget(self.no_next_check)
        next_layout.addWidget(self.next_form_widget)
        next_layout.addWidget(self.next_message)

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
        self.form.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The form is as wide as the scroll area shows, never wider: text wraps instead.
        if watched is self.form and event.type() == QEvent.Type.LayoutRequest:
            self.form.setMinimumWidth(0)
        return False

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
        self._load_texts()
        self._show_next_section()
        self.next_message.clear_message()
        self.finish_message.clear_message()
        self.scroller.verticalScrollBar().setValue(0)

    def shows(self, questions: list[Question]) -> bool:
        """Whether the page has a row for each of ``questions`` and no other."""
        return {q.id for q in questions} == {row.question.id for row in self.rows}

    def _show_questions(self, questions: list[Question]) -> None:
        for row in self.rows:
            row.save_answer()
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
        chain += [*self.text_edits.values(), self.no_next_check, self.date_edit]
        chain += [self.time_edit, self.clinician_edit, self.finish_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_next_section(self) -> None:
        appointment = self.appointment
        assert appointment is not None
        done = appointment.is_completed
        self.next_section.setVisible(not done)
        self.finish_section.setVisible(not done)
        if done and appointment.completed_at is not None:
            self.completed_label.setText(
                self.tr(
                    "This visit was finished on %1. You can still change what is written here."
                ).replace("%1", long_date(appointment.completed_at.astimezone()))
            )
        self.completed_label.setVisible(done)
        if done:
            return
        later = self.planned_after(appointment)
        if later is not None:
            self.planned_label.setText(
                self.tr(
                    "Your next appointment is already planned: %1, with %2. Questions not "
                    "reached move to it."
                )
                .replace("%1", when(later))
                .replace("%2", with_whom(later))
            )
            self.no_next_check.setText(self.tr("Don't add another one: it is alread&y planned"))
        else:
            self.no_next_check.setText(self.tr("No next appointment &yet"))
        self.planned_label.setVisible(later is not None)
        self.no_next_check.setChecked(later is not None)
        start = local_start(appointment)
        suggested = start + NEXT_VISIT_AFTER
        self.date_edit.setDate(QDate(suggested.year, suggested.month, suggested.day))
        self.time_edit.setTime(QTime(start.hour, start.minute))
        self.clinician_edit.setText(appointment.clinician)
        self._no_next_toggled(self.no_next_check.isChecked())

    def planned_after(self, appointment: Appointment) -> Appointment | None:
        """The first unfinished appointment after this one, if one is in the list already."""
        key = (appointment.starts_at, appointment.id)
        for other in self._appointments.list():
            if (other.starts_at, other.id) > key and not other.is_completed:
                return other
        return None

    def _no_next_toggled(self, checked: bool) -> None:
        self.next_form_widget.setEnabled(not checked)
        self.next_form_widget.setVisible(not checked)
        self.next_message.clear_message()
        self._show_finish_intro()

    def _show_finish_intro(self) -> None:
        open_count = sum(row.question.status is Status.OPEN for row in self.rows)
        if not open_count:
            text = self.tr("Every question was asked.")
        elif self.no_next_check.isChecked() and not self.planned_label.isVisible():
            text = self.tr(
                "%n question(s) still open will wait for your next appointment.", "", open_count
            )
        else:
            text = self.tr(
                "%n question(s) still open will move to your next appointment.", "", open_count
            )
        self.finish_intro.setText(text)

    def _load_texts(self) -> None:
        assert self.appointment is not None
        self._loading = True
        try:
            for field, edit in self.text_edits.items():
                edit.setPlainText(getattr(self.appointment, field))
                self.text_messages[field].clear_message()
        finally:
            self._loading = False

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def focus_start(self) -> None:
        """The first question's status; with no questions, the decisions."""
        target: QWidget = self.rows[0].status_combo if self.rows else self.text_edits["decisions"]
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

    def _text_edited(self) -> None:
        if self._loading:
            return
        for field, edit in self.text_edits.items():
            self.text_messages[field].update_count(len(edit.toPlainText().strip()))
        self._check_texts()
        self._text_timer.start()

    def _check_texts(self) -> dict[str, str]:
        """The fields that can be saved as typed; a message beside each one that cannot."""
        valid: dict[str, str] = {}
        for field, edit in self.text_edits.items():
            try:
                AppointmentChanges.model_validate({field: edit.toPlainText()})
            except ValidationError as error:
                self.text_messages[field].show_message(domain_message(field_messages(error)[field]))
                continue
            self.text_messages[field].clear_message()
            valid[field] = edit.toPlainText()
        return valid

    def save_texts(self) -> None:
        self._text_timer.stop()
        appointment = self.appointment
        if appointment is None:
            return
        valid = self._check_texts()
        changes = AppointmentChanges.model_validate(valid)
        if all(getattr(changes, f) == getattr(appointment, f) for f in valid):
            return
        try:
            self.appointment = self._appointments.update(appointment.id, changes)
        except NotFoundError:
            self.appointment = None

    def flush(self) -> None:
        """Save what is being typed now."""
        for row in self.rows:
            row.save_answer()
        self.save_texts()

    def has_unsaved(self) -> bool:
        return any(row.answer_message.has_message() for row in self.rows) or any(
            message.has_message() for message in self.text_messages.values()
        )

    # --- finishing -----------------------------------------------------------------------
    def next_appointment(self) -> NewAppointment | str | None:
        """The next appointment as filled in, None for "no next appointment", or a message
        saying why it can't be added yet."""
        appointment = self.appointment
        assert appointment is not None
        if self.no_next_check.isChecked():
            return None
        day, clock = self.date_edit.date(), self.time_edit.time()
        where = appointment.zone or local_start(appointment).tzinfo
        starts = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=where
        )
        if starts <= appointment.starts_at:
            return self.tr("Choose a day and time after this visit for the next appointment.")
        try:
            return NewAppointment(
                starts_at=starts,
                time_zone=appointment.time_zone if appointment.zone is not None else "",
                clinician=self.clinician_edit.text(),
                role=appointment.role,
                place=appointment.place,
                telehealth=appointment.telehealth,
            )
        except ValidationError as error:
            return domain_message(next(iter(field_messages(error).values())))

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
        nxt = self.next_appointment()
        if isinstance(nxt, str):
            self.next_message.show_message(nxt)
            self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(self.date_edit)
            return
        self.next_message.clear_message()
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
        if (
            isinstance(event, AppointmentChanged)
            and self.appointment is not None
            and event.appointment.id == self.appointment.id
        ):
            self.appointment = event.appointment
