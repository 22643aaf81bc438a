"""Symptoms, check-ins and their scores; medications and their dose history.

The nine ESAS-r scales are made here as symptoms 1 to 9, in the order of the published form,
so every journal has them from the start and they can be told apart by ``esas_item``. The
names are frozen in this file (a migration must not change with later code).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ESAS_R_ITEMS = (
    ("pain", "Pain"),
    ("tiredness", "Tiredness"),
    ("drowsiness", "Drowsiness"),
    ("nausea", "Nausea"),
    ("lack_of_appetite", "Lack of Appetite"),
    ("shortness_of_breath", "Shortness of Breath"),
    ("depression", "Depression"),
    ("anxiety", "Anxiety"),
    ("wellbeing", "Wellbeing"),
)


def upgrade() -> None:
    symptoms = op.create_table(
        "symptoms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("esas_item", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_symptoms")),
        sa.UniqueConstraint("esas_item", name=op.f("uq_symptoms_esas_item")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), server_default="", nullable=False),
        sa.Column("completed_by", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_check_ins_taken_at"), "check_ins", ["taken_at"], unique=False)
    op.create_table(
        "scores",
        sa.Column("check_in_id", sa.Integer(), nullable=False),
        sa.Column("symptom_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["check_in_id"],
            ["check_ins.id"],
            name=op.f("fk_scores_check_in_id_check_ins"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["symptom_id"],
            ["symptoms.id"],
            name=op.f("fk_scores_symptom_id_symptoms"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("check_in_id", "symptom_id", name=op.f("pk_scores")),
    )
    op.create_index(op.f("ix_scores_symptom_id"), "scores", ["symptom_id"], unique=False)
    op.create_table(
        "medications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("route", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.String(length=300), server_default="", nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medications")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "dose_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("medication_id", sa.Integer(), nullable=False),
        sa.Column("dose", sa.String(length=120), server_default="", nullable=False),
        sa.Column("schedule", sa.String(length=200), server_default="", nullable=False),
        sa.Column("from_day", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["medication_id"],
            ["medications.id"],
            name=op.f("fk_dose_steps_medication_id_medications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_steps")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_dose_steps_medication_id"), "dose_steps", ["medication_id"], unique=False
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        symptoms,
        [
            {
                "id": number,
                "kind": "esas",
                "esas_item": item,
                "name": name,
                "position": number - 1,
                "archived_at": None,
                "created_at": now,
            }
            for number, (item, name) in enumerate(ESAS_R_ITEMS, start=1)
        ],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_dose_steps_medication_id"), table_name="dose_steps")
    op.drop_table("dose_steps")
    op.drop_table("medications")
    op.drop_index(op.f("ix_scores_symptom_id"), table_name="scores")
    op.drop_table("scores")
    op.drop_index(op.f("ix_check_ins_taken_at"), table_name="check_ins")
    op.drop_table("check_ins")
    op.drop_table("symptoms")
