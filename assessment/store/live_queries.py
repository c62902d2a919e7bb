"""Queries of live workshops: counts, empty drafts, round parts, closing reflections, access tokens, deleting
a round. Functions here never commit: the use case owns the transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from assessment.store import plan_queries
from assessment.store.models import (
    AccessToken,
    Answer,
    Comment,
    HiddenReflection,
    Initiative,
    Reflection,
    ResponseSet,
    Round,
    RoundPart,
)

_NO_SYNC = {"synchronize_session": False}


def _has_something():
    """A response set with at least one answer, comment or profile field (a SQL condition)."""
    return or_(
        exists().where(Answer.response_set_id == ResponseSet.id),
        exists().where(Comment.response_set_id == ResponseSet.id),
        ResponseSet.display_name.is_not(None),
        ResponseSet.sector.is_not(None),
        ResponseSet.role.is_not(None),
    )


def live_counts(session: Session, *, round_id: int) -> tuple[int, int, int]:
    """(every response set, drafts with something in them, submitted) of a round, in one statement."""
    draft = ResponseSet.status == "draft"
    joined, in_progress, submitted = session.execute(
        select(
            func.count(),
            func.count().filter(and_(draft, _has_something())),
            func.count().filter(ResponseSet.status == "submitted"),
        ).where(ResponseSet.round_id == round_id)
    ).one()
    return int(joined), int(in_progress or 0), int(submitted or 0)


def delete_empty_drafts(session: Session, *, round_id: int) -> int:
    """Delete the drafts of a round with nothing at all in them; how many were deleted."""
    result = session.execute(
        delete(ResponseSet).where(ResponseSet.round_id == round_id, ResponseSet.status == "draft", ~_has_something()),
        execution_options=_NO_SYNC,
    )
    return int(result.rowcount or 0)


def round_has_answers(session: Session, *, round_id: int) -> bool:
    """Whether any response set of the round (drafts too) has an answer."""
    query = select(Answer.id).join(ResponseSet, ResponseSet.id == Answer.response_set_id)
    return session.scalar(query.where(ResponseSet.round_id == round_id).limit(1)) is not None


def initiative_named_elsewhere(session: Session, *, name: str, initiative_id: int) -> bool:
    """Whether another initiative than ``initiative_id`` is called ``name``."""
    query = select(Initiative.id).where(Initiative.name == name, Initiative.id != initiative_id)
    return session.scalar(query.limit(1)) is not None


def delete_round(session: Session, *, round_id: int) -> None:
    """Delete a round and everything under it, bottom-up (no reliance on the database's cascades)."""
    sets = select(ResponseSet.id).where(ResponseSet.round_id == round_id).scalar_subquery()
    session.execute(delete(Reflection).where(Reflection.round_id == round_id), execution_options=_NO_SYNC)
    plan_queries.delete_plans(session, round_ids=[round_id])
    for model in (Answer, Comment):
        session.execute(delete(model).where(model.response_set_id.in_(sets)), execution_options=_NO_SYNC)
    for model in (ResponseSet, RoundPart, HiddenReflection, AccessToken):
        session.execute(delete(model).where(model.round_id == round_id), execution_options=_NO_SYNC)
    session.execute(delete(Round).where(Round.id == round_id), execution_options=_NO_SYNC)


# ----- round parts --------------------------------------------------------------------------------------


def round_parts(session: Session, *, round_id: int) -> list[RoundPart]:
    """The parts of a round that the facilitator opened or showed (or did, then undid), by part."""
    return list(session.scalars(select(RoundPart).where(RoundPart.round_id == round_id).order_by(RoundPart.part)))


def round_part(session: Session, *, round_id: int, part: str) -> RoundPart:
    """The row of one part, added (neither opened nor shown) when missing."""
    row = session.get(RoundPart, (round_id, part))
    if row is None:
        row = RoundPart(round_id=round_id, part=part, opened=False, shown=False)
        session.add(row)
    return row


def opened_sections(session: Session, *, round_id: int) -> set[str]:
    query = select(RoundPart.part).where(RoundPart.round_id == round_id, RoundPart.opened.is_(True))
    return set(session.scalars(query))


# ----- closing reflections ------------------------------------------------------------------------------


def reflections_of_round(session: Session, *, round_id: int) -> list[Reflection]:
    """Every entry of a round in the order given (a replaced entry counts as given when replaced)."""
    query = select(Reflection).where(Reflection.round_id == round_id)
    return list(session.scalars(query.order_by(Reflection.created_at, Reflection.id)))


def reflections_of_set(session: Session, *, response_set_id: int) -> list[str]:
    query = select(Reflection.text).where(Reflection.response_set_id == response_set_id)
    return list(session.scalars(query.order_by(Reflection.position)))


def delete_reflections_of_set(session: Session, *, response_set_id: int) -> None:
    session.execute(delete(Reflection).where(Reflection.response_set_id == response_set_id), execution_options=_NO_SYNC)


def hidden_keys(session: Session, *, round_id: int) -> list[str]:
    query = select(HiddenReflection.key).where(HiddenReflection.round_id == round_id)
    return list(session.scalars(query.order_by(HiddenReflection.key)))


def set_hidden(session: Session, *, round_id: int, key: str, hidden: bool) -> None:
    row = session.get(HiddenReflection, (round_id, key))
    if hidden and row is None:
        session.add(HiddenReflection(round_id=round_id, key=key))
    elif not hidden and row is not None:
        session.delete(row)


# ----- access tokens ------------------------------------------------------------------------------------


def active_token(session: Session, *, token_hash: str, kind: str, now: datetime) -> AccessToken | None:
    """The token of this hash and kind when it is neither expired nor revoked."""
    query = select(AccessToken).where(
        AccessToken.token_hash == token_hash,
        AccessToken.kind == kind,
        AccessToken.revoked_at.is_(None),
        AccessToken.expires_at > now,
    )
    return session.scalars(query).one_or_none()


def latest_expiry(session: Session, *, round_id: int, kind: str, now: datetime) -> datetime | None:
    """The latest expiry of the round's active tokens of ``kind``; None when none is active."""
    return session.scalar(
        select(func.max(AccessToken.expires_at)).where(
            AccessToken.round_id == round_id,
            AccessToken.kind == kind,
            AccessToken.revoked_at.is_(None),
            AccessToken.expires_at > now,
        )
    )


def revoke_tokens(session: Session, *, round_id: int, kind: str, now: datetime) -> int:
    """Revoke the round's active tokens of ``kind``; how many were active."""
    rows = session.scalars(
        select(AccessToken).where(
            AccessToken.round_id == round_id,
            AccessToken.kind == kind,
            AccessToken.revoked_at.is_(None),
            AccessToken.expires_at > now,
        )
    ).all()
    for row in rows:
        row.revoked_at = now
    return len(rows)


def delete_expired_tokens(session: Session, *, now: datetime) -> None:
    session.execute(delete(AccessToken).where(AccessToken.expires_at <= now), execution_options=_NO_SYNC)
