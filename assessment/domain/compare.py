"""Comparison of an initiative's rounds over time: pure functions over scored rounds.

Rounds are compared on the dimension and section ids they share; a change is None where
either side has no score. Scores are on the 1–5 scale, the index on 0–100.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assessment.domain.scoring import RoundResult

BAND_ORDER = {"concern": 0, "borderline": 1, "strength": 2}


@dataclass(frozen=True)
class ScoredRound:
    """One round with its results, as the comparison needs it."""

    id: int
    label: str
    date: date
    status: str
    form: str
    instrument_version: str
    result: RoundResult
    dimension_ids: tuple[str, ...]


@dataclass(frozen=True)
class BandChange:
    """A dimension whose band differs between two rounds; gained when it moved up."""

    dimension_id: str
    before: str | None
    after: str | None

    @property
    def gained(self) -> bool:
        return BAND_ORDER.get(self.after or "", -1) > BAND_ORDER.get(self.before or "", -1)


@dataclass(frozen=True)
class RoundChange:
    round: ScoredRound
    delta_baseline: dict[str, float | None]
    delta_previous: dict[str, float | None]
    section_delta_baseline: dict[str, float | None]
    section_delta_previous: dict[str, float | None]
    index_delta_baseline: float | None
    index_delta_previous: float | None
    bands_vs_previous: tuple[BandChange, ...]
    in_progress: bool


@dataclass(frozen=True)
class Comparison:
    initiative: str
    baseline: ScoredRound
    rounds: tuple[RoundChange, ...]
    shared_dimensions: tuple[str, ...]
    not_comparable: tuple[str, ...]  # dimension ids some round lacks
    mixed_forms: bool
    mixed_versions: bool

    def to_dict(self) -> dict:
        """The JSON document of `python -m assessment compare` (issue: comparison of rounds)."""
        return {
            "initiative": self.initiative,
            "baseline": self.baseline.label,
            "rounds": [
                {
                    "round": c.round.label,
                    "date": c.round.date.isoformat(),
                    "status": c.round.status,
                    "form": c.round.form,
                    "participants": c.round.result.participants,
                    "index": c.round.result.index,
                    "verdict": c.round.result.verdict,
                    "sections": c.round.result.to_dict()["sections"],
                    "delta_baseline": c.delta_baseline,
                    "delta_previous": c.delta_previous,
                }
                for c in self.rounds
            ],
        }


def _delta(after: float | None, before: float | None) -> float | None:
    return None if after is None or before is None else after - before


def _dimension_scores(r: ScoredRound, ids: Sequence[str]) -> dict[str, float | None]:
    return {d: r.result.dimension(d).score if d in r.dimension_ids else None for d in ids}


def band_changes(before: ScoredRound, after: ScoredRound, ids: Sequence[str]) -> tuple[BandChange, ...]:
    """Dimensions whose band differs between two rounds, in instrument order."""
    changes = []
    for d in ids:
        a = before.result.dimension(d).band if d in before.dimension_ids else None
        b = after.result.dimension(d).band if d in after.dimension_ids else None
        if a != b and a is not None and b is not None:
            changes.append(BandChange(d, a, b))
    return tuple(changes)


def compare_rounds(initiative: str, rounds: Sequence[ScoredRound], baseline_id: int | None = None) -> Comparison:
    """Changes of every dimension, section and index against a baseline and the previous round.

    ``rounds`` are in date order; the baseline is the earliest unless ``baseline_id`` names another.
    """
    if not rounds:
        raise ValueError("no rounds to compare")
    baseline = next((r for r in rounds if r.id == baseline_id), rounds[0])
    all_ids: list[str] = []
    for r in rounds:
        all_ids += [d for d in r.dimension_ids if d not in all_ids]
    shared = tuple(d for d in all_ids if all(d in r.dimension_ids for r in rounds))
    not_comparable = tuple(d for d in all_ids if d not in shared)
    base_scores = _dimension_scores(baseline, shared)
    base_sections = {s.id: s.score for s in baseline.result.sections}
    changes = []
    previous: ScoredRound | None = None
    for r in rounds:
        scores = _dimension_scores(r, shared)
        sections = {s.id: s.score for s in r.result.sections}
        prev_scores = _dimension_scores(previous, shared) if previous else {}
        prev_sections = {s.id: s.score for s in previous.result.sections} if previous else {}
        changes.append(
            RoundChange(
                round=r,
                delta_baseline={d: _delta(scores[d], base_scores[d]) for d in shared},
                delta_previous={d: _delta(scores[d], prev_scores.get(d)) for d in shared},
                section_delta_baseline={s: _delta(v, base_sections.get(s)) for s, v in sections.items()},
                section_delta_previous={s: _delta(v, prev_sections.get(s)) for s, v in sections.items()},
                index_delta_baseline=_delta(r.result.index, baseline.result.index),
                index_delta_previous=_delta(r.result.index, previous.result.index) if previous else None,
                bands_vs_previous=band_changes(previous, r, shared) if previous else (),
                in_progress=r.status == "open",
            )
        )
        previous = r
    return Comparison(
        initiative=initiative,
        baseline=baseline,
        rounds=tuple(changes),
        shared_dimensions=shared,
        not_comparable=not_comparable,
        mixed_forms=len({r.form for r in rounds}) > 1,
        mixed_versions=len({r.instrument_version for r in rounds}) > 1,
    )
