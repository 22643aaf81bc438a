"""The Qt model behind the question list: the journal's questions in the person's order, less
those that the search and filters hide.

Two choices keep a 10-year journal (thousands of questions) within a frame:
- filtering is one pass over a Python list, not a QSortFilterProxyModel, which calls back into
  Python for every row on every keystroke;
- the model is a QStringListModel underneath, holding one empty string per row shown, so that
  the row count Qt asks for several times per row while laying out is answered in C++. Python
  is asked only for the rows on screen (``data``).
"""

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)

from mbc_desktop.domain import Priority, Question, Status, Topic
from mbc_desktop.services import (
    QuestionAdded,
    QuestionChanged,
    QuestionEvent,
    QuestionMoved,
    QuestionRemoved,
)
from mbc_desktop.words.i18n import label, number
from mbc_desktop.words.texts import plain_tooltip

MIME_TYPE = "application/x-mbc-desktop-question-ids"
AnyIndex = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    QUESTION = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2


def describe(question: Question) -> str:
    """What a screen reader says for one row: everything the card shows, and the answer."""

    parts = [
        f"{number(question.position + 1)}. {question.text}",
        f"{label(question.priority)}.",
        QCoreApplication.translate("QuestionListModel", "Topic: %1.").replace(
            "%1", label(question.topic)
        ),
        QCoreApplication.translate("QuestionListModel", "Status: %1.").replace(
            "%1", label(question.status)
        ),
    ]
    if question.answer:
        parts.append(
            QCoreApplication.translate("QuestionListModel", "Answer: %1").replace(
                "%1", question.answer
            )
        )
        if question.answered_by:
            parts.append(
                QCoreApplication.translate("QuestionListModel", "From %1.").replace(
                    "%1", question.answered_by
                )
            )
    return " ".join(parts)


def searchable(question: Question) -> str:
    return f"{question.text}\n{question.answer}\n{question.answered_by}".casefold()


class QuestionListModel(QStringListModel):
    """Rows are the questions shown; ``questions()`` is every question, in order.

    Kept in step with the service's change events (``apply``) without re-reading the journal.
    """

    move_requested = Signal(int, object)  # question id, id to go before (or None = the end)
    filter_changed = Signal()  # once per change of search or filters, after the rows changed

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Question] = []  # every question; _all[i].position == i
        self._shown: list[int] = []  # ids of the questions shown, in order
        self._haystacks: dict[int, str] = {}
        # The journal in numbers, kept with each change (not counted again over every question).
        self._by_status: Counter[Status] = Counter()
        self._must_ask_open = 0
        self._places: dict[int, int] | None = None  # id -> place in _all; None = work it out
        self._statuses: frozenset[Status] | None = None
        self._topic: Topic | None = None
        self._priority: Priority | None = None
        # Appointment ids (None: "for the next one") a question must be planned for to show.
        self._planned_for: frozenset[int | None] | None = None
        self._words: tuple[str, ...] = ()
        # A change to _shown waiting for Qt's own row operation to reach its "done" signal:
        # views (and Qt's model tester) must see the old rows at "about to" and the new after.
        # Connected first, so it runs before any view hears the signal.
        self._pending: Callable[[], None] | None = None
        for done in (self.rowsInserted, self.rowsRemoved, self.rowsMoved, self.modelReset):
            done.connect(self._apply_pending)

    # --- the whole list ---------------------------------------------------------------------
    def questions(self) -> list[Question]:
        return list(self._all)

    def total(self) -> int:
        return len(self._all)

    def counts(self) -> tuple[dict[Status, int], int]:
        """How many questions have each status, and how many must-asks are still Open."""
        return dict(self._by_status), self._must_ask_open

    def _count(self, question: Question, by: int) -> None:
        self._by_status[question.status] += by
        if question.priority is Priority.MUST_ASK and question.status is Status.OPEN:
            self._must_ask_open += by

    def place_of(self, question_id: int) -> int | None:
        """Where a question is in the full list (0 = first), or None if it is not there."""
        if self._places is None:
            self._places = {question.id: place for place, question in enumerate(self._all)}
        return self._places.get(question_id)

    # --- the rows shown ---------------------------------------------------------------------
    def question_at(self, row: int) -> Question:
        place = self._place_of_shown(row)
        return self._all[place]

    def row_of(self, question_id: int) -> int | None:
        """The row showing this question, or None if it is hidden or gone."""
        try:
            return self._shown.index(question_id)
        except ValueError:
            return None

    def _place_of_shown(self, row: int) -> int:
        place = self.place_of(self._shown[row])
        assert place is not None
        return place

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        question = self.question_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return question.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(question.text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(question)
        if role == Roles.QUESTION:
            return question
        if role == Roles.ID:
            return question.id
        return None

    # --- search and filters -----------------------------------------------------------------
    def set_statuses(self, statuses: frozenset[Status] | None) -> None:
        self._statuses = statuses
        self._refilter()

    def set_topic(self, topic: Topic | None) -> None:
        self._topic = topic
        self._refilter()

    def set_planned_for(self, appointment_ids: frozenset[int | None] | None) -> None:
        self._planned_for = appointment_ids
        self._refilter()

    def set_priority(self, priority: Priority | None) -> None:
        self._priority = priority
        self._refilter()

    def set_search(self, text: str) -> None:
        self._words = tuple(text.casefold().split())
        self._refilter()

    def clear_filters(self) -> None:
        self._statuses = self._topic = self._priority = None
        self._planned_for = None
        self._words = ()
        self._refilter()

    @property
    def is_filtering(self) -> bool:
        return bool(
            self._statuses
            or self._topic
            or self._priority
            or self._words
            or self._planned_for is not None
        )

    def _matching(self, questions: list[Question]) -> list[int]:
        """The ids of those of ``questions`` the search and filters let through, in order.

        It runs over every question on every keystroke in Search, so each filter set is one
        pass of a comprehension (no call per question): ~0.1 ms per pass over 4,000 questions,
        where one function per question took ~1 µs each.
        """
        pool = questions
        if self._statuses is not None:
            statuses = self._statuses
            pool = [question for question in pool if question.status in statuses]
        if self._topic is not None:
            topic = self._topic
            pool = [question for question in pool if question.topic == topic]
        if self._priority is not None:
            priority = self._priority
            pool = [question for question in pool if question.priority == priority]
        if self._planned_for is not None:
            planned_for = self._planned_for
            pool = [question for question in pool if question.appointment_id in planned_for]
        ids = [question.id for question in pool]
        haystacks = self._haystacks
        for word in self._words:
            ids = [question_id for question_id in ids if word in haystacks[question_id]]
        return ids

    def accepts(self, question: Question) -> bool:
        return bool(self._matching([question]))

    def _refilter(self) -> None:
        shown = self._matching(self._all)
        if shown != self._shown:
            # A reset: cheapest for Qt when many rows come and go. The pane puts the
            # selection back on the same question (see QuestionsPane).
            self._replace_shown(shown)
        self.filter_changed.emit()

    # --- keeping in step with the journal ---------------------------------------------------
    def set_rows(self, questions: list[Question]) -> None:
        self._all = sorted(questions, key=lambda question: question.position)
        self._places = None
        self._haystacks = {question.id: searchable(question) for question in self._all}
        self._by_status = Counter(question.status for question in self._all)
        self._must_ask_open = sum(
            1
            for question in self._all
            if question.priority is Priority.MUST_ASK and question.status is Status.OPEN
        )
        self._replace_shown(self._matching(self._all))

    def apply(self, event: QuestionEvent) -> None:
        """Update the rows for one committed change."""
        match event:
            case QuestionAdded(question=question):
                at = min(question.position, len(self._all))
                self._all.insert(at, question)
                if at == len(self._all) - 1 and self._places is not None:
                    self._places[question.id] = at  # at the end: no other place moved
                else:
                    self._places = None
                self._haystacks[question.id] = searchable(question)
                self._count(question, +1)
                self._renumber(at + 1, len(self._all) - 1)
                if self.accepts(question):
                    self._show(question)
            case QuestionChanged(question=question):
                place = self.place_of(question.id)
                if place is None:
                    return
                self._count(self._all[place], -1)
                self._count(question, +1)
                self._all[place] = question
                self._haystacks[question.id] = searchable(question)
                row = self.row_of(question.id)
                if row is not None and self.accepts(question):
                    self.dataChanged.emit(self.index(row), self.index(row))
                elif row is not None:
                    self._hide(row)
                elif self.accepts(question):
                    self._show(question)
            case QuestionRemoved(question=question):
                place = self.place_of(question.id)
                if place is None:
                    return
                row = self.row_of(question.id)
                if row is not None:
                    self._hide(row)
                self._count(self._all[place], -1)
                del self._all[place]
                self._places = None
                del self._haystacks[question.id]
                self._renumber(place, len(self._all) - 1)
            case QuestionMoved(question=question, old_position=old):
                self._all.pop(old)
                self._all.insert(question.position, question)
                self._places = None
                self._renumber(min(old, question.position), max(old, question.position))
                row = self.row_of(question.id)
                if row is not None:
                    self._move_shown(row, question)

    def _shown_row_for(self, question: Question) -> int:
        """Where ``question`` belongs among the rows shown (it is not one of them)."""
        place = self.place_of(question.id)
        places = self._places
        assert place is not None
        assert places is not None
        if not self._shown or places[self._shown[-1]] < place:
            return len(self._shown)  # after every row shown (a question added at the end)
        return bisect_left([places[question_id] for question_id in self._shown], place)

    # The base class's row operations keep Qt's count in step and send the signals; our own
    # overrides below refuse them to anyone else (see removeRows).
    def _apply_pending(self, *_: object) -> None:
        if self._pending is not None:
            change, self._pending = self._pending, None
            change()

    def _replace_shown(self, shown: list[int]) -> None:
        self._pending = lambda: setattr(self, "_shown", shown)
        self.setStringList([""] * len(shown))

    def _show(self, question: Question) -> None:
        row = self._shown_row_for(question)
        self._pending = lambda: self._shown.insert(row, question.id)
        QStringListModel.insertRows(self, row, 1)

    def _hide(self, row: int) -> None:
        def change() -> None:
            del self._shown[row]

        self._pending = change
        QStringListModel.removeRows(self, row, 1)

    def _move_shown(self, row: int, question: Question) -> None:
        del self._shown[row]
        new_row = self._shown_row_for(question)
        self._shown.insert(row, question.id)
        if new_row == row:
            return
        # Qt wants the destination as "insert before this row, counted before the move".
        destination = new_row + 1 if new_row > row else new_row

        def change() -> None:
            del self._shown[row]
            self._shown.insert(new_row, question.id)

        self._pending = change
        QStringListModel.moveRows(self, QModelIndex(), row, 1, QModelIndex(), destination)

    def _renumber(self, first: int, last: int) -> None:
        """Keep each question's ``position`` equal to its place, as the journal now has it."""
        changed = False
        for place in range(first, last + 1):
            if self._all[place].position != place:
                self._all[place] = self._all[place].model_copy(update={"position": place})
                changed = True
        if changed and self._shown:
            # The numbers on the cards changed; repaint (sizes are uniform, no re-layout).
            self.dataChanged.emit(self.index(0), self.index(len(self._shown) - 1))

    # --- only the journal changes the rows ---------------------------------------------------
    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        # After a drag, the view asks to remove the dragged rows: the move already happened
        # through the service, so refuse. (Rows go away only when the journal says so.)
        return False

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        # The list view tries this first on a drop; refusing makes it call dropMimeData,
        # which moves the question in the journal.
        return False

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return False

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    # --- drag and drop ---------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, never onto a row.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = [str(self._shown[index.row()]) for index in indexes if index.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data

    def before_id_for_drop(self, row: int) -> int | None:
        """The id a question put at shown ``row`` should go before (None = the end).

        Past the last row shown means just after the last question you can see, not after
        everything: hidden questions after it stay after it.
        """
        if 0 <= row < len(self._shown):
            return self._shown[row]
        if not self._shown:
            return None
        following = self._place_of_shown(len(self._shown) - 1) + 1
        return self._all[following].id if following < len(self._all) else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(ids_from_mime(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        ids = ids_from_mime(data) if action == Qt.DropAction.MoveAction else []
        if not ids:
            return False
        if parent.isValid():  # dropped onto a row: go before it
            row = parent.row()
        before = self.before_id_for_drop(row)
        for question_id in ids:
            if question_id != before:
                self.move_requested.emit(question_id, before)
        return True


def ids_from_mime(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME_TYPE):
        return []
    raw = bytes(data.data(MIME_TYPE).data()).decode()
    return [int(part) for part in raw.split(",") if part]
