"""The plan on a page of each round (agenda, four sections, contact; texts written by hand) and the decisions
log of each initiative.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: plain CREATE TABLE, no batch copy of any existing table.
    op.create_table(
        "plans",
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("sections", sa.String(200), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "plan_texts",
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("plans.round_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("section", sa.String(40), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("initiative_id", sa.Integer(), sa.ForeignKey("initiatives.id", ondelete="CASCADE"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_decisions_initiative_day", "decisions", ["initiative_id", "day"])


def downgrade() -> None:
    op.drop_table("decisions")
    op.drop_table("plan_texts")
    op.drop_table("plans")
