"""Failed attempts counted in the database per client address, so the limits hold across processes and
restarts: the facilitator passcode here, wrong join codes in ``Participation.join``.

The rules (per address, global ceiling, windows) are in domain/limits.py; their numbers are settings
(``IMPACT_PASSCODE_*``, ``IMPACT_JOIN_*``). Callers on this machine that are not a client (the command
line, imports, benchmarks) pass no address and are not limited.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from assessment.domain.errors import TooManyAttempts
from assessment.domain.limits import (
    PASSCODE,
    Limit,
    address_free_at,
    address_key,
    ceiling_free_at,
    seconds_until,
)
from assessment.settings import get_settings
from assessment.store import attempt_queries as attempts
from assessment.store.engine import Session
from assessment.usecases.access import passcode_matches
from assessment.usecases.base import ServicesBase, utcnow


def limit_of(kind: str) -> Limit:
    """The limits of ``kind`` ('passcode' or 'join') from the settings."""
    return Limit(**get_settings().limits[kind])


class Attempts(ServicesBase):
    """Admits or refuses an attempt from an address, and records the failures."""

    @staticmethod
    def _admit(session: Session, *, kind: str, address: str) -> datetime:
        """Now, when an attempt of ``kind`` from ``address`` (a key of address_key) may be looked at;
        TooManyAttempts (nothing written) while the address, or every address, must wait."""
        limit, now = limit_of(kind), utcnow()
        since = now - timedelta(seconds=limit.window)
        count, last = attempts.failures_of(session, kind=kind, address=address, since=since)
        free_at = address_free_at(limit, count=count, last=last)
        if free_at is not None and free_at > now:
            raise TooManyAttempts(seconds_until(free_at, now))
        total = attempts.failures_everywhere(session, kind=kind, since=since)
        if total >= limit.ceiling:
            release = attempts.nth_failure(session, kind=kind, since=since, n=total - limit.ceiling + 1)
            free_at = ceiling_free_at(limit, count=total, release=release)
            if free_at is not None and free_at > now:
                raise TooManyAttempts(seconds_until(free_at, now), everywhere=True)
        return now

    @staticmethod
    def _failed(session: Session, *, kind: str, address: str, now: datetime) -> None:
        """Record one failure; failures that left the window are deleted on the way (the table stays small:
        at most about ``ceiling`` rows per kind)."""
        attempts.forget(session, kind=kind, before=now - timedelta(seconds=limit_of(kind).window))
        attempts.record_failure(session, kind=kind, address=address, at=now)

    def check_passcode(self, *, expected: str, attempt: str, address: str) -> bool:
        """True when ``attempt`` is the passcode (compared in constant time); a right one forgets the
        address's failures. TooManyAttempts, without comparing, while the address or everyone must wait.

        ``address`` is the client's IP address (views: ui.client_address)."""
        key = address_key(address)
        with self._write() as session:
            now = self._admit(session, kind=PASSCODE, address=key)
            if passcode_matches(expected, attempt):
                attempts.forget(session, kind=PASSCODE, address=key)
                return True
            self._failed(session, kind=PASSCODE, address=key, now=now)
            return False
