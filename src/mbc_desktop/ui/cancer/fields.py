"""The pieces every section of "About my cancer" is made of: a choice that may be left
unanswered, an optional date, a line of text, and the words for what was chosen."""

from collections.abc import Iterable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QSizePolicy, QVBoxLayout, QWidget

from mbc_desktop.domain.choice import Choice
from mbc_desktop.ui.cancer.explanations import choice_explanation
from mbc_desktop.ui.common.optional_date import OptionalDateField
from mbc_desktop.ui.common.widgets import ChoiceBox
from mbc_desktop.words.dates import short_date
from mbc_desktop.words.i18n import label

ChoiceT = TypeVar("ChoiceT", bound=Choice)

NOT_ANSWERED_MARK = "—"


def not_answered() -> str:
    return QCoreApplication.translate("CancerFields", "Not answered")


def choice_box(name: str, accessible: str, choices: Iterable[Choice]) -> ChoiceBox:
    """A choice whose first item, "—", is "not answered"; each choice's explanation is its
    tooltip."""
    box = ChoiceBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.addItem(NOT_ANSWERED_MARK, None)
    box.setItemData(0, not_answered(), Qt.ItemDataRole.AccessibleTextRole)
    box.setItemData(0, not_answered(), Qt.ItemDataRole.ToolTipRole)
    for choice in choices:
        box.addItem(label(choice), choice.value)
        meaning = choice_explanation(choice)
        if meaning:
            box.setItemData(box.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
    box.setSizeAdjustPolicy(ChoiceBox.SizeAdjustPolicy.AdjustToContents)
    box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return box


def chosen(box: ChoiceBox, kind: type[ChoiceT]) -> ChoiceT | None:
    value = box.currentData()
    return None if value is None else kind(str(value))


def choose(box: ChoiceBox, choice: Choice | None) -> None:
    """Show ``choice`` (None: not answered); only if it differs."""
    index = 0 if choice is None else box.findData(choice.value)
    if box.currentIndex() != max(index, 0):
        box.setCurrentIndex(max(index, 0))


# An optional date; Tab leaves an empty one (see OptionalDateField).
DateBox = OptionalDateField


def date_field(name: str, accessible: str) -> DateBox:
    field = DateBox(QCoreApplication.translate("CancerFields", "Not given"))
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setToolTip(
        QCoreApplication.translate(
            "CancerFields",
            "Type a date, or leave it empty. Delete empties it when all of it is picked.",
        )
    )
    inner = field.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(accessible)
    field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return field


class RowsList(QListWidget):
    """A short list as tall as its rows (two at least, six at most): the area scrolls, not
    a tall empty box."""

    MIN_ROWS = 2
    MAX_ROWS = 6

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = min(max(self.count(), self.MIN_ROWS), self.MAX_ROWS)
        row = max(self.sizeHintForRow(0), self.fontMetrics().lineSpacing() + 4)
        height = rows * (row + 2 * self.spacing()) + 2 * self.frameWidth()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def line_edit(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def day_text(day: date | None) -> str:
    """A date as the language writes it short, or "" for none."""
    if day is None:
        return ""
    return short_date(datetime(day.year, day.month, day.day))


def choice_text(choice: Choice | None) -> str:
    return not_answered() if choice is None else label(choice)


def field_column(
    text: str, field: QWidget, under: QWidget | None = None, name: str = ""
) -> QWidget:
    """A field with its label (``text`` with its Alt+letter) above it and ``under`` (its
    message, or what the choice means) below it, as one piece for a row that wraps."""
    column = QWidget()
    if name:
        column.setObjectName(name)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    caption = QLabel(text)
    caption.setBuddy(field)
    layout.addWidget(caption)
    layout.addWidget(field)
    if under is not None:
        layout.addWidget(under)
    layout.addStretch(1)
    return column
