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
from typing import TypeVar

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.symptoms import (
    ESAS_R_ACKNOWLEDGEMENT,
    ESAS_R_CITATION,
    ESAS_R_INSTRUCTION,
    OTHER_IS_ON_THE_FORM,
    CheckIn,
    CheckInChanges,
    CompletedBy,
    NewCheckIn,
    Symptom,
    SymptomKind,
)
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    FieldMessage,
    MutedLabel,
    ScaledLabel,
    plain_label,
    reveal,
    reveal_soon,
    watch_keys,
)
from mbc_desktop.ui.symptoms.check_in_details import CheckInDetails
from mbc_desktop.ui.symptoms.other_problem import OtherProblem
from mbc_desktop.ui.symptoms.scale_row import ScaleRow
from mbc_desktop.ui.symptoms.score_scale import ScoreScale
from mbc_desktop.words.dates import (
    local_zone_name,
    when,
    zone,
)
from mbc_desktop.words.i18n import current_language, domain_message

Checked = TypeVar("Checked", NewCheckIn, CheckInChanges)


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
                "changed, and we could not check a Spanish version word for word. Your care "
                "team can give you the Spanish form on paper."
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

        self.other_block = OtherProblem()
        self.other_name = self.other_block.name_edit
        self.other_name_message = self.other_block.message
        self.other_row = self.other_block.row
        self.other_row.scale.advance.connect(lambda: self._advance(self.other_row.scale))

        self.details = CheckInDetails()
        # The fields, by name, for the pane and the tests.
        self.date_edit = self.details.date_edit
        self.time_edit = self.details.time_edit
        self.completed_by = self.details.completed_by
        self.note_edit = self.details.note_edit
        self.when_message = self.details.when_message
        self.note_message = self.details.note_message

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
        layout.addWidget(self.details)
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
        watch_keys(root, self._keys)

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
        """A digit chose a number: on to the next scale; after the last of the ESAS-r and
        your own, to the note. The other problem is optional and needs its name first, so a
        digit never lands on it by itself (Tab or Alt+letter reaches it)."""
        scales = [row.scale for row in self.rows.values()]
        place = scales.index(scale) if scale in scales else len(scales)
        target = scales[place + 1] if place + 1 < len(scales) else self.note_edit
        target.setFocus(Qt.FocusReason.TabFocusReason)
        reveal(target)
        reveal_soon(target)  # a tall note at 200 %: again once the layout has settled

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
        self.other_block.reset(other_name)
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
        self.other_block.reset("")
        self._load_common(local, check_in.completed_by, check_in.note)
        self._started_scores = dict(check_in.scores)
        self._chain()

    def _load_common(self, local: datetime, who: CompletedBy, note: str) -> None:
        self.details.load(local, self._zone_name, who, note)
        self._started_note = note
        self.form_message.clear_message()

    def focus_symptom(self, symptom_id: int) -> bool:
        """The keyboard on one symptom's scale (editing an entry of it); False if not shown."""
        row = self.rows.get(symptom_id)
        if row is None:
            return False
        row.scale.setFocus(Qt.FocusReason.OtherFocusReason)
        reveal(row.scale)
        return True

    def focus_first(self) -> None:
        """The keyboard on the first scale (the top of the form in view)."""
        rows = self.scales()
        if rows:
            rows[0].scale.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(self.heading, from_top=True)

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

    def has_input(self) -> bool:
        """Something was entered (a new check-in) or changed (a saved one)."""
        if self._editing is None:
            return bool(
                self.scores()
                or self.other_block.score() is not None
                or self.note_edit.toPlainText().strip()
            )
        return (
            self.scores() != self._started_scores
            or self.note_edit.toPlainText() != self._started_note
            or self.details.changed_time()
            or self.details.who() is not self._editing.completed_by
        )

    def _show_errors(self, error: ValidationError) -> None:
        for field, message in field_messages(error).items():
            text = domain_message(message)
            if field == "note":
                self.note_message.show_message(text)
            elif field == "taken_at":
                self.when_message.show_message(text)
            elif (
                "other problem" in message
                or "symptom's name" in message
                or message == OTHER_IS_ON_THE_FORM
            ):
                self.other_name_message.show_message(text)
            else:
                self.form_message.show_message(text)

    def _clear_messages(self) -> None:
        for message in (self.other_name_message, self.note_message, self.form_message):
            message.clear_message()

    def _checked(
        self, model: type[Checked], values: dict[str, object], now: datetime, show: bool
    ) -> Checked | None:
        """``values`` as ``model`` (NewCheckIn or CheckInChanges) if they can be saved;
        otherwise None, and (if ``show``) a message under each field that stops it."""
        taken_at = self.details.taken_at()
        try:
            checked = model.model_validate(
                {
                    "taken_at": taken_at,
                    "time_zone": self._zone_name,
                    "completed_by": self.details.who(),
                    "note": self.details.note(),
                    "scores": self.scores(),
                    **values,
                }
            )
        except ValidationError as error:
            if show:
                self._clear_messages()
                self.details.too_late(taken_at, now, show)
                self._show_errors(error)
            return None
        if show:
            self._clear_messages()
        return None if self.details.too_late(taken_at, now, show) else checked

    def new_check_in(self, now: datetime, *, show: bool = True) -> NewCheckIn | None:
        """The check-in as it can be saved, or None (with messages, if ``show``)."""
        self.settle()
        other_score = self.other_block.score()
        name = self.other_block.name() if other_score is not None else ""
        other: dict[str, object] = {"other_problem": name, "other_score": other_score}
        return self._checked(NewCheckIn, other, now, show)

    def changes(self, now: datetime, *, show: bool = True) -> CheckInChanges | None:
        """What changed in the saved check-in, as it can be saved; None (with messages, if
        ``show``) if it can't be."""
        self.settle()
        return self._checked(CheckInChanges, {}, now, show)

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
