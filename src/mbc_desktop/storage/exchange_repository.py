"""The whole journal at once, for export and import: read every table, empty them all, and
write a file's entries with the ids they carry. Inside one transaction, like every repository.

Entries come and go as the export models of ``domain/exchange.py``, every column included, so
that an export and an import into an empty journal give back the same rows. Reading builds
each model with its checks (a journal holds what the app let in, so they pass); writing uses
plain bulk inserts, because what is written has been checked as a file already.
"""

from collections import defaultdict
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mbc_desktop.domain.answers import decode, encode
from mbc_desktop.domain.exchange import (
    KINDS,
    ImportProblem,
    JournalRows,
)
from mbc_desktop.domain.symptoms import SymptomKind
from mbc_desktop.storage.models import (
    AnswerRow,
    AppointmentRow,
    CheckInRow,
    DoseStepRow,
    MedicationRow,
    QuestionRow,
    ScoreRow,
    SymptomRow,
)
from mbc_desktop.storage.store import Transaction

__all__ = ["DOES_NOT_FIT", "ExchangeRepository", "exchange_repository"]

DOES_NOT_FIT = (
    "The file's entries could not be added to the journal (they do not fit together with "
    "it). Nothing was changed."
)

_QUESTIONS: Table = QuestionRow.__table__  # type: ignore[assignment]
_APPOINTMENTS: Table = AppointmentRow.__table__  # type: ignore[assignment]
_SYMPTOMS: Table = SymptomRow.__table__  # type: ignore[assignment]
_CHECK_INS: Table = CheckInRow.__table__  # type: ignore[assignment]
_SCORES: Table = ScoreRow.__table__  # type: ignore[assignment]
_MEDICATIONS: Table = MedicationRow.__table__  # type: ignore[assignment]
_DOSE_STEPS: Table = DoseStepRow.__table__  # type: ignore[assignment]
_ANSWERS: Table = AnswerRow.__table__  # type: ignore[assignment]

# Children before parents, for emptying; the reverse for filling.
_EVERY_TABLE = (
    _ANSWERS,
    _SCORES,
    _CHECK_INS,
    _DOSE_STEPS,
    _MEDICATIONS,
    _QUESTIONS,
    _APPOINTMENTS,
    _SYMPTOMS,
)
# The kinds whose ids the journal hands out, and their tables.
_ID_TABLES = {
    "questions": _QUESTIONS,
    "appointments": _APPOINTMENTS,
    "symptoms": _SYMPTOMS,
    "check_ins": _CHECK_INS,
    "medications": _MEDICATIONS,
    "dose_steps": _DOSE_STEPS,
    "answers": _ANSWERS,
}
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


class ExchangeRepository:
    """Every entry of the journal, read or written at once."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # --- reading ---------------------------------------------------------------------------
    def schema_revision(self) -> str:
        """The schema revision stamped in the journal ("0005")."""
        found = self._session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return "" if found is None else str(found)

    def _rows(self, table: Table, *order: Any) -> list[dict[str, Any]]:
        return [
            dict(row) for row in self._session.execute(select(table).order_by(*order)).mappings()
        ]

    def read(self) -> JournalRows:
        """Every entry, in a steady order: questions as listed, appointments and check-ins by
        time, the rest as entered. Raises pydantic's ValidationError, naming the entry
        ("questions[2].text"), for a row that breaks the app's rules (only a journal changed
        by something else can hold one)."""
        scores: dict[int, list[dict[str, int]]] = defaultdict(list)
        for check_in_id, symptom_id, score in self._session.execute(
            select(_SCORES.c.check_in_id, _SCORES.c.symptom_id, _SCORES.c.score).order_by(
                _SCORES.c.check_in_id, _SCORES.c.symptom_id
            )
        ):
            scores[check_in_id].append({"symptom_id": symptom_id, "score": score})
        steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(_DOSE_STEPS, _DOSE_STEPS.c.id):
            steps[row.pop("medication_id")].append(row)
        return JournalRows.model_validate(
            {
                "questions": self._rows(_QUESTIONS, _QUESTIONS.c.position, _QUESTIONS.c.id),
                "appointments": self._rows(
                    _APPOINTMENTS, _APPOINTMENTS.c.starts_at, _APPOINTMENTS.c.id
                ),
                "symptoms": self._rows(_SYMPTOMS, _SYMPTOMS.c.id),
                "check_ins": [
                    {**row, "scores": scores.get(row["id"], [])}
                    for row in self._rows(_CHECK_INS, _CHECK_INS.c.taken_at, _CHECK_INS.c.id)
                ],
                "medications": [
                    {**row, "steps": sorted(steps.get(row["id"], []), key=_step_order)}
                    for row in self._rows(_MEDICATIONS, _MEDICATIONS.c.id)
                ],
                "answers": [
                    {**row, "value": decode(row["value"])}
                    for row in self._rows(_ANSWERS, _ANSWERS.c.id)
                ],
            }
        )

    def counts(self) -> dict[str, int]:
        """How many entries of each kind (``KINDS``), without reading them; the nine ESAS-r
        scales are not counted among the symptoms (as ``count_entries``)."""
        tables = {
            "questions": _QUESTIONS,
            "appointments": _APPOINTMENTS,
            "check_ins": _CHECK_INS,
            "medications": _MEDICATIONS,
            "answers": _ANSWERS,
        }
        found = {
            kind: self._session.scalar(select(func.count()).select_from(table)) or 0
            for kind, table in tables.items()
        }
        found["symptoms"] = (
            self._session.scalar(
                select(func.count())
                .select_from(_SYMPTOMS)
                .where(_SYMPTOMS.c.kind != SymptomKind.ESAS.value)
            )
            or 0
        )
        return {kind: found[kind] for kind in KINDS}

    def next_ids(self) -> dict[str, int]:
        """The id SQLite would give the next entry of each kind: past every id it has ever
        handed out (``sqlite_sequence``), so a deleted entry's id is never given again."""
        sequence = {
            str(name): int(seq)
            for name, seq in self._session.execute(text("SELECT name, seq FROM sqlite_sequence"))
        }
        found: dict[str, int] = {}
        for kind, table in _ID_TABLES.items():
            highest = self._session.scalar(select(func.max(table.c.id))) or 0
            found[kind] = max(highest, sequence.get(table.name, 0)) + 1
        return found

    # --- writing ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Delete every entry of every kind. (The ids handed out stay taken.)"""
        for table in _EVERY_TABLE:
            self._session.execute(delete(table))

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        for first in range(0, len(rows), _BATCH):
            self._session.execute(insert(table), rows[first : first + _BATCH])

    def insert(self, rows: JournalRows) -> None:
        """Write these entries under the ids they carry. Raises ImportProblem, and the
        transaction must then be rolled back, if they clash with the journal's (an id taken,
        a link to an entry that is not there)."""
        try:
            self._insert(_APPOINTMENTS, [_columns(a) for a in rows.appointments])
            self._insert(_QUESTIONS, [_columns(q) for q in rows.questions])
            self._insert(_SYMPTOMS, [_columns(s) for s in rows.symptoms])
            self._insert(_CHECK_INS, [_columns(c, _SCORES_FIELD) for c in rows.check_ins])
            self._insert(
                _SCORES,
                [
                    {"check_in_id": c.id, "symptom_id": s.symptom_id, "score": s.score}
                    for c in rows.check_ins
                    for s in c.scores
                ],
            )
            self._insert(_MEDICATIONS, [_columns(m, _STEPS_FIELD) for m in rows.medications])
            self._insert(
                _DOSE_STEPS,
                [{**_columns(s), "medication_id": m.id} for m in rows.medications for s in m.steps],
            )
            self._insert(
                _ANSWERS,
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
            self._session.flush()
        except IntegrityError as error:
            raise ImportProblem(DOES_NOT_FIT) from error


def exchange_repository(tx: Transaction) -> ExchangeRepository:
    """The bulk repository inside the transaction ``tx``: the same session, so an import is
    one transaction with whatever else ``tx`` does, and rolls back with it."""
    return ExchangeRepository(tx.questions._session)
