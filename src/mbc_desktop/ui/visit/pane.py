"""The Visit area: the appointment in progress, and the step after it.

Which appointment it shows: the one Home's "Start the visit" asks for (``show_appointment``);
otherwise, when the area opens, today's appointment during its visit, else a visit that has
passed and is not finished yet (the after-visit step), else the next appointment. With no
appointment at all, it says how to add one.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from mbc_desktop.domain import Appointment, NotFoundError
from mbc_desktop.services import (
    AppointmentAdded,
    AppointmentEvent,
    AppointmentRemoved,
    AppointmentService,
    QuestionService,
    VisitResult,
)
from mbc_desktop.ui.common.page_stack import CurrentPageStack
from mbc_desktop.ui.common.room import Room
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel, announce, plain_label
from mbc_desktop.ui.visit.after import AfterVisit
from mbc_desktop.ui.visit.during import DuringVisit
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP

EMPTY_PAGE, DURING_PAGE, AFTER_PAGE, DONE_PAGE = range(4)


class VisitPane(QWidget):
    title = QT_TRANSLATE_NOOP("VisitPane", "Visit")

    def __init__(
        self,
        appointments: AppointmentService,
        questions: QuestionService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitPane")
        self._appointments = appointments
        self._questions = questions
        # True once an appointment was asked for (or a step taken): opening the area again
        # then keeps it, instead of choosing one.
        self._explicit = False
        self._finished_id: int | None = None
        self._room = Room(self, lambda: self.fit_layout())
        self.during = DuringVisit(appointments, questions, undo_stack)
        self.after = AfterVisit(appointments, questions, undo_stack)
        self.during.finish_requested.connect(self.finish_visit)
        self.after.back_requested.connect(self._back_to_visit)
        self.after.finished.connect(self._visit_finished)

        self.stack = CurrentPageStack()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self.during)
        self.stack.addWidget(self.after)
        self.stack.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        unsubscribe = appointments.changes.subscribe(self._appointment_event)
        self.destroyed.connect(lambda: unsubscribe())
        self.choose()

    # --- pages ---------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("visitEmpty")
        layout = QVBoxLayout(page)
        layout.addWidget(ScaledLabel(self.tr("The visit"), TextRole.TITLE))
        layout.addWidget(ScaledLabel(self.tr("No appointment yet"), TextRole.HEADING))
        self.empty_text = plain_label(
            self.tr(
                "On the day of an appointment, this view shows your questions in large type, "
                "lets you mark each one asked with one key, and keeps notes of what is said. "
                "Afterwards it helps you write down what was decided.\n\n"
                "To start, add your next appointment in Appointments (press Ctrl+3, or pick "
                "Appointments in the list of areas). It shows here when you come back."
            )
        )
        self.empty_text.setObjectName("visitEmptyText")
        layout.addWidget(self.empty_text)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("visitDone")
        layout = QVBoxLayout(page)
        layout.addWidget(ScaledLabel(self.tr("The visit is recorded"), TextRole.TITLE))
        self.done_text = ScaledLabel("", TextRole.HEADING)
        self.done_text.setObjectName("visitDoneText")
        layout.addWidget(self.done_text)
        self.done_more = plain_label(
            self.tr(
                "Your answers, notes and decisions are saved with this appointment. You can "
                "look back at them, and change them, at any time."
            )
        )
        layout.addWidget(self.done_more)
        self.review_button = QPushButton(self.tr("Look back at this visit"))
        self.review_button.setObjectName("reviewVisit")
        self.review_button.clicked.connect(self._review_finished)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    @property
    def appointment(self) -> Appointment | None:
        """The appointment shown (during or after its visit), if any."""
        if self.page == DURING_PAGE:
            return self.during.appointment
        if self.page == AFTER_PAGE:
            return self.after.appointment
        return None

    # --- choosing what to show ------------------------------------------------------------
    def choose(self) -> None:
        """Show what the person most likely needs now (see the module's docstring)."""
        nxt = self._appointments.next_appointment()
        if nxt is not None and self._appointments.days_until(nxt) <= 0:
            self._show_during(nxt)
            return
        waiting = self._appointments.last_unfinished()
        if waiting is not None:
            self._show_after(waiting, came_from_visit=False)
        elif nxt is not None:
            self._show_during(nxt)
        else:
            self._show_page(EMPTY_PAGE)

    def show_appointment(self, appointment_id: int) -> None:
        """Show this appointment's visit (Home's "Start the visit"); one that is finished
        shows its after-visit page instead."""
        try:
            appointment = self._appointments.get(appointment_id)
        except NotFoundError:
            self.choose()
            return
        self._explicit = True
        if appointment.is_completed:
            self._show_after(appointment, came_from_visit=False)
        else:
            self._show_during(appointment)

    def show_after_visit(self, appointment_id: int) -> None:
        """Go to the after-visit step of this appointment."""
        try:
            appointment = self._appointments.get(appointment_id)
        except NotFoundError:
            self.choose()
            return
        self._explicit = True
        self._show_after(appointment, came_from_visit=False)

    def _show_during(self, appointment: Appointment) -> None:
        questions = self._appointments.visit_questions(appointment.id)
        shown = self.during.appointment
        if self.page == DURING_PAGE and shown is not None and shown.id == appointment.id:
            self.during.refresh_questions(questions)
        else:
            self.during.show_appointment(appointment, questions)
        self._show_page(DURING_PAGE)
        self.fit_layout()

    def _show_after(self, appointment: Appointment, came_from_visit: bool) -> None:
        questions = self._appointments.visit_questions(appointment.id)
        shown = self.after.appointment
        same = self.page == AFTER_PAGE and shown is not None and shown.id == appointment.id
        if not (same and self.after.shows(questions)):
            self.after.show_appointment(appointment, questions, came_from_visit)
        self._show_page(AFTER_PAGE)

    def finish_visit(self) -> None:
        """ "Finish the visit": on to the after-visit step for the same appointment."""
        appointment = self.during.appointment
        if appointment is None:
            return
        self.during.flush()
        try:
            appointment = self._appointments.get(appointment.id)
        except NotFoundError:
            self.choose()
            return
        self._explicit = True
        self._show_after(appointment, came_from_visit=True)
        self.after.focus_start()

    def _back_to_visit(self) -> None:
        appointment = self.after.appointment
        if appointment is not None:
            self._show_during(appointment)
        self.during.focus_start()

    def _visit_finished(self, result: VisitResult) -> None:
        self._finished_id = result.finished.id
        text = self.after.result_text(result)
        self.done_text.setText(text)
        self._show_page(DONE_PAGE)
        self.review_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.done_text, text)

    def _review_finished(self) -> None:
        if self._finished_id is not None:
            self.show_after_visit(self._finished_id)
            self.after.focus_start()

    def _appointment_event(self, event: AppointmentEvent) -> None:
        shown = self.appointment
        if isinstance(event, AppointmentRemoved) and shown and event.appointment.id == shown.id:
            self._explicit = False
            self.choose()
        elif isinstance(event, AppointmentAdded) and self.page == EMPTY_PAGE:
            self.choose()

    # --- the area -------------------------------------------------------------------------
    def focus_start(self) -> None:
        """Where the keyboard goes when the area opens: the question list during a visit,
        the first question's status after one."""
        if not self._explicit:
            self.choose()
        elif self.page == DURING_PAGE and self.during.appointment is not None:
            self._show_during(self.during.appointment)
        if self.page == DURING_PAGE:
            self.during.focus_start()
        elif self.page == AFTER_PAGE:
            self.after.focus_start()
        elif self.page == DONE_PAGE:
            self.review_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Save anything being typed (called before the window closes)."""
        self.during.flush()
        self.after.flush()

    def has_unsaved(self) -> bool:
        """Typing that can't be saved as it is (too long) is waiting in this area."""
        return self.during.has_unsaved() or self.after.has_unsaved()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.page == DONE_PAGE:
            # Done with that visit: next time, show what comes next.
            self._explicit = False

    # --- arranging ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._room.follow()
        self.fit_layout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_layout()

    def available_width(self) -> int:
        return self._room.width()

    def fit_layout(self) -> None:
        """The question list beside the answer and notes when both fit; else above them."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        room = self.available_width() - (margins.left() + margins.right() if margins else 0)
        height = self._room.height()
        self.during.set_side_by_side(room >= self.during.needed_width(), height)
