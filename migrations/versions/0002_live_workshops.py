"""Live workshops: pacing and archiving of rounds, what the projector shows, closing reflections,
facilitator sessions and presenter links.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: on SQLite a batch drops and recreates the table, and dropping
    # "rounds" with foreign keys on would cascade into every response set.
    op.add_column("rounds", sa.Column("paced", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("rounds", sa.Column("archived_at", sa.DateTime(), nullable=True))
    op.create_table(
        "round_parts",
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("part", sa.String(80), primary_key=True),
        sa.Column("opened", sa.Boolean(), nullable=False),
        sa.Column("shown", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "response_set_id", sa.Integer(), sa.ForeignKey("response_sets.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("contributor", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "contributor", "position"),
    )
    op.create_index("ix_reflections_round_id", "reflections", ["round_id"])
    op.create_table(
        "hidden_reflections",
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
    )
    op.create_table(
        "access_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("kind IN ('facilitator', 'presenter')", name="access_token_kind"),
    )
    op.create_index("ix_access_tokens_round_id", "access_tokens", ["round_id"])


def downgrade() -> None:
    for table in ("access_tokens", "hidden_reflections", "reflections", "round_parts"):
        op.drop_table(table)
    for column in ("archived_at", "paced"):
        op.execute(f"ALTER TABLE rounds DROP COLUMN {column}")  # SQLite 3.35+ and PostgreSQL; no table copy
