"""Baseline: the schema of commit 9a21e87, as `create_all()` made it before migrations existed.

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    for create in (_initiatives, _rounds, _actions, _response_sets, _answers, _comments):
        create()


def _initiatives() -> None:
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )


def _rounds() -> None:
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("join_code", sa.String(12), nullable=False),
        sa.Column("form", sa.String(10), nullable=False),
        sa.Column("results_revealed", sa.Boolean(), nullable=False),
        sa.Column("instrument_version", sa.String(50), nullable=False),
        sa.Column("instrument_snapshot", sa.Text(), nullable=False),
        sa.Column("snapshot_digest", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("initiative_id", "label"),
        sa.CheckConstraint("status IN ('draft', 'open', 'closed')", name="round_status"),
        sa.CheckConstraint("form IN ('full', 'short')", name="round_form"),
        sa.ForeignKeyConstraint(["initiative_id"], ["initiatives.id"], ondelete="CASCADE"),
        sa.UniqueConstraint("join_code"),
    )
    op.create_index("ix_rounds_initiative_id", "rounds", ["initiative_id"])


def _actions() -> None:
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("dimension_id", sa.String(80), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("status IN ('planned', 'in_progress', 'done', 'dropped')", name="action_status"),
        sa.ForeignKeyConstraint(["initiative_id"], ["initiatives.id"], ondelete="CASCADE"),
    )
    op.create_index("ix_actions_initiative_dimension", "actions", ["initiative_id", "dimension_id"])


def _response_sets() -> None:
    op.create_table(
        "response_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=True),
        sa.Column("sector", sa.String(30), nullable=True),
        sa.Column("role", sa.String(30), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("status IN ('draft', 'submitted')", name="response_status"),
        sa.ForeignKeyConstraint(["round_id"], ["rounds.id"], ondelete="CASCADE"),
        sa.UniqueConstraint("token"),
    )
    op.create_index("ix_response_sets_round_status", "response_sets", ["round_id", "status"])


def _answers() -> None:
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_set_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(80), nullable=False),
        sa.Column("dimension_id", sa.String(80), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("response_set_id", "item_id"),
        sa.CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="answer_score_range"),
        sa.ForeignKeyConstraint(["response_set_id"], ["response_sets.id"], ondelete="CASCADE"),
    )
    op.create_index("ix_answers_set_dimension_score", "answers", ["response_set_id", "dimension_id", "score"])


def _comments() -> None:
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_set_id", sa.Integer(), nullable=False),
        sa.Column("dimension_id", sa.String(80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("response_set_id", "dimension_id"),
        sa.ForeignKeyConstraint(["response_set_id"], ["response_sets.id"], ondelete="CASCADE"),
    )


def downgrade() -> None:
    for table in ("comments", "answers", "response_sets", "actions", "rounds", "initiatives"):
        op.drop_table(table)
