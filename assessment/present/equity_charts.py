"""The words, tables and Plotly figure of a round's equity lens (assessment.domain.equity), shared by the results
screen and the round's report. No Streamlit, no HTML."""

from __future__ import annotations

import plotly.graph_objects as go

from assessment.domain.equity import NOTABLE_GAP, EquityLens, FocusGroup, Gap
from assessment.domain.instrument import Instrument
from assessment.present.breakdown_charts import group_label, hidden_text, people
from assessment.present.chart_text import ChartText
from assessment.present.charts import FONT, INK, OUTLINE, SERIES_COLOURS, hover
from assessment.present.i18n import format_score, format_signed, number_separators, t, tn
from assessment.present.sentences import dimension_title
from assessment.present.tables import Table

GROUP_KEYS = {"community_member": "equity.group.community_member", "youth": "equity.group.youth"}
# One colour, one pattern and one marker per focus group: the group is told by the legend and the pattern too.
GROUP_STYLES = {
    "community_member": dict(color=SERIES_COLOURS[1], pattern_shape=""),
    "youth": dict(color=SERIES_COLOURS[2], pattern_shape="/"),
}
DESCRIBED = {
    "leadership_table": "equity.seeds.leadership_table",
    "action_team": "equity.seeds.action_team",
    "backbone_staff": "equity.seeds.backbone_staff",
}
SIZE_KEYS = {
    "within": "equity.size.within",
    "below": "equity.size.below",
    "above": "equity.size.above",
    "cannot_tell": "equity.size.cannot_tell",
}
STANDING_PROMPTS = (  # the seeds' equity questions to a backbone (seed 002) and its principles (seed 000)
    "equity.prompt.community_voice",
    "equity.prompt.authentic",
    "equity.prompt.hard_conversations",
    "equity.prompt.youth_seats",
    "equity.prompt.backbone_diversity",
    "equity.prompt.credibility",
    "equity.prompt.most_vulnerable",
)
MAX_GAP_PROMPTS = 3  # the largest gaps only: a debrief has time for a few


def group_name(group_id: str, lang: str) -> str:
    """A focus group in words, plural: "Youth", « Jeunes »."""
    return t(GROUP_KEYS[group_id], lang)


def group_count(lens: EquityLens, group: FocusGroup, lang: str) -> str:
    """How many of a focus group answered: a count, 'fewer than 3', 'hidden' or 'nobody this time'."""
    if group.hidden:
        count = hidden_text(group.hidden, lens.min_group_size, lang)
    else:
        count = str(group.participants) if group.participants else t("equity.nobody", lang)
    return t("equity.group_line", lang, group=group_name(group.id, lang), count=count)


def _cell_text(lens: EquityLens, gap: Gap, lang: str) -> str:
    """What one bar reads: the signed gap, why it is hidden, or a dash when there is no gap."""
    if gap.hidden:
        return hidden_text(gap.hidden, lens.min_group_size, lang)
    return format_signed(gap.gap, lang)


def gap_figure(instrument: Instrument, lang: str, lens: EquityLens) -> go.Figure:
    """Horizontal bars per dimension, one series per focus group: the gap against everyone else, written on
    each bar (or why it is hidden); dotted lines at a gap of one point either way."""
    dimension_ids = list(instrument.dimensions)[::-1]  # plotly draws the first category at the bottom
    titles = [dimension_title(instrument, d, lang) for d in dimension_ids]
    fig = go.Figure()
    for group in lens.groups:
        gaps = [group.gap(d) for d in dimension_ids]
        style = GROUP_STYLES[group.id]
        fig.add_trace(
            go.Bar(
                name=group_name(group.id, lang),
                y=titles,
                x=[g.gap or 0.0 for g in gaps],
                orientation="h",
                marker=dict(color=style["color"], pattern_shape=style["pattern_shape"], pattern_fgcolor="#ffffff"),
                text=[_cell_text(lens, g, lang) for g in gaps],
                textposition="outside",
                textfont=dict(color=INK),
                cliponaxis=False,
                hovertemplate=hover(lang, "%{y}", "%{text}", "%{fullData.name}"),
            )
        )
    for x, side in ((-NOTABLE_GAP, "top left"), (NOTABLE_GAP, "top right")):  # the dotted lines named in words
        fig.add_vline(
            x=x,
            line_dash="dot",
            line_color=OUTLINE,
            annotation_text=t("equity.notable_line", lang),
            annotation_position=side,
            annotation_font=dict(size=11, color=INK),
        )
    fig.add_vline(x=0, line_color=INK, line_width=1)
    fig.update_layout(
        font=FONT,
        separators=number_separators(lang),
        hoverlabel=dict(font_color=INK),
        margin=dict(l=10, r=10, t=30, b=10),
        barmode="group",
        xaxis=dict(range=[-4.6, 4.6], tickvals=[-4, -3, -2, -1, 0, 1, 2, 3, 4], title=t("equity.axis", lang)),
        yaxis=dict(automargin=True, categoryorder="array", categoryarray=titles),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
        height=110 + 22 * len(lens.groups) * len(dimension_ids),
    )
    return fig


def _summary(instrument: Instrument, lang: str, lens: EquityLens) -> str:
    """The largest gap and how many reach a point, then which focus groups are hidden."""
    notable = lens.notable
    if notable:
        group, gap = notable[0]
        parts = [
            t(
                "equity.summary_largest",
                lang,
                group=group_name(group.id, lang),
                dimension=dimension_title(instrument, gap.dimension_id, lang),
                gap=format_signed(gap.gap, lang),
                score=format_score(gap.group.score, lang, 2),
                rest=format_score(gap.rest_score, lang, 2),
            ),
            tn("equity.summary_count", lang, len(notable)),
        ]
    else:
        parts = [t("equity.summary_none", lang)]
    hidden = [group_count(lens, g, lang) for g in lens.groups if g.hidden]
    if hidden:
        parts.append(t("equity.summary_hidden", lang, groups="; ".join(hidden)))
    return " ".join(parts)


def gap_text(instrument: Instrument, lang: str, lens: EquityLens) -> ChartText:
    """The gap chart in words, and its data: per focus group and dimension, the group's score and n, everyone
    else's score and n, and the gap (hidden cells say why, with no number)."""
    headers = [t(k, lang) for k in ("col.dimension", "breakdown.col_group", "equity.col_group_score", "col.n")]
    headers += [t(k, lang) for k in ("equity.col_rest", "equity.col_rest_n", "equity.col_gap")]
    rows: list[list[object]] = []
    for group in lens.groups:
        for gap in group.gaps:
            title, name = dimension_title(instrument, gap.dimension_id, lang), group_name(group.id, lang)
            if gap.hidden:
                why = hidden_text(gap.hidden, lens.min_group_size, lang)
                rows.append([title, name, why, why, why, why, why])
                continue
            rest_n = "" if gap.rest_n is None else gap.rest_n
            score, rest = format_score(gap.group.score, lang, 2), format_score(gap.rest_score, lang, 2)
            rows.append([title, name, score, gap.group.n, rest, rest_n, format_signed(gap.gap, lang)])
    return ChartText(_summary(instrument, lang, lens), Table(headers, rows))


def who_answered(lens: EquityLens, lang: str) -> tuple[Table, Table]:
    """Participants by sector and by role, as the breakdown screen counts them (everyone first)."""
    headers = [t("breakdown.col_group", lang), t("breakdown.col_people", lang)]
    tables = []
    for b in (lens.sectors, lens.roles):
        rows: list[list[object]] = [[group_label(b.by, g.id, lang), people(b, g, lang)] for g in (b.total, *b.groups)]
        tables.append(Table(headers, rows))
    return tables[0], tables[1]


def absent_sentence(lens: EquityLens, lang: str) -> str | None:
    """The sectors nobody answered for, in words; None when every sector answered."""
    if not lens.absent_sectors:
        return None
    return t("equity.absent", lang, sectors=", ".join(group_label("sector", s, lang) for s in lens.absent_sectors))


def structures_table(lens: EquityLens, lang: str) -> Table:
    """Each structure of the seeds: who answered in it, what the seeds describe, its size against theirs and
    whether the sector it should include is among its respondents."""
    keys = ("equity.col_structure", "equity.col_answered", "equity.col_described", "equity.col_size")
    headers = [t(k, lang) for k in keys] + [t("equity.col_includes", lang)]
    rows: list[list[object]] = []
    for s in lens.structures:
        answered = hidden_text(s.hidden, lens.min_group_size, lang) if s.hidden else str(s.count)
        size = t(SIZE_KEYS[s.size], lang) if s.size else "—"
        includes = "—"
        if s.includes is not None and s.model.includes is not None:
            key = "equity.includes_yes" if s.includes else "equity.includes_no"
            includes = t(key, lang, group=group_name(s.model.includes, lang))
        rows.append([t(f"role.{s.model.role}", lang), answered, t(DESCRIBED[s.model.role], lang), size, includes])
    return Table(headers, rows)


def prompts(instrument: Instrument, lens: EquityLens, lang: str) -> list[str]:
    """Questions for the debrief: first what this round shows (the largest gaps, a focus group nobody answered
    for, a structure without the sector it should include), then the seeds' standing equity questions."""
    found = []
    for group, gap in lens.notable[:MAX_GAP_PROMPTS]:
        key = "equity.prompt_lower" if (gap.gap or 0) < 0 else "equity.prompt_higher"
        title = dimension_title(instrument, gap.dimension_id, lang)
        found.append(t(key, lang, group=group_name(group.id, lang), dimension=title, gap=format_signed(gap.gap, lang)))
    for group in lens.groups:
        if group.participants == 0:
            found.append(t("equity.prompt_absent", lang, group=group_name(group.id, lang)))
    for s in lens.structures:
        if s.includes is False and s.model.includes is not None and s.count != 0:
            group = group_name(s.model.includes, lang).lower()
            structure = t(f"role.{s.model.role}", lang).lower()
            found.append(t("equity.prompt_missing", lang, group=group, structure=structure))
    return found + [t(key, lang) for key in STANDING_PROMPTS]
