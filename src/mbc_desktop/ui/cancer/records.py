"""Sections 5 and 6: the treatment history by line, and local treatments (surgery, radiation).

Each is a short list with one set of fields under it for the record picked: Up and Down go
through the list, Tab goes on into its fields. "Add" puts a new record at the end and the
keyboard in its first field; "Remove" takes the picked one out (Edit › Undo brings it back).
"""

from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.cancer import (
    DRUGS_MAX_CHARS,
    LINE_NUMBER_MAX,
    WHERE_MAX_CHARS,
    CancerProfile,
    LocalTreatment,
    LocalTreatmentKind,
    StopReason,
    TreatmentLine,
)
from mbc_desktop.ui.cancer.explanations import choice_explanation, explanation
from mbc_desktop.ui.cancer.fields import (
    RowsList,
    choice_box,
    choose,
    chosen,
    date_field,
    day_text,
    field_column,
    line_edit,
)
from mbc_desktop.ui.cancer.page import ProfilePage
from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import FieldMessage, MutedLabel
from mbc_desktop.words.i18n import domain_message, label, number

Draft = dict[str, Any]


class RecordsPage(ProfilePage):
    """A list of records of one kind, and the fields of the one picked."""

    KEY = ""  # the CancerProfile field

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self._drafts: list[Draft] = []
        self._errors: list[dict[str, str]] = []
        self._row = -1
        self._loading = False
        self.list = RowsList()
        self.list.setObjectName(f"{self.KEY}List")
        self.list.setWordWrap(True)
        self.empty_label = MutedLabel("", TextRole.BODY)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_record)
        self.remove_button.clicked.connect(self.remove_record)
        self.list.currentRowChanged.connect(self._picked)
        self.editor = QFrame()
        self.editor.setObjectName(f"{self.KEY}Editor")
        self.editor.setFrameShape(QFrame.Shape.StyledPanel)

    def _finish_list(self, list_text: str, list_name: str) -> None:
        """Lay out the list, its buttons, and the editor (whose fields the subclass built)."""
        caption = QLabel(list_text)
        caption.setBuddy(self.list)
        self.list.setAccessibleName(list_name)
        self.fields.addWidget(caption)
        self.fields.addWidget(self.empty_label)
        self.fields.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.fields.addLayout(buttons)
        self.fields.addWidget(self.editor)
        self.finish()
        self._refresh_list()

    # --- for the subclass ----------------------------------------------------------------
    def _new_draft(self) -> Draft:
        raise NotImplementedError

    def _draft_of(self, record: Any) -> Draft:
        raise NotImplementedError

    def _summary(self, draft: Draft) -> str:
        raise NotImplementedError

    def _read_fields(self) -> Draft:
        raise NotImplementedError

    def _write_fields(self, draft: Draft) -> None:
        raise NotImplementedError

    def _messages(self) -> dict[str, FieldMessage]:
        raise NotImplementedError

    def _model(self) -> type[BaseModel]:
        raise NotImplementedError

    def _message_field(self, message: str) -> str:
        """The field a message about the whole record goes under."""
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError

    # --- the list ------------------------------------------------------------------------
    def _refresh_list(self) -> None:
        self.list.blockSignals(True)
        while self.list.count() > len(self._drafts):
            self.list.takeItem(self.list.count() - 1)
        for row, draft in enumerate(self._drafts):
            text = self._summary(draft)
            if row < len(self._errors) and self._errors[row]:
                text = QCoreApplication.translate("RecordsPage", "⚠ %1 (not saved yet)").replace(
                    "%1", text
                )
            item = self.list.item(row)
            if item is None:
                self.list.addItem(text)
            elif item.text() != text:
                item.setText(text)
        if 0 <= self._row < len(self._drafts):
            self.list.setCurrentRow(self._row)
        self.list.blockSignals(False)
        has_any = bool(self._drafts)
        self.list.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self.editor.setVisible(has_any and self._row >= 0)
        self.remove_button.setEnabled(has_any and self._row >= 0)
        self.list.updateGeometry()

    def _keep_typing(self) -> None:
        if 0 <= self._row < len(self._drafts):
            self._drafts[self._row] = self._read_fields()

    def _picked(self, row: int) -> None:
        self._keep_typing()
        self._row = row
        self._show_row()

    def _show_row(self) -> None:
        self._loading = True
        try:
            if 0 <= self._row < len(self._drafts):
                self._write_fields(self._drafts[self._row])
                errors = self._errors[self._row] if self._row < len(self._errors) else {}
                for name, message in self._messages().items():
                    if name in errors:
                        message.show_message(errors[name])
                    else:
                        message.clear_message()
        finally:
            self._loading = False
        self._refresh_list()

    def add_record(self) -> None:
        self._keep_typing()
        self._drafts.append(self._new_draft())
        self._errors.append({})
        self._row = len(self._drafts) - 1
        self._show_row()
        self.edited.emit(True)
        field = self.first_field()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_record(self) -> None:
        if not 0 <= self._row < len(self._drafts):
            return
        self._keep_typing()
        del self._drafts[self._row]
        if self._row < len(self._errors):
            del self._errors[self._row]
        self._row = min(self._row, len(self._drafts) - 1)
        self._show_row()
        self.edited.emit(True)
        (self.list if self._drafts else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_edited(self, now: bool) -> None:
        if self._loading:
            return
        self._keep_typing()
        self.edited.emit(now)

    # --- the value -----------------------------------------------------------------------
    def load(self, profile: CancerProfile, keep_typing: bool = False) -> None:
        if keep_typing and self.has_messages():
            return
        records = getattr(profile, self.KEY)
        self._drafts = [self._draft_of(record) for record in records]
        self._errors = [{} for _ in self._drafts]
        if self._row >= len(self._drafts) or (self._row < 0 and self._drafts):
            self._row = len(self._drafts) - 1 if self._row >= 0 else 0
        self._show_row()

    def parts(self, held: CancerProfile) -> dict[str, object]:
        """All records as typed, or (while one can't be saved) the saved ones."""
        self._keep_typing()
        records = []
        self._errors = []
        model = self._model()
        for draft in self._drafts:
            try:
                records.append(model.model_validate(draft))
                self._errors.append({})
            except ValidationError as error:
                found: dict[str, str] = {}
                for name, message in field_messages(error).items():
                    field = name if name in self._messages() else self._message_field(message)
                    found.setdefault(field, domain_message(message))
                self._errors.append(found)
        self._show_row()
        if any(self._errors):
            return {}
        return {self.KEY: tuple(records)}

    def has_messages(self) -> bool:
        return any(self._errors)

    def count(self) -> int:
        return len(self._drafts)


class LinesPage(RecordsPage):
    KEY = "lines"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Treatment history"), explanation("lines"), parent)
        self.setObjectName("linesPage")
        self.empty_label.setText(self.tr("No lines yet. Add a line for each treatment plan."))
        self.add_button.setText(self.tr("&Add a line"))
        self.add_button.setObjectName("addLine")
        self.remove_button.setText(self.tr("&Remove this line"))
        self.remove_button.setObjectName("removeLine")
        self.remove_button.setToolTip(self.tr("Take this line out (Edit › Undo brings it back)"))

        self.number_spin = QSpinBox()
        self.number_spin.setObjectName("lineNumber")
        self.number_spin.setAccessibleName(self.tr("Line number"))
        self.number_spin.setRange(0, LINE_NUMBER_MAX)
        self.number_spin.setSpecialValueText("—")
        self.number_spin.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.drugs_edit = line_edit(
            "lineDrugs", self.tr("Drugs"), self.tr("Such as letrozole and palbociclib")
        )
        self.started_edit = date_field("lineStarted", self.tr("Started on"))
        self.stopped_edit = date_field("lineStopped", self.tr("Stopped on"))
        self.stopped_edit.setSpecialValueText(self.tr("Not stopped"))
        self.reason_box = choice_box("lineStopReason", self.tr("Why it stopped"), StopReason)
        self.messages = {
            "number": FieldMessage(self.number_spin),
            "drugs": FieldMessage(self.drugs_edit),
            "stopped_on": FieldMessage(self.stopped_edit, lines=2),
        }
        self.messages["drugs"].set_limit(DRUGS_MAX_CHARS)
        self._build_editor()
        self._finish_list(self.tr("&Treatment lines"), self.tr("Treatment lines"))

    def _build_editor(self) -> None:
        self.reason_meaning = MutedLabel("", TextRole.SMALL)
        self.reason_meaning.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        layout = QVBoxLayout(self.editor)
        first = QHBoxLayout()
        first.addWidget(field_column(self.tr("Line &number"), self.number_spin), 0)
        first.addWidget(field_column(self.tr("&Drugs"), self.drugs_edit, self.messages["drugs"]), 1)
        layout.addLayout(first)
        layout.addWidget(
            MutedLabel(f"{explanation('line.number')} {explanation('line.drugs')}", TextRole.SMALL)
        )
        layout.addWidget(self.messages["number"])
        dates = QWidget()
        dates.setObjectName("lineDates")
        second = FlowLayout(dates)
        second.addWidget(field_column(self.tr("&Started on"), self.started_edit))
        second.addWidget(
            field_column(self.tr("St&opped on"), self.stopped_edit, self.messages["stopped_on"])
        )
        second.addWidget(
            field_column(self.tr("&Why it stopped"), self.reason_box, self.reason_meaning)
        )
        layout.addWidget(dates)
        self.number_spin.valueChanged.connect(lambda _value: self._field_edited(False))
        self.drugs_edit.textEdited.connect(self._drugs_typed)
        self.started_edit.dateChanged.connect(lambda _day: self._field_edited(False))
        self.stopped_edit.dateChanged.connect(lambda _day: self._field_edited(False))
        self.reason_box.activated.connect(lambda _index: self._field_edited(True))
        self.reason_box.currentIndexChanged.connect(lambda _index: self._refresh_meaning())

    def _drugs_typed(self, text: str) -> None:
        self.messages["drugs"].update_count(len(text.strip()))
        self._field_edited(False)

    def _refresh_meaning(self) -> None:
        reason = chosen(self.reason_box, StopReason)
        self.reason_meaning.setText(choice_explanation(reason) if reason is not None else "")

    def focus_start(self) -> None:
        (self.list if self._drafts else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        return self.drugs_edit

    def typing_widgets(self) -> list[QWidget]:
        return [self.number_spin, self.drugs_edit, self.started_edit, self.stopped_edit]

    def _new_draft(self) -> Draft:
        return {
            "number": len(self._drafts) + 1,
            "drugs": "",
            "started_on": None,
            "stopped_on": None,
            "stop_reason": None,
        }

    def _draft_of(self, record: Any) -> Draft:
        assert isinstance(record, TreatmentLine)
        return record.model_dump()

    def _summary(self, draft: Draft) -> str:
        number_ = draft.get("number")
        head = (
            self.tr("Line %1").replace("%1", number(int(number_))) if number_ else self.tr("A line")
        )
        parts = [head, str(draft.get("drugs") or self.tr("drugs not named"))]
        started, stopped = draft.get("started_on"), draft.get("stopped_on")
        if isinstance(started, date) or isinstance(stopped, date):
            parts.append(
                self.tr("%1 to %2")
                .replace("%1", day_text(started) if isinstance(started, date) else "…")
                .replace("%2", day_text(stopped) if isinstance(stopped, date) else "…")
            )
        reason = draft.get("stop_reason")
        if reason is not None:
            parts.append(label(StopReason(reason)))
        return " · ".join(parts)

    def _read_fields(self) -> Draft:
        return {
            "number": self.number_spin.value() or None,
            "drugs": self.drugs_edit.text(),
            "started_on": self.started_edit.day(),
            "stopped_on": self.stopped_edit.day(),
            "stop_reason": chosen(self.reason_box, StopReason),
        }

    def _write_fields(self, draft: Draft) -> None:
        self.number_spin.setValue(int(draft.get("number") or 0))
        if self.drugs_edit.text() != draft.get("drugs", ""):
            self.drugs_edit.setText(str(draft.get("drugs", "")))
        started, stopped = draft.get("started_on"), draft.get("stopped_on")
        self.started_edit.set_day(started if isinstance(started, date) else None)
        self.stopped_edit.set_day(stopped if isinstance(stopped, date) else None)
        reason = draft.get("stop_reason")
        choose(self.reason_box, StopReason(reason) if reason is not None else None)
        self._refresh_meaning()

    def _messages(self) -> dict[str, FieldMessage]:
        return self.messages

    def _model(self) -> type[BaseModel]:
        return TreatmentLine

    def _message_field(self, message: str) -> str:
        return "stopped_on"


class LocalPage(RecordsPage):
    KEY = "local"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Local treatments"), explanation("local"), parent)
        self.setObjectName("localPage")
        self.empty_label.setText(
            self.tr("None yet. Add surgery, radiation or another treatment aimed at one place.")
        )
        self.add_button.setText(self.tr("&Add a treatment"))
        self.add_button.setObjectName("addLocal")
        self.remove_button.setText(self.tr("&Remove this treatment"))
        self.remove_button.setObjectName("removeLocal")
        self.remove_button.setToolTip(
            self.tr("Take this treatment out (Edit › Undo brings it back)")
        )
        self.kind_box = choice_box("localKind", self.tr("Kind of treatment"), LocalTreatmentKind)
        self.where_edit = line_edit(
            "localWhere", self.tr("Where in the body"), self.tr("Such as left breast, or spine")
        )
        self.on_edit = date_field("localOn", self.tr("Date"))
        self.messages = {"where": FieldMessage(self.where_edit)}
        self.messages["where"].set_limit(WHERE_MAX_CHARS)
        self.kind_meaning = MutedLabel("", TextRole.SMALL)
        self.kind_meaning.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        row = FlowLayout(self.editor)
        row.setContentsMargins(8, 8, 8, 8)
        row.addWidget(field_column(self.tr("&Kind of treatment"), self.kind_box, self.kind_meaning))
        where = field_column(self.tr("Where in the &body"), self.where_edit, self.messages["where"])
        where.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        row.addWidget(where)
        row.addWidget(field_column(self.tr("&Date"), self.on_edit))
        self.kind_box.activated.connect(lambda _index: self._field_edited(True))
        self.kind_box.currentIndexChanged.connect(lambda _index: self._refresh_meaning())
        self.where_edit.textEdited.connect(self._where_typed)
        self.on_edit.dateChanged.connect(lambda _day: self._field_edited(False))
        self._finish_list(self.tr("&Local treatments"), self.tr("Local treatments"))

    def _where_typed(self, text: str) -> None:
        self.messages["where"].update_count(len(text.strip()))
        self._field_edited(False)

    def _refresh_meaning(self) -> None:
        kind = chosen(self.kind_box, LocalTreatmentKind)
        self.kind_meaning.setText(choice_explanation(kind) if kind is not None else "")

    def focus_start(self) -> None:
        (self.list if self._drafts else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        return self.kind_box

    def typing_widgets(self) -> list[QWidget]:
        return [self.where_edit, self.on_edit]

    def _new_draft(self) -> Draft:
        return {"kind": None, "where": "", "on": None}

    def _draft_of(self, record: Any) -> Draft:
        assert isinstance(record, LocalTreatment)
        return record.model_dump()

    def _summary(self, draft: Draft) -> str:
        kind = draft.get("kind")
        parts = [
            label(LocalTreatmentKind(kind)) if kind is not None else self.tr("A treatment"),
        ]
        if draft.get("where"):
            parts.append(str(draft["where"]))
        on = draft.get("on")
        if isinstance(on, date):
            parts.append(day_text(on))
        return " · ".join(parts)

    def _read_fields(self) -> Draft:
        return {
            "kind": chosen(self.kind_box, LocalTreatmentKind),
            "where": self.where_edit.text(),
            "on": self.on_edit.day(),
        }

    def _write_fields(self, draft: Draft) -> None:
        kind = draft.get("kind")
        choose(self.kind_box, LocalTreatmentKind(kind) if kind is not None else None)
        if self.where_edit.text() != draft.get("where", ""):
            self.where_edit.setText(str(draft.get("where", "")))
        on = draft.get("on")
        self.on_edit.set_day(on if isinstance(on, date) else None)
        self._refresh_meaning()

    def _messages(self) -> dict[str, FieldMessage]:
        return self.messages

    def _model(self) -> type[BaseModel]:
        return LocalTreatment

    def _message_field(self, message: str) -> str:
        return "where"
