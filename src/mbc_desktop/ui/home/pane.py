"""Home, the first area: the next appointment at a glance (when, with whom, how many days
away), the open questions planned for it with the must-ask count, and one key each to add a
question, add an appointment or start the visit. With no appointment, it invites you to add
one. (Preparing the summary comes with the summary itself.)"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import Appointment, Priority, Question, Status
from mbc_desktop.services import AppointmentService, QuestionService, SymptomReport, SymptomService
from mbc_desktop.ui.appointments.model import where, with_whom
from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.theme import STATUS_MARKS, TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel, plain_label
from mbc_desktop.ui.home.symptom_section import SymptomSection
from mbc_desktop.words.dates import days_away, long_date, when
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, label

PRIORITY_ORDER = {priority: place for place, priority in enumerate(Priority)}


def must_ask_first(questions: list[Question]) -> list[Question]:
    """Must ask, then want to ask, then if time; the person's own order within each."""
    return sorted(questions, key=lambda question: PRIORITY_ORDER[question.priority])


class HomePane(QWidget):
    title = QT_TRANSLATE_NOOP("HomePane", "Home")

    def __init__(
        self,
        appointments: AppointmentService,
        questions: QuestionService,
        add_question: Callable[[], None],
        add_appointment: Callable[[], None],
        start_visit: Callable[[int], None],
        parent: QWidget | None = None,
        *,
        symptoms: SymptomService | None = None,
        report: SymptomReport | None = None,
        check_in: Callable[[], None] | None = None,
        prepare_summary: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homePane")
        self._appointments = appointments
        self._questions = questions
        self._start_visit = start_visit
        self.next: Appointment | None = None
        # Symptoms worse since the last appointment, with a key to check in (when given).
        self.symptom_section = (
            SymptomSection(report, check_in)
            if report is not None and check_in is not None
            else None
        )
        self._prepare_summary = prepare_summary
        self._build(add_question, add_appointment)
        unsubscribe = [
            appointments.changes.subscribe(lambda _event: self._changed()),
            questions.changes.subscribe(lambda _event: self._changed()),
        ]
        if symptoms is not None:
            unsubscribe.append(symptoms.changes.subscribe(lambda _event: self._changed()))
        self.destroyed.connect(lambda: [stop() for stop in unsubscribe])
        self.refresh()

    def _build(self, add_question: Callable[[], None], add_appointment: Callable[[], None]) -> None:
        self.heading = ScaledLabel(self.tr("Your next appointment"), TextRole.TITLE)
        self.when_label = ScaledLabel("", TextRole.HEADING)
        self.when_label.setObjectName("nextWhen")
        self.details_label = plain_label()
        self.details_label.setObjectName("nextDetails")
        self.counts_label = plain_label()
        self.counts_label.setObjectName("plannedCounts")
        self.questions_list = QListWidget()
        self.questions_list.setObjectName("plannedQuestions")
        self.questions_list.setAccessibleName(self.tr("Questions planned for it"))
        self.questions_list.setWordWrap(True)
        self.questions_list.itemActivated.connect(lambda _item: self.start_visit())
        self.empty_label = plain_label(
            self.tr(
                "You have no appointment coming up. Add your next one: your questions, the "
                "visit itself and what was said all gather around it."
            )
        )
        self.empty_label.setObjectName("homeEmpty")

        self.add_question_button = QPushButton(self.tr("&Add a question"))
        self.add_question_button.clicked.connect(add_question)
        self.add_appointment_button = QPushButton(self.tr("Add an a&ppointment"))
        self.add_appointment_button.clicked.connect(add_appointment)
        self.start_button = QPushButton(self.tr("&Start the visit"))
        self.start_button.setToolTip(
            self.tr("A calm, large view of your questions to use during the appointment")
        )
        self.start_button.clicked.connect(self.start_visit)
        self.summary_button = QPushButton(self.tr("Prepare the su&mmary"))
        self.summary_button.setObjectName("prepareSummary")
        self.summary_button.setToolTip(
            self.tr("A one-page summary for the doctor: preview, print, save as PDF (Ctrl+P)")
        )
        self.summary_button.clicked.connect(lambda: self._summary())
        if self._prepare_summary is None:
            self.summary_button.hide()
        actions = FlowLayout()
        for button in (
            self.start_button,
            self.summary_button,
            self.add_question_button,
            self.add_appointment_button,
        ):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.details_label)
        layout.addLayout(actions)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.questions_list, 1)
        if self.symptom_section is not None:
            layout.addWidget(self.symptom_section)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def _summary(self) -> None:
        if self._prepare_summary is not None:
            self._prepare_summary()

    # --- state ---------------------------------------------------------------------------
    def _changed(self) -> None:
        # Read the journal again only while Home is on screen; otherwise when it is shown next
        # (typing in the Questions area must not pay for a page nobody sees).
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # "In 3 days" changes with the clock: read again whenever Home is shown.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self.symptom_section is not None:
            self.symptom_section.refresh()
        self.next = self._appointments.next_appointment()
        has_next = self.next is not None
        for widget in (self.when_label, self.details_label, self.counts_label):
            widget.setVisible(has_next)
        self.questions_list.setVisible(has_next)
        self.start_button.setVisible(has_next)
        self.empty_label.setVisible(not has_next)
        self.add_appointment_button.setText(
            self.tr("Add an a&ppointment") if has_next else self.tr("Add your next a&ppointment")
        )
        if self.next is None:
            self.questions_list.clear()
            return
        local = self.next.local_start()
        days = self._appointments.days_until(self.next)
        self.when_label.setText(f"{when(local)} · {days_away(days)}")
        details = [with_whom(self.next), where(self.next), self.next.purpose]
        self.details_label.setText("\n".join(part for part in details if part))
        planned = must_ask_first(self._appointments.planned_questions(self.next.id))
        must = sum(1 for q in planned if q.priority is Priority.MUST_ASK)
        self.counts_label.setText(
            self.tr("%n question(s) planned", "", len(planned))
            + " · "
            + self.tr("%n must-ask", "", must)
        )
        self.questions_list.clear()
        for question in planned:
            text = f"{label(question.priority)} · {question.text}"
            if question.status is Status.ASKED:
                text = f"{STATUS_MARKS['asked']} {text}"
            if question.carried_from is not None:
                if question.is_flagged:
                    since = question.asked_about_since or question.carried_from
                    note = "⚑ " + self.tr("asked about since %1").replace("%1", long_date(since))
                else:
                    note = self.tr("carried over from %1").replace(
                        "%1", long_date(question.carried_from)
                    )
                text += f"  ({note})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            self.questions_list.addItem(item)

    # --- keyboard ------------------------------------------------------------------------
    def focus_start(self) -> None:
        target = self.start_button if self.next is not None else self.add_appointment_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_visit(self) -> None:
        if self.next is not None:
            self._start_visit(self.next.id)
