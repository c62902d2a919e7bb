"""Results: a round's scores and report, its breakdown by sector or role, and the comparison of rounds."""

from __future__ import annotations

from assessment.domain import compare, scoring
from assessment.domain.anonymity import BY, RoundBreakdown, breakdown
from assessment.domain.errors import Invalid, NotFound
from assessment.domain.instrument import Instrument
from assessment.store import repository as repo
from assessment.store.engine import Session
from assessment.store.models import Round
from assessment.usecases.records import LatestScores, RoundInfo, RoundReport
from assessment.usecases.rounds import Rounds


class Results(Rounds):
    """Scores computed from submitted responses only."""

    def round_result(self, *, round_id: int) -> scoring.RoundResult:
        """The round's group scores, index, verdict and flags from submitted responses only."""
        with self._read() as session:
            r = self._get(session, Round, round_id, "round")
            return self._score(session, r)

    def _score(self, session: Session, r: Round) -> scoring.RoundResult:
        stats, submitted = repo.dimension_stats(session, round_id=r.id)
        return scoring.score_dimension_stats(self.instrument_of(r), stats, submitted)

    def round_report(self, *, round_id: int) -> RoundReport:
        """Scores, item distributions and comments of a round, for the results screen."""
        with self._read() as session:
            r = self._get(session, Round, round_id, "round")
            instrument = self.instrument_of(r)
            counts = repo.response_counts(session, round_id=r.id)
            items = scoring.item_results(
                instrument, repo.item_distribution(session, round_id=r.id), instrument.item_ids(r.form)
            )
            return RoundReport(
                round=RoundInfo.of(r, r.initiative.name),
                instrument=instrument,
                result=self._score(session, r),
                items=items,
                comments=repo.submitted_comments(session, round_id=r.id),
                drafts=counts["draft"],
            )

    def round_breakdown(self, *, round_id: int, by: str) -> RoundBreakdown:
        """A round's dimension and section scores by sector or by role (``by``), small groups hidden."""
        if by not in BY:
            raise Invalid("breakdown", by)
        with self._read() as session:
            r = self._get(session, Round, round_id, "round")
            instrument = self.instrument_of(r)
            counts = repo.participants_by_profile(session, round_id=r.id)
            stats = repo.dimension_stats_by_profile(session, round_id=r.id)
            protected = breakdown(instrument, by, counts, stats)
            return RoundBreakdown(r.id, r.initiative.name, r.label, instrument, protected)

    def _scored_round(self, session: Session, r: Round) -> compare.ScoredRound:
        return compare.ScoredRound(
            id=r.id,
            label=r.label,
            date=r.date,
            status=r.status,
            form=r.form,
            instrument_version=r.instrument_version,
            result=self._score(session, r),
            dimension_ids=tuple(self.instrument_of(r).dimensions),
        )

    def comparison(self, *, initiative: str, baseline: str | None = None) -> compare.Comparison:
        """Every round of an initiative scored and compared with the baseline and the previous round."""
        with self._read() as session:
            i = self._initiative_named(session, initiative)
            rounds = repo.rounds_of(session, initiative_id=i.id)
            if not rounds:
                raise NotFound("round", initiative)
            baseline_id = None
            if baseline is not None:
                baseline_id = next((r.id for r in rounds if r.label == baseline), None)
                if baseline_id is None:
                    raise NotFound("round", baseline)
            scored = [self._scored_round(session, r) for r in rounds]
            return compare.compare_rounds(i.name, scored, baseline_id)

    def item_means_by_round(self, *, initiative: str) -> dict[int, dict[str, float]]:
        """Round id -> item id -> mean score of submitted answers (items nobody scored are absent)."""
        with self._read() as session:
            i = self._initiative_named(session, initiative)
            means: dict[int, dict[str, float]] = {}
            for r in repo.rounds_of(session, initiative_id=i.id):
                instrument = self.instrument_of(r)
                distribution = repo.item_distribution(session, round_id=r.id)
                results = scoring.item_results(
                    instrument, distribution, [i for i in distribution if i in instrument.items]
                )
                means[r.id] = {item.id: item.mean for item in results if item.mean is not None}
            return means

    def instrument_of_round(self, *, round_id: int) -> Instrument:
        """The instrument snapshot of one round."""
        with self._read() as session:
            r = self._get(session, Round, round_id, "round")
            return self.instrument_of(r)

    def scores(self, *, initiative: str, label: str) -> dict:
        """The JSON document of `python -m assessment scores` (PRODUCT.md)."""
        info = self.find_round(initiative=initiative, label=label)
        result = self.round_result(round_id=info.id)
        return {"initiative": info.initiative, "round": info.label, **result.to_dict()}

    def latest_scores(self, *, initiative_id: int) -> LatestScores:
        """The newest round (by date) that has submitted answers: an open round just created has none yet."""
        for r in reversed(self.list_rounds(initiative_id=initiative_id)):
            result = self.round_result(round_id=r.id)
            if result.participants:
                return LatestScores(r, self.instrument_of_round(round_id=r.id), result)
        return LatestScores(None, self.current_instrument(), None)
