"""A round run live: who joined and how far they are, pacing (sections opened one at a time), and what the
projector shows (sections and activities, each hidden until the facilitator shows it)."""

from __future__ import annotations

from assessment.domain.errors import Invalid
from assessment.domain.vocabulary import PRESENTER_ACTIVITIES
from assessment.store import live_queries as live
from assessment.store.engine import Session
from assessment.store.models import Round
from assessment.usecases.records import LiveCounts, RoundInfo, RoundParts
from assessment.usecases.rounds import Rounds


def _parts_of(session: Session, r: Round) -> RoundParts:
    rows = live.round_parts(session, round_id=r.id)
    return RoundParts(
        paced=bool(r.paced),
        opened=frozenset(p.part for p in rows if p.opened),
        shown=frozenset(p.part for p in rows if p.shown),
    )


class Live(Rounds):
    """Counts, pacing and the projector's parts of a round."""

    def live_counts(self, *, round_id: int) -> LiveCounts:
        """Joined, in progress (a draft with anything in it), submitted, and empty drafts of a round."""
        with self._read() as session:
            self._get(session, Round, round_id, "round")
            joined, in_progress, submitted = live.live_counts(session, round_id=round_id)
            return LiveCounts(joined, in_progress, submitted, joined - in_progress - submitted)

    def clear_empty_drafts(self, *, round_id: int) -> int:
        """Delete the round's drafts with nothing at all in them (joined, then left); how many."""
        with self._write() as session:
            self._get(session, Round, round_id, "round")
            return live.delete_empty_drafts(session, round_id=round_id)

    def set_paced(self, *, round_id: int, paced: bool) -> RoundInfo:
        """Paced: participants see only the sections the facilitator opened; self-paced: every section."""
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            r.paced = paced
            return RoundInfo.of(r, r.initiative.name)

    def open_section(self, *, round_id: int, section_id: str, opened: bool) -> RoundParts:
        """Open (or close again) one section of a paced round to participants; Invalid for an unknown section."""
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            if section_id not in {s.id for s in self.instrument_of(r).sections}:
                raise Invalid("section", section_id)
            live.round_part(session, round_id=r.id, part=section_id).opened = opened
            session.flush()
            return _parts_of(session, r)

    def show_part(self, *, round_id: int, part: str, shown: bool) -> RoundParts:
        """Show (or hide) a section's figures or an activity (PRESENTER_ACTIVITIES) on the projector."""
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            if part not in PRESENTER_ACTIVITIES and part not in {s.id for s in self.instrument_of(r).sections}:
                raise Invalid("part", part)
            live.round_part(session, round_id=r.id, part=part).shown = shown
            session.flush()
            return _parts_of(session, r)

    def round_parts(self, *, round_id: int) -> RoundParts:
        """Whether the round is paced, the sections opened, the parts shown on the projector."""
        with self._read() as session:
            return _parts_of(session, self._get(session, Round, round_id, "round"))
