"""The check-in form: the ESAS-r scales exactly as published, the person's own symptoms, the
"other problem", when, who filled it in, and a note.

A digit sets the focused scale and moves on; Enter saves from anywhere in the form (Shift+Enter
breaks a line in the note); Esc leaves it. The form does not save by itself: it says what it
holds (``new_check_in()``, ``changes()``) and the pane saves it, with undo. What it holds stays
until the next check-in starts, so a check-in left with Esc can be taken up again.

The same form changes a saved check-in: it opens filled in, and gives the changes.
"""

import itertools
from collections.abc import Sequence
from datetime import datetime

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.symptoms import (
    CHECK_IN_NOTE_MAX_CHARS,
    ESAS_R_ACKNOWLEDGEMENT,
    ESAS_R_CITATION,
    ESAS_R_INSTRUCTION,
    ESAS_R_OTHER_EXAMPLE,
    ESAS_R_OTHER_NAME,
    SYMPTOM_NAME_MAX_CHARS,
    CheckIn,
    CheckInChanges,
    CompletedBy,
    NewCheckIn,
    Symptom,
    SymptomKind,
    other_problem_high,
    other_problem_low,
)
from mbc_desktop.services.symptoms import FUTURE_TOLERANCE, IN_THE_FUTURE
from mbc_desktop.ui.common.dates import (
    combine,
    date_edit_format,
    local_zone_name,
    qdate,
    qtime,
    time_edit_format,
    when,
    zone,
)
from mbc_desktop.ui.common.i18n import current_language, domain_message, label
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    DateField,
    FieldMessage,
    ScaledLabel,
    TextArea,
    TimeField,
    plain_label,
)
from mbc_desktop.ui.symptoms.parts import MutedLabel, reveal
from mbc_desktop.ui.symptoms.scale_row import ScaleRow
from mbc_desktop.ui.symptoms.score_scale import ScoreScale

# Shown where the name of the other problem goes while it has none, as on the paper form.
BLANK = "___"


class _FormKeys(QObject):
    """Enter (without Shift) saves from anywhere in the form, Esc leaves it. On a button,
    Enter presses that button (Enter on Cancel cancels)."""

    def __init__(self, form: "CheckInForm") -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(watched, QAbstractButton):
                watched.click()
            else:
                self._form.save_requested.emit()
            return True
        if key == Qt.Key.Key_Escape:
            self._form.cancel_requested.emit()
            return True
        return False


class CheckInForm(QWidget):
    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInForm")
        self.rows: dict[int, ScaleRow] = {}
        self._editing: CheckIn | None = None
        self._zone_name = ""
        self._loaded_when: tuple[object, object] | None = None
        self._started_note = ""
        self._started_scores: dict[int, int] = {}
        self._keys = _FormKeys(self)
        self._wide = True
        self._build()
        self._filter_keys(self)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr("Check-in"), TextRole.TITLE)
        self.heading.setObjectName("checkInHeading")
        # The instruction, names, definitions and end words are the ESAS-r's own: never
        # translated, never reworded (its licence forbids any change).
        self.instruction = plain_label(ESAS_R_INSTRUCTION)
        self.instruction.setObjectName("esasInstruction")
        self.language_notice = MutedLabel(
            self.tr(
                "The ESAS-r scales are shown in English, as published: the scale may not be "
                "changed."
            )
        )
        self.language_notice.setObjectName("esasLanguageNotice")
        self.keys_hint = MutedLabel(
            self.tr(
                "Type a number from 0 to 10 for each: the next scale comes by itself. Leave a "
                "scale empty to skip it (that is not a zero). Enter saves; Esc leaves."
            ),
            TextRole.SMALL,
        )
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(10)

        # The ESAS-r's "Other Problem": the person names it (the last one is offered).
        self.other_name = QLineEdit()
        self.other_name.setObjectName("otherProblemName")
        self.other_name.setAccessibleName(self.tr("Other problem's name"))
        self.other_name.setPlaceholderText(ESAS_R_OTHER_EXAMPLE)
        self.other_name.setToolTip(ESAS_R_OTHER_EXAMPLE)
        self.other_name.textChanged.connect(self._other_name_changed)
        self.other_name_message = FieldMessage(self.other_name)
        self.other_name_message.set_limit(SYMPTOM_NAME_MAX_CHARS)
        other_label = QLabel(self.tr("&Other problem's name"))
        other_label.setBuddy(self.other_name)
        self.other_row = ScaleRow(
            ESAS_R_OTHER_NAME, other_problem_low(BLANK), other_problem_high(BLANK)
        )
        self.other_row.setObjectName("otherProblemRow")
        self.other_row.scale.setObjectName("otherProblemScale")
        # Its name first (in reading and Tab order), then its scale.
        self.other_block = QWidget()
        self.other_block.setObjectName("otherProblem")
        name_row = QHBoxLayout()
        name_row.addWidget(other_label)
        name_row.addWidget(self.other_name, 2)
        name_row.addStretch(1)
        other_layout = QVBoxLayout(self.other_block)
        other_layout.setContentsMargins(0, 0, 0, 0)
        other_layout.setSpacing(2)
        other_layout.addLayout(name_row)
        other_layout.addWidget(self.other_name_message)
        other_layout.addWidget(self.other_row)
        self.other_row.scale.value_changed.connect(lambda _v: self._check_other())
        self.other_row.scale.advance.connect(lambda: self._advance(self.other_row.scale))

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

        details = QGridLayout()
        details.setColumnStretch(1, 1)
        details.addWidget(when_label, 0, 0)
        details.addLayout(when_row, 0, 1)
        details.addWidget(self.when_message, 1, 1)
        details.addWidget(by_label, 2, 0)
        details.addLayout(by_row, 2, 1)
        details.addWidget(note_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        details.addWidget(self.note_edit, 3, 1)
        details.addWidget(self.note_message, 4, 1)

        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setObjectName("saveCheckIn")
        self.save_button.setToolTip(self.tr("Save (Enter)"))
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelCheckIn")
        self.cancel_button.setToolTip(self.tr("Leave without saving (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        # Why the whole check-in can't be saved (nothing rated, or a problem saving it).
        self.form_message = FieldMessage(self.save_button)
        self.form_message.setObjectName("checkInMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        self.acknowledgement = MutedLabel(
            f"{ESAS_R_CITATION}\n{ESAS_R_ACKNOWLEDGEMENT}", TextRole.SMALL
        )
        self.acknowledgement.setObjectName("esasAcknowledgement")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.instruction)
        layout.addWidget(self.language_notice)
        layout.addWidget(self.keys_hint)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.other_block)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addLayout(details)
        layout.addWidget(self.form_message)
        layout.addLayout(buttons)
        layout.addWidget(self.acknowledgement)
        layout.addStretch(1)
        # In another language the ESAS-r still reads in English (it may not be changed).
        self.language_notice.setVisible(current_language() != "en")

    def _add_row(self, symptom: Symptom) -> ScaleRow:
        scale = symptom.scale
        if scale is not None:
            row = ScaleRow(scale.name, scale.low, scale.high, scale.definition)
        elif symptom.kind is SymptomKind.OTHER:
            # A named "other problem" keeps the ESAS-r form's "No ___" words.
            row = ScaleRow(symptom.name, symptom.low, symptom.high)
        else:
            row = ScaleRow(symptom.name, self.tr("None"), self.tr("Worst possible"))
        row.setObjectName(f"scaleRow{symptom.id}")
        row.scale.setObjectName(f"scale{symptom.id}")
        row.set_wide(self._wide)
        row.scale.advance.connect(lambda: self._advance(row.scale))
        self.rows_box.addWidget(row)
        self.rows[symptom.id] = row
        self._filter_keys(row)
        return row

    def _filter_keys(self, root: QWidget) -> None:
        # Not in pop-ups (a choice's list, a calendar): there Enter and Esc are theirs.
        for child in [root, *root.findChildren(QWidget)]:
            if child.window() is root.window():
                child.installEventFilter(self._keys)

    def _set_rows(self, symptoms: Sequence[Symptom]) -> None:
        for row in self.rows.values():
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = {}
        for symptom in symptoms:
            self._add_row(symptom)
        self._chain()

    def scales(self) -> list[ScaleRow]:
        """Every scale shown, in the form's order (the other problem last)."""
        rows = list(self.rows.values())
        if self.other_block.isVisibleTo(self):
            rows.append(self.other_row)
        return rows

    def _chain(self) -> None:
        """Tab order in reading order (the rows are added after the fields below them)."""
        widgets: list[QWidget] = [row.scale for row in self.rows.values()]
        if self.other_block.isVisibleTo(self):
            widgets += [self.other_name, self.other_row.scale]
        widgets += [
            self.date_edit,
            self.time_edit,
            self.completed_by,
            self.note_edit,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _advance(self, scale: ScoreScale) -> None:
        """A digit chose a number: on to the next scale; after the last, to the note."""
        scales = [row.scale for row in self.scales()]
        place = scales.index(scale) if scale in scales else len(scales)
        target = scales[place + 1] if place + 1 < len(scales) else self.note_edit
        target.setFocus(Qt.FocusReason.TabFocusReason)
        reveal(target)

    # --- starting --------------------------------------------------------------------------
    @property
    def editing(self) -> CheckIn | None:
        """The saved check-in being changed; None for a new one."""
        return self._editing

    def start_new(self, symptoms: Sequence[Symptom], other_name: str, now: datetime) -> None:
        """A new check-in: the scales of ``symptoms`` (in order), the other problem named
        ``other_name`` (the last one named), at ``now`` in this computer's time zone."""
        self._editing = None
        self.heading.setText(self.tr("Check-in"))
        self._zone_name = local_zone_name()
        self._set_rows(symptoms)
        self.other_block.show()
        self.other_name.setText(other_name)
        self._load_common(now.astimezone(zone(self._zone_name)), CompletedBy.ME, "")
        self._started_scores = {}
        self._chain()

    def start_edit(self, check_in: CheckIn, symptoms: Sequence[Symptom]) -> None:
        """Change ``check_in``: the scales of ``symptoms`` filled in with its scores."""
        self._editing = check_in
        self._zone_name = check_in.time_zone
        local = check_in.local_time(zone(check_in.time_zone))
        self.heading.setText(self.tr("Change the check-in of %1").replace("%1", when(local)))
        self._set_rows(symptoms)
        for symptom_id, score in check_in.scores.items():
            row = self.rows.get(symptom_id)
            if row is not None:
                row.scale.set_value(score, quiet=True)
        # A saved check-in's other problem is a row of its own (above); no new one here.
        self.other_block.hide()
        self.other_name.clear()
        self._load_common(local, check_in.completed_by, check_in.note)
        self._started_scores = dict(check_in.scores)
        self._chain()

    def _load_common(self, local: datetime, who: CompletedBy, note: str) -> None:
        self.other_row.scale.set_value(None, quiet=True)
        self.date_edit.setDate(qdate(local))
        self.time_edit.setTime(qtime(local))
        self._loaded_when = (self.date_edit.date(), self.time_edit.time())
        self._loaded_moment = local
        self.completed_by.setCurrentIndex(self.completed_by.findData(who))
        self.note_edit.setPlainText(note)
        self._started_note = note
        for message in (
            self.other_name_message,
            self.when_message,
            self.note_message,
            self.form_message,
        ):
            message.clear_message()
        self.note_message.update_count(len(note))

    def focus_first(self) -> None:
        """The keyboard on the first scale (the top of the form in view)."""
        rows = self.scales()
        if rows:
            rows[0].scale.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(self.heading)

    # --- reading ---------------------------------------------------------------------------
    def settle(self) -> None:
        """A "1" waiting for a "0" stands as a 1 (before saving)."""
        for row in [*self.rows.values(), self.other_row]:
            row.scale.settle()

    def scores(self) -> dict[int, int]:
        return {
            symptom_id: value
            for symptom_id, row in self.rows.items()
            if (value := row.scale.value()) is not None
        }

    def _taken_at(self) -> datetime:
        if self._loaded_when == (self.date_edit.date(), self.time_edit.time()):
            return self._loaded_moment  # unchanged: to the second, as it was saved
        return combine(self.date_edit.date(), self.time_edit.time(), self._zone_name)

    def _completed_by(self) -> CompletedBy:
        return CompletedBy(str(self.completed_by.currentData()))

    def has_input(self) -> bool:
        """Something was entered (a new check-in) or changed (a saved one)."""
        if self._editing is None:
            return bool(
                self.scores()
                or self.other_row.scale.value() is not None
                or self.note_edit.toPlainText().strip()
            )
        return (
            self.scores() != self._started_scores
            or self.note_edit.toPlainText() != self._started_note
            or self._taken_at() != self._loaded_moment
            or self._completed_by() is not self._editing.completed_by
        )

    def _too_late(self, moment: datetime, now: datetime) -> bool:
        if moment > now + FUTURE_TOLERANCE:
            self.when_message.show_message(domain_message(IN_THE_FUTURE))
            return True
        self.when_message.clear_message()
        return False

    def _show_errors(self, error: ValidationError) -> None:
        for field, message in field_messages(error).items():
            text = domain_message(message)
            if field == "note":
                self.note_message.show_message(text)
            elif field == "taken_at":
                self.when_message.show_message(text)
            elif "other problem" in message or "symptom's name" in message:
                self.other_name_message.show_message(text)
            else:
                self.form_message.show_message(text)

    def _clear_messages(self) -> None:
        for message in (self.other_name_message, self.note_message, self.form_message):
            message.clear_message()

    def new_check_in(self, now: datetime, *, show: bool = True) -> NewCheckIn | None:
        """The check-in as it can be saved, or None (with messages, if ``show``)."""
        self.settle()
        other_score = self.other_row.scale.value()
        name = self.other_name.text() if other_score is not None else ""
        taken_at = self._taken_at()
        try:
            new = NewCheckIn(
                taken_at=taken_at,
                time_zone=self._zone_name,
                completed_by=self._completed_by(),
                note=self.note_edit.toPlainText(),
                scores=self.scores(),
                other_problem=name,
                other_score=other_score,
            )
        except ValidationError as error:
            if show:
                self._clear_messages()
                self._too_late(taken_at, now)
                self._show_errors(error)
            return None
        if show:
            self._clear_messages()
        late = self._too_late(taken_at, now) if show else taken_at > now + FUTURE_TOLERANCE
        return None if late else new

    def changes(self, now: datetime, *, show: bool = True) -> CheckInChanges | None:
        """What changed in the saved check-in, as it can be saved; None (with messages, if
        ``show``) if it can't be."""
        self.settle()
        taken_at = self._taken_at()
        try:
            changes = CheckInChanges(
                taken_at=taken_at,
                time_zone=self._zone_name,
                completed_by=self._completed_by(),
                note=self.note_edit.toPlainText(),
                scores=self.scores(),
            )
        except ValidationError as error:
            if show:
                self._clear_messages()
                self._too_late(taken_at, now)
                self._show_errors(error)
            return None
        if show:
            self._clear_messages()
        late = self._too_late(taken_at, now) if show else taken_at > now + FUTURE_TOLERANCE
        return None if late else changes

    def show_problem(self, message: str) -> None:
        """A message from saving (already in the interface language), under the form."""
        self.form_message.show_message(message)

    def first_problem(self) -> QWidget | None:
        """The field whose message says why the form can't be saved."""
        for message, field in (
            (self.other_name_message, self.other_name),
            (self.when_message, self.date_edit),
            (self.note_message, self.note_edit),
        ):
            if message.has_message():
                return field
        if self.form_message.has_message():
            rows = self.scales()
            return rows[0].scale if rows else self.save_button
        return None

    # --- as you type -----------------------------------------------------------------------
    def _other_name_changed(self, text: str) -> None:
        name = text.strip()
        shown = name or BLANK
        low, high = other_problem_low(shown), other_problem_high(shown)
        self.other_row.set_words(ESAS_R_OTHER_NAME, low, high)
        # The scale's name for a screen reader says which problem it is.
        self.other_row.scale.set_words(
            f"{ESAS_R_OTHER_NAME}: {name}" if name else ESAS_R_OTHER_NAME, low, high
        )
        self.other_name_message.update_count(len(name))
        self._check_other()

    def _check_other(self) -> None:
        """Too long: said at once. Scored without a name: said when they try to save, and
        cleared as soon as it is named (or its number cleared)."""
        name = self.other_name.text().strip()
        if len(name) > SYMPTOM_NAME_MAX_CHARS:
            self.other_name_message.show_message(
                domain_message(
                    f"Keep a symptom's name under {SYMPTOM_NAME_MAX_CHARS} characters "
                    f"(now {len(name)})."
                )
            )
        elif name or self.other_row.scale.value() is None:
            self.other_name_message.clear_message()

    def _note_changed(self) -> None:
        text = self.note_edit.toPlainText()
        self.note_message.update_count(len(text.strip()))
        if len(text.strip()) > CHECK_IN_NOTE_MAX_CHARS:
            self.note_message.show_message(
                domain_message(
                    f"Keep the note under {CHECK_IN_NOTE_MAX_CHARS} characters "
                    f"(now {len(text.strip())}): keep the main points."
                )
            )
        else:
            self.note_message.clear_message()

    # --- arranging -------------------------------------------------------------------------
    def wide_width(self) -> int:
        """How wide the form must be for the names to sit beside the scales."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        return self.other_row.wide_width() + margins.left() + margins.right()

    def fit_layout(self, width: int) -> None:
        self._wide = width >= self.wide_width()
        for row in [*self.rows.values(), self.other_row]:
            row.set_wide(self._wide)
