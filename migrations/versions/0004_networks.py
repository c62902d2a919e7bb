"""Networks of initiatives on one shared measure: the networks and their members (issue 10, point 1).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: plain CREATE TABLE, no batch copy of any existing table.
    op.create_table(
        "networks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "network_members",
        sa.Column(
            "network_id", sa.Integer(), sa.ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "initiative_id", sa.Integer(), sa.ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("alias", sa.String(8), nullable=False),
        sa.Column("consented_at", sa.DateTime(), nullable=True),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("network_id", "alias"),
    )
    op.create_index("ix_network_members_initiative_id", "network_members", ["initiative_id"])


def downgrade() -> None:
    op.drop_table("network_members")
    op.drop_table("networks")
