"""Pure functions returning Plotly figures of scores (1–5 scale). No Streamlit here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from assessment.domain.compare import Comparison
from assessment.domain.instrument import Instrument
from assessment.domain.scoring import ItemResult, RoundResult
from assessment.present.i18n import format_score, plain_chart, t
from assessment.present.sentences import dimension_title, round_names
from assessment.present.tables import section_score

BAND_COLOURS = {"strength": "#2e7d32", "borderline": "#f0a202", "concern": "#c62828", None: "#9e9e9e"}
SCALE_COLOURS = ("#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32")
DONT_KNOW_COLOUR = "#b0bec5"
FONT = dict(family="sans-serif", size=13)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _layout(fig: go.Figure, **extra) -> go.Figure:
    extra.setdefault("margin", dict(l=10, r=10, t=30, b=10))
    fig.update_layout(font=FONT, **extra)
    return fig


def readiness_radar(
    instrument: Instrument,
    lang: str,
    series: Mapping[str, Mapping[str, float | None]],
) -> go.Figure:
    """A radar of the 19 dimensions; one closed trace per named series (dimension id -> score)."""
    dimension_ids = list(instrument.dimensions)
    labels = [instrument.dimensions[d].title.get(lang) for d in dimension_ids]
    fig = go.Figure()
    for name, scores in series.items():
        values = [scores.get(d) for d in dimension_ids]
        fig.add_trace(
            go.Scatterpolar(
                r=values + values[:1],
                theta=labels + labels[:1],
                name=plain_chart(name),
                fill="toself",
                opacity=0.6,
                connectgaps=True,
                hovertemplate="%{theta}: %{r:.2f}<extra>%{fullData.name}</extra>",
            )
        )
    return _layout(
        fig,
        polar=dict(radialaxis=dict(range=[1, 5], tickvals=[1, 2, 3, 4, 5]), angularaxis=dict(tickfont=dict(size=11))),
        margin=dict(l=90, r=90, t=40, b=40),
        showlegend=len(series) > 1,
        legend=dict(orientation="h", y=-0.1),
        height=520,
    )


def round_radar(instrument: Instrument, lang: str, result: RoundResult, name: str) -> go.Figure:
    """The radar of one round's group scores."""
    return readiness_radar(instrument, lang, {name: {d.id: d.score for d in result.dimensions}})


def dimension_bars(instrument: Instrument, lang: str, result: RoundResult, section_id: str | None = None) -> go.Figure:
    """Horizontal bars per dimension (of one section, when given), coloured by band, labelled with score, n
    and don't-know count."""
    in_section = {d.id for d in instrument.section(section_id).dimensions} if section_id else None
    # plotly draws the first category at the bottom
    dims = [d for d in result.dimensions if in_section is None or d.id in in_section][::-1]
    titles = [instrument.dimensions[d.id].title.get(lang) for d in dims]
    dk = t("results.dk", lang)
    text = [f"{format_score(d.score, lang)} · n={d.n} · {dk}={d.dont_know}" for d in dims]
    fig = go.Figure(
        go.Bar(
            x=[d.score or 0 for d in dims],
            y=titles,
            orientation="h",
            marker_color=[BAND_COLOURS[d.band] for d in dims],
            text=text,
            textposition="outside",
            customdata=[t(f"band.{d.band or 'none'}", lang) for d in dims],
            hovertemplate="%{y}: %{x:.2f} (%{customdata})<extra></extra>",
        )
    )
    for threshold in (instrument.thresholds.borderline, instrument.thresholds.strength):
        fig.add_vline(x=threshold, line_dash="dot", line_color="#555")
    return _layout(
        fig, xaxis=dict(range=[0, 7], tickvals=[1, 2, 3, 4, 5]), height=40 + 28 * len(dims), yaxis=dict(automargin=True)
    )


def item_distribution(instrument: Instrument, lang: str, items: list[ItemResult]) -> go.Figure:
    """Stacked horizontal bars: how many gave each answer (1–5 and don't know) to each item."""
    rows = items[::-1]
    labels = [_short(instrument.items[i.id].text.get(lang)) for i in rows]
    full = [instrument.items[i.id].text.get(lang) for i in rows]
    fig = go.Figure()
    for value in range(1, 6):
        fig.add_trace(
            go.Bar(
                name=f"{value} {instrument.scale_label(value, lang)}",
                y=labels,
                x=[i.counts[value - 1] for i in rows],
                orientation="h",
                marker_color=SCALE_COLOURS[value - 1],
                customdata=full,
                hovertemplate="%{customdata}<br>%{x}<extra>%{fullData.name}</extra>",
            )
        )
    fig.add_trace(
        go.Bar(
            name=instrument.dont_know.get(lang),
            y=labels,
            x=[i.dont_know for i in rows],
            orientation="h",
            marker_color=DONT_KNOW_COLOUR,
            customdata=full,
            hovertemplate="%{customdata}<br>%{x}<extra>%{fullData.name}</extra>",
        )
    )
    return _layout(
        fig,
        barmode="stack",
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0),
        height=90 + 30 * len(rows),
        yaxis=dict(automargin=True),
    )


def profile_bars(instrument: Instrument, lang: str, own: Mapping[str, float], group: RoundResult | None) -> go.Figure:
    """A participant's dimension scores, with the group's beside them when shown."""
    dimension_ids = list(instrument.dimensions)[::-1]
    titles = [instrument.dimensions[d].title.get(lang) for d in dimension_ids]
    fig = go.Figure()
    if group is not None:
        fig.add_trace(
            go.Bar(
                name=t("my.group", lang),
                y=titles,
                x=[group.dimension(d).score for d in dimension_ids],
                orientation="h",
                marker_color="#90a4ae",
                hovertemplate="%{y}: %{x:.2f}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Bar(
            name=t("my.you", lang),
            y=titles,
            x=[own.get(d) for d in dimension_ids],
            orientation="h",
            marker_color="#1f6f8b",
            hovertemplate="%{y}: %{x:.2f}<extra></extra>",
        )
    )
    return _layout(
        fig,
        barmode="group",
        xaxis=dict(range=[0, 5], tickvals=[1, 2, 3, 4, 5]),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0),
        height=80 + (40 if group is not None else 26) * len(dimension_ids),
    )


def _band_background(fig: go.Figure, instrument: Instrument) -> None:
    """Bands drawn behind a 1–5 axis: concern, borderline, strength."""
    low, high = instrument.thresholds.borderline, instrument.thresholds.strength
    for y0, y1, band in ((1, low, "concern"), (low, high, "borderline"), (high, 5, "strength")):
        fig.add_hrect(y0=y0, y1=y1, fillcolor=BAND_COLOURS[band], opacity=0.08, line_width=0, layer="below")


def trend(
    instrument: Instrument,
    lang: str,
    rounds: list[str],
    series: Mapping[str, list[float | None]],
) -> go.Figure:
    """One line per named series (a dimension or a section) across rounds, bands as background."""
    fig = go.Figure()
    for name, values in series.items():
        fig.add_trace(
            go.Scatter(
                x=[plain_chart(r) for r in rounds],
                y=values,
                name=plain_chart(name),
                mode="lines+markers",
                connectgaps=False,
                hovertemplate="%{x}: %{y:.2f}<extra>%{fullData.name}</extra>",
            )
        )
    _band_background(fig, instrument)
    return _layout(
        fig,
        yaxis=dict(range=[1, 5], tickvals=[1, 2, 3, 4, 5]),
        xaxis=dict(type="category"),
        legend=dict(orientation="h", y=-0.2),
        height=420,
    )


def heat_map(
    lang: str,
    rows: list[str],
    rounds: list[str],
    values: list[list[float | None]],
    *,
    zmin: float,
    zmax: float,
    colorscale: str | list,
    digits: int = 1,
) -> go.Figure:
    """Rows (dimensions or items) × rounds, each cell coloured by its value and labelled."""
    text = [[format_score(v, lang, digits) if v is not None else "" for v in row] for row in values]
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=[plain_chart(r) for r in rounds],
            y=[plain_chart(r) for r in rows],
            zmin=zmin,
            zmax=zmax,
            colorscale=colorscale,
            text=text,
            texttemplate="%{text}",
            hoverongaps=False,
            hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
        )
    )
    return _layout(
        fig,
        xaxis=dict(type="category", side="top"),
        yaxis=dict(autorange="reversed", automargin=True),
        height=80 + 26 * len(rows),
    )


def score_scale(instrument: Instrument) -> list[list]:
    """A colour scale over 1–5: red below borderline, amber to strength, green above."""
    low = (instrument.thresholds.borderline - 1) / 4
    high = (instrument.thresholds.strength - 1) / 4
    return [
        [0.0, BAND_COLOURS["concern"]],
        [low - 0.001, "#ef9a9a"],
        [low, "#ffe082"],
        [high - 0.001, BAND_COLOURS["borderline"]],
        [high, "#a5d6a7"],
        [1.0, BAND_COLOURS["strength"]],
    ]


# ---- figures of a comparison of rounds: the same on the comparison screen and in the report ----------------
def section_trend(instrument: Instrument, lang: str, comparison: Comparison) -> go.Figure:
    """Each section's score across the rounds."""
    series = {s.title.get(lang): [section_score(c, s.id) for c in comparison.rounds] for s in instrument.sections}
    return trend(instrument, lang, round_names(comparison, lang), series)


def dimension_trend(instrument: Instrument, lang: str, comparison: Comparison, section_id: str) -> go.Figure:
    """The score of each dimension of one section across the rounds (gaps where rounds do not compare)."""
    shared = comparison.shared_dimensions
    series = {
        dimension_title(instrument, d.id, lang): [
            c.round.result.dimension(d.id).score if d.id in shared else None for c in comparison.rounds
        ]
        for d in instrument.section(section_id).dimensions
    }
    return trend(instrument, lang, round_names(comparison, lang), series)


def overlay_radar(instrument: Instrument, lang: str, comparison: Comparison, labels: Sequence[str]) -> go.Figure:
    """The rounds labelled ``labels`` overlaid on one radar (a label named twice is drawn once)."""
    by_label = {c.round.label: c for c in comparison.rounds}
    series = {
        label: {d: by_label[label].round.result.dimension(d).score for d in comparison.shared_dimensions}
        for label in dict.fromkeys(labels)
    }
    return readiness_radar(instrument, lang, series)


def score_heat_map(instrument: Instrument, lang: str, comparison: Comparison) -> go.Figure:
    """Shared dimensions × rounds, coloured by score on the instrument's bands."""
    shared = comparison.shared_dimensions
    return heat_map(
        lang,
        [dimension_title(instrument, d, lang) for d in shared],
        round_names(comparison, lang),
        [[c.round.result.dimension(d).score for c in comparison.rounds] for d in shared],
        zmin=1,
        zmax=5,
        colorscale=score_scale(instrument),
    )


def disagreement_heat_map(instrument: Instrument, lang: str, comparison: Comparison) -> go.Figure:
    """Shared dimensions × rounds, coloured by standard deviation (0 to twice the flagging threshold)."""
    shared = comparison.shared_dimensions
    return heat_map(
        lang,
        [dimension_title(instrument, d, lang) for d in shared],
        round_names(comparison, lang),
        [[c.round.result.dimension(d).sd for c in comparison.rounds] for d in shared],
        zmin=0,
        zmax=max(2.0, instrument.disagreement.sd * 2),
        colorscale="Purples",
        digits=2,
    )
