"""Reads and writes questions inside one transaction; returns domain models, never rows."""

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import RowMapping, func, select, update
from sqlalchemy.orm import Session

from mbc_desktop.domain import NewQuestion, NotFoundError, Priority, Question, Status, Topic
from mbc_desktop.storage.models import AppointmentRow, QuestionRow

_COLUMNS = tuple(column.key for column in QuestionRow.__table__.columns)


def _to_domain(row: QuestionRow) -> Question:
    return Question.model_validate({column: getattr(row, column) for column in _COLUMNS})


def _stored(values: RowMapping) -> Question:
    """A question as the journal holds it, built without validating it again: every value
    was checked on its way in, and times come back aware, in UTC (as appointments are read;
    see AppointmentRepository). A 10-year journal's 2,000 questions: ~45 ms validated, a
    few ms like this; the Questions area reads them all when the journal is opened."""
    fields = dict(values)
    fields["topic"] = Topic(fields["topic"])
    fields["priority"] = Priority(fields["priority"])
    fields["status"] = Status(fields["status"])
    return Question.model_construct(**fields)


class QuestionRepository:
    """Questions kept in the order the person wants to ask them: positions 0..n-1, no gaps."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, question_id: int) -> QuestionRow:
        row = self._session.get(QuestionRow, question_id)
        if row is None:
            raise NotFoundError(f"question {question_id} is not in the journal")
        return row

    def _check_appointment(self, appointment_id: object) -> None:
        """Refuse to plan a question for an appointment that is not there (deleted meanwhile)."""
        if appointment_id is not None and self._session.get(AppointmentRow, appointment_id) is None:
            raise NotFoundError(f"appointment {appointment_id} is not in the journal")

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
        return [_stored(row) for row in rows]

    def texts(self) -> list[str]:
        """The words of every question (for "is it in the list?"), without building models."""
        return list(self._session.execute(select(QuestionRow.text)).scalars())

    def texts_by_id(self) -> dict[int, str]:
        """Every question's words by its id, without building models."""
        rows = self._session.execute(select(QuestionRow.id, QuestionRow.text))
        return {question_id: text for question_id, text in rows}

    def get(self, question_id: int) -> Question:
        return _to_domain(self._row(question_id))

    def planned_for(self, appointment_id: int | None) -> list[Question]:
        """The questions planned for an appointment (None: for the next one), in list order."""
        table = QuestionRow.__table__
        rows = self._session.execute(
            select(table)
            .where(
                table.c.appointment_id.is_(None)
                if appointment_id is None
                else (table.c.appointment_id == appointment_id)
            )
            .order_by(table.c.position)
        ).mappings()
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
        query = select(QuestionRow).where(QuestionRow.id.in_(set(question_ids)))
        if only_unplanned:
            query = query.where(QuestionRow.appointment_id.is_(None))
        moved = list(self._session.scalars(query.order_by(QuestionRow.position)))
        for row in moved:
            row.appointment_id = appointment_id
        self._session.flush()
        return [_to_domain(row) for row in moved]

    def add(self, new: NewQuestion, now: datetime) -> Question:
        self._check_appointment(new.appointment_id)
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
            appointment_id=new.appointment_id,
            carry_count=0,
            source=new.source,
        )
        self._session.add(row)
        self._session.flush()
        return _to_domain(row)

    def update(self, question_id: int, values: dict[str, object], now: datetime) -> Question:
        row = self._row(question_id)
        if "appointment_id" in values:
            self._check_appointment(values["appointment_id"])
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
        """Put a deleted question back exactly as it was: same id, same place in the list.

        If the appointment it was planned for has gone meanwhile, it is for the next one.
        """
        if self._session.get(QuestionRow, question.id) is not None:
            raise ValueError(f"question {question.id} is already in the journal")
        position = min(question.position, self.count())
        appointment_id = question.appointment_id
        if appointment_id is not None and self._session.get(AppointmentRow, appointment_id) is None:
            appointment_id = None
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
            appointment_id=appointment_id,
            carry_count=question.carry_count,
            carried_from=question.carried_from,
            asked_about_since=question.asked_about_since,
            source=question.source,
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
