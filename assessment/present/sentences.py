"""Sentences that a screen and a report both show, computed once: plain strings in the language asked for.

No Streamlit and no HTML here: the screens render these with Streamlit (escaping user text as Markdown),
the reports as HTML (escaping every text). Scores are on the 1–5 scale, the index on 0–100.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assessment.domain import scoring
from assessment.domain.compare import Comparison, RoundChange
from assessment.domain.instrument import Instrument
from assessment.present.i18n import format_score, format_signed, t


@dataclass(frozen=True)
class Verdict:
    """A round's verdict in words: its code (ready, emerging, not_ready, none), name, help and reasons."""

    code: str
    name: str
    help: str
    reasons: tuple[str, ...]
    fit_concern: bool
    fit: str  # the fit flag in words


@dataclass(frozen=True)
class NextStep:
    """What to do about a dimension of concern: its title, score (two decimals) and next step."""

    dimension_id: str
    title: str
    score: str
    text: str


@dataclass(frozen=True)
class BandLine:
    """One dimension that moved band, in words; gained when it moved up."""

    gained: bool
    text: str


@dataclass(frozen=True)
class BandStep:
    """Bands gained and lost from one round to the next: a heading and one line per dimension."""

    round_id: int
    heading: str
    lines: tuple[BandLine, ...]


@dataclass(frozen=True)
class Note:
    """A caveat under a comparison; ``kind`` is in_progress, mixed_forms, mixed_versions or not_comparable."""

    kind: str
    text: str


@dataclass(frozen=True)
class CommentGroup:
    """The comments on one dimension: a heading with their count, then the texts as typed."""

    dimension_id: str
    heading: str
    texts: tuple[str, ...]


def dimension_title(instrument: Instrument, dimension_id: str, lang: str) -> str:
    """A dimension's title, or its id when the instrument lacks it (a dimension an older round had)."""
    dimension = instrument.dimensions.get(dimension_id)
    return dimension.title.get(lang) if dimension else dimension_id


def signed(value: float | None, lang: str, digits: int = 2) -> str:
    """A change with its sign (+0.42 / -0.30, in French +0,42); an em dash for none."""
    return format_signed(value, lang, digits)


def round_name(change: RoundChange, lang: str) -> str:
    """A round's label, marked when it is still open."""
    label = change.round.label
    return f"{label} ({t('compare.in_progress', lang)})" if change.in_progress else label


def round_names(comparison: Comparison, lang: str) -> list[str]:
    """Every compared round's name, in date order: the columns of trends and heat maps."""
    return [round_name(c, lang) for c in comparison.rounds]


def verdict_reasons(instrument: Instrument, result: scoring.RoundResult, lang: str) -> list[str]:
    """Why the verdict is what it is, in words (scoring.verdict_reasons), scores with two decimals."""
    return [
        t(
            f"reason.{code}",
            lang,
            dimension=dimension_title(instrument, d, lang) if d else "",
            score=format_score(result.dimension(d).score, lang, 2) if d else "",
        )
        for code, d in scoring.verdict_reasons(instrument, result)
    ]


def verdict(instrument: Instrument, result: scoring.RoundResult, lang: str) -> Verdict:
    """The verdict of a round with its reasons and the fit flag, in words."""
    code = result.verdict or "none"
    fit_concern = "fit_concern" in result.flags
    return Verdict(
        code=code,
        name=t(f"verdict.{code}", lang),
        help=t(f"verdict.{code}.help", lang),
        reasons=tuple(verdict_reasons(instrument, result, lang)),
        fit_concern=fit_concern,
        fit=t("flag.fit_concern" if fit_concern else "flag.fit_ok", lang),
    )


def disagreement_intro(instrument: Instrument, lang: str, *, over_time: bool = False) -> str:
    """The sentence above a disagreement table or heat map: the standard deviation from which a dimension
    is flagged for discussion (one decimal)."""
    key = "compare.disagreement_intro" if over_time else "results.disagreements_intro"
    return t(key, lang, sd=format_score(instrument.disagreement.sd, lang))


def next_steps(instrument: Instrument, concerns: Iterable[scoring.DimensionResult], lang: str) -> list[NextStep]:
    """The next step of each dimension of concern, in the order given."""
    return [
        NextStep(
            dimension_id=d.id,
            title=dimension_title(instrument, d.id, lang),
            score=format_score(d.score, lang, 2),
            text=instrument.dimensions[d.id].next_step.get(lang),
        )
        for d in concerns
    ]


def band_changes(comparison: Comparison, instrument: Instrument, lang: str, only: int | None = None) -> list[BandStep]:
    """Bands gained and lost between consecutive rounds (only the step into round ``only`` when given)."""
    steps = []
    for previous, change in zip(comparison.rounds, comparison.rounds[1:], strict=False):
        if only is not None and change.round.id != only:
            continue
        lines = tuple(
            BandLine(
                moved.gained,
                t(
                    "compare.band_gained" if moved.gained else "compare.band_lost",
                    lang,
                    dimension=dimension_title(instrument, moved.dimension_id, lang),
                    before=t(f"band.{moved.before}", lang),
                    after=t(f"band.{moved.after}", lang),
                ),
            )
            for moved in change.bands_vs_previous
        )
        heading = t("compare.between", lang, before=previous.round.label, after=change.round.label)
        steps.append(BandStep(change.round.id, heading, lines))
    return steps


def comparison_notes(comparison: Comparison, instrument: Instrument, lang: str) -> list[Note]:
    """What to keep in mind when reading a comparison: open rounds, other forms, other instrument
    versions, dimensions some round lacks."""
    notes = []
    if any(c.in_progress for c in comparison.rounds):
        notes.append(Note("in_progress", t("compare.in_progress_note", lang)))
    if comparison.mixed_forms:
        notes.append(Note("mixed_forms", t("compare.mixed_forms", lang)))
    if comparison.mixed_versions:
        versions = ", ".join(dict.fromkeys(c.round.instrument_version for c in comparison.rounds))
        notes.append(Note("mixed_versions", t("compare.mixed_versions", lang, versions=versions)))
    if comparison.not_comparable:
        titles = ", ".join(dimension_title(instrument, d, lang) for d in comparison.not_comparable)
        notes.append(Note("not_comparable", t("compare.not_comparable", lang, dimensions=titles)))
    return notes


def comments_by_dimension(
    instrument: Instrument, comments: Sequence[tuple[str, str, str | None]], lang: str
) -> list[CommentGroup]:
    """Comments (dimension id, text, item id) grouped by dimension, in instrument order, each group
    headed by the dimension's title and its number of comments."""
    by_dimension: dict[str, list[str]] = {}
    for dimension_id, text, _item in comments:
        by_dimension.setdefault(dimension_id, []).append(text)
    return [
        CommentGroup(d, f"{dimension_title(instrument, d, lang)} ({len(by_dimension[d])})", tuple(by_dimension[d]))
        for d in instrument.dimensions
        if d in by_dimension
    ]
