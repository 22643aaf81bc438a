"""Reads and writes questions inside one transaction; returns domain models, never rows."""

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from mbc_desktop.domain import NewQuestion, NotFoundError, Priority, Question, Status, Topic
from mbc_desktop.storage.sql import COLUMNS, Connection, decoded, insert, select_sql, update

_COLUMNS = COLUMNS["questions"]
_SELECT = select_sql("questions")


def _to_domain(row: Sequence[Any]) -> Question:
    return Question.model_validate(decoded(_COLUMNS, row))


def _stored(row: Sequence[Any]) -> Question:
    """A question as the journal holds it, built without validating it again: every value
    was checked on its way in, and times come back aware, in UTC (as appointments are read;
    see AppointmentRepository). A 10-year journal's 2,000 questions: ~45 ms validated, a
    few ms like this; the Questions area reads them all when the journal is opened."""
    fields = decoded(_COLUMNS, row)
    fields["topic"] = Topic(fields["topic"])
    fields["priority"] = Priority(fields["priority"])
    fields["status"] = Status(fields["status"])
    return Question.model_construct(**fields)


class QuestionRepository:
    """Questions kept in the order the person wants to ask them: positions 0..n-1, no gaps."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def _row(self, question_id: int) -> tuple[Any, ...]:
        row = self._db.execute(f"{_SELECT} WHERE id = ?", (question_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"question {question_id} is not in the journal")
        return tuple(row)

    def _exists(self, table: str, row_id: object) -> bool:
        found = self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return found is not None

    def _check_appointment(self, appointment_id: object) -> None:
        """Refuse to plan a question for an appointment that is not there (deleted meanwhile)."""
        if appointment_id is not None and not self._exists("appointments", appointment_id):
            raise NotFoundError(f"appointment {appointment_id} is not in the journal")

    def _shift(self, first: int, last: int | None, by: int) -> None:
        """Add ``by`` to every position from ``first`` to ``last`` (inclusive; None = the end)."""
        if last is None:
            self._db.execute(
                "UPDATE questions SET position = position + ? WHERE position >= ?", (by, first)
            )
        else:
            self._db.execute(
                "UPDATE questions SET position = position + ? WHERE position >= ? "
                "AND position <= ?",
                (by, first, last),
            )

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM questions").fetchone()[0])

    def counts_by_status(self) -> dict[Status, int]:
        rows = self._db.execute("SELECT status, count(*) FROM questions GROUP BY status")
        found = {Status(status): count for status, count in rows}
        return {status: found.get(status, 0) for status in Status}

    def list_all(self) -> list[Question]:
        rows = self._db.execute(f"{_SELECT} ORDER BY position").fetchall()
        return [_stored(row) for row in rows]

    def texts(self) -> list[str]:
        """The words of every question (for "is it in the list?"), without building models."""
        return [text for (text,) in self._db.execute("SELECT text FROM questions")]

    def texts_by_id(self) -> dict[int, str]:
        """Every question's words by its id, without building models."""
        return dict(self._db.execute("SELECT id, text FROM questions").fetchall())

    def get(self, question_id: int) -> Question:
        return _to_domain(self._row(question_id))

    def planned_for(self, appointment_id: int | None) -> list[Question]:
        """The questions planned for an appointment (None: for the next one), in list order."""
        if appointment_id is None:
            rows = self._db.execute(
                f"{_SELECT} WHERE appointment_id IS NULL ORDER BY position"
            ).fetchall()
        else:
            rows = self._db.execute(
                f"{_SELECT} WHERE appointment_id = ? ORDER BY position", (appointment_id,)
            ).fetchall()
        return [_stored(row) for row in rows]

    def replan(
        self, question_ids: Iterable[int], appointment_id: int | None, *, only_unplanned: bool
    ) -> list[Question]:
        """Plan these questions for another appointment (None: the next one), in list order.

        Not an edit of the question, so ``updated_at`` stays: this is what deleting an
        appointment, and undoing that, do. With ``only_unplanned``, a question that has been
        planned for some appointment meanwhile is left where it is.
        """
        self._check_appointment(appointment_id)
        ids = sorted(set(question_ids))
        moved: list[tuple[Any, ...]] = []
        # SQLite allows 32766 parameters in one statement.
        for first in range(0, len(ids), 30000):
            chunk = ids[first : first + 30000]
            query = f"{_SELECT} WHERE id IN ({', '.join('?' * len(chunk))})"
            if only_unplanned:
                query += " AND appointment_id IS NULL"
            moved.extend(tuple(row) for row in self._db.execute(query, chunk))
        moved.sort(key=lambda row: row[_COLUMNS.index("position")])
        at = _COLUMNS.index("appointment_id")
        for row in moved:
            update(self._db, "questions", row[0], {"appointment_id": appointment_id})
        return [_to_domain((*row[:at], appointment_id, *row[at + 1 :])) for row in moved]

    def add(self, new: NewQuestion, now: datetime) -> Question:
        self._check_appointment(new.appointment_id)
        question_id = insert(
            self._db,
            "questions",
            {
                "text": new.text,
                "topic": new.topic,
                "priority": new.priority,
                "status": Status.OPEN,
                "answer": "",
                "answered_by": "",
                "position": self.count(),
                "created_at": now,
                "updated_at": now,
                "appointment_id": new.appointment_id,
                "carry_count": 0,
                "source": new.source,
            },
        )
        return self.get(question_id)

    def update(self, question_id: int, values: dict[str, object], now: datetime) -> Question:
        self._row(question_id)
        if "appointment_id" in values:
            self._check_appointment(values["appointment_id"])
        update(self._db, "questions", question_id, {**values, "updated_at": now})
        return self.get(question_id)

    def delete(self, question_id: int) -> Question:
        removed = _to_domain(self._row(question_id))
        self._db.execute("DELETE FROM questions WHERE id = ?", (question_id,))
        self._shift(removed.position + 1, None, -1)
        return removed

    def restore(self, question: Question) -> Question:
        """Put a deleted question back exactly as it was: same id, same place in the list.

        If the appointment it was planned for has gone meanwhile, it is for the next one.
        """
        if self._exists("questions", question.id):
            raise ValueError(f"question {question.id} is already in the journal")
        position = min(question.position, self.count())
        appointment_id = question.appointment_id
        if appointment_id is not None and not self._exists("appointments", appointment_id):
            appointment_id = None
        self._shift(position, None, +1)
        insert(
            self._db,
            "questions",
            {
                "id": question.id,
                "text": question.text,
                "topic": question.topic,
                "priority": question.priority,
                "status": question.status,
                "answer": question.answer,
                "answered_by": question.answered_by,
                "position": position,
                "created_at": question.created_at,
                "updated_at": question.updated_at,
                "appointment_id": appointment_id,
                "carry_count": question.carry_count,
                "carried_from": question.carried_from,
                "asked_about_since": question.asked_about_since,
                "source": question.source,
            },
        )
        return self.get(question.id)

    def move(self, question_id: int, before_id: int | None) -> Question:
        """Move a question to just before ``before_id``, or to the end when that is None."""
        old = self.get(question_id).position
        if before_id is None:
            new = self.count() - 1
        else:
            before = self.get(before_id).position
            new = before - 1 if before > old else before
        if new > old:
            self._shift(old + 1, new, -1)
        elif new < old:
            self._shift(new, old - 1, +1)
        update(self._db, "questions", question_id, {"position": new})
        return self.get(question_id)
