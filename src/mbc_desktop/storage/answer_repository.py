"""Reads and writes dated answers inside one transaction; returns domain ``Answer`` values.

Rows are only ever added, and the newest of a key taken back (undo). "Newest" is by
``recorded_at``, then by id: the order ``domain/answers.py`` defines.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, aliased

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.answers import Answer
from mbc_desktop.storage.models import AnswerRow

_TABLE = AnswerRow.__table__
_COLUMNS = (_TABLE.c.id, _TABLE.c.topic, _TABLE.c.key, _TABLE.c.value, _TABLE.c.recorded_at)
# Read as plain columns: answers are many and small, and already checked when recorded.


def _answer(row: Sequence[Any]) -> Answer:
    answer_id, topic, key, value, recorded_at = row
    return Answer(id=answer_id, topic=topic, key=key, value_json=value, recorded_at=recorded_at)


class AnswerRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, topic: str, key: str, value_json: str, recorded_at: datetime) -> Answer:
        row = AnswerRow(topic=topic, key=key, value=value_json, recorded_at=recorded_at)
        self._session.add(row)
        self._session.flush()
        return Answer(
            id=row.id, topic=topic, key=key, value_json=value_json, recorded_at=row.recorded_at
        )

    def get(self, answer_id: int) -> Answer:
        row = self._session.execute(select(*_COLUMNS).where(_TABLE.c.id == answer_id)).first()
        if row is None:
            raise NotFoundError(f"answer {answer_id} is not in the journal")
        return _answer(row)

    def delete(self, answer_id: int) -> Answer:
        removed = self.get(answer_id)
        self._session.execute(delete(AnswerRow).where(AnswerRow.id == answer_id))
        return removed

    def newest(
        self, topic: str, *, before: datetime | None = None, at_or_before: datetime | None = None
    ) -> dict[str, Answer]:
        """The newest answer of each key of ``topic`` (cleared ones included): of all of them,
        or of those recorded before ``before`` or at or before ``at_or_before``.

        One query, read from the index: the keys, then each key's newest id. (A window
        function ranking every row took ~4 ms on ten years of weekly edits; this ~0.2 ms.)
        """
        newer = aliased(AnswerRow)
        bounds = [newer.topic == topic]
        if before is not None:
            bounds.append(newer.recorded_at < before)
        if at_or_before is not None:
            bounds.append(newer.recorded_at <= at_or_before)
        keys = select(newer.key).where(*bounds).distinct().subquery("keys")
        newest_id = (
            select(newer.id)
            .where(*bounds, newer.key == keys.c.key)
            .order_by(newer.recorded_at.desc(), newer.id.desc())
            .limit(1)
            .correlate(keys)
            .scalar_subquery()
        )
        rows = self._session.execute(
            select(*_COLUMNS)
            .where(_TABLE.c.id.in_(select(newest_id).select_from(keys)))
            .order_by(_TABLE.c.key)
        )
        return {answer.key: answer for answer in map(_answer, rows)}

    def newest_of(self, topic: str, key: str) -> Answer | None:
        row = self._session.execute(
            select(*_COLUMNS)
            .where(_TABLE.c.topic == topic, _TABLE.c.key == key)
            .order_by(_TABLE.c.recorded_at.desc(), _TABLE.c.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _answer(row)

    def history(self, topic: str, key: str) -> list[Answer]:
        """Every answer of one key, oldest first."""
        rows = self._session.execute(
            select(*_COLUMNS)
            .where(_TABLE.c.topic == topic, _TABLE.c.key == key)
            .order_by(_TABLE.c.recorded_at, _TABLE.c.id)
        )
        return [_answer(row) for row in rows]
