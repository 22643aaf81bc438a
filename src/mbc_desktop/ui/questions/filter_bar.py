"""Search, filters and counts above the question list."""

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import Priority, Status, Topic

if TYPE_CHECKING:
    from mbc_desktop.services import AppointmentService
from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.widgets import ChoiceBox
from mbc_desktop.ui.questions.model import QuestionListModel
from mbc_desktop.words.dates import appointment_choice_text
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, label, number

# (English label, statuses shown); the labels are translated where they are shown.
STATUS_FILTERS: list[tuple[str, frozenset[Status] | None]] = [
    (QT_TRANSLATE_NOOP("QuestionFilterBar", "All statuses"), None),
    (
        QT_TRANSLATE_NOOP("QuestionFilterBar", "Open or asked"),
        frozenset({Status.OPEN, Status.ASKED}),
    ),
    *[(status.label, frozenset({status})) for status in Status],
]


E = TypeVar("E", bound=StrEnum)


def _enum(kind: type[E], value: object) -> E | None:
    # Qt hands StrEnum item data back as plain str; turn it back into the enum.
    return None if value is None else kind(str(value))


def _filter_combo(name: str, accessible: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = ChoiceBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for text, value in items:
        combo.addItem(text, value)
    # Never narrower than its longest choice, so no choice is cut off at large text sizes.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return combo


class QuestionFilterBar(QWidget):
    """Drives the model's search and filters, and says how many questions there are."""

    def __init__(
        self,
        model: QuestionListModel,
        appointments: "AppointmentService | None" = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._model = model
        self._appointments = appointments

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search questions"))
        self.search.setPlaceholderText(self.tr("Search questions and answers"))
        self.search.setAccessibleDescription(
            self.tr("Results show as you type. Down goes into the results; Esc clears the search.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(model.set_search)
        self.status_filter = _filter_combo(
            "statusFilter",
            self.tr("Show status"),
            [
                (
                    self.tr(text) if value is None or len(value) > 1 else label(min(value)),
                    value,
                )
                for text, value in STATUS_FILTERS
            ],
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _: model.set_statuses(self.status_filter.currentData())
        )
        self.topic_filter = _filter_combo(
            "topicFilter",
            self.tr("Show topic"),
            [(self.tr("All topics"), None), *[(label(t), t) for t in Topic]],
        )
        self.topic_filter.currentIndexChanged.connect(
            lambda _: model.set_topic(_enum(Topic, self.topic_filter.currentData()))
        )
        self.priority_filter = _filter_combo(
            "priorityFilter",
            self.tr("Show priority"),
            [(self.tr("All priorities"), None), *[(label(p), p) for p in Priority]],
        )
        self.priority_filter.currentIndexChanged.connect(
            lambda _: model.set_priority(_enum(Priority, self.priority_filter.currentData()))
        )
        self.appointment_filter = _filter_combo(
            "appointmentFilter", self.tr("Show questions planned for"), []
        )
        self.appointment_filter.currentIndexChanged.connect(lambda _: self._planned_for_chosen())
        self.clear_button = QPushButton(self.tr("Show a&ll"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(self.clear)

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("Sear&ch"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        # Each filter with its label above it; the three wrap onto more rows when the list is
        # narrow (large text, Spanish), instead of making the area scroll sideways.
        filters = FlowLayout()
        for caption_text, widget in (
            (self.tr("Stat&us"), self.status_filter),
            (self.tr("T&opic"), self.topic_filter),
            (self.tr("Pr&iority"), self.priority_filter),
            (self.tr("Appointment"), self.appointment_filter),
        ):
            caption = QLabel(caption_text)
            caption.setBuddy(widget)
            cell = QWidget()
            # With no appointments service (tests of the list alone), no appointment filter.
            cell.setVisible(widget is not self.appointment_filter or appointments is not None)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(caption)
            cell_layout.addWidget(widget)
            filters.addWidget(cell)

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.counts)

        self._journal_counts = self.counts_text(model.total(), *model.counts())
        model.filter_changed.connect(self.refresh)
        self.appointments_changed()
        self.refresh()

    def appointments_changed(self) -> None:
        """Offer the appointments as they now are: all, the next one, each upcoming one."""
        combo = self.appointment_filter
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All appointments"), "all")
        combo.addItem(self.tr("The next appointment"), "next")
        if self._appointments is not None:
            for appointment in self._appointments.upcoming():
                combo.addItem(appointment_choice_text(appointment), appointment.id)
        found = combo.findData(kept)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)
        self._planned_for_chosen()

    def _planned_for_chosen(self) -> None:
        choice = self.appointment_filter.currentData()
        if choice in (None, "all") or self._appointments is None:
            self._model.set_planned_for(None)
            return
        upcoming = self._appointments.next_appointment()
        next_id = upcoming.id if upcoming is not None else None
        if choice == "next":
            self._model.set_planned_for(frozenset({None, next_id}))
        else:
            ids: set[int | None] = {int(choice)}
            if int(choice) == next_id:
                ids.add(None)  # open questions for "the next one" are asked at this one
            self._model.set_planned_for(frozenset(ids))

    def counts_text(self, total: int, by_status: dict[Status, int], must_open: int) -> str:
        """The journal in numbers: how many questions, by status, and must-asks not yet asked
        (only Open ones: an Asked question has been asked, even if it awaits its answer)."""
        if not total:
            return self.tr("No questions yet.")
        by_status = {status: by_status.get(status, 0) for status in Status}
        # self.tr with a count: the form lupdate knows as a plural ("1 question", "2 questions").
        parts = [self.tr("%n question(s)", "", total)]
        by_words = {
            Status.OPEN: self.tr("%n open", "", by_status[Status.OPEN]),
            Status.ASKED: self.tr("%n asked", "", by_status[Status.ASKED]),
            Status.ANSWERED: self.tr("%n answered", "", by_status[Status.ANSWERED]),
            Status.DROPPED: self.tr("%n dropped", "", by_status[Status.DROPPED]),
        }
        parts += [by_words[status] for status in Status if by_status[status]]
        parts.append(self.tr("%n must-ask not asked yet", "", must_open))
        return "  ·  ".join(parts)

    def journal_changed(self) -> None:
        """The journal's numbers change only when the journal does, not with the filters."""
        self._journal_counts = self.counts_text(self._model.total(), *self._model.counts())
        self.refresh()

    def refresh(self) -> None:
        text = self._journal_counts
        if self._model.is_filtering:
            showing = self.tr("Showing %1 of %2.").replace("%1", number(self._model.rowCount()))
            text = f"{showing.replace('%2', number(self._model.total()))}  {text}"
        self.counts.setText(text)
        self.clear_button.setEnabled(self._model.is_filtering)

    def clear(self) -> None:
        for combo in (
            self.status_filter,
            self.topic_filter,
            self.priority_filter,
            self.appointment_filter,
        ):
            combo.setCurrentIndex(0)
        self.search.clear()
        self._model.clear_filters()
