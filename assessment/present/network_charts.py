"""A network's charts and what they say in words (issue 10): the network's spread per dimension with a dot per
member (the coordinator's view), and one member's score against the network's median and quartiles (the member's
view). Built only from NetworkView and MemberView, so they show what the tables show and nothing more: no figure
below MIN_INITIATIVES contributing initiatives, a dimension only where its spread is shown, a member that did not
consent under its anonymous label only, and no round label at all. No Streamlit, no HTML."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import plotly.graph_objects as go

from assessment.domain import network as net
from assessment.domain.instrument import Instrument
from assessment.present.chart_text import ChartText
from assessment.present.charts import (
    BAND_COLOURS,
    FONT,
    INK,
    OUTLINE,
    SERIES_COLOURS,
    SERIES_SYMBOLS,
    YOU_COLOUR,
    band_stretches,
    hover,
)
from assessment.present.i18n import format_score, format_signed, number_separators, plain_chart, t, tn
from assessment.present.network_tables import POSITION_KEYS
from assessment.present.sentences import dimension_title
from assessment.present.tables import Table

RANGE_COLOUR = "#dbe4ec"  # the quartile range: pale, outlined, and named in the legend
MEDIAN_SYMBOL = "line-ns"  # a vertical stroke across the range, as on a box plot
OURS_SYMBOL = "star"
SPREAD = 0.5  # members' dots share their dimension's row, spread over half of its height
TITLE_WIDTH = 26  # characters a line of a dimension's name beside its row: on a 390 px phone the plot keeps room
LINE_HEIGHT = 14  # pixels a line of a dimension's name takes


def shown_spreads(spreads: Sequence[net.Spread]) -> list[net.Spread]:
    """The spreads a chart draws: those shown (enough initiatives scored the dimension)."""
    return [s for s in spreads if s.shown]


def _titles(instrument: Instrument, spreads: Sequence[net.Spread], lang: str) -> list[str]:
    return [dimension_title(instrument, s.id, lang) for s in spreads]


def _range_traces(spreads: Sequence[net.Spread], titles: Sequence[str], lang: str) -> list[go.BaseTraceType]:
    """The quartile range of each dimension as a pale bar, and its median as a dark stroke across it."""
    rows = list(range(len(spreads)))
    quartiles = [
        [format_score(s.q1, lang, 2), format_score(s.q3, lang, 2), title]
        for s, title in zip(spreads, titles, strict=True)
    ]
    return [
        go.Bar(
            name=t("network.chart_quartiles", lang),
            y=rows,
            x=[s.q3 - s.q1 for s in spreads],  # type: ignore[operator]
            base=[s.q1 for s in spreads],
            orientation="h",
            width=0.6,
            marker=dict(color=RANGE_COLOUR, line=dict(color=OUTLINE, width=1)),
            customdata=quartiles,
            hovertemplate=hover(lang, "%{customdata[2]}", "%{customdata[0]} – %{customdata[1]}", "%{fullData.name}"),
        ),
        go.Scatter(
            name=t("network.chart_median", lang),
            y=rows,
            x=[s.median for s in spreads],
            mode="markers",
            marker=dict(symbol=MEDIAN_SYMBOL, size=24, line=dict(color=INK, width=3)),
            customdata=titles,
            hovertemplate=hover(lang, "%{customdata}", "%{x:.2f}", "%{fullData.name}"),
        ),
    ]


def _band_lines(fig: go.Figure, instrument: Instrument, lang: str) -> None:
    """Each band tinted over its stretch of the 1–5 axis and named in words just above the plot, at its start;
    the thresholds dotted."""
    stretches = band_stretches(instrument)
    for x0, x1, band in stretches:
        fig.add_vrect(x0=x0, x1=x1, fillcolor=BAND_COLOURS[band], opacity=0.06, line_width=0, layer="below")
        fig.add_annotation(
            x=x0,
            y=1,
            xref="x",
            yref="paper",
            xanchor="left",
            yanchor="bottom",
            showarrow=False,
            text=t(f"band.{band}", lang),
            font=dict(color=INK, size=11),
        )
    for _, threshold, _ in stretches[:-1]:
        fig.add_vline(x=threshold, line_dash="dot", line_color=OUTLINE)


def _finish(fig: go.Figure, instrument: Instrument, lang: str, titles: Sequence[str], per_row: int) -> go.Figure:
    """Axes, legend and size: a row per dimension (taller with more dots in it, or a longer name: names are
    wrapped so that a phone keeps room for the plot), the legend above the band names, one entry a line
    (members' names are long), every entry and the axis title inside the figure."""
    _band_lines(fig, instrument, lang)
    wrapped = [
        textwrap.wrap(title, TITLE_WIDTH, break_long_words=False, break_on_hyphens=False) or [title] for title in titles
    ]
    lines = max((len(w) for w in wrapped), default=1)
    plot = max(24 + 4 * per_row, LINE_HEIGHT * lines + 8) * max(len(titles), 1)
    top = 40 + 22 * len(fig.data)
    fig.update_layout(
        font=FONT,
        separators=number_separators(lang),
        hoverlabel=dict(font_color=INK),
        xaxis=dict(range=[0.9, 5.1], tickvals=[1, 2, 3, 4, 5], title=t("network.chart_axis", lang)),
        yaxis=dict(
            tickvals=list(range(len(titles))),
            ticktext=["<br>".join(w) for w in wrapped],  # instrument titles (no user text), a line each
            range=[len(titles) - 0.5, -0.5],  # the first dimension on top, as in the tables
            automargin=True,
            zeroline=False,
        ),
        legend=dict(y=1 + 22 / plot, yanchor="bottom", x=0, traceorder="normal"),
        margin=dict(l=10, r=10, t=top, b=60),
        height=top + 60 + plot,
    )
    return fig


def spread_figure(instrument: Instrument, lang: str, view: net.NetworkView) -> go.Figure:
    """The network's spread per dimension: its quartile range and median, and a dot per contributing member
    (its own colour and marker, named in the legend by its label); empty when the network's figures are hidden."""
    spreads = shown_spreads(view.dimensions) if view.shown else []
    titles = _titles(instrument, spreads, lang)
    fig = go.Figure(_range_traces(spreads, titles, lang) if spreads else [])
    members = [row for row in view.members if row.contributes] if spreads else []
    for n, row in enumerate(members):
        offset = SPREAD * ((n + 0.5) / len(members) - 0.5)
        fig.add_trace(
            go.Scatter(
                name=plain_chart(row.label),
                y=[k + offset for k in range(len(spreads))],
                x=[row.dimensions.get(s.id) for s in spreads],
                mode="markers",
                marker=dict(
                    symbol=SERIES_SYMBOLS[n % len(SERIES_SYMBOLS)],
                    color=SERIES_COLOURS[n % len(SERIES_COLOURS)],
                    size=9,
                    line=dict(color="#ffffff", width=1),
                ),
                customdata=titles,
                hovertemplate=hover(lang, "%{customdata}", "%{x:.2f}", "%{fullData.name}"),
            )
        )
    return _finish(fig, instrument, lang, titles, len(members))


def against_figure(instrument: Instrument, lang: str, view: net.MemberView) -> go.Figure:
    """One member against its network, per dimension: the network's quartile range and median, and the member's
    own score as a star (no other member is drawn); empty when the network's figures are hidden."""
    spreads = shown_spreads(view.dimensions) if view.shown else []
    titles = _titles(instrument, spreads, lang)
    fig = go.Figure(_range_traces(spreads, titles, lang) if spreads else [])
    if spreads:
        where = [t(POSITION_KEYS[p], lang) if (p := view.positions.get(s.id)) else "—" for s in spreads]
        fig.add_trace(
            go.Scatter(
                name=plain_chart(view.own.label),
                y=list(range(len(spreads))),
                x=[view.own.dimensions.get(s.id) for s in spreads],
                mode="markers",
                marker=dict(symbol=OURS_SYMBOL, color=YOU_COLOUR, size=15, line=dict(color=INK, width=1)),
                customdata=[[title, w] for title, w in zip(titles, where, strict=True)],
                hovertemplate=hover(lang, "%{customdata[0]}", "%{x:.2f} (%{customdata[1]})", "%{fullData.name}"),
            )
        )
    return _finish(fig, instrument, lang, titles, 1)


# ---- the same in words ----------------------------------------------------------------------------------------
def _spread_headers(lang: str) -> list[str]:
    keys = ("network.col_dimension", "network.col_initiatives", "network.col_q1", "network.col_median")
    return [t(k, lang) for k in keys] + [t("network.col_q3", lang)]


def _spread_cells(s: net.Spread, lang: str) -> list[object]:
    return [s.initiatives, *(format_score(v, lang, 2) for v in (s.q1, s.median, s.q3))]


def spread_text(instrument: Instrument, lang: str, view: net.NetworkView) -> ChartText:
    """The spread chart in words: the network's weakest and strongest dimension (by median) and the one it
    disagrees on most (widest quartile range); its data: each dimension's spread and each member's score."""
    spreads = shown_spreads(view.dimensions) if view.shown else []
    members = [row for row in view.members if row.contributes] if spreads else []
    headers = _spread_headers(lang) + [row.label for row in members]
    rows: list[list[object]] = [
        [dimension_title(instrument, s.id, lang), *_spread_cells(s, lang)]
        + [format_score(row.dimensions.get(s.id), lang, 2) for row in members]
        for s in spreads
    ]
    if not spreads:
        return ChartText(t("network.chart_hidden", lang, n=view.min_initiatives), Table(headers, rows))
    weakest = min(spreads, key=lambda s: s.median)  # type: ignore[arg-type,return-value]
    strongest = max(spreads, key=lambda s: s.median)  # type: ignore[arg-type,return-value]
    widest = max(spreads, key=lambda s: s.q3 - s.q1)  # type: ignore[operator]
    count = tn("network.chart_initiatives", lang, view.contributing)
    if weakest.median == strongest.median:
        summary = t("network.chart_spread_even", lang, count=count, median=format_score(weakest.median, lang, 2))
    else:
        summary = t(
            "network.chart_spread_summary",
            lang,
            count=count,
            weakest=dimension_title(instrument, weakest.id, lang),
            weakest_median=format_score(weakest.median, lang, 2),
            strongest=dimension_title(instrument, strongest.id, lang),
            strongest_median=format_score(strongest.median, lang, 2),
        )
    widest_words = t(
        "network.chart_spread_widest",
        lang,
        widest=dimension_title(instrument, widest.id, lang),
        q1=format_score(widest.q1, lang, 2),
        q3=format_score(widest.q3, lang, 2),
    )
    return ChartText(f"{summary} {widest_words}", Table(headers, rows))


def spread_next_step(instrument: Instrument, lang: str, view: net.NetworkView) -> str | None:
    """What the coordination could do next: work on the network's weakest dimension together, starting from the
    initiatives that score it best; None when the network's figures are hidden."""
    spreads = shown_spreads(view.dimensions) if view.shown else []
    if not spreads:
        return None
    weakest = min(spreads, key=lambda s: s.median)  # type: ignore[arg-type,return-value]
    return t("network.chart_spread_next", lang, dimension=dimension_title(instrument, weakest.id, lang))


def _gaps(view: net.MemberView) -> dict[str, float]:
    """Dimension id -> the member's score less the network's median, where both are known."""
    return {
        s.id: own - s.median  # type: ignore[operator]
        for s in shown_spreads(view.dimensions)
        if (own := view.own.dimensions.get(s.id)) is not None
    }


def against_text(instrument: Instrument, lang: str, view: net.MemberView) -> ChartText:
    """The member's chart in words: how many dimensions stand above, between and below the network's quartiles;
    its data: per dimension, our score, the network's quartiles and median, the gap to the median, where we stand."""
    spreads = shown_spreads(view.dimensions) if view.shown else []
    headers = _spread_headers(lang)[:1] + [t("network.col_ours", lang)] + _spread_headers(lang)[2:]
    headers += [t("network.col_gap", lang), t("network.col_position", lang)]
    gaps = _gaps(view)
    rows: list[list[object]] = [
        [
            dimension_title(instrument, s.id, lang),
            format_score(view.own.dimensions.get(s.id), lang, 2),
            *_spread_cells(s, lang)[1:],
            format_signed(gaps.get(s.id), lang),
            t(POSITION_KEYS[p], lang) if (p := view.positions.get(s.id)) else "—",
        ]
        for s in spreads
    ]
    if not spreads:
        return ChartText(t("network.chart_hidden", lang, n=view.min_initiatives), Table(headers, rows))
    if not gaps:
        return ChartText(t("network.chart_against_none", lang), Table(headers, rows))
    positions = list(view.positions.values())
    summary = t(
        "network.chart_against_summary",
        lang,
        above=tn("network.chart_above", lang, positions.count(net.ABOVE)),
        within=tn("network.chart_within", lang, positions.count(net.WITHIN)),
        below=tn("network.chart_below", lang, positions.count(net.BELOW)),
    )
    return ChartText(summary, Table(headers, rows))


def against_next_step(instrument: Instrument, lang: str, view: net.MemberView) -> str | None:
    """What the member could do next: its weakest dimension against the network (furthest below the median),
    or, when none is below the median, a strength to share; None when there is nothing to compare."""
    gaps = _gaps(view) if view.shown else {}
    if not gaps:
        return None
    spreads = {s.id: s for s in view.dimensions}
    weakest = min(gaps, key=lambda d: gaps[d])
    key = "network.chart_against_next" if gaps[weakest] < 0 else "network.chart_against_share"
    chosen = weakest if gaps[weakest] < 0 else max(gaps, key=lambda d: gaps[d])
    return t(
        key,
        lang,
        dimension=dimension_title(instrument, chosen, lang),
        ours=format_score(view.own.dimensions.get(chosen), lang, 2),
        median=format_score(spreads[chosen].median, lang, 2),
        gap=format_signed(gaps[chosen], lang),
    )
