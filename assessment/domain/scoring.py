"""Pure scoring functions: answers in, scores, bands, verdict and flags out (PRODUCT.md, "Scoring").

Scores are on the 1–5 scale and stay unrounded; the readiness index is on 0–100.
"Don't know" is an answer with no score: it is counted apart and never scored as 3.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from statistics import fmean

from assessment.domain.instrument import Instrument

INDEX_SECTIONS: tuple[str, ...] = ("preconditions", "conditions", "principles")

Participant = Hashable
#: participant -> dimension id -> that participant's dimension score (1–5)
ParticipantScores = Mapping[Participant, Mapping[str, float]]


@dataclass(frozen=True)
class Response:
    """One participant's answers: item id -> score 1–5, or None for "don't know"."""

    participant: Participant
    answers: Mapping[str, int | None]
    submitted: bool = True


@dataclass(frozen=True)
class DimensionStats:
    """Sums over participants' scores in one dimension, enough for mean, n and sample sd."""

    n: int
    total: float
    total_sq: float
    dont_know: int = 0


@dataclass(frozen=True)
class DimensionResult:
    id: str
    score: float | None
    n: int
    sd: float | None
    dont_know: int
    band: str | None
    discuss: bool


@dataclass(frozen=True)
class SectionResult:
    id: str
    score: float | None
    band: str | None
    dimensions: tuple[DimensionResult, ...]


@dataclass(frozen=True)
class RoundResult:
    participants: int
    index: float | None
    verdict: str | None
    flags: tuple[str, ...]
    sections: tuple[SectionResult, ...]
    _by_dimension: dict[str, DimensionResult] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_dimension.update({d.id: d for s in self.sections for d in s.dimensions})

    def dimension(self, dimension_id: str) -> DimensionResult:
        """The group result of one dimension."""
        return self._by_dimension[dimension_id]

    def section(self, section_id: str) -> SectionResult:
        """The group result of one section."""
        return next(s for s in self.sections if s.id == section_id)

    @property
    def dimensions(self) -> tuple[DimensionResult, ...]:
        """Every dimension result, in instrument order."""
        return tuple(d for s in self.sections for d in s.dimensions)

    def to_dict(self) -> dict:
        """The JSON shape of `scores` (PRODUCT.md), without initiative and round."""
        return {
            "participants": self.participants,
            "index": self.index,
            "verdict": self.verdict,
            "flags": list(self.flags),
            "sections": [
                {
                    "id": s.id,
                    "score": s.score,
                    "band": s.band,
                    "dimensions": [
                        {
                            "id": d.id,
                            "score": d.score,
                            "n": d.n,
                            "sd": d.sd,
                            "dont_know": d.dont_know,
                            "band": d.band,
                            "discuss": d.discuss,
                        }
                        for d in s.dimensions
                    ],
                }
                for s in self.sections
            ],
        }


@dataclass(frozen=True)
class ItemResult:
    """Distribution of one item's answers: counts[0..4] for scores 1..5."""

    id: str
    dimension_id: str
    counts: tuple[int, int, int, int, int]
    dont_know: int
    n: int
    mean: float | None
    sd: float | None
    discuss: bool


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def is_disagreement(instrument: Instrument, n: int, sd: float | None) -> bool:
    """True when n >= min_n and sd >= the instrument's disagreement threshold."""
    return sd is not None and n >= instrument.disagreement.min_n and sd >= instrument.disagreement.sd


def participant_dimension_scores(instrument: Instrument, answers: Mapping[str, int | None]) -> dict[str, float]:
    """One participant's dimension scores: mean of their answered items; absent when none."""
    sums: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    dimension_of = instrument.dimension_of_item
    for item_id, score in answers.items():
        if score is None or item_id not in dimension_of:
            continue
        dimension_id = dimension_of[item_id]
        sums[dimension_id] += score
        counts[dimension_id] += 1
    return {d: sums[d] / counts[d] for d in instrument.dimensions if counts.get(d)}


def dont_know_counts(instrument: Instrument, responses: Iterable[Response]) -> dict[str, int]:
    """Per dimension, the number of "don't know" answers in submitted responses."""
    counts: dict[str, int] = defaultdict(int)
    dimension_of = instrument.dimension_of_item
    for response in responses:
        if not response.submitted:
            continue
        for item_id, score in response.answers.items():
            if score is None and item_id in dimension_of:
                counts[dimension_of[item_id]] += 1
    return dict(counts)


def dimension_stats(participant_scores: ParticipantScores, dont_know: Mapping[str, int]) -> dict[str, DimensionStats]:
    """Per dimension, n, sum and sum of squares of participants' dimension scores, and don't-know count."""
    by_dimension: dict[str, list[float]] = defaultdict(list)
    for scores in participant_scores.values():
        for dimension_id, value in scores.items():
            by_dimension[dimension_id].append(value)
    stats = {
        d: DimensionStats(len(values), math.fsum(values), math.fsum(v * v for v in values), int(dont_know.get(d, 0)))
        for d, values in by_dimension.items()
    }
    for d, count in dont_know.items():
        if d not in stats:
            stats[d] = DimensionStats(0, 0.0, 0.0, int(count))
    return stats


def _clean(value: float) -> float:
    # Sums of the same numbers in another order differ in the 16th digit; a score of exactly
    # 3.0 or an sd of exactly 1.0 must not fall on the wrong side of a threshold for that.
    return round(value, 12)


def _group_score(stats: DimensionStats | None) -> tuple[float | None, float | None]:
    """(mean, sample sd) from sums; sd is None under two scores."""
    if stats is None or stats.n == 0:
        return None, None
    mean = _clean(stats.total / stats.n)
    if stats.n < 2:
        return mean, None
    variance = max(0.0, (stats.total_sq - stats.total * stats.total / stats.n) / (stats.n - 1))
    return mean, _clean(math.sqrt(variance))


def score_dimension_stats(
    instrument: Instrument, stats: Mapping[str, DimensionStats], participants: int
) -> RoundResult:
    """Group results from per-dimension sums (computed here or by the database)."""
    sections: list[SectionResult] = []
    for section in instrument.sections:
        dims: list[DimensionResult] = []
        for dimension in section.dimensions:
            s = stats.get(dimension.id)
            score, sd = _group_score(s)
            n = s.n if s else 0
            dims.append(
                DimensionResult(
                    id=dimension.id,
                    score=score,
                    n=n,
                    sd=sd,
                    dont_know=s.dont_know if s else 0,
                    band=instrument.band(score),
                    discuss=is_disagreement(instrument, n, sd),
                )
            )
        section_score = _mean(d.score for d in dims)
        sections.append(SectionResult(section.id, section_score, instrument.band(section_score), tuple(dims)))

    by_section = {s.id: s for s in sections}
    index_parts = [by_section[s].score for s in INDEX_SECTIONS]
    index = 25 * (fmean(index_parts) - 1) if all(p is not None for p in index_parts) else None  # type: ignore[arg-type]
    verdict = _verdict(instrument, by_section) if participants else None
    flags: list[str] = []
    fit_score = by_section["fit"].score
    if fit_score is not None and fit_score < instrument.thresholds.borderline:
        flags.append("fit_concern")
    return RoundResult(participants, index, verdict, tuple(flags), tuple(sections))


def score_participants(
    instrument: Instrument,
    participant_scores: ParticipantScores,
    dont_know: Mapping[str, int],
    participants: int | None = None,
) -> RoundResult:
    """Group results from participants' dimension scores (each participant weighs the same).

    ``participants`` is the number of submitted participants, including any who answered
    only "don't know"; it defaults to the number of keys of ``participant_scores``.
    """
    count = len(participant_scores) if participants is None else participants
    return score_dimension_stats(instrument, dimension_stats(participant_scores, dont_know), count)


def _verdict(instrument: Instrument, by_section: Mapping[str, SectionResult]) -> str:
    low, high = instrument.thresholds.borderline, instrument.thresholds.strength
    preconditions = [d.score for d in by_section["preconditions"].dimensions]
    conditions = [d.score for d in by_section["conditions"].dimensions]
    if any(s is not None and s < low for s in preconditions):
        return "not_ready"
    if all(s is not None and s >= high for s in preconditions) and all(s is not None and s >= low for s in conditions):
        return "ready"
    return "emerging"


def score_responses(instrument: Instrument, responses: Iterable[Response]) -> RoundResult:
    """Group results of a set of responses; drafts are left out."""
    submitted = [r for r in responses if r.submitted]
    participant_scores = {r.participant: participant_dimension_scores(instrument, r.answers) for r in submitted}
    return score_participants(instrument, participant_scores, dont_know_counts(instrument, submitted), len(submitted))


def item_results(
    instrument: Instrument, distribution: Mapping[str, Mapping[int | None, int]], item_ids: Iterable[str]
) -> list[ItemResult]:
    """Per item, the count of each answer (score 1–5, None = don't know), mean, sd and flag."""
    results = []
    for item_id in item_ids:
        counts = distribution.get(item_id, {})
        per_point = tuple(int(counts.get(v, 0)) for v in range(1, 6))
        n = sum(per_point)
        mean = sum(v * c for v, c in zip(range(1, 6), per_point, strict=True)) / n if n else None
        sd = None
        if n >= 2 and mean is not None:
            sd = math.sqrt(sum(c * (v - mean) ** 2 for v, c in zip(range(1, 6), per_point, strict=True)) / (n - 1))
        results.append(
            ItemResult(
                id=item_id,
                dimension_id=instrument.dimension_of_item[item_id],
                counts=per_point,  # type: ignore[arg-type]
                dont_know=int(counts.get(None, 0)),
                n=n,
                mean=mean,
                sd=sd,
                discuss=is_disagreement(instrument, n, sd),
            )
        )
    return results


def item_distribution(responses: Iterable[Response]) -> dict[str, dict[int | None, int]]:
    """Counts of each answer per item over submitted responses."""
    distribution: dict[str, dict[int | None, int]] = defaultdict(lambda: defaultdict(int))
    for response in responses:
        if response.submitted:
            for item_id, score in response.answers.items():
                distribution[item_id][score] += 1
    return {k: dict(v) for k, v in distribution.items()}


def verdict_reasons(instrument: Instrument, result: RoundResult) -> list[tuple[str, str | None]]:
    """Why the verdict is what it is, as (reason code, dimension id or None), for the words on screen.

    Codes: 'precondition_low' (a precondition < borderline), 'precondition_not_strong'
    (a precondition below strength), 'condition_low' (a condition below borderline),
    'no_score' (a precondition or condition nobody scored), 'all_met'.
    """
    low, high = instrument.thresholds.borderline, instrument.thresholds.strength
    pre = result.section("preconditions").dimensions
    cond = result.section("conditions").dimensions
    if result.verdict == "not_ready":
        return [("precondition_low", d.id) for d in pre if d.score is not None and d.score < low]
    if result.verdict == "ready":
        return [("all_met", None)]
    reasons: list[tuple[str, str | None]] = []
    for d in pre:
        if d.score is None:
            reasons.append(("no_score", d.id))
        elif d.score < high:
            reasons.append(("precondition_not_strong", d.id))
    for d in cond:
        if d.score is None:
            reasons.append(("no_score", d.id))
        elif d.score < low:
            reasons.append(("condition_low", d.id))
    return reasons
