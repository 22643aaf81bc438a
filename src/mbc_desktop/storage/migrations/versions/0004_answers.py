"""Dated answers: "My goals and preferences" and "About my cancer", one row per change.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_answers_topic_key_recorded_at",
        "answers",
        ["topic", "key", "recorded_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_answers_topic_key_recorded_at", table_name="answers")
    op.drop_table("answers")
