"""SQLAlchemy 2.0 typed ORM models: initiative, round, response set, answer, comment, … failed attempts, plans,
decisions, and the round scores a network's view reads."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Initiative(Base):
    __tablename__ = "initiatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    rounds: Mapped[list[Round]] = relationship(back_populates="initiative", cascade="all, delete-orphan")
    actions: Mapped[list[Action]] = relationship(cascade="all, delete-orphan")


class Round(Base):
    """One assessment round of an initiative, with the instrument snapshot it uses."""

    __tablename__ = "rounds"
    __table_args__ = (
        UniqueConstraint("initiative_id", "label"),
        CheckConstraint("status IN ('draft', 'open', 'closed')", name="round_status"),
        CheckConstraint("form IN ('full', 'short')", name="round_form"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    join_code: Mapped[str] = mapped_column(String(12), unique=True)
    form: Mapped[str] = mapped_column(String(10), default="full")
    results_revealed: Mapped[bool] = mapped_column(default=False)
    paced: Mapped[bool] = mapped_column(default=False)  # sections opened one at a time by the facilitator
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    instrument_version: Mapped[str] = mapped_column(String(50))
    instrument_snapshot: Mapped[str] = mapped_column(Text, deferred=True)  # ~60 KB: loaded only when used
    snapshot_digest: Mapped[str] = mapped_column(String(64))  # sha256 of the snapshot: the parsed-instrument cache key
    created_at: Mapped[datetime] = mapped_column(DateTime)

    initiative: Mapped[Initiative] = relationship(back_populates="rounds")
    response_sets: Mapped[list[ResponseSet]] = relationship(back_populates="round", cascade="all, delete-orphan")


class ResponseSet(Base):
    """One participant's answers in one round; no account, a random resume token."""

    __tablename__ = "response_sets"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'submitted')", name="response_status"),
        Index("ix_response_sets_round_status", "round_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(100))
    sector: Mapped[str | None] = mapped_column(String(30))
    role: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)

    round: Mapped[Round] = relationship(back_populates="response_sets")
    answers: Mapped[list[Answer]] = relationship(back_populates="response_set", cascade="all, delete-orphan")
    comments: Mapped[list[Comment]] = relationship(back_populates="response_set", cascade="all, delete-orphan")


class Answer(Base):
    """One item's answer: a score 1–5, or no score for "don't know"; plus an optional comment.

    ``dimension_id`` is copied from the round's instrument snapshot when the answer is saved,
    so the database can group answers by dimension without reading the snapshot.
    """

    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("response_set_id", "item_id"),
        CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="answer_score_range"),
        # Covers the scoring query (group by participant and dimension) without reading the table.
        Index("ix_answers_set_dimension_score", "response_set_id", "dimension_id", "score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_set_id: Mapped[int] = mapped_column(ForeignKey("response_sets.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(80))
    dimension_id: Mapped[str] = mapped_column(String(80))
    score: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)

    response_set: Mapped[ResponseSet] = relationship(back_populates="answers")


class Comment(Base):
    """A participant's optional comment on a whole dimension (the questionnaire asks one per dimension)."""

    __tablename__ = "comments"
    __table_args__ = (UniqueConstraint("response_set_id", "dimension_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_set_id: Mapped[int] = mapped_column(ForeignKey("response_sets.id", ondelete="CASCADE"))
    dimension_id: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)

    response_set: Mapped[ResponseSet] = relationship(back_populates="comments")


class RoundPart(Base):
    """What the facilitator opened (pacing) and showed on the projector, part by part, in one round.

    A part is a section id, or one of the presenter view's activities (PRESENTER_ACTIVITIES)."""

    __tablename__ = "round_parts"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True)
    part: Mapped[str] = mapped_column(String(80), primary_key=True)
    opened: Mapped[bool] = mapped_column(default=False)  # participants may answer it (paced rounds)
    shown: Mapped[bool] = mapped_column(default=False)  # the projector shows the group's figures


class Reflection(Base):
    """One entry of a closing reflection; ``contributor`` ties a person's entries together, never shown.

    Participants' entries point to their response set; paper entries typed in have none."""

    __tablename__ = "reflections"
    __table_args__ = (UniqueConstraint("round_id", "contributor", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    response_set_id: Mapped[int | None] = mapped_column(ForeignKey("response_sets.id", ondelete="CASCADE"))
    contributor: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class HiddenReflection(Base):
    """A merged reflection entry the facilitator hid (by its merge key): kept, shown nowhere."""

    __tablename__ = "hidden_reflections"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)


class AccessToken(Base):
    """A signed-in facilitator's session (``round_id`` empty) or a presenter link scoped to one round.

    Only the SHA-256 of the token is stored; the token itself lives in a cookie or in the link."""

    __tablename__ = "access_tokens"
    __table_args__ = (CheckConstraint("kind IN ('facilitator', 'presenter')", name="access_token_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class Attempt(Base):
    """One failed attempt (a wrong passcode, a wrong join code), or a draft made with a valid code, from one
    client address, kept for the limits' window (domain/limits.py); attempts refused for waiting are never
    stored."""

    __tablename__ = "attempts"
    __table_args__ = (
        CheckConstraint("kind IN ('passcode', 'join', 'draft')", name="attempt_kind"),
        Index("ix_attempts_kind_address_at", "kind", "address", "at"),
        Index("ix_attempts_kind_at", "kind", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    address: Mapped[str] = mapped_column(String(64))  # an IPv4 address or an IPv6 /64 network
    at: Mapped[datetime] = mapped_column(DateTime)


class Action(Base):
    """A step the coordinators plan on one dimension of an initiative, to see at the next round whether it moved."""

    __tablename__ = "actions"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'in_progress', 'done', 'dropped')", name="action_status"),
        Index("ix_actions_initiative_dimension", "initiative_id", "dimension_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    dimension_id: Mapped[str] = mapped_column(String(80))
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Network(Base):
    """A group of initiatives that assess themselves with the same instrument (issue 10, point 1)."""

    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    members: Mapped[list[NetworkMember]] = relationship(cascade="all, delete-orphan")


class NetworkMember(Base):
    """An initiative in a network, under a stable anonymous alias drawn at random when it joined; named in
    the network only while ``consented_at`` (when it consented) is set."""

    __tablename__ = "network_members"
    __table_args__ = (UniqueConstraint("network_id", "alias"),)

    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    alias: Mapped[str] = mapped_column(String(8))
    consented_at: Mapped[datetime | None] = mapped_column(DateTime)
    joined_at: Mapped[datetime] = mapped_column(DateTime)

    initiative: Mapped[Initiative] = relationship()


class Plan(Base):
    """The plan on a page of one round: the common agenda, the four sections chosen (ids, comma-separated, in the
    page's order) and the contact footer. One per round, so the plans of earlier rounds remain as they were."""

    __tablename__ = "plans"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True)
    agenda: Mapped[str] = mapped_column(Text, default="")
    sections: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PlanText(Base):
    """One section of a round's plan as the coordinator wrote it (a section without a row is filled from data)."""

    __tablename__ = "plan_texts"

    round_id: Mapped[int] = mapped_column(ForeignKey("plans.round_id", ondelete="CASCADE"), primary_key=True)
    section: Mapped[str] = mapped_column(String(40), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Decision(Base):
    """One entry of an initiative's decisions log: the day it was taken, what was decided, and who decided."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_initiative_day", "initiative_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RoundScore(Base):
    """The sums a round's result is scored from, kept so that a view of many rounds (a network's) need not
    read every answer again: per dimension, over the round's submitted participants, [participants with a
    score, sum of their scores, sum of their squares, "don't know" answers]. Derived data (not in backups):
    valid while the round's submitted response sets are those counted, which ``submitted``, ``id_sum`` and
    ``newest`` (their number, the sum and the largest of their ids) stand for; gone with its round."""

    __tablename__ = "round_scores"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True)
    submitted: Mapped[int] = mapped_column(Integer)
    id_sum: Mapped[int] = mapped_column(BigInteger)
    newest: Mapped[int] = mapped_column(Integer)
    stats: Mapped[dict] = mapped_column(JSON)
    scored_at: Mapped[datetime] = mapped_column(DateTime)
