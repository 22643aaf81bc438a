"""Section 1: ER, PR and HER2, when and on what they were tested, and right under them the
subtype MBC Desktop reads from them, with how it was worked out (information, never advice),
and a notice when a new biopsy may change it."""

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.cancer import (
    PERCENT_OUT_OF_RANGE,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    ReceptorTest,
    SampleSite,
)
from mbc_desktop.domain.subtype import Subtype, SubtypeName
from mbc_desktop.ui.cancer.explanations import choice_explanation, explanation
from mbc_desktop.ui.cancer.fields import choice_box, choose, chosen, date_field, line_edit
from mbc_desktop.ui.cancer.page import ProfilePage
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import FieldMessage, MutedLabel, ScaledLabel, plain_label
from mbc_desktop.words.i18n import domain_message
from mbc_desktop.words.subtype import reason_text, subtype_name

PERCENT_FIELDS = ("er_percent", "pr_percent")


class SubtypeBox(QFrame):
    """The subtype as read from the results, how it was read, and whether a new biopsy may
    change it."""

    learn_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subtypeBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = ScaledLabel(self.tr("The subtype, as MBC Desktop reads it"), TextRole.BODY)
        self.caption.setObjectName("subtypeCaption")
        self.name_label = ScaledLabel("", TextRole.HEADING)
        self.name_label.setObjectName("subtypeName")
        self.meaning = MutedLabel("", TextRole.SMALL)
        self.meaning.setObjectName("subtypeMeaning")
        self.how_caption = plain_label(self.tr("How it was worked out:"))
        self.reasons = plain_label()
        self.reasons.setObjectName("subtypeReasons")
        self.note = MutedLabel(
            self.tr(
                "This is how MBC Desktop reads the results you typed; your care team confirms "
                "your subtype."
            ),
            TextRole.SMALL,
        )
        self.note.setObjectName("subtypeNote")
        self.rebiopsy = plain_label()
        self.rebiopsy.setObjectName("rebiopsyNotice")
        self.rebiopsy.setFrameShape(QFrame.Shape.StyledPanel)
        self.rebiopsy.setMargin(6)
        self.learn_button = QPushButton(self.tr("Read what applies to you in Lear&n"))
        self.learn_button.setObjectName("subtypeLearn")
        self.learn_button.setToolTip(
            self.tr("Opens Learn with only the pages that match what you entered here")
        )
        self.learn_button.clicked.connect(self.learn_requested)
        layout = QVBoxLayout(self)
        for widget in (
            self.caption,
            self.name_label,
            self.meaning,
            self.how_caption,
            self.reasons,
            self.note,
            self.rebiopsy,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.learn_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rebiopsy.hide()

    def show_subtype(self, subtype: Subtype, rebiopsy: str | None) -> None:
        name = subtype_name(subtype)
        self.name_label.setText(name)
        key = f"subtype.{'unknown' if subtype.name is SubtypeName.UNKNOWN else subtype.name.value}"
        self.meaning.setText(explanation(key))
        reasons = [reason_text(reason) for reason in subtype.reasons]
        self.reasons.setText("\n".join(f"• {reason}" for reason in reasons))
        self.setAccessibleName(self.tr("Subtype: %1").replace("%1", name))
        self.setAccessibleDescription(" ".join(reasons))
        if rebiopsy is None:
            self.rebiopsy.hide()
            self.rebiopsy.clear()
        else:
            self.rebiopsy.setText(
                self.tr("A new biopsy may change this. %1").replace("%1", reason_text(rebiopsy))
            )
            self.rebiopsy.show()


class ReceptorsPage(ProfilePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Receptors: ER, PR and HER2"),
            self.tr(
                "From your pathology report. Leave anything you don't know; "
                "you can come back to it."
            ),
            parent,
        )
        self.setObjectName("receptorsPage")
        intro = MutedLabel(explanation("receptors"), TextRole.SMALL)
        self.fields.insertWidget(2, intro)
        self.er_box = choice_box("er", self.tr("ER (estrogen receptor)"), HormoneReceptor)
        self.er_percent = line_edit("erPercent", self.tr("Cells with ER, in percent"), "1–100")
        self.pr_box = choice_box("pr", self.tr("PR (progesterone receptor)"), HormoneReceptor)
        self.pr_percent = line_edit("prPercent", self.tr("Cells with PR, in percent"), "1–100")
        self.her2_box = choice_box("her2", self.tr("HER2"), Her2Status)
        self.tested_on = date_field("receptorsTestedOn", self.tr("Date of the test"))
        self.sample_box = choice_box(
            "receptorsSample", self.tr("Where the tissue came from"), SampleSite
        )
        self.messages = {
            "er_percent": FieldMessage(self.er_percent, lines=1),
            "pr_percent": FieldMessage(self.pr_percent, lines=1),
        }
        self._choice_notes: dict[QWidget, MutedLabel] = {}

        self._receptor_row(
            self.tr("E&R (estrogen receptor)"),
            self.er_box,
            self.tr("&Cells with ER (%)"),
            self.er_percent,
            explanation("er"),
        )
        self._receptor_row(
            self.tr("&PR (progesterone receptor)"),
            self.pr_box,
            self.tr("Ce&lls with PR (%)"),
            self.pr_percent,
            explanation("pr"),
        )
        self.add_field(
            self.tr("HER2 (&IHC or ISH)"),
            self.her2_box,
            " ".join((explanation("her2"), explanation("ihc"), explanation("ish"))),
            self._choice_note(self.her2_box),
        )
        self.add_field(self.tr("&Date of the test"), self.tested_on, explanation("tested_on"))
        self.add_field(
            self.tr("&Where the tissue came from"), self.sample_box, explanation("sample")
        )
        self.subtype_box = SubtypeBox()
        self.add_widget(self.subtype_box)
        self.finish()

        for box in (self.er_box, self.pr_box, self.her2_box, self.sample_box):
            box.activated.connect(lambda _index: self.edited.emit(True))
            box.currentIndexChanged.connect(lambda _index: self._refresh_notes())
        for edit in (self.er_percent, self.pr_percent):
            edit.textEdited.connect(lambda _text: self.edited.emit(False))
        self.tested_on.dateChanged.connect(lambda _day: self.edited.emit(False))

    def _choice_note(self, box: QWidget) -> MutedLabel:
        note = MutedLabel("", TextRole.SMALL)
        note.setObjectName(f"{box.objectName()}Meaning")
        self._choice_notes[box] = note
        return note

    def _receptor_row(
        self, text: str, box: QWidget, percent_text: str, percent: QLineEdit, meaning: str
    ) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(text)
        caption.setBuddy(box)
        percent_caption = QLabel(percent_text)
        percent_caption.setBuddy(percent)
        percent.setMaximumWidth(percent.fontMetrics().averageCharWidth() * 10)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        grid.addWidget(caption, 0, 0, left)
        grid.addWidget(percent_caption, 0, 1, left)
        grid.addWidget(box, 1, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(percent, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(2 * grid.spacing() if grid.spacing() > 0 else 16)
        self.fields.addLayout(grid)
        name = "er_percent" if percent is self.er_percent else "pr_percent"
        note = MutedLabel(f"{meaning} {explanation('percent')}", TextRole.SMALL)
        self.fields.addWidget(note)
        self.fields.addWidget(self._choice_note(box))
        self.fields.addWidget(self.messages[name])
        self.fields.addSpacing(self.fontMetrics().lineSpacing() // 2)

    def _refresh_notes(self) -> None:
        """Under a choice, what the result chosen means."""
        for box, note in self._choice_notes.items():
            value = box.currentData()  # type: ignore[attr-defined]
            choice: HormoneReceptor | Her2Status | None = None
            if value is not None:
                kind = Her2Status if box is self.her2_box else HormoneReceptor
                choice = kind(str(value))
            note.setText(choice_explanation(choice) if choice is not None else "")
            note.setVisible(choice is not None)

    def focus_start(self) -> None:
        self.er_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the value -----------------------------------------------------------------------
    def load(self, profile: CancerProfile, keep_typing: bool = False) -> None:
        test = profile.receptors or ReceptorTest()
        choose(self.er_box, test.er)
        choose(self.pr_box, test.pr)
        choose(self.her2_box, test.her2)
        choose(self.sample_box, test.sample)
        self.tested_on.set_day(test.tested_on)
        for name, edit in (("er_percent", self.er_percent), ("pr_percent", self.pr_percent)):
            if keep_typing and self.messages[name].has_message():
                continue
            value = getattr(test, name)
            text = "" if value is None else str(value)
            if edit.text() != text:
                edit.setText(text)
            self.messages[name].clear_message()
        self._refresh_notes()

    def _percent(self, name: str, edit: QLineEdit) -> tuple[int | None, bool]:
        text = edit.text().strip().removesuffix("%").strip()
        if not text:
            return None, True
        try:
            return int(text), True
        except ValueError:
            self.messages[name].show_message(domain_message(PERCENT_OUT_OF_RANGE))
            return None, False

    def parts(self, held: CancerProfile) -> dict[str, object]:
        """The receptor test as typed. A percentage that can't be saved gets a message beside
        it and keeps its saved value meanwhile."""
        saved = held.receptors or ReceptorTest()
        for message in self.messages.values():
            message.clear_message()
        values: dict[str, object] = {
            "er": chosen(self.er_box, HormoneReceptor),
            "pr": chosen(self.pr_box, HormoneReceptor),
            "her2": chosen(self.her2_box, Her2Status),
            "sample": chosen(self.sample_box, SampleSite),
            "tested_on": self.tested_on.day(),
        }
        for name, edit in (("er_percent", self.er_percent), ("pr_percent", self.pr_percent)):
            value, ok = self._percent(name, edit)
            values[name] = value if ok else getattr(saved, name)
        try:
            test = ReceptorTest.model_validate(values)
        except ValidationError as error:
            for name, text in field_messages(error).items():
                if name in self.messages:
                    if not self.messages[name].has_message():
                        self.messages[name].show_message(domain_message(text))
                    values[name] = None
            test = ReceptorTest.model_validate(values)
        return {"receptors": None if test.is_empty else test}

    def has_messages(self) -> bool:
        return any(message.has_message() for message in self.messages.values())
