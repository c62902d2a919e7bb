"""Tables that a screen and a report (or the workbook) both show, computed once: headers and rows of
plain values in the language asked for. No Streamlit, no HTML, no pandas."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from assessment.domain import scoring
from assessment.domain.compare import Comparison, RoundChange
from assessment.domain.instrument import Instrument
from assessment.present.i18n import format_day, format_score, t
from assessment.present.sentences import dimension_title, round_names, signed


@dataclass(frozen=True)
class Table:
    """Column headings and rows of cells (strings, numbers or dates), in order."""

    headers: list[str]
    rows: list[list[object]]


class Action(Protocol):
    """An action of the plan, as the tables read it (usecases' ActionInfo)."""

    dimension_id: str
    what: str
    owner: str
    due: date | None
    status: str
    note: str


def section_score(change: RoundChange, section_id: str) -> float | None:
    """A round's score of a section (1–5), None when the round has no such section."""
    return next((s.score for s in change.round.result.sections if s.id == section_id), None)


def disagreement_table(
    instrument: Instrument,
    disagreements: Iterable[scoring.DimensionResult],
    items: Iterable[scoring.ItemResult],
    lang: str,
) -> Table:
    """Dimensions, then items, flagged for discussion: title, item text, score, sd (two decimals), n.

    Empty rows when nothing is flagged."""
    headers = [t(k, lang) for k in ("col.dimension", "col.item", "col.score", "col.sd", "col.n")]
    rows: list[list[object]] = [
        [dimension_title(instrument, d.id, lang), "", format_score(d.score, lang, 2), format_score(d.sd, lang, 2), d.n]
        for d in disagreements
    ]
    rows += [
        [
            dimension_title(instrument, i.dimension_id, lang),
            instrument.items[i.id].text.get(lang),
            format_score(i.mean, lang, 2),
            format_score(i.sd, lang, 2),
            i.n,
        ]
        for i in items
        if i.discuss
    ]
    return Table(headers, rows)


def rounds_summary(comparison: Comparison, lang: str) -> Table:
    """One row per round: name, date, participants, index, its change against the baseline and the
    previous round (whole points; blank for the baseline itself and the first round), verdict."""
    baseline = comparison.baseline.id
    rows = [
        [
            name,
            format_day(c.round.date, lang),
            c.round.result.participants,
            format_score(c.round.result.index, lang, 0),
            signed(c.index_delta_baseline, lang, 0) if c.round.id != baseline else "",
            signed(c.index_delta_previous, lang, 0) if c.index_delta_previous is not None else "",
            t(f"verdict.{c.round.result.verdict or 'none'}", lang),
        ]
        for name, c in zip(round_names(comparison, lang), comparison.rounds, strict=True)
    ]
    keys = (
        "compare.col_round",
        "compare.col_date",
        "results.participants",
        "results.index",
        "compare.col_vs_baseline",
        "compare.col_vs_previous",
        "results.verdict",
    )
    return Table([t(k, lang) for k in keys], rows)


def actions_table(actions: Sequence[Action], instrument: Instrument, lang: str) -> Table:
    """The action plan: dimension title and id, what, owner, due date (a date or None), status, note."""
    rows: list[list[object]] = [
        [
            dimension_title(instrument, a.dimension_id, lang),
            a.dimension_id,
            a.what,
            a.owner,
            a.due,
            t(f"action_status.{a.status}", lang),
            a.note,
        ]
        for a in actions
    ]
    keys = ("col.dimension", "exports.col_id", "exports.col_what", "exports.col_owner", "exports.col_due")
    headers = [t(k, lang) for k in keys] + [t("exports.status", lang), t("exports.col_note", lang)]
    return Table(headers, rows)
