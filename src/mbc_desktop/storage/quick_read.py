"""What Home shows first, read with plain DB-API calls before SQLAlchemy, Alembic and Pydantic
are imported: the next appointment, the questions planned for it, the last appointment and the
symptom scores since it (and the same length of time before), and the symptoms' names.

Standard library only, so that the window can show the person's next appointment within a few
milliseconds of its first paint; the ORM, the migrations and the areas come after. Nothing here
writes: the reads run in one read transaction (a consistent snapshot in WAL mode), and anything
unexpected (a file at another schema, a damaged page, a locked file) gives None, so that the
full start-up (``open_journal``) decides what to do, as it does today.

The connection is the caller's (``sqlite3``, or ``sqlcipher3`` once its key is set): the same
DB-API. ``services/home_glance.py`` turns these rows into what Home says (counts, figures).

Times are stored as SQLAlchemy writes them for SQLite ("YYYY-MM-DD HH:MM:SS.ffffff", naive
UTC); text comparison of that form is time order, so the bounds are written the same way.
"""

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

__all__ = [
    "HomeRows",
    "QuickAppointment",
    "QuickQuestion",
    "QuickReading",
    "QuickSymptom",
    "read_home",
    "read_home_from",
]

# Questions that are settled (not asked at a visit any more): "answered" and "dropped".
_SETTLED = ("answered", "dropped")
# The symptoms in the check-in's order: the ESAS-r scales, the person's own, other problems.
_KIND_ORDER = {"esas": 0, "own": 1, "other": 2}


class Connection(Protocol):
    """A DB-API connection: ``sqlite3.Connection`` or ``sqlcipher3.dbapi2.Connection``."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class QuickAppointment:
    id: int
    starts_at: datetime  # aware, UTC
    time_zone: str
    clinician: str
    role: str
    place: str
    telehealth: bool
    purpose: str
    completed_at: datetime | None


@dataclass(frozen=True)
class QuickQuestion:
    id: int
    text: str
    priority: str
    status: str
    position: int
    appointment_id: int | None
    carry_count: int
    carried_from: datetime | None
    asked_about_since: datetime | None


@dataclass(frozen=True)
class QuickSymptom:
    id: int
    kind: str
    esas_item: str | None
    name: str
    position: int
    archived_at: datetime | None


@dataclass(frozen=True)
class QuickReading:
    symptom_id: int
    at: datetime  # aware, UTC
    score: int
    check_in_id: int


@dataclass(frozen=True)
class HomeRows:
    """Home's rows as of ``now``.

    ``next_appointment``: the earliest one not finished that started less than
    ``visit_window`` ago (or is ahead); ``planned``: the questions to ask at it, not answered
    or dropped, planned for it or for no appointment in particular, in list order.
    ``last_appointment``: the most recent one that started by ``now`` and is over (finished,
    or its visit window passed). ``readings``: every score from ``span_start - (now_end -
    span_start)`` up to ``now_end`` (``now`` plus a microsecond), oldest first, where
    ``span_start`` is the last appointment's start, else ``now`` minus ``no_appointment_span``.
    ``symptoms``: every symptom, archived ones too, in the check-in's order.
    """

    now: datetime
    next_appointment: QuickAppointment | None
    planned: tuple[QuickQuestion, ...]
    last_appointment: QuickAppointment | None
    span_start: datetime
    span_end: datetime
    readings: tuple[QuickReading, ...]
    symptoms: tuple[QuickSymptom, ...]


def _stored(moment: datetime) -> str:
    """A time as SQLAlchemy stores it in SQLite (naive UTC, microseconds always written)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", timespec="microseconds")


def _moment(text: object) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(str(text)).replace(tzinfo=UTC)


def _appointment(row: tuple[Any, ...]) -> QuickAppointment:
    starts_at = _moment(row[1])
    assert starts_at is not None
    return QuickAppointment(
        id=int(row[0]),
        starts_at=starts_at,
        time_zone=str(row[2]),
        clinician=str(row[3]),
        role=str(row[4]),
        place=str(row[5]),
        telehealth=bool(row[6]),
        purpose=str(row[7]),
        completed_at=_moment(row[8]),
    )


_APPOINTMENT_COLUMNS = (
    "id, starts_at, time_zone, clinician, role, place, telehealth, purpose, completed_at"
)


def _is_upcoming(appointment: QuickAppointment, now: datetime, window: timedelta) -> bool:
    return appointment.completed_at is None and appointment.starts_at + window > now


def _last_appointment(
    connection: Connection, now: datetime, window: timedelta
) -> QuickAppointment | None:
    """As AppointmentService.last_appointment: of those started by ``now``, the latest that is
    over. Only the ones within the visit window can still be going on: a few rows."""
    limit = 8
    while True:
        rows = connection.execute(
            f"SELECT {_APPOINTMENT_COLUMNS} FROM appointments WHERE starts_at <= ?"
            " ORDER BY starts_at DESC, id DESC LIMIT ?",
            (_stored(now), limit),
        ).fetchall()
        recent = [_appointment(row) for row in rows]
        over = next((a for a in recent if not _is_upcoming(a, now, window)), None)
        if over is not None or len(recent) < limit:
            return over
        limit *= 4


def read_home(
    connection: Connection,
    now: datetime,
    *,
    revisions: Collection[str],
    visit_window: timedelta,
    no_appointment_span: timedelta,
) -> HomeRows | None:
    """Home's rows as of ``now`` (aware), or None if the journal is not at one of
    ``revisions`` (the schemas whose tables these reads know) or cannot be read as it is."""
    if now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    now = now.astimezone(UTC)
    # One read transaction for a consistent snapshot, unless the caller has one open.
    own = not getattr(connection, "in_transaction", False)
    try:
        if own:
            connection.execute("BEGIN")
        try:
            return _read(connection, now, revisions, visit_window, no_appointment_span)
        finally:
            if own:
                connection.execute("ROLLBACK")
    except Exception as error:
        if _is_programming_error(error):
            raise
        return None


def read_home_from(
    connect: Callable[[], Connection],
    now: datetime,
    *,
    revisions: Collection[str],
    visit_window: timedelta,
    no_appointment_span: timedelta,
) -> HomeRows | None:
    """``read_home`` on a connection of its own from ``connect()`` (which sets the key of an
    encrypted journal, if any), closed afterwards. None if it cannot even be opened."""
    try:
        connection = connect()
    except Exception as error:
        if _is_programming_error(error):
            raise
        return None
    try:
        return read_home(
            connection,
            now,
            revisions=revisions,
            visit_window=visit_window,
            no_appointment_span=no_appointment_span,
        )
    finally:
        connection.close()  # type: ignore[attr-defined]


def _is_programming_error(error: Exception) -> bool:
    """Mistakes in this module (not the journal's state) are raised, never hidden."""
    return isinstance(error, TypeError | NameError | AttributeError | AssertionError)


def _read(
    connection: Connection,
    now: datetime,
    revisions: Collection[str],
    window: timedelta,
    no_appointment_span: timedelta,
) -> HomeRows | None:
    version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(version) != 1 or str(version[0][0]) not in revisions:
        return None
    found = connection.execute(
        f"SELECT {_APPOINTMENT_COLUMNS} FROM appointments"
        " WHERE completed_at IS NULL AND starts_at > ? ORDER BY starts_at, id LIMIT 1",
        (_stored(now - window),),
    ).fetchone()
    next_appointment = None if found is None else _appointment(found)
    planned: tuple[QuickQuestion, ...] = ()
    if next_appointment is not None:
        rows = connection.execute(
            "SELECT id, text, priority, status, position, appointment_id, carry_count,"
            " carried_from, asked_about_since FROM questions"
            " WHERE (appointment_id = ? OR appointment_id IS NULL) AND status NOT IN (?, ?)"
            " ORDER BY position",
            (next_appointment.id, *_SETTLED),
        ).fetchall()
        planned = tuple(
            QuickQuestion(
                id=int(row[0]),
                text=str(row[1]),
                priority=str(row[2]),
                status=str(row[3]),
                position=int(row[4]),
                appointment_id=None if row[5] is None else int(row[5]),
                carry_count=int(row[6]),
                carried_from=_moment(row[7]),
                asked_about_since=_moment(row[8]),
            )
            for row in rows
        )
    last = _last_appointment(connection, now, window)
    end = now + timedelta(microseconds=1)
    start = last.starts_at if last is not None else now - no_appointment_span
    readings = tuple(
        QuickReading(symptom_id=int(row[0]), at=at, score=int(row[2]), check_in_id=int(row[3]))
        for row in connection.execute(
            "SELECT scores.symptom_id, check_ins.taken_at, scores.score, check_ins.id"
            " FROM check_ins JOIN scores ON scores.check_in_id = check_ins.id"
            " WHERE check_ins.taken_at >= ? AND check_ins.taken_at < ?"
            " ORDER BY check_ins.taken_at, check_ins.id",
            (_stored(start - (end - start)), _stored(end)),
        ).fetchall()
        if (at := _moment(row[1])) is not None
    )
    symptoms = sorted(
        (
            QuickSymptom(
                id=int(row[0]),
                kind=str(row[1]),
                esas_item=None if row[2] is None else str(row[2]),
                name=str(row[3]),
                position=int(row[4]),
                archived_at=_moment(row[5]),
            )
            for row in connection.execute(
                "SELECT id, kind, esas_item, name, position, archived_at FROM symptoms"
            ).fetchall()
        ),
        key=lambda s: (_KIND_ORDER.get(s.kind, len(_KIND_ORDER)), s.position, s.id),
    )
    return HomeRows(
        now=now,
        next_appointment=next_appointment,
        planned=planned,
        last_appointment=last,
        span_start=start,
        span_end=end,
        readings=readings,
        symptoms=tuple(symptoms),
    )
