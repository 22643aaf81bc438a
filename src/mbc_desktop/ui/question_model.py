"""Qt models for the question list: the ordered list itself, and the filter/search on top."""

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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

MIME_TYPE = "application/x-mbc-desktop-question-ids"
AnyIndex = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    QUESTION = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2


def describe(question: Question, number: int) -> str:
    """What a screen reader says for one row: everything the painted card shows."""
    parts = [
        f"{number}. {question.text}",
        f"{question.priority.label}.",
        f"Topic: {question.topic.label}.",
        f"Status: {question.status.label}.",
    ]
    if question.answer:
        parts.append(f"Answer: {question.answer}")
        if question.answered_by:
            parts.append(f"From {question.answered_by}.")
    return " ".join(parts)


class QuestionListModel(QAbstractListModel):
    """All questions in the person's order. Kept in step with the service's change events."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Question] = []

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def question(self, row: int) -> Question:
        return self._rows[row]

    def questions(self) -> list[Question]:
        return list(self._rows)

    def row_of(self, question_id: int) -> int | None:
        for row, question in enumerate(self._rows):
            if question.id == question_id:
                return row
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        question = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return question.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(question, index.row() + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            return question.text
        if role == Roles.QUESTION:
            return question
        if role == Roles.ID:
            return question.id
        return None

    # --- keeping in step -----------------------------------------------------------------
    def set_rows(self, questions: list[Question]) -> None:
        self.beginResetModel()
        self._rows = sorted(questions, key=lambda question: question.position)
        self.endResetModel()

    def apply(self, event: QuestionEvent) -> None:
        """Update the rows for one committed change, without re-reading the journal."""
        match event:
            case QuestionAdded(question=question):
                row = min(question.position, len(self._rows))
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, question)
                self.endInsertRows()
                self._renumber(row + 1, len(self._rows) - 1)
            case QuestionChanged(question=question):
                changed = self.row_of(question.id)
                if changed is not None:
                    self._rows[changed] = question
                    index = self.index(changed)
                    self.dataChanged.emit(index, index)
            case QuestionRemoved(question=question):
                removed = self.row_of(question.id)
                if removed is not None:
                    self.beginRemoveRows(QModelIndex(), removed, removed)
                    del self._rows[removed]
                    self.endRemoveRows()
                    self._renumber(removed, len(self._rows) - 1)
            case QuestionMoved(question=question, old_position=old):
                new = question.position
                # Qt wants the destination as "insert before this row, counted before the move".
                destination = new + 1 if new > old else new
                self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
                self._rows.pop(old)
                self._rows.insert(new, question)
                self.endMoveRows()
                self._renumber(min(old, new), max(old, new))

    def _renumber(self, first: int, last: int) -> None:
        """Keep each row's ``position`` equal to its place, as the journal now has it."""
        stale = [row for row in range(first, last + 1) if self._rows[row].position != row]
        for row in stale:
            self._rows[row] = self._rows[row].model_copy(update={"position": row})
        if stale:
            self.dataChanged.emit(self.index(stale[0]), self.index(stale[-1]))

    # --- drag and drop -------------------------------------------------------------------
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
        ids = [str(self._rows[index.row()].id) for index in indexes if index.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data


def ids_from_mime(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME_TYPE):
        return []
    raw = bytes(data.data(MIME_TYPE).data()).decode()
    return [int(part) for part in raw.split(",") if part]


class QuestionFilter(QSortFilterProxyModel):
    """What the list shows: filters by status, topic and priority, and search as you type.

    Drops are handled here, not passed to the source model, because "drop at the end of a
    filtered list" means "just after the last question you can see", not "after everything".
    """

    move_requested = Signal(int, object)  # question id, id to go before (or None = the end)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[Status] | None = None
        self._topic: Topic | None = None
        self._priority: Priority | None = None
        self._words: tuple[str, ...] = ()

    # --- filter state --------------------------------------------------------------------
    def set_statuses(self, statuses: frozenset[Status] | None) -> None:
        self._change(lambda: setattr(self, "_statuses", statuses))

    def set_topic(self, topic: Topic | None) -> None:
        self._change(lambda: setattr(self, "_topic", topic))

    def set_priority(self, priority: Priority | None) -> None:
        self._change(lambda: setattr(self, "_priority", priority))

    def set_search(self, text: str) -> None:
        words = tuple(text.casefold().split())
        self._change(lambda: setattr(self, "_words", words))

    def clear_filters(self) -> None:
        def reset() -> None:
            self._statuses = None
            self._topic = None
            self._priority = None
            self._words = ()

        self._change(reset)

    @property
    def is_filtering(self) -> bool:
        return bool(self._statuses or self._topic or self._priority or self._words)

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QuestionListModel)
        question = model.question(source_row)
        if self._statuses is not None and question.status not in self._statuses:
            return False
        if self._topic is not None and question.topic != self._topic:
            return False
        if self._priority is not None and question.priority != self._priority:
            return False
        if self._words:
            haystack = f"{question.text}\n{question.answer}\n{question.answered_by}".casefold()
            return all(word in haystack for word in self._words)
        return True

    # --- helpers for the pane ------------------------------------------------------------
    def question_at(self, row: int) -> Question:
        value = self.index(row, 0).data(Roles.QUESTION)
        assert isinstance(value, Question)
        return value

    def row_of(self, question_id: int) -> int | None:
        model = self.sourceModel()
        assert isinstance(model, QuestionListModel)
        source_row = model.row_of(question_id)
        if source_row is None:
            return None
        proxy = self.mapFromSource(model.index(source_row))
        return proxy.row() if proxy.isValid() else None

    def before_id_for_drop(self, row: int) -> int | None:
        """The id a question dropped at visible ``row`` should go before (None = the end)."""
        if 0 <= row < self.rowCount():
            return self.question_at(row).id
        if self.rowCount() == 0:
            return None
        model = self.sourceModel()
        assert isinstance(model, QuestionListModel)
        last_visible = self.mapToSource(self.index(self.rowCount() - 1, 0)).row()
        following = last_visible + 1
        return model.question(following).id if following < model.rowCount() else None

    # --- drag and drop -------------------------------------------------------------------
    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(ids_from_mime(data))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        ids = ids_from_mime(data)
        if not ids:
            return False
        if parent.isValid():  # dropped onto a row: go before it
            row = parent.row()
        before = self.before_id_for_drop(row)
        for question_id in ids:
            if question_id != before:
                self.move_requested.emit(question_id, before)
        return True
