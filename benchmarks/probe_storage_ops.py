"""Storage and service operations on a journal, against raw sqlite3 doing the same SQL.

    probe_storage_ops.py DATA_DIR REPS

Works on two private copies of DATA_DIR (one for QuestionService, one for raw sqlite3) and prints
{"service": {op: [seconds, ...]}, "raw": {op: [seconds, ...]}}. Every write is its own
transaction on a connection set up like the app's (WAL, synchronous=FULL, foreign keys,
BEGIN IMMEDIATE), so both sides pay the same fsyncs. Each repetition leaves the journal as it
found it (the cleanup is not timed), so the list keeps its size.
"""

import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from _common import emit, private_copy, timed

from mbc_desktop.domain import NewQuestion, Priority, Question, QuestionChanges, Topic
from mbc_desktop.paths import DataPaths
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import open_journal

COLUMNS = "id, text, topic, priority, status, answer, answered_by, position, created_at, updated_at"
ANSWERS = ("Stable; check again in three months.", "Lower the dose and see in two weeks.")
T = TypeVar("T")
OPS = ("list all", "add one", "update one (answer)", "move last to top", "delete + restore top")


def record(times: dict[str, list[float]], op: str, action: Callable[..., T], *args: Any) -> T:
    seconds, result = timed(action, *args)
    times[op].append(seconds)
    return result


def service_ops(service: QuestionService, reps: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {op: [] for op in OPS}
    ids = [question.id for question in service.list()]
    target = ids[len(ids) // 2]
    new = NewQuestion(text="Can I swim during treatment?", topic=Topic.OTHER)

    def delete_and_restore(question_id: int) -> Question:
        return service.restore(service.delete(question_id))

    for rep in range(reps):
        record(times, "list all", service.list)
        added = record(times, "add one", service.add, new)
        service.delete(added.id)
        record(
            times,
            "update one (answer)",
            service.update,
            target,
            QuestionChanges(answer=ANSWERS[rep % 2]),
        )
        record(times, "move last to top", service.move, ids[-1], ids[0])
        ids.insert(0, ids.pop())
        record(times, "delete + restore top", delete_and_restore, ids[0])
    return times


@contextmanager
def write(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def raw_list(db: sqlite3.Connection) -> list[tuple[object, ...]]:
    return db.execute(f"SELECT {COLUMNS} FROM questions ORDER BY position").fetchall()


def raw_add(db: sqlite3.Connection, text: str) -> int:
    with write(db):
        (count,) = db.execute("SELECT count(*) FROM questions").fetchone()
        stamp = now()
        cursor = db.execute(
            "INSERT INTO questions (text, topic, priority, status, answer, answered_by, "
            "position, created_at, updated_at) VALUES (?, ?, ?, 'open', '', '', ?, ?, ?)",
            (text, Topic.OTHER.value, Priority.WANT_TO_ASK.value, count, stamp, stamp),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid


def raw_delete(db: sqlite3.Connection, question_id: int) -> tuple[object, ...]:
    with write(db):
        row = db.execute(f"SELECT {COLUMNS} FROM questions WHERE id = ?", (question_id,)).fetchone()
        db.execute("DELETE FROM questions WHERE id = ?", (question_id,))
        db.execute("UPDATE questions SET position = position - 1 WHERE position > ?", (row[7],))
    return tuple(row)


def raw_restore(db: sqlite3.Connection, row: tuple[object, ...]) -> None:
    with write(db):
        db.execute("UPDATE questions SET position = position + 1 WHERE position >= ?", (row[7],))
        db.execute(f"INSERT INTO questions ({COLUMNS}) VALUES ({', '.join('?' * 10)})", row)


def raw_update_answer(db: sqlite3.Connection, question_id: int, answer: str) -> None:
    with write(db):
        db.execute(f"SELECT {COLUMNS} FROM questions WHERE id = ?", (question_id,)).fetchone()
        db.execute(
            "UPDATE questions SET answer = ?, status = 'answered', updated_at = ? WHERE id = ?",
            (answer, now(), question_id),
        )


def raw_move(db: sqlite3.Connection, question_id: int, before_id: int) -> None:
    with write(db):
        (old,) = db.execute(
            "SELECT position FROM questions WHERE id = ?", (question_id,)
        ).fetchone()
        (new,) = db.execute("SELECT position FROM questions WHERE id = ?", (before_id,)).fetchone()
        db.execute(
            "UPDATE questions SET position = position + 1 WHERE position >= ? AND position <= ?",
            (new, old - 1),
        )
        db.execute("UPDATE questions SET position = ? WHERE id = ?", (new, question_id))


def raw_ops(db: sqlite3.Connection, reps: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {op: [] for op in OPS}
    ids = [row[0] for row in raw_list(db)]
    target = ids[len(ids) // 2]

    def delete_and_restore(question_id: int) -> None:
        raw_restore(db, raw_delete(db, question_id))

    for rep in range(reps):
        record(times, "list all", raw_list, db)
        added = record(times, "add one", raw_add, db, "Can I swim during treatment?")
        raw_delete(db, added)
        record(times, "update one (answer)", raw_update_answer, db, target, ANSWERS[rep % 2])
        record(times, "move last to top", raw_move, db, ids[-1], ids[0])
        ids.insert(0, ids.pop())
        record(times, "delete + restore top", delete_and_restore, ids[0])
    return times


def connect(path: Path) -> sqlite3.Connection:
    """A connection set up as the app sets up its own (storage/database.configure)."""
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "synchronous=FULL", "busy_timeout=5000"):
        db.execute(f"PRAGMA {pragma}")
    return db


def run(
    data_dir: Path, reps: int, measure: Callable[[Path, int], dict[str, list[float]]]
) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as scratch:
        return measure(DataPaths(private_copy(data_dir, Path(scratch))).journal, reps)


def with_service(journal: Path, reps: int) -> dict[str, list[float]]:
    store = open_journal(journal)
    try:
        return service_ops(QuestionService(store), reps)
    finally:
        store.close()


def with_raw(journal: Path, reps: int) -> dict[str, list[float]]:
    db = connect(journal)
    try:
        return raw_ops(db, reps)
    finally:
        db.close()


if __name__ == "__main__":
    source, repetitions = Path(sys.argv[1]), int(sys.argv[2])
    emit(
        {
            "service": run(source, repetitions, with_service),
            "raw": run(source, repetitions, with_raw),
        }
    )
