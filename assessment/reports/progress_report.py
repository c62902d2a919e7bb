"""The progress report of a period (two or three printed pages): readiness change since the baseline and the
previous round, the decisions taken, the actions done and overdue, the next steps, and the strategy map: a
timeline of rounds, decisions and actions drawn as inline SVG (no script), with the same events as a table.

Every text is escaped (``html.e``), inside the SVG too: user text can never become markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from textwrap import shorten

from assessment.domain.plan import ProgressFacts
from assessment.present.i18n import format_day, format_score, t
from assessment.present.plan import MapEvent, day_range, map_events
from assessment.present.sentences import dimension_title, signed
from assessment.reports import sections
from assessment.reports.html import Html, band, e, p, page, section, table

MAP_WIDTH, LEFT, RIGHT = 680, 110, 20  # px: the map's width and the room for lane names and the last label
LANES = {"round": "progress.lane.round", "decision": "progress.lane.decision", "action": "progress.lane.action"}
LANE_Y = {"round": 46, "decision": 96, "action": 146}
MAP_HEIGHT = 200
MARKS = {"round": "#1d3557", "decision": "#d9690b", "action": "#2a7f62"}
PROGRESS_CSS = "svg.map { width: 100%; height: auto; } .map-note { font-size: 11.5px; color: #52606d; }"


def _readiness(facts: ProgressFacts, lang: str) -> Html:
    """The latest round dated by the end of the period against the baseline and the previous round."""
    current, comparison = facts.current, facts.comparison
    if current is None:
        return section(t("progress.readiness", lang), p(t("progress.no_round", lang), "note"))
    result = current.round.result
    keys = ("progress.col_part", "col.score", "exports.col_band", "exports.delta_baseline", "exports.delta_previous")
    rows: list[list[object]] = [
        [
            t("results.index", lang),
            format_score(result.index, lang, 0),
            "",
            signed(current.index_delta_baseline, lang, 0),
            signed(current.index_delta_previous, lang, 0),
        ]
    ]
    sections_of_round = {s.id: s for s in result.sections}
    rows += [
        [
            s.title.get(lang),
            format_score(sections_of_round[s.id].score, lang, 2),
            band(sections_of_round[s.id].band, lang),
            signed(current.section_delta_baseline.get(s.id), lang),
            signed(current.section_delta_previous.get(s.id), lang),
        ]
        for s in facts.instrument.sections
        if s.id in sections_of_round
    ]
    intro = t("progress.readiness_intro", lang, round=current.round.label, baseline=comparison.baseline.label)
    return section(
        t("progress.readiness", lang),
        p(intro),
        table([t(k, lang) for k in keys], rows, numeric=(1, 3, 4), strong=(0,)),
        *sections.band_changes(comparison, facts.instrument, lang, only=current.round.id),
    )


def _decisions(facts: ProgressFacts, lang: str) -> Html:
    taken = facts.decisions_in_period()
    if not taken:
        return section(t("progress.decisions", lang), p(t("progress.no_decisions", lang), "note"))
    headers = [t("progress.col_day", lang), t("progress.col_decision", lang), t("progress.col_who", lang)]
    rows = [[format_day(d.day, lang), d.text, d.decided_by or "—"] for d in taken]
    return section(t("progress.decisions", lang), table(headers, rows))


def _actions_table(actions: Sequence, facts: ProgressFacts, lang: str, empty_key: str) -> Html:
    if not actions:
        return p(t(empty_key, lang), "note")
    headers = [t("col.dimension", lang), t("actions.what", lang), t("actions.owner", lang), t("actions.due", lang)]
    rows = [
        [
            dimension_title(facts.instrument, a.dimension_id, lang),
            a.what,
            a.owner or "—",
            format_day(a.due, lang) if a.due else t("actions.no_due", lang),
        ]
        for a in actions
    ]
    return table(headers, rows)


def _actions(facts: ProgressFacts, lang: str) -> Html:
    return section(
        t("progress.actions", lang),
        Html(f"<h3>{e(t('progress.done', lang))}</h3>"),
        _actions_table(facts.done(), facts, lang, "progress.no_done"),
        Html(f"<h3>{e(t('progress.overdue', lang))}</h3>"),
        _actions_table(facts.overdue(), facts, lang, "progress.no_overdue"),
    )


def _x(day: date, first: date, span: int) -> float:
    return LEFT + (MAP_WIDTH - LEFT - RIGHT) * (day - first).days / span


def _text(x: float, y: float, content: str, anchor: str = "start", size: int = 10) -> str:
    """An SVG text of escaped ``content``."""
    return f'<text x="{x:.1f}" y="{y}" font-size="{size}" text-anchor="{anchor}" fill="#1f2933">{e(content)}</text>'


def _svg_map(events: Sequence[MapEvent], facts: ProgressFacts, lang: str) -> Html:
    """The timeline: one lane per kind of event, the period shaded, each mark titled with what it is."""
    days = [ev.day for ev in events] + [facts.start, facts.end]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    x0, x1 = _x(facts.start, first, span), _x(facts.end, first, span)
    parts = [
        f'<rect x="{x0:.1f}" y="20" width="{max(x1 - x0, 2):.1f}" height="150" fill="#e3f2fd"/>',
        f'<line x1="{LEFT}" y1="176" x2="{MAP_WIDTH - RIGHT}" y2="176" stroke="#52606d"/>',
    ]
    for lane in LANES:
        y = LANE_Y[lane]
        parts.append(f'<text x="4" y="{y + 4}" font-size="11" fill="#1f2933">{e(t(LANES[lane], lang))}</text>')
        parts.append(f'<line x1="{LEFT}" y1="{y}" x2="{MAP_WIDTH - RIGHT}" y2="{y}" stroke="#cfd8dc"/>')
    for ev in events:
        x, y, colour = _x(ev.day, first, span), LANE_Y[ev.kind], MARKS[ev.kind]
        name = f"{format_day(ev.day, lang)} · {ev.label}" + (f" · {ev.detail}" if ev.detail else "")
        parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="6" fill="{colour}"><title>{e(name)}</title></circle>')
        if ev.kind == "round":
            parts.append(_text(x, y - 12, shorten(ev.label, 18, placeholder="…"), "middle"))
    for day, anchor in ((first, "start"), (last, "end")):
        parts.append(_text(_x(day, first, span), 192, format_day(day, lang), anchor))
    label = t("progress.map_label", lang, period=day_range(facts, lang))
    return Html(
        f'<svg class="map" role="img" aria-label="{e(label)}" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>'
    )


def _strategy_map(facts: ProgressFacts, lang: str) -> Html:
    events = map_events(facts, lang)
    headers = [t("progress.col_day", lang), t("progress.col_kind", lang), t("progress.col_what", lang), ""]
    rows = [[format_day(ev.day, lang), t(LANES[ev.kind], lang), ev.label, ev.detail] for ev in events]
    return section(
        t("progress.map", lang),
        p(t("progress.map_intro", lang), "map-note"),
        _svg_map(events, facts, lang),
        Html(f"<details><summary>{e(t('chart.data', lang))}</summary>{table(headers, rows)}</details>"),
    )


def _next_steps(facts: ProgressFacts, lang: str) -> Html:
    return section(
        t("progress.next_steps", lang), _actions_table(facts.next_steps(), facts, lang, "progress.no_next_steps")
    )


def progress_report_html(*, facts: ProgressFacts, lang: str, generated_at: datetime) -> str:
    """The standalone progress report of ``facts``' period, in ``lang``."""
    body = [
        Html(f"<style>{PROGRESS_CSS}</style>"),
        _readiness(facts, lang),
        _decisions(facts, lang),
        _actions(facts, lang),
        _next_steps(facts, lang),
        _strategy_map(facts, lang),
    ]
    return page(t("progress.title", lang), facts.initiative, day_range(facts, lang), generated_at, lang, body)
