"""The standalone HTML report of one round: verdict, charts, disagreements, next steps, comparison with
the other rounds, action plan and comments. The same words and figures as the results screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from assessment.domain.compare import Comparison
from assessment.domain.equity import EquityLens
from assessment.domain.instrument import Instrument
from assessment.domain.reflections import ReflectionSummary
from assessment.present import chart_text, charts, equity_charts, sentences, tables
from assessment.present.i18n import format_day, format_score, t
from assessment.present.tables import Action
from assessment.reports import sections
from assessment.reports.html import Charts, Html, band, blockquote, h3, p, page, page_radar, section, table, ul

if TYPE_CHECKING:
    from assessment.usecases.records import RoundReport


def _charts_section(report: RoundReport, chart: Charts, lang: str) -> Html:
    """The radar of the round and its bars by dimension."""
    instrument, result = report.instrument, report.result
    words = chart_text.round_scores(instrument, lang, result)
    return section(
        t("exports.charts", lang),
        h3(t("results.radar", lang)),
        chart(page_radar(charts.round_radar(instrument, lang, result, report.round.label)), words),
        h3(t("results.bars", lang)),
        p(t("results.bars_caption", lang), "note"),
        chart(charts.dimension_bars(instrument, lang, result), words),
    )


def _disagreements_section(report: RoundReport, lang: str) -> Html:
    """Dimensions, then items, flagged for discussion, as on the results screen."""
    flagged = tables.disagreement_table(report.instrument, report.disagreements, report.items, lang)
    if not flagged.rows:
        return section(t("results.disagreements", lang), p(t("results.no_disagreements", lang)))
    return section(
        t("results.disagreements", lang),
        p(sentences.disagreement_intro(report.instrument, lang)),
        table(flagged.headers, flagged.rows, numeric=(2, 3, 4)),
    )


def _next_steps_section(report: RoundReport, lang: str) -> Html:
    """The next step of each dimension of concern."""
    steps = [
        Html(h3(f"{step.title} — {step.score}") + p(step.text))
        for step in sentences.next_steps(report.instrument, report.concerns, lang)
    ]
    return section(t("results.next_steps", lang), p(t("results.next_steps_intro", lang)), *steps)


def _comparison_parts(comparison: Comparison, round_id: int, instrument: Instrument, lang: str) -> list[object]:
    """One round against the baseline and the previous round: index and every shared dimension."""
    if len(comparison.rounds) < 2:
        return [p(t("exports.only_round", lang), "note")]
    change = next(c for c in comparison.rounds if c.round.id == round_id)
    result = change.round.result
    keys = ("col.dimension", "col.score", "exports.col_band", "exports.delta_baseline", "exports.delta_previous")
    signed = sentences.signed
    rows: list[list[object]] = [
        [
            t("results.index", lang),
            format_score(result.index, lang, 0),
            "",
            signed(change.index_delta_baseline, lang, 0),
            signed(change.index_delta_previous, lang, 0),
        ]
    ]
    rows += [
        [
            sentences.dimension_title(instrument, d, lang),
            format_score(result.dimension(d).score, lang, 2),
            band(result.dimension(d).band, lang),
            signed(change.delta_baseline[d], lang),
            signed(change.delta_previous[d], lang),
        ]
        for d in comparison.shared_dimensions
    ]
    return [
        p(t("exports.baseline_is", lang, round=comparison.baseline.label)),
        table([t(k, lang) for k in keys], rows, numeric=(1, 3, 4), strong=(0,)),
        *sections.band_changes(comparison, instrument, lang, only=round_id),
        *sections.comparison_notes(comparison, instrument, lang),
    ]


def _comments_section(report: RoundReport, lang: str) -> Html:
    """The comments, grouped by dimension, as typed (escaped)."""
    groups = sentences.comments_by_dimension(report.instrument, report.comments, lang)
    if not groups:
        return section(t("results.comments", lang), p(t("results.no_comments", lang), "note"))
    parts = [Html(h3(g.heading) + "".join(blockquote(text) for text in g.texts)) for g in groups]
    return section(t("results.comments", lang), *parts)


def _equity_section(instrument: Instrument, lens: EquityLens, chart: Charts, lang: str) -> Html:
    """The equity lens, as on the results screen: gaps, who answered, the structures, questions for the debrief."""
    by_sector, by_role = equity_charts.who_answered(lens, lang)
    structures = equity_charts.structures_table(lens, lang)
    absent = equity_charts.absent_sentence(lens, lang)
    return section(
        t("equity.title", lang),
        p(t("equity.intro", lang)),
        p(t("equity.rule", lang, n=lens.min_group_size), "note"),
        ul([equity_charts.group_count(lens, g, lang) for g in lens.groups]),
        h3(t("equity.gaps", lang)),
        chart(equity_charts.gap_figure(instrument, lang, lens), equity_charts.gap_text(instrument, lang, lens)),
        h3(t("equity.who", lang)),
        p(t("equity.by_sector", lang)),
        table(by_sector.headers, by_sector.rows, numeric=(1,), strong=(0,)),
        p(t("equity.by_role", lang)),
        table(by_role.headers, by_role.rows, numeric=(1,), strong=(0,)),
        p(absent, "note") if absent else "",
        h3(t("equity.structures", lang)),
        table(structures.headers, structures.rows, numeric=(1,)),
        p(t("equity.structures_note", lang), "note"),
        h3(t("equity.prompts", lang)),
        p(t("equity.prompts_intro", lang), "note"),
        ul(equity_charts.prompts(instrument, lens, lang)),
    )


def round_report_html(
    *,
    report: RoundReport,
    comparison: Comparison,
    actions: Sequence[Action],
    reflections: ReflectionSummary | None = None,
    equity: EquityLens | None = None,
    lang: str,
    generated_at: datetime,
) -> str:
    """The standalone report of one round: verdict, index, charts, disagreements, comparison, actions, comments,
    closing reflections and the equity lens (when given)."""
    instrument, result, info = report.instrument, report.result, report.round
    body: list[object] = [section(t("results.verdict", lang), sections.verdict_block(instrument, result, lang))]
    chart = Charts(lang)
    if result.participants:
        body += [_charts_section(report, chart, lang), _disagreements_section(report, lang)]
        if report.concerns:
            body.append(_next_steps_section(report, lang))
    body.append(section(t("exports.comparison", lang), *_comparison_parts(comparison, info.id, instrument, lang)))
    body.append(sections.actions_section(actions, instrument, lang))
    if result.participants:
        body.append(_comments_section(report, lang))
    if reflections is not None:
        body.append(sections.reflections_section([(info.label, reflections)], lang))
    if equity is not None and result.participants:
        body.append(_equity_section(instrument, equity, chart, lang))
    scope = t("exports.scope_round", lang, round=info.label, date=format_day(info.date, lang))
    return page(t("exports.report_title", lang), info.initiative, scope, generated_at, lang, body)
