"""The closing reflection: a participant's entries after submitting, entries typed in from paper, the merged
summary (domain/reflections.py) with the facilitator's hidden entries, round by round.

A contributor is an opaque id that ties one person's entries together and is never shown: a participant's
derives from their resume token (so it survives a backup and restore), paper entries get a fresh one per call.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence

from assessment.domain import reflections as rules
from assessment.domain.errors import UnknownToken, UserError
from assessment.store import live_queries as live
from assessment.store import repository as repo
from assessment.store.engine import Session
from assessment.store.models import Reflection, Round
from assessment.usecases.base import utcnow
from assessment.usecases.records import RoundInfo
from assessment.usecases.rounds import Rounds

ReflectionSummary = rules.ReflectionSummary


def participant_contributor(token: str) -> str:
    """A participant's contributor id: stable, and telling nothing of the token."""
    return "p" + hashlib.sha256(f"reflection:{token}".encode()).hexdigest()[:16]


def _store(session: Session, r: Round, contributor: str, entries: Sequence[str], response_set_id: int | None) -> None:
    now = utcnow()
    session.add_all(
        Reflection(
            round_id=r.id,
            response_set_id=response_set_id,
            contributor=contributor,
            position=position,
            text=text,
            created_at=now,
        )
        for position, text in enumerate(entries)
    )


class Reflections(Rounds):
    """Closing reflections of rounds."""

    def _summary(self, session: Session, r: Round) -> ReflectionSummary:
        given = [rules.Reflection(e.contributor, e.text) for e in live.reflections_of_round(session, round_id=r.id)]
        return rules.merge(
            given,
            hidden_keys=live.hidden_keys(session, round_id=r.id),
            min_group_size=self.instrument_of(r).min_group_size,
        )

    def save_reflections(self, *, token: str, texts: list[str]) -> list[str]:
        """A submitted participant's entries (up to 3), replacing their earlier ones; the entries as stored.

        ``reflection_before_submit`` before submitting; the rules of domain.reflections.clean_entries."""
        entries = rules.clean_entries(texts)
        with self._write() as session:
            rs = repo.response_set_by_token(session, token=token) if token else None
            if rs is None:
                raise UnknownToken()
            if rs.status != "submitted":
                raise UserError("reflection_before_submit")
            live.delete_reflections_of_set(session, response_set_id=rs.id)
            session.flush()
            _store(session, rs.round, participant_contributor(token), entries, rs.id)
            return entries

    def reflections_of(self, *, token: str) -> list[str]:
        """A participant's own entries, in the order given ([] before any)."""
        with self._read() as session:
            rs = repo.response_set_by_token(session, token=token) if token else None
            if rs is None:
                raise UnknownToken()
            return live.reflections_of_set(session, response_set_id=rs.id)

    def add_paper_reflections(self, *, round_id: int, texts: list[str]) -> list[str]:
        """One paper contributor's entries (sticky notes typed in), as stored; nothing is added for none."""
        entries = rules.clean_entries(texts)
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            if entries:
                _store(session, r, f"paper-{uuid.uuid4().hex[:12]}", entries, None)
            return entries

    def reflection_summary(self, *, round_id: int) -> ReflectionSummary:
        """The round's entries merged and counted, hidden ones marked; nothing below min_group_size."""
        with self._read() as session:
            return self._summary(session, self._get(session, Round, round_id, "round"))

    def hide_reflection(self, *, round_id: int, text: str, hidden: bool = True) -> ReflectionSummary:
        """Hide (or show again) the merged entry ``text`` belongs to; ``reflection_not_found`` when none does."""
        key = rules.merge_key(text)
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            given = {rules.merge_key(e.text) for e in live.reflections_of_round(session, round_id=r.id)}
            if not key or key not in given:
                raise UserError("reflection_not_found", text=rules.spelling(text))
            live.set_hidden(session, round_id=r.id, key=key, hidden=hidden)
            session.flush()
            return self._summary(session, r)

    def reflections_by_round(self, *, initiative: str) -> list[tuple[RoundInfo, ReflectionSummary]]:
        """Every round of an initiative (archived too), oldest first, with its reflection summary."""
        with self._read() as session:
            i = self._initiative_named(session, initiative)
            rounds = repo.rounds_of(session, initiative_id=i.id)
            return [(RoundInfo.of(r, i.name), self._summary(session, r)) for r in rounds]
