"""Reads and writes questions inside one transaction; returns domain models, never rows."""

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mbc_desktop.domain import NewQuestion, NotFoundError, Question, Status
from mbc_desktop.storage.models import QuestionRow


def _to_domain(row: QuestionRow) -> Question:
    return Question.model_validate(
        {
            "id": row.id,
            "text": row.text,
            "topic": row.topic,
            "priority": row.priority,
            "status": row.status,
            "answer": row.answer,
            "answered_by": row.answered_by,
            "position": row.position,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
        }
    )


class QuestionRepository:
    """Questions kept in the order the person wants to ask them: positions 0..n-1, no gaps."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, question_id: int) -> QuestionRow:
        row = self._session.get(QuestionRow, question_id)
        if row is None:
            raise NotFoundError(f"question {question_id} is not in the journal")
        return row

    def _shift(self, first: int, last: int | None, by: int) -> None:
        """Add ``by`` to every position from ``first`` to ``last`` (inclusive; None = the end)."""
        condition = QuestionRow.position >= first
        if last is not None:
            condition = condition & (QuestionRow.position <= last)
        self._session.execute(
            update(QuestionRow).where(condition).values(position=QuestionRow.position + by)
        )

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(QuestionRow)) or 0

    def counts_by_status(self) -> dict[Status, int]:
        rows = self._session.execute(
            select(QuestionRow.status, func.count()).group_by(QuestionRow.status)
        )
        found = {Status(status): count for status, count in rows}
        return {status: found.get(status, 0) for status in Status}

    def list_all(self) -> list[Question]:
        # Plain rows, not ORM objects: a long journal loads in a third of the time.
        table = QuestionRow.__table__
        rows = self._session.execute(select(table).order_by(table.c.position)).mappings()
        return [Question.model_validate(dict(row)) for row in rows]

    def get(self, question_id: int) -> Question:
        return _to_domain(self._row(question_id))

    def add(self, new: NewQuestion, now: datetime) -> Question:
        row = QuestionRow(
            text=new.text,
            topic=new.topic.value,
            priority=new.priority.value,
            status=Status.OPEN.value,
            answer="",
            answered_by="",
            position=self.count(),
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _to_domain(row)

    def update(self, question_id: int, values: dict[str, object], now: datetime) -> Question:
        row = self._row(question_id)
        for name, value in values.items():
            setattr(row, name, value.value if hasattr(value, "value") else value)
        row.updated_at = now
        self._session.flush()
        return _to_domain(row)

    def delete(self, question_id: int) -> Question:
        row = self._row(question_id)
        removed = _to_domain(row)
        self._session.delete(row)
        self._session.flush()
        self._shift(removed.position + 1, None, -1)
        return removed

    def restore(self, question: Question) -> Question:
        """Put a deleted question back exactly as it was: same id, same place in the list."""
        if self._session.get(QuestionRow, question.id) is not None:
            raise ValueError(f"question {question.id} is already in the journal")
        position = min(question.position, self.count())
        self._shift(position, None, +1)
        row = QuestionRow(
            id=question.id,
            text=question.text,
            topic=question.topic.value,
            priority=question.priority.value,
            status=question.status.value,
            answer=question.answer,
            answered_by=question.answered_by,
            position=position,
            created_at=question.created_at,
            updated_at=question.updated_at,
        )
        self._session.add(row)
        self._session.flush()
        return _to_domain(row)

    def move(self, question_id: int, before_id: int | None) -> Question:
        """Move a question to just before ``before_id``, or to the end when that is None."""
        row = self._row(question_id)
        old = row.position
        if before_id is None:
            new = self.count() - 1
        else:
            before = self._row(before_id).position
            new = before - 1 if before > old else before
        if new > old:
            self._shift(old + 1, new, -1)
        elif new < old:
            self._shift(new, old - 1, +1)
        row.position = new
        self._session.flush()
        # The bulk UPDATE bypassed the identity map; make sure the row reads back fresh.
        self._session.refresh(row)
        return _to_domain(row)
