"""An index for the appointments not finished, by start: the next appointment, the upcoming
ones and the last visit left unfinished are then read from a few rows, however many finished
visits a long journal holds (without it, finding the last unfinished one read every finished
visit before it).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_appointments_completed_at_starts_at",
        "appointments",
        ["completed_at", "starts_at", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_appointments_completed_at_starts_at", table_name="appointments")
