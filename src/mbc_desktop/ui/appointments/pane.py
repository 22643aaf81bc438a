"""The Appointments area: upcoming and past appointments (history, searchable), the details of
the picked one, and export to a calendar file.

Adding an appointment makes one at once (tomorrow, 9:00) and puts the keyboard on its date:
no dialog to fill in first. Deleting has undo; the questions planned for it go back to
"for the next appointment".
"""

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import Appointment, NewAppointment, Question
from mbc_desktop.services import AppointmentService, QuestionService
from mbc_desktop.services.calendar import appointments_to_ics
from mbc_desktop.ui.appointments.commands import AddAppointment, DeleteAppointment
from mbc_desktop.ui.appointments.editor import AppointmentEditor
from mbc_desktop.ui.appointments.model import AppointmentListModel, summary_lines
from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel, UndoBanner, plain_label
from mbc_desktop.words.dates import local_zone_name, short_date, zone
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP


class _AppointmentList(QListView):
    """A list of appointments; Enter opens the details, Delete deletes (with undo)."""

    def __init__(self, name: str, pane: "AppointmentsPane") -> None:
        super().__init__()
        self.setObjectName(name)
        self._pane = pane
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._pane.open_details()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self._pane.delete_selected()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class AppointmentsPane(QWidget):
    title = QT_TRANSLATE_NOOP("AppointmentsPane", "Appointments")

    def __init__(
        self,
        service: AppointmentService,
        questions: QuestionService,
        undo_stack: QUndoStack,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsPane")
        self._service = service
        self._questions = questions
        self._undo = undo_stack
        self._settings = settings
        # Whether the journal is encrypted (the composition root sets it): a calendar file
        # saved from an encrypted journal then says it is not.
        self.encrypted: Callable[[], bool] = lambda: False
        self.upcoming_model = AppointmentListModel(self)
        self.past_model = AppointmentListModel(self)
        self._build()
        self._make_actions()
        self._unsubscribe = service.changes.subscribe(lambda _event: self.refresh())
        self.destroyed.connect(lambda: self._unsubscribe())
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        heading = ScaledLabel(self.tr("Your appointments"), TextRole.TITLE)
        self.new_button = QPushButton(self.tr("&New appointment"))
        self.new_button.setToolTip(self.tr("Add an appointment (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(lambda: self.add_appointment())
        self.export_button = QPushButton(self.tr("E&xport to calendar…"))
        self.export_button.setToolTip(
            self.tr("Save the upcoming appointments as a calendar file (.ics), with a reminder")
        )
        self.export_button.clicked.connect(self.export_dialog)
        self.include_questions = QCheckBox(self.tr("Include question &texts in the file"))
        self.include_questions.setObjectName("includeQuestionTexts")
        self.include_questions.setChecked(self._settings.calendar_includes_questions)
        self.include_questions.toggled.connect(self._include_questions_changed)
        # Wraps onto more rows rather than make the area scroll sideways.
        top = FlowLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        top.addWidget(self.include_questions)

        self.search = QLineEdit()
        self.search.setObjectName("appointmentSearch")
        self.search.setAccessibleName(self.tr("Search appointments"))
        self.search.setPlaceholderText(self.tr("Search names, places, notes and answers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        search_label = QLabel(self.tr("Sear&ch"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)

        self.upcoming_list = _AppointmentList("upcomingList", self)
        self.upcoming_list.setModel(self.upcoming_model)
        self.upcoming_list.setAccessibleName(self.tr("Upcoming appointments"))
        self.past_list = _AppointmentList("pastList", self)
        self.past_list.setModel(self.past_model)
        self.past_list.setAccessibleName(self.tr("Past appointments"))
        upcoming_label = QLabel(self.tr("&Upcoming"))
        upcoming_label.setBuddy(self.upcoming_list)
        past_label = QLabel(self.tr("P&ast"))
        past_label.setBuddy(self.past_list)
        self.empty_label = plain_label(
            self.tr(
                "No appointments yet. Press New appointment to add your next one: the questions "
                "you plan, the visit itself and the summary all start from it."
            )
        )
        self.empty_label.setObjectName("appointmentsEmpty")

        for view in (self.upcoming_list, self.past_list):
            view.selectionModel().currentChanged.connect(self._current_changed)

        self.editor = AppointmentEditor(self._service, self._questions)
        self.editor.back_requested.connect(self.back_to_list)
        self.editor.delete_requested.connect(self.delete_selected)
        self.editor.export_requested.connect(lambda: self.export_dialog(only_this=True))

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addLayout(search_row)
        lists_layout.addWidget(self.empty_label)
        lists_layout.addWidget(upcoming_label)
        lists_layout.addWidget(self.upcoming_list, 1)
        lists_layout.addWidget(past_label)
        lists_layout.addWidget(self.past_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(lists)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.undo_banner = UndoBanner()
        self.undo_banner.action_clicked.connect(self._undo.undo)
        self.export_message = plain_label()
        self.export_message.setObjectName("exportMessage")
        self.export_message.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.export_message)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_banner)

    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("New &appointment"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(lambda: self.add_appointment())
        self.export_action = QAction(self.tr("E&xport to calendar…"), self)
        self.export_action.triggered.connect(self.export_dialog)
        self.menu_actions: list[QAction | None] = [self.new_action, self.export_action]

    # --- state ---------------------------------------------------------------------------
    def _matches(
        self, appointment: Appointment, words: list[str], asked: dict[int | None, str]
    ) -> bool:
        if not words:
            return True
        texts = [
            *summary_lines(appointment),
            appointment.notes,
            appointment.visit_notes,
            appointment.decisions,
            appointment.next_steps,
            appointment.tests_ordered,
        ]
        texts.append(asked.get(appointment.id, ""))
        haystack = "\n".join(texts).casefold()
        return all(word in haystack for word in words)

    def refresh(self) -> None:
        """Re-read the lists (a few hundred rows at most), keeping the picked appointment."""
        kept = self.editor.appointment
        words = self.search.text().casefold().split()
        # The questions and answers of each appointment, read once per search, not per row.
        asked: dict[int | None, str] = {}
        if words:
            for question in self._questions.list():
                text = f"{question.text} {question.answer}\n"
                asked[question.appointment_id] = asked.get(question.appointment_id, "") + text
        upcoming = [a for a in self._service.upcoming() if self._matches(a, words, asked)]
        past = [a for a in self._service.past() if self._matches(a, words, asked)]
        self.upcoming_model.set_rows(upcoming)
        self.past_model.set_rows(past)
        empty = not upcoming and not past and not words
        self.empty_label.setVisible(empty)
        self.export_button.setEnabled(bool(self._service.upcoming()))
        self.export_action.setEnabled(self.export_button.isEnabled())
        if kept is not None and self.select_appointment(kept.id):
            return
        self.editor.show_appointment(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        model = current.model()
        other = self.past_list if model is self.upcoming_model else self.upcoming_list
        other.selectionModel().clearSelection()
        other.selectionModel().clearCurrentIndex()
        source = self.upcoming_model if model is self.upcoming_model else self.past_model
        self.editor.show_appointment(source.appointment_at(current.row()))

    def select_appointment(self, appointment_id: int) -> bool:
        for view, model in (
            (self.upcoming_list, self.upcoming_model),
            (self.past_list, self.past_model),
        ):
            row = model.row_of(appointment_id)
            if row is not None:
                index = model.index(row, 0)
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                view.scrollTo(index)
                self.editor.show_appointment(model.appointment_at(row))
                return True
        return False

    def selected_appointment(self) -> Appointment | None:
        return self.editor.appointment

    # --- keyboard ------------------------------------------------------------------------
    def focus_start(self) -> None:
        for view, model in (
            (self.upcoming_list, self.upcoming_model),
            (self.past_list, self.past_model),
        ):
            if model.rowCount():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not view.currentIndex().isValid():
                    self.select_appointment(model.appointment_at(0).id)
                return
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_details(self) -> None:
        if self.editor.appointment is not None:
            self.editor.focus_first()

    def back_to_list(self) -> None:
        appointment = self.editor.appointment
        if appointment is None:
            self.focus_start()
            return
        view = (
            self.upcoming_list
            if self.upcoming_model.row_of(appointment.id) is not None
            else self.past_list
        )
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit_layout()
        return super().event(event)

    def fit_layout(self) -> None:
        """Side by side when both fit the room in the window; otherwise one above the other."""
        parent = self.parentWidget()
        room = parent.width() if parent is not None else self.width()
        needed = 2 * 36 * self.fontMetrics().averageCharWidth()
        wanted = Qt.Orientation.Vertical if room < needed else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    # --- actions -------------------------------------------------------------------------
    def _select_after(self, appointment_id: int | None) -> None:
        if appointment_id is not None:
            self.search.clear()
            self.select_appointment(appointment_id)

    def add_appointment(self, starts_at: datetime | None = None) -> Appointment:
        """Add an appointment (tomorrow at 9:00 unless given) and go to its date."""
        zone_name = local_zone_name()
        if starts_at is None:
            tomorrow = datetime.now(zone(zone_name)) + timedelta(days=1)
            starts_at = tomorrow.replace(hour=9, minute=0, second=0, microsecond=0)
        command = AddAppointment(
            self._service,
            NewAppointment(starts_at=starts_at, time_zone=zone_name),
            self._select_after,
        )
        self._undo.push(command)
        assert command.appointment is not None
        self._select_after(command.appointment.id)
        self.editor.focus_first()
        return command.appointment

    def delete_selected(self) -> None:
        appointment = self.editor.appointment
        if appointment is None:
            return
        self.editor.flush()
        self._undo.push(DeleteAppointment(self._service, appointment, self._select_after))
        self.undo_banner.announce(
            self.tr(
                "Deleted the appointment on %1. Its questions are kept. You can undo this."
            ).replace("%1", short_date(appointment.local_start()))
        )
        self.focus_start()

    def _include_questions_changed(self, on: bool) -> None:
        self._settings.calendar_includes_questions = on

    def export_dialog(self, only_this: bool = False) -> Path | None:
        """Ask where to save the calendar file (the upcoming appointments, or only the picked
        one), then save it."""
        suggested = str(Path.home() / self.tr("appointments.ics"))
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export appointments to a calendar file"),
            suggested,
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return None
        picked = self.editor.appointment if only_this else None
        return self.export_to(Path(chosen), [picked] if picked is not None else None)

    def export_to(self, path: Path, appointments: list[Appointment] | None = None) -> Path:
        """Write ``appointments`` (by default the upcoming ones) to ``path`` as an .ics file;
        says so in the pane."""
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        if appointments is None:
            appointments = self._service.upcoming()
        by_appointment = {a.id: self._service.planned_questions(a.id) for a in appointments}
        data = appointments_to_ics(
            appointments,
            by_appointment,
            include_question_texts=self.include_questions.isChecked(),
            now=datetime.now().astimezone(),
            summary_for=self._summary,
            description_for=self._description,
        )
        path.write_bytes(data)
        saved = self.tr(
            "Saved %n appointment(s) to %1. Open that file with your calendar app.",
            "",
            len(appointments),
        ).replace("%1", str(path))
        if self.encrypted():
            # The journal is encrypted; a calendar file is not (it may hold question texts).
            saved += " " + self.tr(
                "This file is not encrypted: anyone who can open it can read it."
            )
        self.export_message.setText(saved)
        self.export_message.show()
        return path

    def _summary(self, appointment: Appointment) -> str:
        if appointment.clinician:
            return self.tr("Appointment with %1").replace("%1", appointment.clinician)
        return self.tr("Oncology appointment")

    def _description(
        self, _appointment: Appointment, questions: list[Question], include: bool
    ) -> str:
        lines = [self.tr("%n question(s) to ask", "", len(questions))]
        if include:
            lines += [f"- {q.text}" for q in questions]
        return "\n".join(lines)

    def flush(self) -> None:
        self.editor.flush()
