"""The details of one medicine: name (common MBC drugs offered as you type), dose, how it is
taken, schedule, what it is for, start and stop dates, notes; its dose history.

Like the appointment details: typing is saved a moment after you stop and when you leave the
field. How it is taken and the dates are changes you can undo (Edit › Undo). The Dose and
Schedule fields correct the dose taken now (a typo); a new dose from a day on is recorded with
"Record a dose change…", so the old one is kept. What can't be saved gets a message under its
field and is kept as typed; if another medicine is picked meanwhile, it is kept as a draft and
the pane says so, with a way back to it.
"""

from collections.abc import Callable
from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import NotFoundError, field_messages
from mbc_desktop.domain.drug_catalogue import completions, find_drug
from mbc_desktop.domain.medications import (
    DOSE_MAX_CHARS,
    MEDICATION_NAME_MAX_CHARS,
    MEDICATION_NOTES_MAX_CHARS,
    MEDICATION_PURPOSE_MAX_CHARS,
    SCHEDULE_MAX_CHARS,
    STOPPED_BEFORE_STARTED,
    DoseChange,
    Medication,
    MedicationChanges,
    Route,
)
from mbc_desktop.services import MedicationService
from mbc_desktop.ui.common.optional_date import OptionalDateField
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    FieldMessage,
    FocusOutWatcher,
    KeysDo,
    MutedLabel,
    ScaledLabel,
    TextArea,
    details_page,
    mnemonic_targets,
    plain_label,
    reveal_soon,
    watch_keys,
)
from mbc_desktop.ui.medications.commands import (
    ChangeMedication,
    RecordDoseChange,
    RemoveDoseChange,
)
from mbc_desktop.ui.medications.history import DoseHistory
from mbc_desktop.words.i18n import domain_message, label

SAVE_DELAY_MS = 600
TEXT_FIELDS = ("name", "dose", "schedule", "purpose", "notes")
DATE_FIELDS = ("started_on", "stopped_on")
LIMITS = {
    "name": MEDICATION_NAME_MAX_CHARS,
    "dose": DOSE_MAX_CHARS,
    "schedule": SCHEDULE_MAX_CHARS,
    "purpose": MEDICATION_PURPOSE_MAX_CHARS,
    "notes": MEDICATION_NOTES_MAX_CHARS,
}
# The route a new medicine gets; a known drug's own route replaces it only while it is this.
DEFAULT_ROUTE = Route.BY_MOUTH

Draft = dict[str, object]


def drug_completer(parent: QLineEdit) -> QCompleter:
    """The fact sheet's drugs, brand and generic, offered as you type: any part of a name,
    whatever the case ("enher" offers "Enhertu (fam-trastuzumab deruxtecan)")."""
    completer = QCompleter(QStringListModel(completions(), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(8)
    return completer


class MedicationEditor(QWidget):
    back_requested = Signal()  # Esc, or the Back button when list and details take turns
    delete_requested = Signal()
    left_unsaved = Signal(int, str)  # medication id, why its draft could not be saved
    drafts_resolved = Signal()  # no draft is waiting any more

    def __init__(
        self,
        service: MedicationService,
        undo_stack: QUndoStack,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._undo = undo_stack
        self._today = today
        self._medication: Medication | None = None
        self._loading = False
        self._drafts: dict[int, Draft] = {}
        # Set by the pane: picks the medicine an undo or redo touched.
        self.after_undo: Callable[[int | None], None] = lambda _medication_id: None
        self._build()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.show_medication(None)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.placeholder = plain_label(
            self.tr("Pick a medicine in a list to see or change its details and dose history.")
        )
        self.placeholder.setObjectName("medicationPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.heading = ScaledLabel(self.tr("Medicine details"), TextRole.HEADING)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("medicationSaved")
        self.saved_label.setWordWrap(False)

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setObjectName("medicationBack")
        self.back_button.setToolTip(self.tr("Save and go back to the list (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.back_button.clicked.connect(self._back)
        self.back_button.hide()

        def line(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(placeholder)
            return edit

        self.name_edit = line(
            "medicationName", self.tr("Name"), self.tr("Type a few letters: letrozole, Enhertu…")
        )
        self.completer = drug_completer(self.name_edit)
        self.name_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._drug_picked)
        self.dose_edit = line("dose", self.tr("Dose"), self.tr("Such as 2.5 mg"))
        self.route_combo = ChoiceBox()
        self.route_combo.setObjectName("route")
        self.route_combo.setAccessibleName(self.tr("How taken"))
        for route in Route:
            self.route_combo.addItem(label(route), route)
        self.schedule_edit = line(
            "schedule", self.tr("Schedule"), self.tr("Such as once a day, or days 1–21 of 28")
        )
        self.correction_hint = MutedLabel(
            self.tr(
                "Dose and schedule here correct the dose taken now. To record a new dose from "
                "a date, use Record a dose change."
            ),
            TextRole.SMALL,
        )
        self.correction_hint.setObjectName("correctionHint")
        self.purpose_edit = line(
            "medicationPurpose", self.tr("What it's for"), self.tr("Such as bone metastases")
        )
        self.started_edit = OptionalDateField(self.tr("Not given"))
        self.started_edit.setObjectName("startedOn")
        self.started_edit.setAccessibleName(self.tr("Started on"))
        self.started_edit.setToolTip(
            self.tr("Type a date, or leave it empty. Delete empties it when all of it is picked.")
        )
        self.stopped_edit = OptionalDateField(self.tr("Still taking it"))
        self.stopped_edit.setObjectName("stoppedOn")
        self.stopped_edit.setAccessibleName(self.tr("Stopped on"))
        self.stopped_edit.setToolTip(
            self.tr("Empty while you still take it. Delete empties it when all of it is picked.")
        )
        for spin in (self.started_edit, self.stopped_edit):
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        self.stopped_today_button = QPushButton(self.tr("Stopped toda&y"))
        self.stopped_today_button.setObjectName("stoppedToday")
        self.stopped_today_button.setToolTip(
            self.tr("Today was the last day of this medicine (you can undo this)")
        )
        self.stopped_today_button.clicked.connect(self.stop_today)
        self.notes_edit = TextArea(lines=3)
        self.notes_edit.setObjectName("medicationNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Such as take with food"))

        self.messages: dict[str, FieldMessage] = {
            "name": FieldMessage(self.name_edit),
            "dose": FieldMessage(self.dose_edit),
            "schedule": FieldMessage(self.schedule_edit),
            "purpose": FieldMessage(self.purpose_edit),
            "started_on": FieldMessage(self.started_edit),
            "stopped_on": FieldMessage(self.stopped_edit, lines=2),
            "notes": FieldMessage(self.notes_edit),
        }
        for name, limit in LIMITS.items():
            self.messages[name].set_limit(limit)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(text: str, field: QWidget, message: str = "", row: object = None) -> None:
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, row if row is not None else field)  # type: ignore[call-overload]
            if message:
                form.addRow("", self.messages[message])

        add(self.tr("&Name"), self.name_edit, "name")
        add(self.tr("&Dose"), self.dose_edit, "dose")
        add(self.tr("Sched&ule"), self.schedule_edit, "schedule")
        form.addRow("", self.correction_hint)
        add(self.tr("Ho&w taken"), self.route_combo)
        add(self.tr("What &it's for"), self.purpose_edit, "purpose")
        add(self.tr("St&arted on"), self.started_edit, "started_on")
        stopped_row = QHBoxLayout()
        stopped_row.addWidget(self.stopped_edit, 1)
        stopped_row.addWidget(self.stopped_today_button)
        add(self.tr("St&opped on"), self.stopped_edit, "stopped_on", stopped_row)
        notes_label = QLabel(self.tr("No&tes"))
        notes_label.setBuddy(self.notes_edit)

        self.history = DoseHistory()
        self.history.record_requested.connect(self._record_dose_change)
        self.history.remove_last_requested.connect(self._remove_last_dose_change)

        self.delete_button = QPushButton(self.tr("Delete medicine"))
        self.delete_button.setObjectName("deleteMedication")
        self.delete_button.setToolTip(
            self.tr(
                "Delete this medicine and its dose history (Delete key in the list). "
                "You can undo it."
            )
        )
        self.delete_button.clicked.connect(self.delete_requested)

        self.form = QWidget()
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(heading_row)
        layout.addLayout(form)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.messages["notes"])
        layout.addWidget(self.history)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        layout.addStretch(0)

        self._scroller = details_page(self, self.placeholder, self.form, "medicationEditor")
        self._scroller.setAccessibleName(self.tr("Medicine details"))
        self._fit_to_font()

        for edit in (self.name_edit, self.dose_edit, self.schedule_edit, self.purpose_edit):
            edit.textEdited.connect(self._text_edited)
            edit.returnPressed.connect(self.flush)
        self.notes_edit.textChanged.connect(self._text_edited)
        watcher = FocusOutWatcher(self.flush, self)
        for typed in (
            self.name_edit,
            self.dose_edit,
            self.schedule_edit,
            self.purpose_edit,
            self.notes_edit,
            self.started_edit,
            self.stopped_edit,
        ):
            typed.installEventFilter(watcher)
        escape = KeysDo({Qt.Key.Key_Escape}, self._back, self)
        watch_keys(self.form, escape, leave_out=set(self.history.form_widgets()))
        self.started_edit.dateChanged.connect(lambda _day: self._date_edited())
        self.stopped_edit.dateChanged.connect(lambda _day: self._date_edited())
        self.route_combo.activated.connect(lambda _index: self._route_chosen())

    def mnemonic_targets(self) -> dict[str, QWidget]:
        """Alt+letter → the field or button it reaches, read from the labels and buttons as
        shown (so it is right in every language)."""
        # The dose-change form's fields are only there while it is open.
        return mnemonic_targets(self.form, skip=self.history.form_widgets())

    def needed_width(self) -> int:
        """Room for a readable form at the current text size."""
        metrics = QFontMetrics(QApplication.font())
        scrollbar = self._scroller.verticalScrollBar().sizeHint().width()
        return max(metrics.averageCharWidth() * 36, self.form.minimumSizeHint().width() + scrollbar)

    def _fit_to_font(self) -> None:
        self.setMinimumWidth(self.needed_width())
        self.notes_edit.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_to_font)
        super().changeEvent(event)

    # --- showing -------------------------------------------------------------------------
    @property
    def medication(self) -> Medication | None:
        return self._medication

    def set_back_visible(self, visible: bool) -> None:
        self.back_button.setVisible(visible)

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()

    def show_medication(self, medication: Medication | None) -> None:
        """Show ``medication`` (None: nothing picked). Saves what was typed for the previous
        one; what can't be saved is kept as a draft, and ``left_unsaved`` says so."""
        previous = self._medication
        if previous is not None and (medication is None or medication.id != previous.id):
            self.flush()
            # Kept only for a medicine still in the journal (an undo may have removed it).
            draft = self._invalid_fields() if self._medication is not None else {}
            if draft:
                self._drafts[previous.id] = draft
                first = next(iter(draft))
                self.left_unsaved.emit(previous.id, self.messages[first].message)
        same = previous is not None and medication is not None and previous.id == medication.id
        self._medication = medication
        self.placeholder.setVisible(medication is None)
        self._scroller.setVisible(medication is not None)
        if medication is None:
            self.history.show_medication(None, self._today())
            return
        if same:
            # The journal changed (an undo, a save): keep what is being typed.
            self._load(medication, keep=self._unsaved_fields(previous))
            return
        for message in self.messages.values():
            message.clear_message()
        self._load(medication)
        draft = self._drafts.pop(medication.id, {})
        if draft:
            self._load_draft(draft)
            self.flush()
            if not self._drafts:
                self.drafts_resolved.emit()
        else:
            self._show_saved(False)
        self._refresh_counters()

    def _load(self, medication: Medication, keep: tuple[str, ...] = ()) -> None:
        self._loading = True
        try:
            for name, field in (
                ("name", self.name_edit),
                ("dose", self.dose_edit),
                ("schedule", self.schedule_edit),
                ("purpose", self.purpose_edit),
            ):
                value = str(getattr(medication, name))
                # Only what differs: setting a field that is being typed in moves its cursor.
                if name not in keep and field.text() != value:
                    field.setText(value)
            if "notes" not in keep and self.notes_edit.toPlainText() != medication.notes:
                self.notes_edit.setPlainText(medication.notes)
            if "started_on" not in keep:
                self.started_edit.set_day(medication.started_on)
            if "stopped_on" not in keep:
                self.stopped_edit.set_day(medication.stopped_on)
            self.route_combo.setCurrentIndex(self.route_combo.findData(medication.route))
            self.history.show_medication(medication, self._today())
        finally:
            self._loading = False

    def _load_draft(self, draft: Draft) -> None:
        self._loading = True
        try:
            for name, value in draft.items():
                if name == "notes":
                    self.notes_edit.setPlainText(str(value))
                elif name in DATE_FIELDS:
                    field = self.started_edit if name == "started_on" else self.stopped_edit
                    field.set_day(value if isinstance(value, date) else None)
                else:
                    self._line_edits()[name].setText(str(value))
        finally:
            self._loading = False

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {
            "name": self.name_edit,
            "dose": self.dose_edit,
            "schedule": self.schedule_edit,
            "purpose": self.purpose_edit,
        }

    # --- what was typed ------------------------------------------------------------------
    def _typed(self) -> dict[str, str]:
        typed = {name: edit.text() for name, edit in self._line_edits().items()}
        typed["notes"] = self.notes_edit.toPlainText()
        return typed

    def _typed_dates(self) -> dict[str, date | None]:
        return {"started_on": self.started_edit.day(), "stopped_on": self.stopped_edit.day()}

    def _unsaved_fields(self, saved: Medication | None) -> tuple[str, ...]:
        """The fields whose typing differs from ``saved`` (what the journal had)."""
        if saved is None:
            return ()
        values: dict[str, object] = {**self._typed(), **self._typed_dates()}
        return tuple(name for name, value in values.items() if value != getattr(saved, name))

    def _invalid_fields(self) -> Draft:
        values: dict[str, object] = {**self._typed(), **self._typed_dates()}
        return {
            name: values[name] for name, message in self.messages.items() if message.has_message()
        }

    def unsaved_medication_id(self) -> int | None:
        """A medicine whose typing could not be saved: the one shown, else a draft's."""
        if self._medication is not None and self._invalid_fields():
            return self._medication.id
        return next(iter(self._drafts), None)

    def has_drafts(self) -> bool:
        """Typing is waiting that could not be saved (in a draft, or in the fields now)."""
        return bool(self._drafts) or bool(self._invalid_fields())

    def forget_draft(self, medication_id: int) -> None:
        """The medicine is gone (deleted): its draft has nothing to go back to."""
        if self._drafts.pop(medication_id, None) is not None and not self._drafts:
            self.drafts_resolved.emit()

    def _refresh_counters(self) -> None:
        for name, value in self._typed().items():
            self.messages[name].update_count(len(value.strip()))

    # --- saving --------------------------------------------------------------------------
    def _text_edited(self) -> None:
        if self._loading or self._medication is None:
            return
        self._refresh_counters()
        self._check_as_typed()
        self.saved_label.setText(self.tr("Saving…"))
        self._save_timer.start()

    def _date_edited(self) -> None:
        if self._loading or self._medication is None:
            return
        self._check_dates()
        self.saved_label.setText(self.tr("Saving…"))
        self._save_timer.start()

    def _check_as_typed(self) -> None:
        """Messages appear and clear as you type."""
        for name, value in self._typed().items():
            try:
                MedicationChanges.model_validate({name: value})
            except ValidationError as error:
                self.messages[name].show_message(domain_message(field_messages(error)[name]))
            else:
                self.messages[name].clear_message()

    def _check_dates(self) -> bool:
        """The stop can't come before the start: the message goes under the date that was
        changed (the stop date, if both were)."""
        current = self._medication
        dates = self._typed_dates()
        started, stopped = dates["started_on"], dates["stopped_on"]
        for name in DATE_FIELDS:
            self.messages[name].clear_message()
        if started is None or stopped is None or stopped >= started:
            return True
        moved = "started_on"
        if current is None or stopped != current.stopped_on or started == current.started_on:
            moved = "stopped_on"
        self.messages[moved].show_message(domain_message(STOPPED_BEFORE_STARTED))
        return False

    def _show_saved(self, failed: bool) -> None:
        self.saved_label.setText(self.tr("⚠ Not saved yet") if failed else self.tr("✓ Saved"))
        self.saved_label.setToolTip(
            self.tr(
                "What you typed is kept here, but not saved until the message is fixed. "
                "The last saved version is still in your journal."
            )
            if failed
            else self.tr("Everything here is saved on this computer.")
        )

    def flush(self) -> None:
        """Save every field that can be saved; a message beside each one that can't."""
        self._save_timer.stop()
        current = self._medication
        if current is None:
            return
        valid: dict[str, str] = {}
        for name, value in self._typed().items():
            try:
                checked = MedicationChanges.model_validate({name: value})
            except ValidationError as error:
                self.messages[name].show_message(domain_message(field_messages(error)[name]))
                continue
            self.messages[name].clear_message()
            if getattr(checked, name) != getattr(current, name):
                valid[name] = value
        dates_ok = self._check_dates()
        try:
            if valid:
                renamed = "name" in valid
                current = self._service.update(current.id, MedicationChanges.model_validate(valid))
                self._medication = current
                if renamed:
                    self._fill_route(current)
            if dates_ok:
                changed = {
                    name: value
                    for name, value in self._typed_dates().items()
                    if value != getattr(self._medication, name)
                }
                if changed:
                    self._change(MedicationChanges.model_validate(changed))
        except NotFoundError:  # deleted meanwhile (an undo of its add): nothing to save
            self._medication = None
            self.show_medication(None)
            return
        failed = any(message.has_message() for message in self.messages.values())
        self._show_saved(failed)

    def _change(self, changes: MedicationChanges) -> bool:
        """Make an undoable change (how taken, a date); False, with the message beside the
        field, if the journal refuses it."""
        before = self._medication
        if before is None:
            return False
        try:
            after = self._service.update(before.id, changes)
        except ValueError as error:
            field = next(iter(changes.as_dict()))
            if field in self.messages:
                self.messages[field].show_message(domain_message(str(error)))
            return False
        self._medication = after
        if after.updated_at != before.updated_at:
            self._undo.push(ChangeMedication(self._service, before, changes, self.after_undo))
        return True

    def _fill_route(self, medication: Medication) -> None:
        """A known drug named while how it is taken is still the default: take its route."""
        drug = find_drug(medication.name)
        if drug is None or medication.route != DEFAULT_ROUTE or drug.route == DEFAULT_ROUTE:
            return
        self._change(MedicationChanges(route=drug.route))
        self.route_combo.setCurrentIndex(self.route_combo.findData(drug.route))

    def _drug_picked(self, _text: str) -> None:
        """A name picked from the offered drugs: save it now (and fill how it is taken)."""
        if self._medication is not None and not self._loading:
            QTimer.singleShot(0, self, self.flush)  # after the completer has set the text

    def _route_chosen(self) -> None:
        if self._loading or self._medication is None:
            return
        picked = self.route_combo.currentData()  # before saving the typing reloads the form
        self.flush()
        if self._medication is None or picked is None:
            return
        route = Route(str(picked))
        if route != self._medication.route:
            self._change(MedicationChanges(route=route))
        self.route_combo.setCurrentIndex(self.route_combo.findData(self._medication.route))
        self._show_saved(any(message.has_message() for message in self.messages.values()))

    def stop_today(self) -> None:
        """Today was the last day: set the stop date and save it now (undoable)."""
        if self._medication is None:
            return
        self.stopped_edit.set_day(self._today())
        self.flush()
        # On the button, as after a click (Ctrl+Z there undoes it; in a text box it would not).
        self.stopped_today_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- dose history --------------------------------------------------------------------
    def _record_dose_change(self, change: DoseChange) -> None:
        before = self._medication
        if before is None:
            return
        self.flush()
        try:
            after = self._service.change_dose(before.id, change)
        except ValueError as error:
            self.history.refused(str(error))
            return
        except NotFoundError:
            self.show_medication(None)
            return
        self._medication = after
        self._undo.push(RecordDoseChange(self._service, after, change, self.after_undo))
        self.history.recorded()

    def _remove_last_dose_change(self) -> None:
        medication = self._medication
        if medication is None or len(medication.steps) < 2:
            return
        self.flush()
        self._undo.push(
            RemoveDoseChange(self._service, medication, medication.current, self.after_undo)
        )
        self.history.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard ------------------------------------------------------------------------
    def focus_first(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._reveal_top()

    def _reveal_top(self) -> None:
        """The top of the details in view: the way back, the heading, the name."""
        reveal_soon(self.back_button if self.back_button.isVisible() else self.heading)
        reveal_soon(self.name_edit)

    def focus_name(self) -> None:
        """For a new medicine: the keyboard on its name, all of it picked to type over."""
        self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.name_edit.selectAll()
        self._reveal_top()
