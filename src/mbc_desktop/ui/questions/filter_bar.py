"""Search, filters and counts above the question list."""

from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import Priority, Question, Status, Topic
from mbc_desktop.ui.common.widgets import ChoiceBox
from mbc_desktop.ui.questions.model import QuestionListModel

STATUS_FILTERS: list[tuple[str, frozenset[Status] | None]] = [
    ("All statuses", None),
    ("Open or asked", frozenset({Status.OPEN, Status.ASKED})),
    *[(status.label, frozenset({status})) for status in Status],
]

E = TypeVar("E", bound=StrEnum)


def _enum(kind: type[E], value: object) -> E | None:
    # Qt hands StrEnum item data back as plain str; turn it back into the enum.
    return None if value is None else kind(str(value))


def counts_text(questions: list[Question]) -> str:
    """The journal in numbers: how many questions, by status, and must-asks not yet asked
    (only Open ones: an Asked question has been asked, even if it awaits its answer)."""
    if not questions:
        return "No questions yet."
    by_status = Counter(question.status for question in questions)
    must_open = sum(
        1
        for question in questions
        if question.priority is Priority.MUST_ASK and question.status is Status.OPEN
    )
    total = len(questions)
    parts = [f"{total} question{'s' if total != 1 else ''}"]
    parts += [f"{by_status[s]} {s.label.lower()}" for s in Status if by_status[s]]
    parts.append(f"{must_open} must-ask not asked yet")
    return "  ·  ".join(parts)


def _filter_combo(name: str, accessible: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = ChoiceBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for label, value in items:
        combo.addItem(label, value)
    # Never narrower than its longest choice, so no choice is cut off at large text sizes.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return combo


class QuestionFilterBar(QWidget):
    """Drives the model's search and filters, and says how many questions there are."""

    def __init__(self, model: QuestionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._model = model

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName("Search questions")
        self.search.setPlaceholderText("Search questions and answers")
        self.search.setAccessibleDescription(
            "Results show as you type. Down goes into the results; Esc clears the search."
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(model.set_search)
        self.status_filter = _filter_combo("statusFilter", "Show status", STATUS_FILTERS)
        self.status_filter.currentIndexChanged.connect(
            lambda _: model.set_statuses(self.status_filter.currentData())
        )
        self.topic_filter = _filter_combo(
            "topicFilter", "Show topic", [("All topics", None), *[(t.label, t) for t in Topic]]
        )
        self.topic_filter.currentIndexChanged.connect(
            lambda _: model.set_topic(_enum(Topic, self.topic_filter.currentData()))
        )
        self.priority_filter = _filter_combo(
            "priorityFilter",
            "Show priority",
            [("All priorities", None), *[(p.label, p) for p in Priority]],
        )
        self.priority_filter.currentIndexChanged.connect(
            lambda _: model.set_priority(_enum(Priority, self.priority_filter.currentData()))
        )
        self.clear_button = QPushButton("Show a&ll")
        self.clear_button.setAccessibleName("Clear search and filters")
        self.clear_button.clicked.connect(self.clear)

        search_row = QHBoxLayout()
        search_label = QLabel("Sear&ch")
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        # Labels above the filters keep the row narrow enough for 200 % text on a small screen.
        filters = QGridLayout()
        for column, (label, widget) in enumerate(
            [
                ("Stat&us", self.status_filter),
                ("T&opic", self.topic_filter),
                ("Pr&iority", self.priority_filter),
            ]
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, column)
            filters.addWidget(widget, 1, column)
        filters.setColumnStretch(3, 1)

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.counts)

        self._journal_counts = counts_text(model.questions())
        model.filter_changed.connect(self.refresh)
        self.refresh()

    def journal_changed(self) -> None:
        """The journal's numbers change only when the journal does, not with the filters."""
        self._journal_counts = counts_text(self._model.questions())
        self.refresh()

    def refresh(self) -> None:
        text = self._journal_counts
        if self._model.is_filtering:
            text = f"Showing {self._model.rowCount()} of {self._model.total()}.  {text}"
        self.counts.setText(text)
        self.clear_button.setEnabled(self._model.is_filtering)

    def clear(self) -> None:
        for combo in (self.status_filter, self.topic_filter, self.priority_filter):
            combo.setCurrentIndex(0)
        self.search.clear()
        self._model.clear_filters()
