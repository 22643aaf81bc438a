"""Section 3: the eleven biomarkers in a compact grid, one line each: the result, the date,
what was tested (tissue, blood, saliva) and, for PD-L1 and TMB, the score from the report.
Each marker's name has its Alt+letter, which goes to its result."""

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.cancer import (
    BIOMARKER_VALUE_MAX_CHARS,
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    TestSample,
)
from mbc_desktop.ui.cancer.explanations import explanation
from mbc_desktop.ui.cancer.fields import choice_box, choose, chosen, date_field, line_edit
from mbc_desktop.ui.cancer.page import ProfilePage
from mbc_desktop.ui.common.optional_date import OptionalDateField
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ChoiceBox, FieldMessage, MutedLabel
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, domain_message, label

# Each marker's name with its Alt+letter (unique on this page, never F, E, Q, V or H).
NAMES: dict[Biomarker, str] = {
    Biomarker.PIK3CA: QT_TRANSLATE_NOOP("BiomarkersPage", "&PIK3CA"),
    Biomarker.AKT1: QT_TRANSLATE_NOOP("BiomarkersPage", "&AKT1"),
    Biomarker.PTEN: QT_TRANSLATE_NOOP("BiomarkersPage", "P&TEN"),
    Biomarker.ESR1: QT_TRANSLATE_NOOP("BiomarkersPage", "E&SR1"),
    Biomarker.GERMLINE_BRCA1: QT_TRANSLATE_NOOP("BiomarkersPage", "BRCA&1 (inherited)"),
    Biomarker.GERMLINE_BRCA2: QT_TRANSLATE_NOOP("BiomarkersPage", "BRCA&2 (inherited)"),
    Biomarker.PALB2: QT_TRANSLATE_NOOP("BiomarkersPage", "PA&LB2 (inherited)"),
    Biomarker.PD_L1: QT_TRANSLATE_NOOP("BiomarkersPage", "P&D-L1"),
    Biomarker.MSI_H_DMMR: QT_TRANSLATE_NOOP("BiomarkersPage", "&MSI-H or dMMR"),
    Biomarker.TMB_HIGH: QT_TRANSLATE_NOOP("BiomarkersPage", "TM&B-high"),
    Biomarker.NTRK: QT_TRANSLATE_NOOP("BiomarkersPage", "&NTRK fusion"),
}
# The markers whose report gives a score beside the result.
WITH_VALUE: dict[Biomarker, str] = {
    Biomarker.PD_L1: QT_TRANSLATE_NOOP("BiomarkersPage", "CPS, such as 10"),
    Biomarker.TMB_HIGH: QT_TRANSLATE_NOOP("BiomarkersPage", "mut/Mb, such as 12"),
}


class MarkerRow:
    """One marker's fields."""

    def __init__(self, marker: Biomarker) -> None:
        self.marker = marker
        name = label(marker)
        self.caption = QLabel(QCoreApplication.translate("BiomarkersPage", NAMES[marker]))
        self.result = choice_box(
            f"{marker.value}Result",
            QCoreApplication.translate("BiomarkersPage", "%1 result").replace("%1", name),
            BiomarkerResult,
        )
        self.caption.setBuddy(self.result)
        self.tested_on = date_field(
            f"{marker.value}TestedOn",
            QCoreApplication.translate("BiomarkersPage", "%1 test date").replace("%1", name),
        )
        self.sample = choice_box(
            f"{marker.value}Sample",
            QCoreApplication.translate("BiomarkersPage", "%1: what was tested").replace("%1", name),
            TestSample,
        )
        self.value: QLineEdit | None = None
        if marker in WITH_VALUE:
            self.value = line_edit(
                f"{marker.value}Value",
                QCoreApplication.translate("BiomarkersPage", "%1 score").replace("%1", name),
                QCoreApplication.translate("BiomarkersPage", WITH_VALUE[marker]),
            )
        self.explanation = MutedLabel(explanation(f"biomarker.{marker.value}"), TextRole.SMALL)
        self.explanation.setObjectName(f"{marker.value}Explanation")
        self.message = FieldMessage(self.value if self.value is not None else self.result)
        self.message.set_limit(BIOMARKER_VALUE_MAX_CHARS if self.value is not None else 0)

    def widgets(self) -> list[QWidget]:
        found: list[QWidget] = [self.result, self.tested_on, self.sample]
        if self.value is not None:
            found.append(self.value)
        return found

    def load(self, test: BiomarkerTest | None) -> None:
        choose(self.result, test.result if test else None)
        choose(self.sample, test.sample if test else None)
        self.tested_on.set_day(test.tested_on if test else None)
        if self.value is not None:
            text = test.value if test else ""
            if self.value.text() != text:
                self.value.setText(text)
        self.show_message("")

    def show_message(self, message: str) -> None:
        if message:
            self.message.show_message(message)
            self.message.show()
        else:
            self.message.clear_message()
            self.message.hide()

    def typed(self) -> dict[str, object]:
        return {
            "marker": self.marker,
            "result": chosen(self.result, BiomarkerResult),
            "tested_on": self.tested_on.day(),
            "sample": chosen(self.sample, TestSample),
            "value": self.value.text() if self.value is not None else "",
        }

    def is_blank(self) -> bool:
        typed = self.typed()
        return not any(typed[name] for name in ("result", "tested_on", "sample", "value"))


class BiomarkersPage(ProfilePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Biomarkers"),
            explanation("biomarkers"),
            parent,
        )
        self.setObjectName("biomarkersPage")
        self.rows = {marker: MarkerRow(marker) for marker in Biomarker}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        headers = (
            self.tr("Test"),
            self.tr("Result"),
            self.tr("Date"),
            self.tr("Tested on"),
            self.tr("Score"),
        )
        for column, text in enumerate(headers):
            header = MutedLabel(text, TextRole.SMALL)
            grid.addWidget(header, 0, column)
        line = 1
        for row in self.rows.values():
            grid.addWidget(row.caption, line, 0)
            grid.addWidget(row.result, line, 1)
            grid.addWidget(row.tested_on, line, 2)
            grid.addWidget(row.sample, line, 3)
            if row.value is not None:
                grid.addWidget(row.value, line, 4)
            grid.addWidget(row.explanation, line + 1, 0, 1, 5)
            grid.addWidget(row.message, line + 2, 0, 1, 5)
            row.message.hide()
            grid.setRowMinimumHeight(line + 2, 0)
            line += 3
        grid.setColumnStretch(0, 1)
        self.fields.addLayout(grid)
        self.add_widget(
            MutedLabel(" ".join((explanation("germline"), explanation("value"))), TextRole.SMALL)
        )
        self.finish()
        for row in self.rows.values():
            row.result.activated.connect(lambda _index: self.edited.emit(True))
            row.sample.activated.connect(lambda _index: self.edited.emit(True))
            row.tested_on.dateChanged.connect(lambda _day: self.edited.emit(False))
            if row.value is not None:
                row.value.textEdited.connect(lambda _text: self.edited.emit(False))

    def focus_start(self) -> None:
        self.rows[Biomarker.PIK3CA].result.setFocus(Qt.FocusReason.OtherFocusReason)

    def typing_widgets(self) -> list[QWidget]:
        found: list[QWidget] = []
        for row in self.rows.values():
            found += [w for w in row.widgets() if isinstance(w, QLineEdit | OptionalDateField)]
        return found

    def choice_boxes(self) -> list[ChoiceBox]:
        return [box for row in self.rows.values() for box in (row.result, row.sample)]

    def load(self, profile: CancerProfile, keep_typing: bool = False) -> None:
        tests = {test.marker: test for test in profile.biomarkers}
        for marker, row in self.rows.items():
            if keep_typing and row.message.has_message():
                continue
            row.load(tests.get(marker))

    def parts(self, held: CancerProfile) -> dict[str, object]:
        """Every marker with something typed; a marker that can't be saved as typed keeps its
        saved result, with a message under its line."""
        saved = {test.marker: test for test in held.biomarkers}
        tests: list[BiomarkerTest] = []
        for marker, row in self.rows.items():
            row.show_message("")
            if row.is_blank():
                continue
            try:
                tests.append(BiomarkerTest.model_validate(row.typed()))
            except ValidationError as error:
                messages = field_messages(error)
                row.show_message(domain_message(next(iter(messages.values()))))
                if marker in saved:
                    tests.append(saved[marker])
        return {"biomarkers": tuple(tests)}

    def has_messages(self) -> bool:
        return any(row.message.has_message() for row in self.rows.values())
