"""Appointments, and questions planned for them.

Adds the appointments table, and to each question the appointment it is planned for (NULL:
the next one) and its carry-over record. Existing questions become "for the next appointment",
never carried.

SQLite cannot add a foreign key to a table that exists, so the questions table is rebuilt
(Alembic's batch mode: copy, drop, rename). Two things the rebuild would lose are kept by hand:
AUTOINCREMENT (batch mode does not read it back) and the highest id ever given out, which
SQLite keeps in sqlite_sequence and drops with the old table; without it, the id of the last
deleted question could be given to a new one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _highest_question_id() -> int:
    bind = op.get_bind()
    # sqlite_sequence exists once any AUTOINCREMENT table has had a row.
    has_sequence = bind.execute(
        sa.text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'")
    ).scalar()
    if not has_sequence:
        return 0
    seq = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'questions'")).scalar()
    return int(seq or 0)


def _keep_highest_question_id(highest: int) -> None:
    if highest == 0:
        return
    bind = op.get_bind()
    updated = bind.execute(
        sa.text("UPDATE sqlite_sequence SET seq = max(seq, :n) WHERE name = 'questions'"),
        {"n": highest},
    ).rowcount
    if not updated:  # every question had been deleted: the copy made no entry
        bind.execute(
            sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES ('questions', :n)"),
            {"n": highest},
        )


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), server_default="", nullable=False),
        sa.Column("clinician", sa.String(length=120), server_default="", nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("place", sa.String(length=300), server_default="", nullable=False),
        sa.Column("telehealth", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("purpose", sa.String(length=300), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("visit_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("decisions", sa.Text(), server_default="", nullable=False),
        sa.Column("next_steps", sa.Text(), server_default="", nullable=False),
        sa.Column("tests_ordered", sa.Text(), server_default="", nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_appointments_starts_at"), "appointments", ["starts_at"], unique=False)

    highest = _highest_question_id()
    with op.batch_alter_table(
        "questions", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.add_column(sa.Column("appointment_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("carry_count", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("carried_from", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("asked_about_since", sa.DateTime(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_questions_appointment_id_appointments"),
            "appointments",
            ["appointment_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(batch.f("ix_questions_appointment_id"), ["appointment_id"])
    _keep_highest_question_id(highest)


def downgrade() -> None:
    highest = _highest_question_id()
    with op.batch_alter_table(
        "questions", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.drop_index(batch.f("ix_questions_appointment_id"))
        batch.drop_constraint(
            batch.f("fk_questions_appointment_id_appointments"), type_="foreignkey"
        )
        batch.drop_column("asked_about_since")
        batch.drop_column("carried_from")
        batch.drop_column("carry_count")
        batch.drop_column("appointment_id")
    _keep_highest_question_id(highest)
    op.drop_index(op.f("ix_appointments_starts_at"), table_name="appointments")
    op.drop_table("appointments")
