"""The after-visit page's "Your next appointment": a day, a time and a clinician, suggested
from the visit just had; or "No next appointment yet"; or, when the next one is already in the
list, a word about it (questions not reached move there)."""

from datetime import datetime, timedelta

from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import CLINICIAN_MAX_CHARS, Appointment, NewAppointment, field_messages
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    DateField,
    FieldMessage,
    ScaledLabel,
    TimeField,
    plain_label,
)
from mbc_desktop.ui.visit.texts import local_start, when, with_whom
from mbc_desktop.words.i18n import domain_message

# A guess to start from for the next appointment: three weeks on, the usual cycle.
NEXT_VISIT_AFTER = timedelta(days=21)


def date_format() -> str:
    """The language's short date, with the year in full (12/5/2026, 5/12/2026)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class NextAppointmentForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextAppointment")
        self.heading = ScaledLabel(self.tr("3. Your next appointment"), TextRole.HEADING)
        self.planned_label = plain_label()
        self.planned_label.setObjectName("alreadyPlanned")
        self.no_next_check = QCheckBox()
        self.no_next_check.setObjectName("noNextAppointment")
        self.no_next_check.toggled.connect(self._no_next_toggled)

        self.date_edit = DateField()
        self.date_edit.setObjectName("nextDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date of the next appointment"))
        self.date_edit.setDisplayFormat(date_format())
        self.time_edit = TimeField()
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
        self.message = FieldMessage(self.date_edit, lines=2)

        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # The date and time as wide as they need; the name gets the rest.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Date"), self.date_edit),
            (self.tr("Ti&me"), self.time_edit),
            (self.tr("C&linician"), self.clinician_edit),
        )
        for caption, field in rows:
            caption_label = QLabel(caption)
            caption_label.setBuddy(field)
            form.addRow(caption_label, field)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.planned_label)
        layout.addWidget(self.no_next_check)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)

    def tab_chain(self) -> list[QWidget]:
        return [self.no_next_check, self.date_edit, self.time_edit, self.clinician_edit]

    def show_for(self, visit: Appointment, planned: Appointment | None) -> None:
        """Suggest the next appointment after ``visit``: three weeks on, at the same time,
        with the same clinician. With one already ``planned``, suggest adding none."""
        if planned is not None:
            self.planned_label.setText(
                self.tr(
                    "Your next appointment is already planned: %1, with %2. Questions not "
                    "reached move to it."
                )
                .replace("%1", when(planned))
                .replace("%2", with_whom(planned))
            )
            self.no_next_check.setText(self.tr("Don't add another one: it is alread&y planned"))
        else:
            self.no_next_check.setText(self.tr("No next appointment &yet"))
        self.planned_label.setVisible(planned is not None)
        self.no_next_check.setChecked(planned is not None)
        start = local_start(visit)
        suggested = start + NEXT_VISIT_AFTER
        self.date_edit.setDate(QDate(suggested.year, suggested.month, suggested.day))
        self.time_edit.setTime(QTime(start.hour, start.minute))
        self.clinician_edit.setText(visit.clinician)
        self._no_next_toggled(self.no_next_check.isChecked())

    def adds_none(self) -> bool:
        """No appointment is to be added (none known yet, or one is planned already)."""
        return self.no_next_check.isChecked()

    def _no_next_toggled(self, checked: bool) -> None:
        self.fields.setVisible(not checked)
        self.message.clear_message()

    def new_appointment(self, visit: Appointment) -> NewAppointment | str | None:
        """The next appointment as filled in; None to add none; or a message saying why it
        can't be added as it is."""
        if self.no_next_check.isChecked():
            return None
        day, clock = self.date_edit.date(), self.time_edit.time()
        # In the visit's own zone: the person reads both times as on the same clock.
        where = visit.zone or local_start(visit).tzinfo
        starts = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=where
        )
        if starts <= visit.starts_at:
            return self.tr("Choose a day and time after this visit for the next appointment.")
        try:
            return NewAppointment(
                starts_at=starts,
                time_zone=visit.time_zone if visit.zone is not None else "",
                clinician=self.clinician_edit.text(),
                role=visit.role,
                place=visit.place,
                telehealth=visit.telehealth,
            )
        except ValidationError as error:
            return domain_message(next(iter(field_messages(error).values())))

    def show_problem(self, message: str) -> None:
        """Say why the next appointment can't be added; the keyboard goes to its date."""
        self.message.show_message(message)
        self.date_edit.setFocus()
