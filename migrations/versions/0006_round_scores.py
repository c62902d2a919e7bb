"""The sums each round's result is scored from, kept so that a network's view of many rounds need not read
every answer again (issue 10: a network of 50 initiatives × 5 rounds × 100 participants is 1.25 million
answers). Derived data: an empty table is filled as rounds are viewed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: plain CREATE TABLE, no batch copy of any existing table.
    op.create_table(
        "round_scores",
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("submitted", sa.Integer(), nullable=False),
        sa.Column("id_sum", sa.BigInteger(), nullable=False),
        sa.Column("newest", sa.Integer(), nullable=False),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.Column("scored_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("round_scores")
