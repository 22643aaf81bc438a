"""Reads and writes symptoms and check-ins inside one transaction; returns domain models."""

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.symptom_figures import Reading
from mbc_desktop.domain.symptoms import CheckIn, CompletedBy, EsasItem, Symptom, SymptomKind
from mbc_desktop.storage.models import CheckInRow, ScoreRow, SymptomRow

_KIND_ORDER = {SymptomKind.ESAS.value: 0, SymptomKind.OWN.value: 1, SymptomKind.OTHER.value: 2}


def _symptom(row: SymptomRow) -> Symptom:
    return Symptom(
        id=row.id,
        kind=SymptomKind(row.kind),
        esas_item=None if row.esas_item is None else EsasItem(row.esas_item),
        name=row.name,
        position=row.position,
        archived_at=row.archived_at,
        created_at=row.created_at,
    )


class SymptomRepository:
    """Symptoms in the order the check-in shows them: the ESAS-r scales in the form's order,
    then the person's own in the order added, then named "other problems"."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, symptom_id: int) -> SymptomRow:
        row = self._session.get(SymptomRow, symptom_id)
        if row is None:
            raise NotFoundError(f"symptom {symptom_id} is not in the journal")
        return row

    def list_all(self) -> list[Symptom]:
        rows = self._session.scalars(select(SymptomRow)).all()
        ordered = sorted(rows, key=lambda r: (_KIND_ORDER[r.kind], r.position, r.id))
        return [_symptom(row) for row in ordered]

    def get(self, symptom_id: int) -> Symptom:
        return _symptom(self._row(symptom_id))

    def named(self, name: str, kinds: Iterable[SymptomKind]) -> Symptom | None:
        """The symptom of one of ``kinds`` with this name, ignoring case (archived too)."""
        wanted = name.casefold()
        for row in self._session.scalars(
            select(SymptomRow).where(SymptomRow.kind.in_([k.value for k in kinds]))
        ):
            if row.name.casefold() == wanted:
                return _symptom(row)
        return None

    def add(self, kind: SymptomKind, name: str, now: datetime) -> Symptom:
        highest = self._session.scalar(
            select(func.max(SymptomRow.position)).where(SymptomRow.kind == kind.value)
        )
        row = SymptomRow(
            kind=kind.value,
            esas_item=None,
            name=name,
            position=0 if highest is None else highest + 1,
            archived_at=None,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _symptom(row)

    def make_own(self, symptom_id: int) -> Symptom:
        """Track a named "other problem" as one of the person's own symptoms, after them,
        with its history (its scores stay under the same id)."""
        row = self._row(symptom_id)
        highest = self._session.scalar(
            select(func.max(SymptomRow.position)).where(SymptomRow.kind == SymptomKind.OWN.value)
        )
        row.kind = SymptomKind.OWN.value
        row.position = 0 if highest is None else highest + 1
        row.archived_at = None
        self._session.flush()
        return _symptom(row)

    def set_archived(self, symptom_id: int, when: datetime | None) -> Symptom:
        row = self._row(symptom_id)
        row.archived_at = when
        self._session.flush()
        return _symptom(row)


def _check_in(row: CheckInRow, scores: dict[int, int]) -> CheckIn:
    return CheckIn(
        id=row.id,
        taken_at=row.taken_at,
        time_zone=row.time_zone,
        completed_by=row.completed_by,
        note=row.note,
        scores=scores,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class CheckInRepository:
    """Check-ins and their scores. A skipped symptom has no score row."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, check_in_id: int) -> CheckInRow:
        row = self._session.get(CheckInRow, check_in_id)
        if row is None:
            raise NotFoundError(f"check-in {check_in_id} is not in the journal")
        return row

    def _scores(self, ids: list[int]) -> dict[int, dict[int, int]]:
        found: dict[int, dict[int, int]] = defaultdict(dict)
        # SQLite allows 32766 parameters; a 10-year journal has ~3700 check-ins.
        for first in range(0, len(ids), 30000):
            chunk = ids[first : first + 30000]
            rows = self._session.execute(
                select(ScoreRow.check_in_id, ScoreRow.symptom_id, ScoreRow.score).where(
                    ScoreRow.check_in_id.in_(chunk)
                )
            )
            for check_in_id, symptom_id, score in rows:
                found[check_in_id][symptom_id] = score
        return found

    def get(self, check_in_id: int) -> CheckIn:
        row = self._row(check_in_id)
        return _check_in(row, self._scores([row.id]).get(row.id, {}))

    def between(self, start: datetime | None, end: datetime | None) -> list[CheckIn]:
        """Check-ins taken in ``[start, end)`` (None: no limit), newest first.

        Read as plain columns, two queries in all, and built without validating again what
        the journal already holds: ten years of check-ins come back in a few milliseconds.
        """
        table = CheckInRow.__table__
        bounds = []
        if start is not None:
            bounds.append(table.c.taken_at >= start)
        if end is not None:
            bounds.append(table.c.taken_at < end)
        rows = self._session.execute(
            select(table).where(*bounds).order_by(table.c.taken_at.desc(), table.c.id.desc())
        ).all()
        scores: dict[int, dict[int, int]] = defaultdict(dict)
        for check_in_id, symptom_id, score in self._session.execute(
            select(ScoreRow.check_in_id, ScoreRow.symptom_id, ScoreRow.score)
            .join(table, table.c.id == ScoreRow.check_in_id)
            .where(*bounds)
        ):
            scores[check_in_id][symptom_id] = score
        return [
            CheckIn.model_construct(
                id=row.id,
                taken_at=row.taken_at,
                time_zone=row.time_zone,
                completed_by=CompletedBy(row.completed_by),
                note=row.note,
                scores=scores.get(row.id, {}),
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
            for row in rows
        ]

    def readings(
        self, symptom_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[Reading]:
        """One symptom's scores in ``[start, end)``, oldest first."""
        query = (
            select(CheckInRow.taken_at, ScoreRow.score, CheckInRow.id)
            .join(ScoreRow, ScoreRow.check_in_id == CheckInRow.id)
            .where(ScoreRow.symptom_id == symptom_id)
        )
        if start is not None:
            query = query.where(CheckInRow.taken_at >= start)
        if end is not None:
            query = query.where(CheckInRow.taken_at < end)
        rows = self._session.execute(query.order_by(CheckInRow.taken_at, CheckInRow.id))
        return [Reading(at=at, score=score, check_in_id=cid) for at, score, cid in rows]

    def all_readings(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> dict[int, list[Reading]]:
        """Every symptom's scores in ``[start, end)``, oldest first, by symptom id."""
        query = select(
            ScoreRow.symptom_id, CheckInRow.taken_at, ScoreRow.score, CheckInRow.id
        ).join(ScoreRow, ScoreRow.check_in_id == CheckInRow.id)
        if start is not None:
            query = query.where(CheckInRow.taken_at >= start)
        if end is not None:
            query = query.where(CheckInRow.taken_at < end)
        found: dict[int, list[Reading]] = defaultdict(list)
        for symptom_id, at, score, cid in self._session.execute(
            query.order_by(CheckInRow.taken_at, CheckInRow.id)
        ):
            found[symptom_id].append(Reading(at=at, score=score, check_in_id=cid))
        return dict(found)

    def last_scored(self, kind: SymptomKind) -> int | None:
        """The id of the symptom of ``kind`` scored in the most recent check-in that has one."""
        return self._session.scalar(
            select(ScoreRow.symptom_id)
            .join(CheckInRow, ScoreRow.check_in_id == CheckInRow.id)
            .join(SymptomRow, ScoreRow.symptom_id == SymptomRow.id)
            .where(SymptomRow.kind == kind.value)
            .order_by(CheckInRow.taken_at.desc(), CheckInRow.id.desc())
            .limit(1)
        )

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
        row = CheckInRow(
            taken_at=taken_at,
            time_zone=time_zone,
            completed_by=completed_by,
            note=note,
            created_at=created_at or now,
            updated_at=now,
        )
        if check_in_id is not None:
            row.id = check_in_id
        self._session.add(row)
        self._session.flush()
        self._put_scores(row.id, scores)
        return self.get(row.id)

    def _put_scores(self, check_in_id: int, scores: dict[int, int]) -> None:
        self._session.execute(delete(ScoreRow).where(ScoreRow.check_in_id == check_in_id))
        self._session.add_all(
            ScoreRow(check_in_id=check_in_id, symptom_id=symptom_id, score=score)
            for symptom_id, score in scores.items()
        )
        self._session.flush()

    def update(self, check_in_id: int, values: dict[str, object], now: datetime) -> CheckIn:
        row = self._row(check_in_id)
        scores = values.pop("scores", None)
        for name, value in values.items():
            setattr(row, name, str(value) if name == "completed_by" else value)
        row.updated_at = now
        if isinstance(scores, dict):
            self._put_scores(check_in_id, scores)
        self._session.flush()
        return self.get(check_in_id)

    def delete(self, check_in_id: int) -> CheckIn:
        removed = self.get(check_in_id)
        self._session.delete(self._row(check_in_id))
        self._session.flush()
        return removed

    def restore(self, check_in: CheckIn) -> CheckIn:
        """Put a deleted check-in back as it was, under the same id."""
        if self._session.get(CheckInRow, check_in.id) is not None:
            raise ValueError(f"check-in {check_in.id} is already in the journal")
        row = CheckInRow(
            id=check_in.id,
            taken_at=check_in.taken_at,
            time_zone=check_in.time_zone,
            completed_by=check_in.completed_by.value,
            note=check_in.note,
            created_at=check_in.created_at,
            updated_at=check_in.updated_at,
        )
        self._session.add(row)
        self._session.flush()
        self._put_scores(row.id, dict(check_in.scores))
        return self.get(row.id)
