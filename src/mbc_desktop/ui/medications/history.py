"""A medicine's dose history, and the inline form that records a new dose from a day on.

The steps are listed oldest first ("125 mg — from the start (Feb 10, 2026)", "100 mg — from
Nov 12, 2026 (now)"). "Record a dose change…" opens three fields under them, filled with the
current dose and today; Enter or Record saves it (the old dose stays in the history, so "changed
since the last visit" is worked out, never typed). What the journal refuses (a day before the
start, after the stop, or not after the last change) is said beside the date, and nothing is
saved. Esc closes the form.
"""

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.medications import (
    DOSE_MAX_CHARS,
    LATEST_YEAR,
    SCHEDULE_MAX_CHARS,
    DoseChange,
    Medication,
)
from mbc_desktop.ui.common.optional_date import EMPTY, to_qdate
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    DateField,
    FieldMessage,
    KeysDo,
    ScaledLabel,
    reveal_soon,
)
from mbc_desktop.ui.medications.parts import focusable_text
from mbc_desktop.words.dates import date_edit_format
from mbc_desktop.words.i18n import domain_message
from mbc_desktop.words.medications import history_lines


class DoseHistory(QWidget):
    """Emits ``record_requested`` with a checked DoseChange; the editor records it and calls
    ``recorded()``, or ``refused(message)`` with the journal's reason."""

    record_requested = Signal(object)  # DoseChange
    remove_last_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._medication: Medication | None = None
        self._build()
        self.close_form()

    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr("Dose history"), TextRole.HEADING)
        self.steps_label = focusable_text("doseHistory")
        self.steps_label.setAccessibleName(self.tr("Dose history"))

        self.open_button = QPushButton(self.tr("Record a dose chan&ge…"))
        self.open_button.setObjectName("recordDoseChange")
        self.open_button.setToolTip(
            self.tr("A new dose or schedule from a day on; the old one stays in the history")
        )
        self.open_button.clicked.connect(self.open_form)
        self.remove_last_button = QPushButton(self.tr("Remove the last change"))
        self.remove_last_button.setObjectName("removeLastDoseChange")
        self.remove_last_button.setToolTip(
            self.tr("Take the latest dose change out of the history (you can undo this)")
        )
        self.remove_last_button.clicked.connect(self.remove_last_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_last_button)
        buttons.addStretch(1)

        # The form, shown by "Record a dose change…".
        self.form = QWidget()
        self.form.setObjectName("doseChangeForm")
        self.dose_edit = QLineEdit()
        self.dose_edit.setObjectName("newDose")
        self.dose_edit.setAccessibleName(self.tr("New dose"))
        self.dose_edit.setPlaceholderText(self.tr("Such as 100 mg"))
        self.schedule_edit = QLineEdit()
        self.schedule_edit.setObjectName("newSchedule")
        self.schedule_edit.setAccessibleName(self.tr("New schedule"))
        self.date_edit = DateField()
        self.date_edit.setObjectName("newDoseFrom")
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(EMPTY.addDays(1))
        self.date_edit.setMaximumDate(QDate(LATEST_YEAR, 12, 31))
        self.date_edit.setAccessibleName(self.tr("From"))
        inner = self.date_edit.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(self.date_edit.accessibleName())
        self.messages = {
            "dose": FieldMessage(self.dose_edit),
            "schedule": FieldMessage(self.schedule_edit),
            "on": FieldMessage(self.date_edit, lines=2),
        }
        self.messages["dose"].set_limit(DOSE_MAX_CHARS)
        self.messages["schedule"].set_limit(SCHEDULE_MAX_CHARS)
        self.record_button = QPushButton(self.tr("Re&cord"))
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(self.tr("Record the new dose from that day (Enter)"))
        self.record_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without recording anything (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, name in (
            (self.tr("New do&se"), self.dose_edit, "dose"),
            (self.tr("New schedu&le"), self.schedule_edit, "schedule"),
            (self.tr("F&rom"), self.date_edit, "on"),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
            form.addRow("", self.messages[name])
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.record_button)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addStretch(1)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        form_layout.addLayout(form_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps_label)
        layout.addLayout(buttons)
        layout.addWidget(self.form)

        # Enter records; Esc closes the form (not the details).
        enter = KeysDo({Qt.Key.Key_Return, Qt.Key.Key_Enter}, self.submit, self)
        escape = KeysDo({Qt.Key.Key_Escape}, self.cancel, self)
        for field in (self.dose_edit, self.schedule_edit, self.date_edit):
            field.installEventFilter(enter)
        for child in (
            self.dose_edit,
            self.schedule_edit,
            self.date_edit,
            self.record_button,
            self.cancel_button,
        ):
            child.installEventFilter(escape)
        self.dose_edit.textEdited.connect(lambda _text: self._check_as_typed())
        self.schedule_edit.textEdited.connect(lambda _text: self._check_as_typed())
        self.date_edit.dateChanged.connect(lambda _day: self.messages["on"].clear_message())

    def form_widgets(self) -> list[QWidget]:
        """The form's own widgets: Esc there closes the form, not the details."""
        return [self.form, *self.form.findChildren(QWidget)]

    # --- showing -------------------------------------------------------------------------
    def show_medication(self, medication: Medication | None, today: date) -> None:
        changed = (
            medication is None or self._medication is None or medication.id != self._medication.id
        )
        self._medication = medication
        if medication is None:
            self.steps_label.clear()
            self.close_form()
            return
        self.steps_label.setText("\n".join(history_lines(medication, today)))
        self.remove_last_button.setVisible(len(medication.steps) > 1)
        if changed:
            self.close_form()

    def is_open(self) -> bool:
        return not self.form.isHidden()

    def open_form(self) -> None:
        """Show the fields, filled with the current dose and schedule and today's date."""
        medication = self._medication
        if medication is None:
            return
        self.dose_edit.setText(medication.dose)
        self.schedule_edit.setText(medication.schedule)
        self.date_edit.setDate(QDate.currentDate())
        for message in self.messages.values():
            message.clear_message()
        self.form.show()
        self.dose_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.dose_edit.selectAll()
        reveal_soon(self.record_button)  # the whole form, down to its buttons
        reveal_soon(self.dose_edit)

    def close_form(self) -> None:
        self.form.hide()
        for message in self.messages.values():
            message.clear_message()

    def cancel(self) -> None:
        self.close_form()
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- recording -----------------------------------------------------------------------
    def _typed(self) -> dict[str, object]:
        picked = self.date_edit.date()
        return {
            "dose": self.dose_edit.text(),
            "schedule": self.schedule_edit.text(),
            "on": date(picked.year(), picked.month(), picked.day()),
        }

    def _check_as_typed(self) -> None:
        for name in ("dose", "schedule"):
            value = str(self._typed()[name])
            self.messages[name].update_count(len(value.strip()))
            try:
                DoseChange.model_validate({"dose": "", "on": date.today(), name: value})
            except ValidationError as error:
                self.messages[name].show_message(domain_message(field_messages(error)[name]))
            else:
                self.messages[name].clear_message()

    def checked_change(self) -> DoseChange | None:
        """The change as typed, or None with a message beside what is wrong."""
        medication = self._medication
        if medication is None:
            return None
        try:
            change = DoseChange.model_validate(self._typed())
        except ValidationError as error:
            for name, message in field_messages(error).items():
                if name in self.messages:
                    self.messages[name].show_message(domain_message(message))
            return None
        if (change.dose, change.schedule) == (medication.dose, medication.schedule):
            self.messages["dose"].show_message(
                self.tr("This is the dose and schedule taken now: type the new one.")
            )
            return None
        return change

    def submit(self) -> None:
        if not self.is_open():
            return
        change = self.checked_change()
        if change is None:
            return
        self.record_requested.emit(change)

    def recorded(self) -> None:
        """The change is in the journal: close the form; the keyboard goes back to the
        button that opened it."""
        self.cancel()

    def refused(self, message: str) -> None:
        """The journal refused the day: say why beside the date, and go there, its first part
        picked, so another day is typed straight over it."""
        self.messages["on"].show_message(domain_message(message))
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.date_edit.setSelectedSection(self.date_edit.sectionAt(0))
        reveal_soon(self.date_edit)

    def set_from(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))
