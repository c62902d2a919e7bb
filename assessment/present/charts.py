"""Pure functions returning Plotly figures of scores (1–5 scale). No Streamlit here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from assessment.domain.compare import Comparison
from assessment.domain.instrument import Instrument
from assessment.domain.scoring import ItemResult, RoundResult
from assessment.present import chart_text as words
from assessment.present.i18n import colon, format_score, number_separators, plain_chart, t
from assessment.present.sentences import round_names

# Colours (issue 9): the band palette and the answer scale stay apart for deuteranopes, protanopes, tritanopes
# and in greyscale (tests/unit/present/test_palettes.py simulates them), every band colour reaches 3:1 against
# white, and bands are always named in words too (legend, labels or colour-bar ticks): colour never says it alone.
# One meaning per colour: navy is strength, orange borderline, crimson concern, wherever they appear.
BAND_COLOURS = {"strength": "#1d3557", "borderline": "#d9690b", "concern": "#a8324f", None: "#7b8794"}
BAND_PATTERNS = {"strength": "", "borderline": "/", "concern": "x", None: "."}  # the band in print and greyscale too
# 1 and 2 share the concern and borderline colours, 5 the strength one; 3 and 4 are light, so every segment has a
# dark outline (3:1 against white and against its neighbours) and its count written in it.
SCALE_COLOURS = ("#a8324f", "#d9690b", "#f7dc8b", "#6fb0e0", "#1d3557")
DONT_KNOW_COLOUR = "#cfd8dc"
DONT_KNOW_PATTERN = "/"
OUTLINE = "#52606d"  # 6.3:1 against white
INK = "#1f2933"  # chart text: 14.7:1 against white
# Series of a trend or radar: none red or pink (they would sit on the concern band), each with its own marker
# and dash, so that a series is told by its shape as well as its colour.
SERIES_COLOURS = ("#1f2933", "#0072b2", "#007d5c", "#7b3294", "#8c510a", "#52606d", "#005f73", "#6a4c93")
SERIES_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "cross", "x", "star", "hexagon")
SERIES_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "solid", "dash", "dot")
YOU_COLOUR, GROUP_COLOUR = "#1f6f8b", "#52606d"
FONT = dict(family="sans-serif", size=13, color=INK)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def hover(lang: str, name: str, value: str, extra: str = "") -> str:
    """A hover template "name: value" with the colon ``lang`` wants (a no-break space before it in French)."""
    return f"{name}{colon(lang)}{value}<extra>{extra}</extra>"


def _layout(fig: go.Figure, lang: str, **extra) -> go.Figure:
    """Text in ink, numbers with the separators of ``lang`` (axes, colour bars, hovers)."""
    extra.setdefault("margin", dict(l=10, r=10, t=30, b=10))
    fig.update_layout(font=FONT, separators=number_separators(lang), hoverlabel=dict(font_color=INK), **extra)
    return fig


def _series_style(n: int) -> dict:
    return dict(
        line=dict(color=SERIES_COLOURS[n % len(SERIES_COLOURS)], dash=SERIES_DASHES[n % len(SERIES_DASHES)]),
        marker=dict(symbol=SERIES_SYMBOLS[n % len(SERIES_SYMBOLS)], size=9),
    )


def readiness_radar(
    instrument: Instrument,
    lang: str,
    series: Mapping[str, Mapping[str, float | None]],
) -> go.Figure:
    """A radar of the 19 dimensions; one closed trace per named series (dimension id -> score)."""
    dimension_ids = list(instrument.dimensions)
    labels = [instrument.dimensions[d].title.get(lang) for d in dimension_ids]
    fig = go.Figure()
    for n, (name, scores) in enumerate(series.items()):
        values = [scores.get(d) for d in dimension_ids]
        style = _series_style(n)
        fig.add_trace(
            go.Scatterpolar(
                r=values + values[:1],
                theta=labels + labels[:1],
                name=plain_chart(name),
                mode="lines+markers",
                fill="toself",
                fillcolor=style["line"]["color"],
                opacity=0.6,
                connectgaps=True,
                hovertemplate=hover(lang, "%{theta}", "%{r:.2f}", "%{fullData.name}"),
                **style,
            )
        )
    return _layout(
        fig,
        lang,
        polar=dict(radialaxis=dict(range=[1, 5], tickvals=[1, 2, 3, 4, 5]), angularaxis=dict(tickfont=dict(size=11))),
        margin=dict(l=90, r=90, t=40, b=40),
        showlegend=len(series) > 1,
        legend=dict(orientation="h", y=-0.1),
        height=520,
    )


def round_radar(instrument: Instrument, lang: str, result: RoundResult, name: str) -> go.Figure:
    """The radar of one round's group scores."""
    return readiness_radar(instrument, lang, {name: {d.id: d.score for d in result.dimensions}})


BANDS = ("strength", "borderline", "concern", None)


def dimension_bars(instrument: Instrument, lang: str, result: RoundResult, section_id: str | None = None) -> go.Figure:
    """Horizontal bars per dimension (of one section, when given): one trace per band, so that the legend names
    the bands in words, each bar labelled with its score, band, n and don't-know count."""
    in_section = {d.id for d in instrument.section(section_id).dimensions} if section_id else None
    # plotly draws the first category at the bottom
    dims = [d for d in result.dimensions if in_section is None or d.id in in_section][::-1]
    titles = [instrument.dimensions[d.id].title.get(lang) for d in dims]
    dk = t("results.dk", lang)
    fig = go.Figure()
    for band in BANDS:
        rows = [(d, title) for d, title in zip(dims, titles, strict=True) if d.band == band]
        if not rows:
            continue
        name = t(f"band.{band or 'none'}", lang)
        fig.add_trace(
            go.Bar(
                x=[d.score or 0 for d, _ in rows],
                y=[title for _, title in rows],
                name=name,
                orientation="h",
                marker=dict(color=BAND_COLOURS[band], pattern_shape=BAND_PATTERNS[band], pattern_fgcolor="#ffffff"),
                text=[f"{format_score(d.score, lang)} · {name} · n={d.n} · {dk}={d.dont_know}" for d, _ in rows],
                textposition="outside",
                textfont=dict(color=INK),
                hovertemplate=hover(lang, "%{y}", f"%{{x:.2f}} ({name})"),
            )
        )
    for threshold in (instrument.thresholds.borderline, instrument.thresholds.strength):
        fig.add_vline(x=threshold, line_dash="dot", line_color=OUTLINE)
    return _layout(
        fig,
        lang,
        xaxis=dict(range=[0, 7], tickvals=[1, 2, 3, 4, 5]),
        yaxis=dict(automargin=True, categoryorder="array", categoryarray=titles),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
        height=70 + 28 * len(dims),
    )


def _count_text(counts: Sequence[int]) -> list[str]:
    return [str(c) if c else "" for c in counts]


def item_distribution(instrument: Instrument, lang: str, items: list[ItemResult]) -> go.Figure:
    """Stacked horizontal bars: how many gave each answer (1–5 and don't know) to each item, the count written in
    each segment and the answers named in the legend."""
    rows = items[::-1]
    labels = [_short(instrument.items[i.id].text.get(lang)) for i in rows]
    full = [instrument.items[i.id].text.get(lang) for i in rows]
    layers = [
        (f"{value} {instrument.scale_label(value, lang)}", [i.counts[value - 1] for i in rows], colour, "")
        for value, colour in zip(range(1, 6), SCALE_COLOURS, strict=True)
    ]
    layers.append((instrument.dont_know.get(lang), [i.dont_know for i in rows], DONT_KNOW_COLOUR, DONT_KNOW_PATTERN))
    fig = go.Figure()
    for name, counts, colour, pattern in layers:
        fig.add_trace(
            go.Bar(
                name=name,
                y=labels,
                x=counts,
                orientation="h",
                marker=dict(color=colour, line=dict(color=OUTLINE, width=1), pattern_shape=pattern),
                text=_count_text(counts),
                textposition="inside",
                insidetextanchor="middle",
                customdata=full,
                hovertemplate=hover(lang, "%{customdata}<br>%{fullData.name}", "%{x}"),
            )
        )
    return _layout(
        fig,
        lang,
        barmode="stack",
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, traceorder="normal"),
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
                marker=dict(color=GROUP_COLOUR, pattern_shape="/", pattern_fgcolor="#ffffff"),
                hovertemplate=hover(lang, "%{y}", "%{x:.2f}", "%{fullData.name}"),
            )
        )
    fig.add_trace(
        go.Bar(
            name=t("my.you", lang),
            y=titles,
            x=[own.get(d) for d in dimension_ids],
            orientation="h",
            marker_color=YOU_COLOUR,
            hovertemplate=hover(lang, "%{y}", "%{x:.2f}", "%{fullData.name}"),
        )
    )
    return _layout(
        fig,
        lang,
        barmode="group",
        xaxis=dict(range=[0, 5], tickvals=[1, 2, 3, 4, 5]),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0),
        height=80 + (40 if group is not None else 26) * len(dimension_ids),
    )


def band_stretches(instrument: Instrument) -> tuple[tuple[float, float, str], ...]:
    """(start, end, band) of each band along the 1–5 scale, from concern up to strength."""
    low, high = instrument.thresholds.borderline, instrument.thresholds.strength
    return ((1, low, "concern"), (low, high, "borderline"), (high, 5, "strength"))


def _band_background(fig: go.Figure, instrument: Instrument, lang: str) -> None:
    """Bands drawn behind a 1–5 axis, each named in words at its right edge: concern, borderline, strength."""
    for y0, y1, band in band_stretches(instrument):
        fig.add_hrect(
            y0=y0,
            y1=y1,
            fillcolor=BAND_COLOURS[band],
            opacity=0.1,
            line_width=0,
            layer="below",
            annotation_text=t(f"band.{band}", lang),
            annotation_position="top right",
            annotation_font=dict(color=INK, size=11),
        )


def trend(
    instrument: Instrument,
    lang: str,
    rounds: list[str],
    series: Mapping[str, list[float | None]],
) -> go.Figure:
    """One line per named series (a dimension or a section) across rounds, bands as a named background."""
    fig = go.Figure()
    for n, (name, values) in enumerate(series.items()):
        fig.add_trace(
            go.Scatter(
                x=[plain_chart(r) for r in rounds],
                y=values,
                name=plain_chart(name),
                mode="lines+markers",
                connectgaps=False,
                hovertemplate=hover(lang, "%{x}", "%{y:.2f}", "%{fullData.name}"),
                **_series_style(n),
            )
        )
    _band_background(fig, instrument, lang)
    return _layout(
        fig,
        lang,
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
    colorbar: dict | None = None,
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
            colorbar=colorbar or {},
            text=text,
            texttemplate="%{text}",
            hoverongaps=False,
            hovertemplate=hover(lang, "%{y} · %{x}", "%{text}"),
        )
    )
    return _layout(
        fig,
        lang,
        xaxis=dict(type="category", side="top"),
        yaxis=dict(autorange="reversed", automargin=True),
        height=80 + 26 * len(rows),
    )


def score_scale(instrument: Instrument) -> list[list]:
    """A colour scale over 1–5 in steps, one colour per band (the band palette): concern below borderline,
    borderline up to strength, strength above. One colour, one meaning: a score's cell says its band."""
    low = (instrument.thresholds.borderline - 1) / 4
    high = (instrument.thresholds.strength - 1) / 4
    concern, borderline, strength = (BAND_COLOURS[b] for b in ("concern", "borderline", "strength"))
    return [[0.0, concern], [low, concern], [low, borderline], [high, borderline], [high, strength], [1.0, strength]]


def band_colorbar(instrument: Instrument, lang: str) -> dict:
    """The colour bar of a score heat map: each band's name in words in the middle of its step."""
    low, high = instrument.thresholds.borderline, instrument.thresholds.strength
    return dict(
        tickvals=[(1 + low) / 2, (low + high) / 2, (high + 5) / 2],
        ticktext=[t(f"band.{b}", lang) for b in ("concern", "borderline", "strength")],
        ticks="",
    )


# ---- figures of a comparison of rounds: the same on the comparison screen and in the report ----------------
# Their series come from chart_text, which says the same figures in words.
def section_trend(instrument: Instrument, lang: str, comparison: Comparison) -> go.Figure:
    """Each section's score across the rounds."""
    return trend(instrument, lang, round_names(comparison, lang), words.section_series(instrument, lang, comparison))


def dimension_trend(instrument: Instrument, lang: str, comparison: Comparison, section_id: str) -> go.Figure:
    """The score of each dimension of one section across the rounds (gaps where rounds do not compare)."""
    series = words.dimension_series(instrument, lang, comparison, section_id)
    return trend(instrument, lang, round_names(comparison, lang), series)


def overlay_radar(instrument: Instrument, lang: str, comparison: Comparison, labels: Sequence[str]) -> go.Figure:
    """The rounds labelled ``labels`` overlaid on one radar (a label named twice is drawn once)."""
    return readiness_radar(instrument, lang, words.overlay_series(comparison, labels))


def score_heat_map(instrument: Instrument, lang: str, comparison: Comparison) -> go.Figure:
    """Shared dimensions × rounds, coloured by score on the instrument's bands."""
    rows, values = words.dimension_rows(instrument, lang, comparison, "score")
    return heat_map(
        lang,
        rows,
        round_names(comparison, lang),
        values,
        zmin=1,
        zmax=5,
        colorscale=score_scale(instrument),
        colorbar=band_colorbar(instrument, lang),
    )


def disagreement_heat_map(instrument: Instrument, lang: str, comparison: Comparison) -> go.Figure:
    """Shared dimensions × rounds, coloured by standard deviation (0 to twice the flagging threshold): darker is
    more disagreement."""
    rows, values = words.dimension_rows(instrument, lang, comparison, "sd")
    return heat_map(
        lang,
        rows,
        round_names(comparison, lang),
        values,
        zmin=0,
        zmax=max(2.0, instrument.disagreement.sd * 2),
        colorscale="Purples",
        colorbar=dict(title=dict(text=t("col.sd", lang))),
        digits=2,
    )
