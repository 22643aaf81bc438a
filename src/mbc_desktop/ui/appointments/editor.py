"""The details of one appointment: when, with whom, where, what for, notes; and, once it has
happened, what was said (its questions and answers, notes, decisions, next steps).

Like the question details: typing is saved a moment after you stop and when you leave a
field; a date, time, role or telehealth change is saved at once. What can't be saved gets a
message under its field and is kept as typed.
"""

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import (
    Appointment,
    AppointmentChanges,
    NotFoundError,
    Role,
    field_messages,
)
from mbc_desktop.services import AppointmentService, QuestionService
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    DateField,
    FieldMessage,
    FocusOutWatcher,
    KeysDo,
    ScaledLabel,
    TextArea,
    TimeField,
    details_page,
    plain_label,
    watch_keys,
)
from mbc_desktop.words.dates import (
    combine,
    date_edit_format,
    qdate,
    qtime,
    time_edit_format,
    when,
)
from mbc_desktop.words.i18n import domain_message, label

SAVE_DELAY_MS = 600
TEXT_FIELDS = ("clinician", "place", "purpose", "notes")


class AppointmentEditor(QWidget):
    back_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal()

    def __init__(
        self,
        service: AppointmentService,
        questions: QuestionService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._questions = questions
        self._appointment: Appointment | None = None
        self._loading = False
        self._build()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.show_appointment(None)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.placeholder = plain_label(
            self.tr("Pick an appointment in the list to see or change its details.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.heading = ScaledLabel(self.tr("Appointment details"), TextRole.HEADING)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("appointmentSaved")

        self.date_edit = DateField()
        self.date_edit.setObjectName("appointmentDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.time_edit = TimeField()
        self.time_edit.setObjectName("appointmentTime")
        self.time_edit.setDisplayFormat(time_edit_format())
        self.time_edit.setAccessibleName(self.tr("Time"))
        for spin in (self.date_edit, self.time_edit):
            # Its text box takes the focus: a screen reader must hear the same name there.
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        # The date and time as saved, in words: a slip in typing shows at once.
        self.when_label = plain_label()
        self.when_label.setObjectName("appointmentWhen")
        self.clinician_edit = QLineEdit()
        self.clinician_edit.setObjectName("clinician")
        self.clinician_edit.setAccessibleName(self.tr("With whom"))
        self.clinician_edit.setPlaceholderText(self.tr("Such as Dr. Ortiz"))
        self.role_combo = ChoiceBox()
        self.role_combo.setObjectName("role")
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role_combo.addItem(label(role), role)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("place")
        self.place_edit.setAccessibleName(self.tr("Place, or phone number or link"))
        self.place_edit.setPlaceholderText(self.tr("Address, or how to join a telehealth visit"))
        self.telehealth_check = QCheckBox(self.tr("Te&lehealth (by phone or video)"))
        self.telehealth_check.setObjectName("telehealth")
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("purpose")
        self.purpose_edit.setAccessibleName(self.tr("What it is for"))
        self.purpose_edit.setPlaceholderText(
            self.tr("Such as scan results, or starting a new drug")
        )
        self.notes_edit = TextArea(lines=3)
        self.notes_edit.setObjectName("appointmentNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.messages = {
            "clinician": FieldMessage(self.clinician_edit),
            "place": FieldMessage(self.place_edit),
            "purpose": FieldMessage(self.purpose_edit),
            "notes": FieldMessage(self.notes_edit),
        }

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        when_row = QHBoxLayout()
        when_row.addWidget(self.date_edit, 1)
        when_row.addWidget(self.time_edit)
        date_label = QLabel(self.tr("&Date and time"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, when_row)
        form.addRow("", self.when_label)
        for text, field, name in (
            (self.tr("&With whom"), self.clinician_edit, "clinician"),
            (self.tr("&Role"), self.role_combo, ""),
            (self.tr("&Place"), self.place_edit, "place"),
            (self.tr("What &it is for"), self.purpose_edit, "purpose"),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
            if name:
                form.addRow("", self.messages[name])
        form.addRow("", self.telehealth_check)
        notes_label = QLabel(self.tr("N&otes"))
        notes_label.setBuddy(self.notes_edit)

        self.history = QPlainTextEdit()
        self.history.setObjectName("appointmentHistory")
        self.history.setReadOnly(True)
        self.history.setAccessibleName(self.tr("What was said at this appointment"))
        self.history_heading = ScaledLabel(self.tr("What was said"), TextRole.HEADING)

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.back_button.clicked.connect(self._back)
        self.back_button.hide()
        self.delete_button = QPushButton(self.tr("Delete appoint&ment"))
        self.delete_button.setToolTip(
            self.tr("Delete this appointment. Its questions go back to the next appointment.")
        )
        self.delete_button.clicked.connect(self.delete_requested)
        self.export_one_button = QPushButton(self.tr("Add to a calendar…"))
        self.export_one_button.setObjectName("exportOne")
        self.export_one_button.setToolTip(
            self.tr("Save this appointment alone as a calendar file (.ics), with a reminder")
        )
        self.export_one_button.clicked.connect(self.export_requested)

        self.form = QWidget()
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.saved_label)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(heading_row)
        layout.addLayout(form)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.messages["notes"])
        layout.addWidget(self.history_heading)
        layout.addWidget(self.history, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_one_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        self._scroller = details_page(self, self.placeholder, self.form, "appointmentEditor")
        self._scroller.setAccessibleName(self.tr("Appointment details"))

        for edit in (self.clinician_edit, self.place_edit, self.purpose_edit):
            edit.textEdited.connect(self._text_edited)
        self.notes_edit.textChanged.connect(self._text_edited)
        watcher = FocusOutWatcher(self.flush, self)
        for typed in (self.clinician_edit, self.place_edit, self.purpose_edit, self.notes_edit):
            typed.installEventFilter(watcher)
        watch_keys(self.form, KeysDo({Qt.Key.Key_Escape}, self._back, self))
        self.date_edit.dateChanged.connect(lambda _d: self._save_now())
        self.time_edit.timeChanged.connect(lambda _t: self._save_now())
        self.role_combo.activated.connect(lambda _i: self._save_now())
        self.telehealth_check.toggled.connect(lambda _on: self._save_now())

    # --- showing -------------------------------------------------------------------------
    @property
    def appointment(self) -> Appointment | None:
        return self._appointment

    def set_back_visible(self, visible: bool) -> None:
        self.back_button.setVisible(visible)

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def show_appointment(self, appointment: Appointment | None) -> None:
        previous = self._appointment
        if previous is not None and (appointment is None or appointment.id != previous.id):
            self.flush()
        self._appointment = appointment
        self.placeholder.setVisible(appointment is None)
        self._scroller.setVisible(appointment is not None)
        for message in self.messages.values():
            message.clear_message()
        if appointment is not None:
            self._load(appointment)
            self.saved_label.setText(self.tr("✓ Saved"))

    def _load(self, appointment: Appointment) -> None:
        self._loading = True
        try:
            local = appointment.local_start()
            self.when_label.setText(when(local))
            # Only what differs: setting a field that is being typed in moves its cursor.
            if self.date_edit.date() != qdate(local):
                self.date_edit.setDate(qdate(local))
            if self.time_edit.time() != qtime(local):
                self.time_edit.setTime(qtime(local))
            for field, value in (
                (self.clinician_edit, appointment.clinician),
                (self.place_edit, appointment.place),
                (self.purpose_edit, appointment.purpose),
            ):
                if field.text() != value:
                    field.setText(value)
            self.role_combo.setCurrentIndex(self.role_combo.findData(appointment.role))
            self.telehealth_check.setChecked(appointment.telehealth)
            if self.notes_edit.toPlainText() != appointment.notes:
                self.notes_edit.setPlainText(appointment.notes)
            self._load_history(appointment)
        finally:
            self._loading = False

    def _load_history(self, appointment: Appointment) -> None:
        """For an appointment that has happened: its questions and answers, and its notes."""
        happened = appointment.completed_at is not None
        self.history.setVisible(happened)
        self.history_heading.setVisible(happened)
        if not happened:
            return
        lines: list[str] = []
        for question in self._questions.list():
            if question.appointment_id == appointment.id:
                lines.append(f"• {question.text} ({label(question.status)})")
                if question.answer:
                    lines.append(f"  {question.answer}")
        for title, text in (
            (self.tr("Notes from the visit"), appointment.visit_notes),
            (self.tr("Decisions"), appointment.decisions),
            (self.tr("Next steps"), appointment.next_steps),
            (self.tr("Tests ordered"), appointment.tests_ordered),
        ):
            if text:
                lines += ["", f"{title}:", text]
        self.history.setPlainText("\n".join(lines) or self.tr("Nothing was written down."))

    # --- saving --------------------------------------------------------------------------
    def _typed(self) -> dict[str, str]:
        return {
            "clinician": self.clinician_edit.text(),
            "place": self.place_edit.text(),
            "purpose": self.purpose_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def _text_edited(self) -> None:
        if self._loading or self._appointment is None:
            return
        self.saved_label.setText(self.tr("Saving…"))
        self._save_timer.start()

    def _save_now(self) -> None:
        if not self._loading:
            self.flush()

    def flush(self) -> None:
        """Save every field that can be saved; a message beside each one that can't."""
        self._save_timer.stop()
        current = self._appointment
        if current is None:
            return
        changes: dict[str, object] = {}
        failed = False
        for name, value in self._typed().items():
            try:
                checked = AppointmentChanges.model_validate({name: value})
            except ValidationError as error:
                self.messages[name].show_message(domain_message(field_messages(error)[name]))
                failed = True
                continue
            self.messages[name].clear_message()
            if getattr(checked, name) != getattr(current, name):
                changes[name] = value
        starts_at = combine(self.date_edit.date(), self.time_edit.time(), current.time_zone)
        if starts_at != current.starts_at:
            changes["starts_at"] = starts_at
        role = self.role_combo.currentData()
        if role is not None and Role(str(role)) != current.role:
            changes["role"] = Role(str(role))
        if self.telehealth_check.isChecked() != current.telehealth:
            changes["telehealth"] = self.telehealth_check.isChecked()
        if changes:
            try:
                self._appointment = self._service.update(
                    current.id, AppointmentChanges.model_validate(changes)
                )
                self.when_label.setText(when(self._appointment.local_start()))
            except NotFoundError:
                self.show_appointment(None)
                return
        self.saved_label.setText(self.tr("⚠ Not saved yet") if failed else self.tr("✓ Saved"))

    def focus_first(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
