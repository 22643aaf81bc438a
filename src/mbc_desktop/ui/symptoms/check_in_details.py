"""The check-in's details under its scales: when it was (now, unless changed), who filled it
in (me or a caregiver), and a note; each with the message line under it."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from mbc_desktop.domain.symptoms import CHECK_IN_NOTE_MAX_CHARS, CompletedBy
from mbc_desktop.services.symptoms import FUTURE_TOLERANCE, IN_THE_FUTURE
from mbc_desktop.ui.common.widgets import ChoiceBox, DateField, FieldMessage, TextArea, TimeField
from mbc_desktop.words.dates import combine, date_edit_format, qdate, qtime, time_edit_format
from mbc_desktop.words.i18n import domain_message, label


class CheckInDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone_name = ""
        self._loaded_when: tuple[object, object] | None = None
        self._loaded_moment: datetime | None = None
        self._build()

    def _build(self) -> None:
        self.date_edit = DateField()
        self.date_edit.setObjectName("checkInDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setAccessibleName(self.tr("Date of the check-in"))
        self.time_edit = TimeField()
        self.time_edit.setObjectName("checkInTime")
        self.time_edit.setDisplayFormat(time_edit_format())
        self.time_edit.setAccessibleName(self.tr("Time of the check-in"))
        for spin in (self.date_edit, self.time_edit):
            # Its text box takes the focus: a screen reader must hear the same name there.
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        self.when_message = FieldMessage(self.date_edit)
        when_label = QLabel(self.tr("&When"))
        when_label.setBuddy(self.date_edit)
        when_row = QHBoxLayout()
        when_row.addWidget(self.date_edit)
        when_row.addWidget(self.time_edit)
        when_row.addStretch(1)

        self.completed_by = ChoiceBox()
        self.completed_by.setObjectName("completedBy")
        self.completed_by.setAccessibleName(self.tr("Completed by"))
        for who in CompletedBy:
            self.completed_by.addItem(label(who), who)
        by_label = QLabel(self.tr("Completed &by"))
        by_label.setBuddy(self.completed_by)
        by_row = QHBoxLayout()
        by_row.addWidget(self.completed_by)
        by_row.addStretch(1)

        self.note_edit = TextArea(lines=2)
        self.note_edit.setObjectName("checkInNote")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(
            self.tr("Anything to remember about today (Shift+Enter for a new line)")
        )
        self.note_edit.textChanged.connect(self._note_changed)
        self.note_message = FieldMessage(self.note_edit)
        self.note_message.set_limit(CHECK_IN_NOTE_MAX_CHARS)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note_edit)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.addWidget(when_label, 0, 0)
        grid.addLayout(when_row, 0, 1)
        grid.addWidget(self.when_message, 1, 1)
        grid.addWidget(by_label, 2, 0)
        grid.addLayout(by_row, 2, 1)
        grid.addWidget(note_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note_edit, 3, 1)
        grid.addWidget(self.note_message, 4, 1)

    def load(self, local: datetime, zone_name: str, who: CompletedBy, note: str) -> None:
        """Show ``local`` (aware, in ``zone_name``), ``who`` and ``note``; messages cleared."""
        self._zone_name = zone_name
        self.date_edit.setDate(qdate(local))
        self.time_edit.setTime(qtime(local))
        self._loaded_when = (self.date_edit.date(), self.time_edit.time())
        self._loaded_moment = local
        self.completed_by.setCurrentIndex(self.completed_by.findData(who))
        self.note_edit.setPlainText(note)
        self.when_message.clear_message()
        self.note_message.clear_message()
        self.note_message.update_count(len(note))

    def taken_at(self) -> datetime:
        """When, as shown; unchanged, to the second it was loaded with."""
        if self._loaded_moment is not None and self._loaded_when == (
            self.date_edit.date(),
            self.time_edit.time(),
        ):
            return self._loaded_moment
        return combine(self.date_edit.date(), self.time_edit.time(), self._zone_name)

    def changed_time(self) -> bool:
        return self.taken_at() != self._loaded_moment

    def who(self) -> CompletedBy:
        return CompletedBy(str(self.completed_by.currentData()))

    def note(self) -> str:
        return self.note_edit.toPlainText()

    def too_late(self, moment: datetime, now: datetime, show: bool) -> bool:
        """``moment`` is in the future (beyond the service's tolerance); said if ``show``."""
        late = moment > now + FUTURE_TOLERANCE
        if show and late:
            self.when_message.show_message(domain_message(IN_THE_FUTURE))
        elif show:
            self.when_message.clear_message()
        return late

    def _note_changed(self) -> None:
        """The counter as the limit nears; a message as soon as it is passed."""
        text = self.note_edit.toPlainText().strip()
        self.note_message.update_count(len(text))
        if len(text) > CHECK_IN_NOTE_MAX_CHARS:
            self.note_message.show_message(
                domain_message(
                    f"Keep the note under {CHECK_IN_NOTE_MAX_CHARS} characters "
                    f"(now {len(text)}): keep the main points."
                )
            )
        else:
            self.note_message.clear_message()
