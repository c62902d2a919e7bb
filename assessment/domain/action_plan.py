"""Action plan: which dimensions to work on first, and each dimension's scores round by round beside its actions.

Pure functions over results and comparisons (the use case that finds the latest scored round is
``Services.latest_scores``).
Scores are on the 1–5 scale; a change is None where either round has no score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assessment.domain.compare import Comparison
from assessment.domain.instrument import Instrument
from assessment.domain.scoring import RoundResult
from assessment.domain.vocabulary import ACTION_STATUSES

STATUSES: tuple[str, ...] = ACTION_STATUSES


@dataclass(frozen=True)
class ScorePoint:
    """A dimension's group score in one round, and its change since the previous round."""

    round: str
    date: date
    score: float | None
    band: str | None
    delta_previous: float | None
    in_progress: bool


def dimensions_by_concern(instrument: Instrument, result: RoundResult | None) -> list[str]:
    """Every dimension id: those in the concern band first, weakest first, then the others in
    instrument order (all in instrument order when there is no result)."""
    ids = list(instrument.dimensions)
    if result is None:
        return ids
    concerns = [d.id for d in result.dimensions if d.band == "concern" and d.id in instrument.dimensions]
    concerns.sort(key=lambda d: result.dimension(d).score)  # type: ignore[arg-type, return-value]
    return concerns + [d for d in ids if d not in concerns]


def score_path(comparison: Comparison, dimension_id: str) -> list[ScorePoint]:
    """A dimension's score in every round of the comparison, oldest first."""
    points = []
    for change in comparison.rounds:
        r = change.round
        scored = dimension_id in r.dimension_ids
        result = r.result.dimension(dimension_id) if scored else None
        points.append(
            ScorePoint(
                round=r.label,
                date=r.date,
                score=result.score if result else None,
                band=result.band if result else None,
                delta_previous=change.delta_previous.get(dimension_id),
                in_progress=change.in_progress,
            )
        )
    return points


def latest_band(path: Sequence[ScorePoint]) -> str | None:
    """The band of the newest round in which the dimension has a score; None when it never had one."""
    return next((p.band for p in reversed(path) if p.score is not None), None)


def around(path: Sequence[ScorePoint], due: date | None) -> tuple[ScorePoint | None, ScorePoint | None]:
    """The last scored round before an action's due date and the first scored round on or after it:
    the two scores that show whether the action moved the dimension. (None, None) without a due date."""
    if due is None:
        return None, None
    scored = [p for p in path if p.score is not None]
    before = next((p for p in reversed(scored) if p.date < due), None)
    after = next((p for p in scored if p.date >= due), None)
    return before, after
