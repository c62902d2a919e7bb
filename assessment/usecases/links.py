"""Access tokens: presenter links (read-only, one round, expiring, revocable) and facilitator sessions (a
working day across reloads and tabs, until signed out).

A token is ``secrets.token_urlsafe(24)``, given once; only its SHA-256 is stored, so a copy of the database
opens nothing. Expired tokens are deleted whenever a new one is made.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from assessment.domain.errors import Invalid, UserError
from assessment.domain.vocabulary import ACCESS_HOURS, MAX_ACCESS_HOURS
from assessment.store import live_queries as live
from assessment.store.engine import Session
from assessment.store.models import AccessToken, Round
from assessment.usecases.base import utcnow
from assessment.usecases.records import RoundInfo
from assessment.usecases.rounds import Rounds

PRESENTER = "presenter"
FACILITATOR = "facilitator"


def token_hash(token: str) -> str:
    """What the database keeps of a token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _new_token(session: Session, *, kind: str, round_id: int | None, hours: float) -> str:
    """Store a new token of ``kind`` lasting ``hours`` (0 < hours ≤ MAX_ACCESS_HOURS); returns the token."""
    if not 0 < hours <= MAX_ACCESS_HOURS:
        raise Invalid("hours", hours)
    now = utcnow()
    live.delete_expired_tokens(session, now=now)
    token = secrets.token_urlsafe(24)
    session.add(
        AccessToken(
            kind=kind,
            token_hash=token_hash(token),
            round_id=round_id,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return token


class Links(Rounds):
    """Presenter links and facilitator sessions."""

    def create_presenter_link(self, *, round_id: int, hours: float = ACCESS_HOURS) -> str:
        """A new presenter link's token for one round, valid ``hours``; earlier links stay valid."""
        with self._write() as session:
            self._get(session, Round, round_id, "round")
            return _new_token(session, kind=PRESENTER, round_id=round_id, hours=hours)

    def revoke_presenter_links(self, *, round_id: int) -> int:
        """Revoke every active presenter link of a round; how many there were."""
        with self._write() as session:
            self._get(session, Round, round_id, "round")
            return live.revoke_tokens(session, round_id=round_id, kind=PRESENTER, now=utcnow())

    def presenter_round(self, *, token: str) -> RoundInfo:
        """The round a presenter link opens; ``presenter_link_invalid`` when unknown, expired or revoked."""
        with self._read() as session:
            row = live.active_token(session, token_hash=token_hash(token or ""), kind=PRESENTER, now=utcnow())
            r = session.get(Round, row.round_id) if row is not None and row.round_id is not None else None
            if r is None:
                raise UserError("presenter_link_invalid")
            return RoundInfo.of(r, r.initiative.name)

    def presenter_link_expiry(self, *, round_id: int) -> datetime | None:
        """When the round's latest active presenter link expires (naive UTC); None when it has none."""
        with self._read() as session:
            return live.latest_expiry(session, round_id=round_id, kind=PRESENTER, now=utcnow())

    def start_facilitator_session(self, *, hours: float = ACCESS_HOURS) -> str:
        """A signed-in facilitator's token (kept in a cookie), valid ``hours``."""
        with self._write() as session:
            return _new_token(session, kind=FACILITATOR, round_id=None, hours=hours)

    def facilitator_session_valid(self, *, token: str) -> bool:
        """Whether ``token`` is an active facilitator session; False for anything else, never raises."""
        if not token:
            return False
        with self._read() as session:
            return live.active_token(session, token_hash=token_hash(token), kind=FACILITATOR, now=utcnow()) is not None

    def end_facilitator_session(self, *, token: str) -> None:
        """Sign out: the session's token is revoked (nothing happens for an unknown one)."""
        with self._write() as session:
            now = utcnow()
            row = live.active_token(session, token_hash=token_hash(token or ""), kind=FACILITATOR, now=now)
            if row is not None:
                row.revoked_at = now
