"""The equity lens of a round: gaps of community members and youth against everyone else, who answered
against the seeds' structures (assessment.domain.equity), for the results screen and the round's report."""

from __future__ import annotations

from dataclasses import dataclass

from assessment.domain.equity import EquityLens, equity_lens
from assessment.domain.instrument import Instrument
from assessment.store import repository as repo
from assessment.store.models import Round
from assessment.usecases.records import RoundInfo
from assessment.usecases.results import Results


@dataclass(frozen=True)
class RoundEquity:
    """What the equity lens shows of one round: the round, its instrument snapshot and the lens."""

    round: RoundInfo
    instrument: Instrument
    lens: EquityLens


class Equity(Results):
    """The equity lens, from submitted responses only, under the breakdowns' anonymity rule."""

    def round_equity(self, *, round_id: int) -> RoundEquity:
        """The equity lens of a round: small groups hidden as on the breakdown screen."""
        with self._read() as session:
            r = self._get(session, Round, round_id, "round")
            instrument = self.instrument_of(r)
            counts = repo.participants_by_profile(session, round_id=r.id)
            stats = repo.dimension_stats_by_profile(session, round_id=r.id)
            return RoundEquity(RoundInfo.of(r, r.initiative.name), instrument, equity_lens(instrument, counts, stats))
