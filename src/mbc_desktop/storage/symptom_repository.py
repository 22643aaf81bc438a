"""Reads and writes symptoms and check-ins inside one transaction; returns domain models."""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.symptom_figures import Reading
from mbc_desktop.domain.symptoms import CheckIn, CompletedBy, EsasItem, Symptom, SymptomKind
from mbc_desktop.storage.sql import (
    COLUMNS,
    Connection,
    decoded,
    insert,
    select_sql,
    stored_time,
    time_at,
    update,
)

_KIND_ORDER = {SymptomKind.ESAS.value: 0, SymptomKind.OWN.value: 1, SymptomKind.OTHER.value: 2}
_SYMPTOM_COLUMNS = COLUMNS["symptoms"]
_SYMPTOMS = select_sql("symptoms")
_CHECK_IN_COLUMNS = COLUMNS["check_ins"]
_CHECK_INS = select_sql("check_ins")


def _symptom(row: Sequence[Any]) -> Symptom:
    values = decoded(_SYMPTOM_COLUMNS, row)
    return Symptom(
        id=values["id"],
        kind=SymptomKind(values["kind"]),
        esas_item=None if values["esas_item"] is None else EsasItem(values["esas_item"]),
        name=values["name"],
        position=values["position"],
        archived_at=values["archived_at"],
        created_at=values["created_at"],
    )


def _symptom_order(row: Sequence[Any]) -> tuple[int, int, int]:
    values = dict(zip(_SYMPTOM_COLUMNS, row, strict=True))
    return (_KIND_ORDER[values["kind"]], values["position"], values["id"])


def _bounds(column: str, start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
    """`` AND column >= ? AND column < ?`` for the limits given, and their parameters."""
    sql, parameters = "", []
    if start is not None:
        sql += f" AND {column} >= ?"
        parameters.append(stored_time(start))
    if end is not None:
        sql += f" AND {column} < ?"
        parameters.append(stored_time(end))
    return sql, parameters


class SymptomRepository:
    """Symptoms in the order the check-in shows them: the ESAS-r scales in the form's order,
    then the person's own in the order added, then named "other problems"."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def _row(self, symptom_id: int) -> Sequence[Any]:
        row = self._db.execute(f"{_SYMPTOMS} WHERE id = ?", (symptom_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"symptom {symptom_id} is not in the journal")
        return row  # type: ignore[no-any-return]

    def list_all(self) -> list[Symptom]:
        rows = self._db.execute(_SYMPTOMS).fetchall()
        return [_symptom(row) for row in sorted(rows, key=_symptom_order)]

    def get(self, symptom_id: int) -> Symptom:
        return _symptom(self._row(symptom_id))

    def named(self, name: str, kinds: Iterable[SymptomKind]) -> Symptom | None:
        """The symptom of one of ``kinds`` with this name, ignoring case (archived too)."""
        wanted = name.casefold()
        values = [kind.value for kind in kinds]
        rows = self._db.execute(
            f"{_SYMPTOMS} WHERE kind IN ({', '.join('?' * len(values))})", values
        )
        for row in rows:
            symptom = _symptom(row)
            if symptom.name.casefold() == wanted:
                return symptom
        return None

    def _next_position(self, kind: SymptomKind) -> int:
        highest = self._db.execute(
            "SELECT max(position) FROM symptoms WHERE kind = ?", (kind.value,)
        ).fetchone()[0]
        return 0 if highest is None else int(highest) + 1

    def add(self, kind: SymptomKind, name: str, now: datetime) -> Symptom:
        symptom_id = insert(
            self._db,
            "symptoms",
            {
                "kind": kind,
                "esas_item": None,
                "name": name,
                "position": self._next_position(kind),
                "archived_at": None,
                "created_at": now,
            },
        )
        return self.get(symptom_id)

    def make_own(self, symptom_id: int) -> Symptom:
        """Track a named "other problem" as one of the person's own symptoms, after them,
        with its history (its scores stay under the same id)."""
        self._row(symptom_id)
        values = {
            "kind": SymptomKind.OWN,
            "position": self._next_position(SymptomKind.OWN),
            "archived_at": None,
        }
        update(self._db, "symptoms", symptom_id, values)
        return self.get(symptom_id)

    def set_archived(self, symptom_id: int, when: datetime | None) -> Symptom:
        self._row(symptom_id)
        update(self._db, "symptoms", symptom_id, {"archived_at": when})
        return self.get(symptom_id)


def _check_in(row: Sequence[Any], scores: dict[int, int]) -> CheckIn:
    values = decoded(_CHECK_IN_COLUMNS, row)
    return CheckIn(**values, scores=scores)


class CheckInRepository:
    """Check-ins and their scores. A skipped symptom has no score row."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def _row(self, check_in_id: int) -> Sequence[Any]:
        row = self._db.execute(f"{_CHECK_INS} WHERE id = ?", (check_in_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"check-in {check_in_id} is not in the journal")
        return row  # type: ignore[no-any-return]

    def _scores_of(self, check_in_id: int) -> dict[int, int]:
        rows = self._db.execute(
            "SELECT symptom_id, score FROM scores WHERE check_in_id = ?", (check_in_id,)
        )
        return dict(rows.fetchall())

    def get(self, check_in_id: int) -> CheckIn:
        return _check_in(self._row(check_in_id), self._scores_of(check_in_id))

    def between(self, start: datetime | None, end: datetime | None) -> list[CheckIn]:
        """Check-ins taken in ``[start, end)`` (None: no limit), newest first.

        Read as plain columns, two queries in all, and built without validating again what
        the journal already holds: ten years of check-ins come back in a few milliseconds.
        """
        bounds, parameters = _bounds("taken_at", start, end)
        rows = self._db.execute(
            f"{_CHECK_INS} WHERE 1{bounds} ORDER BY taken_at DESC, id DESC", parameters
        ).fetchall()
        scores: dict[int, dict[int, int]] = defaultdict(dict)
        for check_in_id, symptom_id, score in self._db.execute(
            "SELECT scores.check_in_id, scores.symptom_id, scores.score FROM scores "
            f"JOIN check_ins ON check_ins.id = scores.check_in_id WHERE 1{bounds}",
            parameters,
        ):
            scores[check_in_id][symptom_id] = score
        made = []
        for row in rows:
            values = decoded(_CHECK_IN_COLUMNS, row)
            values["completed_by"] = CompletedBy(values["completed_by"])
            values["scores"] = scores.get(values["id"], {})
            made.append(CheckIn.model_construct(**values))
        return made

    def readings(
        self, symptom_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[Reading]:
        """One symptom's scores in ``[start, end)``, oldest first."""
        bounds, parameters = _bounds("check_ins.taken_at", start, end)
        rows = self._db.execute(
            "SELECT check_ins.taken_at, scores.score, check_ins.id FROM check_ins "
            "JOIN scores ON scores.check_in_id = check_ins.id "
            f"WHERE scores.symptom_id = ?{bounds} ORDER BY check_ins.taken_at, check_ins.id",
            [symptom_id, *parameters],
        )
        return [Reading(at=time_at(at), score=score, check_in_id=cid) for at, score, cid in rows]

    def all_readings(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> dict[int, list[Reading]]:
        """Every symptom's scores in ``[start, end)``, oldest first, by symptom id."""
        bounds, parameters = _bounds("check_ins.taken_at", start, end)
        found: dict[int, list[Reading]] = defaultdict(list)
        for symptom_id, at, score, cid in self._db.execute(
            "SELECT scores.symptom_id, check_ins.taken_at, scores.score, check_ins.id "
            "FROM check_ins JOIN scores ON scores.check_in_id = check_ins.id "
            f"WHERE 1{bounds} ORDER BY check_ins.taken_at, check_ins.id",
            parameters,
        ):
            found[symptom_id].append(Reading(at=time_at(at), score=score, check_in_id=cid))
        return dict(found)

    def last_scored(self, kind: SymptomKind) -> int | None:
        """The id of the symptom of ``kind`` scored in the most recent check-in that has one."""
        row = self._db.execute(
            "SELECT scores.symptom_id FROM scores "
            "JOIN check_ins ON scores.check_in_id = check_ins.id "
            "JOIN symptoms ON scores.symptom_id = symptoms.id "
            "WHERE symptoms.kind = ? ORDER BY check_ins.taken_at DESC, check_ins.id DESC LIMIT 1",
            (kind.value,),
        ).fetchone()
        return None if row is None else int(row[0])

    def add(
        self,
        *,
        taken_at: datetime,
        time_zone: str,
        completed_by: str,
        note: str,
        scores: dict[int, int],
        now: datetime,
        check_in_id: int | None = None,
        created_at: datetime | None = None,
    ) -> CheckIn:
        values: dict[str, object] = {
            "taken_at": taken_at,
            "time_zone": time_zone,
            "completed_by": completed_by,
            "note": note,
            "created_at": created_at or now,
            "updated_at": now,
        }
        if check_in_id is not None:
            values["id"] = check_in_id
        made = insert(self._db, "check_ins", values)
        self._put_scores(made, scores)
        return self.get(made)

    def _put_scores(self, check_in_id: int, scores: dict[int, int]) -> None:
        self._db.execute("DELETE FROM scores WHERE check_in_id = ?", (check_in_id,))
        self._db.executemany(
            "INSERT INTO scores (check_in_id, symptom_id, score) VALUES (?, ?, ?)",
            [(check_in_id, symptom_id, score) for symptom_id, score in scores.items()],
        )

    def update(self, check_in_id: int, values: dict[str, object], now: datetime) -> CheckIn:
        self._row(check_in_id)
        scores = values.pop("scores", None)
        columns = {
            name: str(value) if name == "completed_by" else value for name, value in values.items()
        }
        update(self._db, "check_ins", check_in_id, {**columns, "updated_at": now})
        if isinstance(scores, dict):
            self._put_scores(check_in_id, scores)
        return self.get(check_in_id)

    def delete(self, check_in_id: int) -> CheckIn:
        removed = self.get(check_in_id)
        self._db.execute("DELETE FROM check_ins WHERE id = ?", (check_in_id,))
        return removed

    def restore(self, check_in: CheckIn) -> CheckIn:
        """Put a deleted check-in back as it was, under the same id."""
        if self._db.execute("SELECT 1 FROM check_ins WHERE id = ?", (check_in.id,)).fetchone():
            raise ValueError(f"check-in {check_in.id} is already in the journal")
        insert(
            self._db,
            "check_ins",
            {
                "id": check_in.id,
                "taken_at": check_in.taken_at,
                "time_zone": check_in.time_zone,
                "completed_by": check_in.completed_by,
                "note": check_in.note,
                "created_at": check_in.created_at,
                "updated_at": check_in.updated_at,
            },
        )
        self._put_scores(check_in.id, dict(check_in.scores))
        return self.get(check_in.id)
