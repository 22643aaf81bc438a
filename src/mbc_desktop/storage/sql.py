"""The journal's tables as the repositories read and write them with plain DB-API calls.

The app reads and writes its journal through Python's ``sqlite3`` (or SQLCipher's module,
the same API), not through SQLAlchemy: the ORM alone took ~35 MiB of a process that must stay
within 80 MiB of a bare window (docs/performance.md, "Memory"). SQLAlchemy and Alembic are
still the schema's source (``models.py``) and its migrations, and are imported only when a
migration is due. ``tests/unit/storage/test_sql.py`` keeps the column lists below equal to
``models.py``, and the stored forms equal to what SQLAlchemy writes and reads.

Stored forms (as SQLAlchemy's SQLite types store them):

- a time: naive UTC, "YYYY-MM-DD HH:MM:SS.ffffff" (text order is time order); read back aware,
  in UTC. A naive time given to the journal is refused (ValueError), as before;
- a day: "YYYY-MM-DD";
- a yes/no: 1 or 0;
- a choice (an Enum): its plain string value.
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Protocol

__all__ = [
    "COLUMNS",
    "Connection",
    "decoded",
    "insert",
    "select_sql",
    "stored",
    "stored_time",
    "time_at",
    "time_of",
    "update",
]


class Cursor(Protocol):
    lastrowid: int | None
    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Any: ...


class Connection(Protocol):
    """A DB-API connection: ``sqlite3.Connection`` or ``sqlcipher3.dbapi2.Connection``."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


# Every column of every table, in the table's order (as models.py declares them).
COLUMNS: dict[str, tuple[str, ...]] = {
    "questions": (
        "id",
        "text",
        "topic",
        "priority",
        "status",
        "answer",
        "answered_by",
        "position",
        "created_at",
        "updated_at",
        "appointment_id",
        "carry_count",
        "carried_from",
        "asked_about_since",
        "source",
    ),
    "appointments": (
        "id",
        "starts_at",
        "time_zone",
        "clinician",
        "role",
        "place",
        "telehealth",
        "purpose",
        "notes",
        "visit_notes",
        "decisions",
        "next_steps",
        "tests_ordered",
        "completed_at",
        "created_at",
        "updated_at",
    ),
    "symptoms": ("id", "kind", "esas_item", "name", "position", "archived_at", "created_at"),
    "check_ins": (
        "id",
        "taken_at",
        "time_zone",
        "completed_by",
        "note",
        "created_at",
        "updated_at",
    ),
    "scores": ("check_in_id", "symptom_id", "score"),
    "medications": (
        "id",
        "name",
        "route",
        "purpose",
        "started_on",
        "stopped_on",
        "notes",
        "created_at",
        "updated_at",
    ),
    "dose_steps": ("id", "medication_id", "dose", "schedule", "from_day", "created_at"),
    "answers": ("id", "topic", "key", "value", "recorded_at"),
}

# The indexes of the schema at its head (models.py), besides each table's own.
INDEXES = (
    "ix_answers_topic_key_recorded_at",
    "ix_appointments_completed_at_starts_at",
    "ix_appointments_starts_at",
    "ix_check_ins_taken_at",
    "ix_dose_steps_medication_id",
    "ix_questions_appointment_id",
    "ix_questions_position",
    "ix_questions_status",
    "ix_scores_symptom_id",
)

# The columns that hold a time, a day or a yes/no (every other column comes back as stored).
TIMES = frozenset(
    {
        "created_at",
        "updated_at",
        "carried_from",
        "asked_about_since",
        "starts_at",
        "completed_at",
        "archived_at",
        "taken_at",
        "recorded_at",
    }
)
DAYS = frozenset({"started_on", "stopped_on", "from_day"})
FLAGS = frozenset({"telehealth"})


def stored_time(value: datetime) -> str:
    """A time as the journal stores it. Refuses a naive time (whose zone nobody knows)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the journal; use UTC-aware datetimes")
    moment = value.astimezone(UTC)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}"
    )


def time_at(text: str) -> datetime:
    """A stored time, aware, in UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def time_of(text: str | None) -> datetime | None:
    """A stored time, aware, in UTC (None stays None)."""
    return None if text is None else time_at(text)


def day_of(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def stored(value: object) -> object:
    """A value as a statement's parameter: a time, a day, a yes/no or a choice in its stored
    form; anything else as it is."""
    if isinstance(value, datetime):
        return stored_time(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    return value


def _decoder(column: str) -> Any:
    if column in TIMES:
        return time_of
    if column in DAYS:
        return day_of
    if column in FLAGS:
        return lambda value: None if value is None else bool(value)
    return None


_DECODERS = {column: _decoder(column) for columns in COLUMNS.values() for column in columns}


def decoded(columns: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    """A row read as ``columns`` as Python values by column name."""
    values: dict[str, Any] = {}
    for column, value in zip(columns, row, strict=True):
        decode = _DECODERS.get(column)
        values[column] = value if decode is None or value is None else decode(value)
    return values


def select_sql(table: str, columns: Iterable[str] | None = None) -> str:
    """``SELECT <every column> FROM <table>``, to which a caller adds its WHERE and ORDER BY."""
    return f"SELECT {', '.join(columns or COLUMNS[table])} FROM {table}"


def insert(connection: Connection, table: str, values: Mapping[str, object]) -> int:
    """Insert one row; its id (SQLite's rowid)."""
    names = list(values)
    unknown = set(names) - set(COLUMNS[table])
    if unknown:
        raise ValueError(f"{table} has no column {', '.join(sorted(unknown))}")
    cursor = connection.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [stored(values[name]) for name in names],
    )
    return int(cursor.lastrowid)


def update(connection: Connection, table: str, row_id: int, values: Mapping[str, object]) -> None:
    """Set these columns of the row with this id."""
    if not values:
        return
    names = list(values)
    unknown = set(names) - set(COLUMNS[table])
    if unknown:
        raise ValueError(f"{table} has no column {', '.join(sorted(unknown))}")
    connection.execute(
        f"UPDATE {table} SET {', '.join(f'{name} = ?' for name in names)} WHERE id = ?",
        [*(stored(values[name]) for name in names), row_id],
    )
