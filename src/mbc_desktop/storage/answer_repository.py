"""Reads and writes dated answers inside one transaction; returns domain ``Answer`` values.

Rows are only ever added, and the newest of a key taken back (undo). "Newest" is by
``recorded_at``, then by id: the order ``domain/answers.py`` defines.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.answers import Answer
from mbc_desktop.storage.sql import Connection, insert, stored_time, time_at

# Read as plain columns: answers are many and small, and already checked when recorded.
_SELECT = "SELECT id, topic, key, value, recorded_at FROM answers"


def _answer(row: Sequence[Any]) -> Answer:
    answer_id, topic, key, value, recorded_at = row
    return Answer(
        id=answer_id, topic=topic, key=key, value_json=value, recorded_at=time_at(recorded_at)
    )


class AnswerRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, topic: str, key: str, value_json: str, recorded_at: datetime) -> Answer:
        answer_id = insert(
            self._db,
            "answers",
            {"topic": topic, "key": key, "value": value_json, "recorded_at": recorded_at},
        )
        return self.get(answer_id)

    def get(self, answer_id: int) -> Answer:
        row = self._db.execute(f"{_SELECT} WHERE id = ?", (answer_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"answer {answer_id} is not in the journal")
        return _answer(row)

    def delete(self, answer_id: int) -> Answer:
        removed = self.get(answer_id)
        self._db.execute("DELETE FROM answers WHERE id = ?", (answer_id,))
        return removed

    def newest(
        self, topic: str, *, before: datetime | None = None, at_or_before: datetime | None = None
    ) -> dict[str, Answer]:
        """The newest answer of each key of ``topic`` (cleared ones included): of all of them,
        or of those recorded before ``before`` or at or before ``at_or_before``.

        One query, read from the index: the keys, then each key's newest id. (A window
        function ranking every row took ~4 ms on ten years of weekly edits; this ~0.2 ms.)
        """
        bounds = "topic = ?"
        parameters: list[object] = [topic]
        if before is not None:
            bounds += " AND recorded_at < ?"
            parameters.append(stored_time(before))
        if at_or_before is not None:
            bounds += " AND recorded_at <= ?"
            parameters.append(stored_time(at_or_before))
        rows = self._db.execute(
            f"{_SELECT} WHERE id IN ("
            f"SELECT (SELECT newer.id FROM answers AS newer WHERE {_on('newer', bounds)} "
            "AND newer.key = keys.key ORDER BY newer.recorded_at DESC, newer.id DESC LIMIT 1) "
            f"FROM (SELECT DISTINCT key FROM answers WHERE {bounds}) AS keys"
            ") ORDER BY key",
            [*parameters, *parameters],
        )
        return {answer.key: answer for answer in map(_answer, rows)}

    def newest_of(self, topic: str, key: str) -> Answer | None:
        row = self._db.execute(
            f"{_SELECT} WHERE topic = ? AND key = ? ORDER BY recorded_at DESC, id DESC LIMIT 1",
            (topic, key),
        ).fetchone()
        return None if row is None else _answer(row)

    def history(self, topic: str, key: str) -> list[Answer]:
        """Every answer of one key, oldest first."""
        rows = self._db.execute(
            f"{_SELECT} WHERE topic = ? AND key = ? ORDER BY recorded_at, id", (topic, key)
        )
        return [_answer(row) for row in rows]


def _on(alias: str, bounds: str) -> str:
    """``bounds`` (written for the answers table) for the same table under ``alias``."""
    return " AND ".join(f"{alias}.{condition}" for condition in bounds.split(" AND "))
