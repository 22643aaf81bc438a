"""The journal's tables, as SQLAlchemy 2 typed ORM classes. Nothing outside storage/ sees them."""

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Named constraints so that Alembic's batch mode can find them again in later migrations.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC in SQLite and gives back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the journal; use UTC-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class QuestionRow(Base):
    __tablename__ = "questions"
    # Never reuse the id of a deleted question: undo puts it back under the same id, and later
    # features (appointments, summaries) refer to questions by id.
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(32))
    priority: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    answer: Mapped[str] = mapped_column(Text, default="", server_default="")
    answered_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # 0..n-1 without gaps: the order in which the person wants to ask.
    position: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The appointment it is planned for; NULL is "the next one". Deleting the appointment
    # sends its questions back there rather than losing them.
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), index=True
    )
    # Visits it was planned for and not reached: how many, and when the last and first began.
    carry_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    carried_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    asked_about_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The Learn page that suggested it; "" when the person typed it (schema 0005).
    source: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AppointmentRow(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        # The unfinished ones by start (schema 0006): the next appointment, the upcoming ones
        # and the last visit left unfinished come from a few rows of it.
        Index("ix_appointments_completed_at_starts_at", "completed_at", "starts_at", "id"),
        # As for questions: undoing a delete puts an appointment back under the same id, and
        # questions point at appointments by id.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # The IANA zone it was entered in ("" if none), so it shows at the same wall-clock time.
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    clinician: Mapped[str] = mapped_column(String(120), default="", server_default="")
    role: Mapped[str] = mapped_column(String(32))
    place: Mapped[str] = mapped_column(String(300), default="", server_default="")
    telehealth: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    purpose: Mapped[str] = mapped_column(String(300), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    visit_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    decisions: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_steps: Mapped[str] = mapped_column(Text, default="", server_default="")
    tests_ordered: Mapped[str] = mapped_column(Text, default="", server_default="")
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SymptomRow(Base):
    __tablename__ = "symptoms"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "esas", "own" or "other" (the ESAS-r "other problem", named on a check-in)
    kind: Mapped[str] = mapped_column(String(16))
    # The ESAS-r item for the nine published scales (made by the migration), else NULL.
    esas_item: Mapped[str | None] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CheckInRow(Base):
    __tablename__ = "check_ins"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    completed_by: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ScoreRow(Base):
    """One symptom's score in one check-in. A skipped symptom has no row (not a zero)."""

    __tablename__ = "scores"

    check_in_id: Mapped[int] = mapped_column(
        ForeignKey("check_ins.id", ondelete="CASCADE"), primary_key=True
    )
    # A symptom with scores is archived, never deleted: RESTRICT keeps the history whole.
    symptom_id: Mapped[int] = mapped_column(
        ForeignKey("symptoms.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    score: Mapped[int] = mapped_column(Integer)


class MedicationRow(Base):
    __tablename__ = "medications"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    route: Mapped[str] = mapped_column(String(32))
    purpose: Mapped[str] = mapped_column(String(300), default="", server_default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    stopped_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DoseStepRow(Base):
    """A dose and schedule from a day on; a medication's steps are its dose history."""

    __tablename__ = "dose_steps"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    medication_id: Mapped[int] = mapped_column(
        ForeignKey("medications.id", ondelete="CASCADE"), index=True
    )
    dose: Mapped[str] = mapped_column(String(120), default="", server_default="")
    schedule: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # NULL: from the start (the first step).
    from_day: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AnswerRow(Base):
    """One dated answer to one question of a form ("goals", "cancer"). Rows are only added
    (and the newest taken back by undo): a change is a new row, so the history is kept."""

    __tablename__ = "answers"
    __table_args__ = (
        # The newest answer per key, and the answers as of a moment, read from the index.
        Index("ix_answers_topic_key_recorded_at", "topic", "key", "recorded_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    # The value as canonical JSON text; "null" clears the key.
    value: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
