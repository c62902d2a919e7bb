"""A network's tables and notes, for its screen, its HTML report and its workbook: headers and rows in the
language asked for. ``raw`` keeps numbers and dates as values (the workbook), else they are written out."""

from __future__ import annotations

from collections.abc import Mapping

from assessment.domain import network as net
from assessment.domain.instrument import Instrument
from assessment.present.i18n import format_day, format_score, t, tn
from assessment.present.sentences import dimension_title
from assessment.present.tables import Table

POSITION_KEYS = {
    net.ABOVE: "network.position_above",
    net.WITHIN: "network.position_within",
    net.BELOW: "network.position_below",
}
LEFT_OUT_KEYS = {net.OTHER_ITEMS: "network.left_out_other_items", net.TOO_FEW: "network.left_out_too_few"}


def _value(value: object, lang: str, raw: bool, digits: int = 2) -> object:
    if raw:
        return value
    if value is None:
        return "—"
    if isinstance(value, float):
        return format_score(value, lang, digits)
    return format_day(value, lang) if hasattr(value, "isoformat") else value


def verdict_text(verdict: str | None, lang: str) -> str:
    return t(f"verdict.{verdict or 'none'}", lang)


def trend_text(row: net.MemberRow, lang: str) -> str:
    """The index of every counting round, oldest first: « 41,2 → 48,0 → 55,3 »."""
    return " → ".join(format_score(index, lang, 1) for _, index in row.trend) or "—"


def members_table(view: net.NetworkView, lang: str, *, raw: bool = False) -> Table:
    """One row per member: label, named, round (named members only), date, participants, index, verdict, trend."""
    headers = [
        t("network.col_initiative", lang),
        t("network.col_named", lang),
        t("network.col_round", lang),
        t("network.col_date", lang),
        t("network.col_participants", lang),
        t("network.col_index", lang),
        t("network.col_verdict", lang),
        t("network.col_trend", lang),
    ]
    rows = [
        [
            row.label,
            t("network.yes", lang) if row.named else t("network.no", lang),
            row.round if row.round is not None else ("" if raw else "—"),
            _value(row.date, lang, raw),
            _value(row.participants, lang, raw),
            _value(row.index, lang, raw, 1),
            verdict_text(row.verdict, lang) if row.contributes else t("network.no_round", lang),
            trend_text(row, lang),
        ]
        for row in view.members
    ]
    return Table(headers, rows)


def _title(instrument: Instrument, figure_id: str, lang: str) -> str:
    """A section's title in capitals (so its row stands out), else the dimension's title."""
    section = next((s for s in instrument.sections if s.id == figure_id), None)
    return section.title.get(lang).upper() if section else dimension_title(instrument, figure_id, lang)


def dimension_scores_table(view: net.NetworkView, instrument: Instrument, lang: str, *, raw: bool = False) -> Table:
    """Members side by side: one row per section, then one per dimension of it; one column per contributing member."""
    contributing = [row for row in view.members if row.contributes]
    headers = [t("network.col_dimension", lang), *(row.label for row in contributing)]
    rows = []
    for s in instrument.sections:
        rows.append([_title(instrument, s.id, lang), *(_value(r.sections.get(s.id), lang, raw) for r in contributing)])
        rows += [
            [_title(instrument, d.id, lang), *(_value(r.dimensions.get(d.id), lang, raw) for r in contributing)]
            for d in s.dimensions
        ]
    return Table(headers, rows)


def spread_table(spreads: tuple[net.Spread, ...], instrument: Instrument, lang: str, *, raw: bool = False) -> Table:
    """The network's spread per dimension: initiatives that scored it, first quartile, median, third quartile."""
    headers = [
        t("network.col_dimension", lang),
        t("network.col_initiatives", lang),
        t("network.col_q1", lang),
        t("network.col_median", lang),
        t("network.col_q3", lang),
    ]
    rows = [
        [
            _title(instrument, s.id, lang),
            s.initiatives,
            _value(s.q1, lang, raw),
            _value(s.median, lang, raw),
            _value(s.q3, lang, raw),
        ]
        for s in spreads
    ]
    return Table(headers, rows)


def against_table(view: net.MemberView, instrument: Instrument, lang: str) -> Table:
    """Our initiative against the network, per dimension: our score, the network's median and quartiles, where
    we stand."""
    headers = [
        t("network.col_dimension", lang),
        t("network.col_ours", lang),
        t("network.col_median", lang),
        t("network.col_quartiles", lang),
        t("network.col_position", lang),
    ]
    rows = []
    for s in view.dimensions:
        where = view.positions.get(s.id)
        quartiles = f"{format_score(s.q1, lang, 2)} – {format_score(s.q3, lang, 2)}" if s.shown else "—"
        rows.append(
            [
                dimension_title(instrument, s.id, lang),
                _value(view.own.dimensions.get(s.id), lang, False),
                _value(s.median, lang, False),
                quartiles,
                t(POSITION_KEYS[where], lang) if where else "—",
            ]
        )
    return Table(headers, rows)


def notes(contributing: int, left_out: Mapping[str, int], min_initiatives: int, lang: str) -> list[str]:
    """Why figures may be missing: too few initiatives contribute; rounds left out, by reason."""
    lines = []
    if contributing < min_initiatives:
        lines.append(tn("network.not_shown", lang, contributing, n=min_initiatives))
    lines += [tn(LEFT_OUT_KEYS[reason], lang, count) for reason, count in sorted(left_out.items()) if count]
    return lines
