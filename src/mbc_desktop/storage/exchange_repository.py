"""The whole journal at once, for export and import: read every table, empty them all, and
write a file's entries with the ids they carry. Inside one transaction, like every repository.

Entries come and go as the export models of ``domain/exchange.py``, every column included, so
that an export and an import into an empty journal give back the same rows. Reading builds
each model with its checks (a journal holds what the app let in, so they pass); writing uses
plain bulk inserts, because what is written has been checked as a file already.
"""

import sqlite3
import sys
from collections import defaultdict
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel

from mbc_desktop.domain.answers import decode, encode
from mbc_desktop.domain.exchange import (
    KINDS,
    ImportProblem,
    JournalRows,
)
from mbc_desktop.domain.symptoms import SymptomKind
from mbc_desktop.storage.sql import COLUMNS, Connection, decoded, select_sql, stored
from mbc_desktop.storage.store import Transaction

__all__ = ["DOES_NOT_FIT", "ExchangeRepository", "exchange_repository"]

DOES_NOT_FIT = (
    "The file's entries could not be added to the journal (they do not fit together with "
    "it). Nothing was changed."
)

# Children before parents, for emptying; the reverse for filling.
_EVERY_TABLE = (
    "answers",
    "scores",
    "check_ins",
    "dose_steps",
    "medications",
    "questions",
    "appointments",
    "symptoms",
)
# The kinds whose ids the journal hands out (each the name of its table).
_ID_TABLES = (
    "questions",
    "appointments",
    "symptoms",
    "check_ins",
    "medications",
    "dose_steps",
    "answers",
)
# SQLite allows 32766 parameters in one statement; executemany has no such limit, but a
# journal's rows are sent in batches so that memory stays flat.
_BATCH = 5_000
_SCORES_FIELD = frozenset({"scores"})
_STEPS_FIELD = frozenset({"steps"})


def _columns(model: BaseModel, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A model's fields as column values: a choice as its plain string."""
    return {
        name: value.value if isinstance(value, Enum) else value
        for name, value in model.model_dump(mode="python", exclude=set(exclude)).items()
    }


def _step_order(step: dict[str, Any]) -> tuple[bool, date, int]:
    # As MedicationRepository orders them: the first step, then by day, then as entered.
    return (step["from_day"] is not None, step["from_day"] or date.min, step["id"])


def _integrity_errors() -> tuple[type[Exception], ...]:
    """sqlite3's IntegrityError, and SQLCipher's once SQLCipher is in use."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    return (
        (sqlite3.IntegrityError,)
        if module is None
        else (sqlite3.IntegrityError, module.IntegrityError)
    )


class ExchangeRepository:
    """Every entry of the journal, read or written at once."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    # --- reading ---------------------------------------------------------------------------
    def schema_revision(self) -> str:
        """The schema revision stamped in the journal ("0005")."""
        found = self._db.execute("SELECT version_num FROM alembic_version").fetchone()
        return "" if found is None or found[0] is None else str(found[0])

    def _rows(self, table: str, order: str) -> list[dict[str, Any]]:
        columns = COLUMNS[table]
        rows = self._db.execute(f"{select_sql(table)} ORDER BY {order}")
        return [decoded(columns, row) for row in rows]

    def read(self) -> JournalRows:
        """Every entry, in a steady order: questions as listed, appointments and check-ins by
        time, the rest as entered. Raises pydantic's ValidationError, naming the entry
        ("questions[2].text"), for a row that breaks the app's rules (only a journal changed
        by something else can hold one)."""
        scores: dict[int, list[dict[str, int]]] = defaultdict(list)
        for check_in_id, symptom_id, score in self._db.execute(
            "SELECT check_in_id, symptom_id, score FROM scores ORDER BY check_in_id, symptom_id"
        ):
            scores[check_in_id].append({"symptom_id": symptom_id, "score": score})
        steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows("dose_steps", "id"):
            steps[row.pop("medication_id")].append(row)
        return JournalRows.model_validate(
            {
                "questions": self._rows("questions", "position, id"),
                "appointments": self._rows("appointments", "starts_at, id"),
                "symptoms": self._rows("symptoms", "id"),
                "check_ins": [
                    {**row, "scores": scores.get(row["id"], [])}
                    for row in self._rows("check_ins", "taken_at, id")
                ],
                "medications": [
                    {**row, "steps": sorted(steps.get(row["id"], []), key=_step_order)}
                    for row in self._rows("medications", "id")
                ],
                "answers": [
                    {**row, "value": decode(row["value"])} for row in self._rows("answers", "id")
                ],
            }
        )

    def _count(self, table: str, where: str = "", parameters: tuple[object, ...] = ()) -> int:
        return int(
            self._db.execute(f"SELECT count(*) FROM {table} {where}", parameters).fetchone()[0]
        )

    def counts(self) -> dict[str, int]:
        """How many entries of each kind (``KINDS``), without reading them; the nine ESAS-r
        scales are not counted among the symptoms (as ``count_entries``)."""
        found = {
            kind: self._count(kind)
            for kind in ("questions", "appointments", "check_ins", "medications", "answers")
        }
        found["symptoms"] = self._count("symptoms", "WHERE kind != ?", (SymptomKind.ESAS.value,))
        return {kind: found[kind] for kind in KINDS}

    def next_ids(self) -> dict[str, int]:
        """The id SQLite would give the next entry of each kind: past every id it has ever
        handed out (``sqlite_sequence``), so a deleted entry's id is never given again."""
        sequence = {
            str(name): int(seq)
            for name, seq in self._db.execute("SELECT name, seq FROM sqlite_sequence")
        }
        found: dict[str, int] = {}
        for table in _ID_TABLES:
            highest = self._db.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
            found[table] = max(highest, sequence.get(table, 0)) + 1
        return found

    # --- writing ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Delete every entry of every kind. (The ids handed out stay taken.)"""
        for table in _EVERY_TABLE:
            self._db.execute(f"DELETE FROM {table}")

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        names = list(rows[0])
        unknown = set(names) - set(COLUMNS[table])
        if unknown:
            raise ValueError(f"{table} has no column {', '.join(sorted(unknown))}")
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        for first in range(0, len(rows), _BATCH):
            self._db.executemany(
                sql, [[stored(row[name]) for name in names] for row in rows[first : first + _BATCH]]
            )

    def insert(self, rows: JournalRows) -> None:
        """Write these entries under the ids they carry. Raises ImportProblem, and the
        transaction must then be rolled back, if they clash with the journal's (an id taken,
        a link to an entry that is not there)."""
        try:
            self._insert("appointments", [_columns(a) for a in rows.appointments])
            self._insert("questions", [_columns(q) for q in rows.questions])
            self._insert("symptoms", [_columns(s) for s in rows.symptoms])
            self._insert("check_ins", [_columns(c, _SCORES_FIELD) for c in rows.check_ins])
            self._insert(
                "scores",
                [
                    {"check_in_id": c.id, "symptom_id": s.symptom_id, "score": s.score}
                    for c in rows.check_ins
                    for s in c.scores
                ],
            )
            self._insert("medications", [_columns(m, _STEPS_FIELD) for m in rows.medications])
            self._insert(
                "dose_steps",
                [{**_columns(s), "medication_id": m.id} for m in rows.medications for s in m.steps],
            )
            self._insert(
                "answers",
                [
                    {
                        "id": a.id,
                        "topic": a.topic.value,
                        "key": a.key,
                        "value": encode(a.value),
                        "recorded_at": a.recorded_at,
                    }
                    for a in rows.answers
                ],
            )
        except _integrity_errors() as error:
            raise ImportProblem(DOES_NOT_FIT) from error


def exchange_repository(tx: Transaction) -> ExchangeRepository:
    """The bulk repository inside the transaction ``tx``: the same connection, so an import
    is one transaction with whatever else ``tx`` does, and rolls back with it."""
    return ExchangeRepository(tx.questions._db)
