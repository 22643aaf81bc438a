"""The ESAS-r's "Other Problem" on a check-in: the person names it (the last one named is
offered) and rates it on its scale, whose end words follow the name as on the paper form
("No constipation" … "Worst Possible constipation"; "No ___" while it has no name)."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mbc_desktop.domain.symptoms import (
    ESAS_R_OTHER_EXAMPLE,
    ESAS_R_OTHER_NAME,
    SYMPTOM_NAME_MAX_CHARS,
    other_problem_high,
    other_problem_low,
)
from mbc_desktop.ui.common.widgets import FieldMessage
from mbc_desktop.ui.symptoms.scale_row import ScaleRow
from mbc_desktop.words.i18n import domain_message

# Shown where the name of the other problem goes while it has none, as on the paper form.
BLANK = "___"


class OtherProblem(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherProblem")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("otherProblemName")
        self.name_edit.setAccessibleName(self.tr("Other problem's name"))
        # The ESAS-r's own example, as published.
        self.name_edit.setPlaceholderText(ESAS_R_OTHER_EXAMPLE)
        self.name_edit.setToolTip(ESAS_R_OTHER_EXAMPLE)
        self.name_edit.textChanged.connect(self._name_changed)
        self.message = FieldMessage(self.name_edit)
        self.message.set_limit(SYMPTOM_NAME_MAX_CHARS)
        name_label = QLabel(self.tr("&Other problem's name"))
        name_label.setBuddy(self.name_edit)
        self.row = ScaleRow(ESAS_R_OTHER_NAME, other_problem_low(BLANK), other_problem_high(BLANK))
        self.row.setObjectName("otherProblemRow")
        self.row.scale.setObjectName("otherProblemScale")
        self.row.scale.value_changed.connect(lambda _value: self.check())
        # Its name first (in reading and Tab order), then its scale. The label sits above the
        # box, so a long label (Spanish, 200 % text) never squeezes the box or its example.
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 2)
        name_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(name_label)
        layout.addLayout(name_row)
        layout.addWidget(self.message)
        layout.addWidget(self.row)

    def reset(self, name: str) -> None:
        """A new check-in: ``name`` offered, no score, no message."""
        self.name_edit.setText(name)
        self.row.scale.set_value(None, quiet=True)
        self.message.clear_message()

    def name(self) -> str:
        return self.name_edit.text()

    def score(self) -> int | None:
        return self.row.scale.value()

    def _name_changed(self, text: str) -> None:
        name = text.strip()
        shown = name or BLANK
        low, high = other_problem_low(shown), other_problem_high(shown)
        self.row.set_words(ESAS_R_OTHER_NAME, low, high)
        # The scale's name for a screen reader says which problem it is.
        self.row.scale.set_words(
            f"{ESAS_R_OTHER_NAME}: {name}" if name else ESAS_R_OTHER_NAME, low, high
        )
        self.message.update_count(len(name))
        self.check()

    def check(self) -> None:
        """Too long: said at once. Scored without a name: said when they try to save, and
        cleared as soon as it is named (or its number cleared)."""
        name = self.name_edit.text().strip()
        if len(name) > SYMPTOM_NAME_MAX_CHARS:
            self.message.show_message(
                domain_message(
                    f"Keep a symptom's name under {SYMPTOM_NAME_MAX_CHARS} characters "
                    f"(now {len(name)})."
                )
            )
        elif name or self.score() is None:
            self.message.clear_message()
