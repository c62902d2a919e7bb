"""The standalone HTML report of a whole initiative: rounds compared, the latest verdict, bands gained
and lost, trends, overlay, heat maps, every score with its change, disagreement over time and the action
plan. The same words and figures as the comparison screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from assessment.domain.compare import Comparison, RoundChange
from assessment.domain.instrument import Instrument
from assessment.domain.reflections import ReflectionSummary
from assessment.present import chart_text, charts, sentences, tables
from assessment.present.i18n import format_score, t
from assessment.present.tables import Action
from assessment.reports import sections
from assessment.reports.html import Charts, Html, h3, p, page, page_radar, section, table


def _summary_section(comparison: Comparison, instrument: Instrument, lang: str) -> Html:
    """Round by round: date, participants, index and its changes, verdict; then the caveats."""
    summary = tables.rounds_summary(comparison, lang)
    return section(
        t("compare.summary", lang),
        p(t("exports.baseline_is", lang, round=comparison.baseline.label)),
        table(summary.headers, summary.rows, numeric=(1, 2, 3, 4, 5)),
        *sections.comparison_notes(comparison, instrument, lang),
    )


def _charts_section(comparison: Comparison, instrument: Instrument, chart: Charts, lang: str) -> Html:
    """Sections over time, the baseline and the latest round overlaid, every dimension over time, heat map."""
    overlaid = [comparison.baseline.label, comparison.rounds[-1].round.label]
    parts: list[object] = [
        h3(t("compare.sections", lang)),
        chart(
            charts.section_trend(instrument, lang, comparison),
            chart_text.section_trend_text(instrument, lang, comparison),
        ),
        h3(t("compare.radar", lang)),
        chart(
            page_radar(charts.overlay_radar(instrument, lang, comparison, overlaid)),
            chart_text.overlay_text(instrument, lang, comparison, overlaid),
        ),
    ]
    for s in instrument.sections:
        parts += [
            h3(f"{t('compare.dimensions', lang)} — {s.title.get(lang)}"),
            chart(
                charts.dimension_trend(instrument, lang, comparison, s.id),
                chart_text.dimension_trend_text(instrument, lang, comparison, s.id),
            ),
        ]
    heat = chart_text.heat_map_text(instrument, lang, comparison, "score")
    parts += [h3(t("compare.heat_map", lang)), chart(charts.score_heat_map(instrument, lang, comparison), heat)]
    return section(t("exports.charts", lang), *parts)


def _with_change(
    comparison: Comparison, c: RoundChange, value: float | None, delta: float | None, digits: int, lang: str
) -> str:
    """A score, followed by its change against the baseline in brackets (not for the baseline itself)."""
    shown = format_score(value, lang, digits)
    if c.round.id == comparison.baseline.id or delta is None:
        return shown
    return f"{shown} ({sentences.signed(delta, lang, digits)})"


def _comparison_table_section(comparison: Comparison, instrument: Instrument, lang: str) -> Html:
    """Every score (index, sections, shared dimensions) × rounds, with its change against the baseline."""
    rounds = comparison.rounds

    def row(title: str, values: Sequence[tuple[RoundChange, float | None, float | None]], digits: int) -> list[object]:
        return [title] + [_with_change(comparison, c, v, d, digits, lang) for c, v, d in values]

    rows = [row(t("results.index", lang), [(c, c.round.result.index, c.index_delta_baseline) for c in rounds], 0)]
    rows += [
        row(
            s.title.get(lang),
            [(c, tables.section_score(c, s.id), c.section_delta_baseline.get(s.id)) for c in rounds],
            2,
        )
        for s in instrument.sections
    ]
    rows += [
        row(
            sentences.dimension_title(instrument, d, lang),
            [(c, c.round.result.dimension(d).score, c.delta_baseline[d]) for c in rounds],
            2,
        )
        for d in comparison.shared_dimensions
    ]
    headers = [t("col.dimension", lang), *sentences.round_names(comparison, lang)]
    numeric = tuple(range(1, len(rounds) + 1))
    return section(
        t("exports.comparison_table", lang),
        p(t("exports.comparison_table_intro", lang, baseline=comparison.baseline.label), "note"),
        table(headers, rows, numeric=numeric, strong=tuple(range(1 + len(instrument.sections)))),
    )


def _disagreement_section(comparison: Comparison, instrument: Instrument, chart: Charts, lang: str) -> Html:
    """The sd per dimension and round as a heat map, and the dimensions flagged in each round."""
    flagged = [
        [
            name,
            sentences.dimension_title(instrument, d.id, lang),
            format_score(d.score, lang, 2),
            format_score(d.sd, lang, 2),
            d.n,
        ]
        for name, c in zip(sentences.round_names(comparison, lang), comparison.rounds, strict=True)
        for d in c.round.result.dimensions
        if d.discuss
    ]
    parts: list[object] = [
        p(sentences.disagreement_intro(instrument, lang, over_time=True), "note"),
        chart(
            charts.disagreement_heat_map(instrument, lang, comparison),
            chart_text.heat_map_text(instrument, lang, comparison, "sd"),
        ),
    ]
    if flagged:
        headers = [t(k, lang) for k in ("compare.col_round", "col.dimension", "col.score", "col.sd", "col.n")]
        parts.append(table(headers, flagged, numeric=(2, 3, 4)))
    else:
        parts.append(p(t("results.no_disagreements", lang)))
    return section(t("compare.disagreement", lang), *parts)


def initiative_report_html(
    *,
    comparison: Comparison,
    instrument: Instrument,
    actions: Sequence[Action],
    reflections: Sequence[ReflectionSummary] = (),
    lang: str,
    generated_at: datetime,
) -> str:
    """The standalone report of a whole initiative. ``instrument`` is the latest round's; ``reflections`` are the
    rounds' closing reflections, in the comparison's round order."""
    latest = comparison.rounds[-1].round
    chart = Charts(lang)  # one per page: Plotly's library goes with its first figure
    body: list[object] = [
        _summary_section(comparison, instrument, lang),
        section(t("exports.latest", lang, round=latest.label), sections.verdict_block(instrument, latest.result, lang)),
    ]
    if len(comparison.rounds) > 1:
        body.append(section(t("compare.bands", lang), *sections.band_changes(comparison, instrument, lang)))
    body += [
        _charts_section(comparison, instrument, chart, lang),
        _comparison_table_section(comparison, instrument, lang),
        _disagreement_section(comparison, instrument, chart, lang),
        sections.actions_section(actions, instrument, lang),
    ]
    if reflections:
        names = sentences.round_names(comparison, lang)
        body.append(sections.reflections_section(list(zip(names, reflections, strict=True)), lang))
    scope = t("exports.scope_all", lang, count=len(comparison.rounds))
    return page(t("exports.report_title", lang), comparison.initiative, scope, generated_at, lang, body)
