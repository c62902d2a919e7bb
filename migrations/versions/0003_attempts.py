"""Failed attempts (wrong passcodes, wrong join codes) per client address, shared by every process.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: plain CREATE TABLE, no batch copy of any existing table.
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('passcode', 'join', 'draft')", name="attempt_kind"),
    )
    op.create_index("ix_attempts_kind_address_at", "attempts", ["kind", "address", "at"])
    op.create_index("ix_attempts_kind_at", "attempts", ["kind", "at"])


def downgrade() -> None:
    op.drop_table("attempts")
