"""Failed attempts per kind and client address: count them in a window, record one, forget old ones."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select

from assessment.store.engine import Session
from assessment.store.models import Attempt


def failures_of(session: Session, *, kind: str, address: str, since: datetime) -> tuple[int, datetime | None]:
    """How many failures of ``kind`` the address made after ``since``, and when the latest was."""
    count, last = session.execute(
        select(func.count(), func.max(Attempt.at)).where(
            Attempt.kind == kind, Attempt.address == address, Attempt.at > since
        )
    ).one()
    return count, last


def failures_everywhere(session: Session, *, kind: str, since: datetime) -> int:
    """How many failures of ``kind`` every address made together after ``since``."""
    return session.scalar(select(func.count()).where(Attempt.kind == kind, Attempt.at > since)) or 0


def nth_failure(session: Session, *, kind: str, since: datetime, n: int) -> datetime | None:
    """The time of the ``n``-th oldest failure (1 = the oldest) of ``kind`` after ``since``."""
    return session.scalar(
        select(Attempt.at).where(Attempt.kind == kind, Attempt.at > since).order_by(Attempt.at).offset(n - 1).limit(1)
    )


def record_failure(session: Session, *, kind: str, address: str, at: datetime) -> None:
    session.add(Attempt(kind=kind, address=address, at=at))


def forget(session: Session, *, kind: str, address: str | None = None, before: datetime | None = None) -> int:
    """Delete failures of ``kind``: one address's, those older than ``before``, or both; how many."""
    query = delete(Attempt).where(Attempt.kind == kind)
    if address is not None:
        query = query.where(Attempt.address == address)
    if before is not None:
        query = query.where(Attempt.at <= before)
    return session.execute(query).rowcount
