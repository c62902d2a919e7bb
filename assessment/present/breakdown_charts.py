"""Pure functions returning the words and Plotly figures of a breakdown by sector or role. No Streamlit here."""

from __future__ import annotations

import plotly.graph_objects as go

from assessment.domain.anonymity import NOT_GIVEN, TOO_FEW, TOTAL, Breakdown, Cell, Group
from assessment.domain.instrument import Instrument
from assessment.present.chart_text import ChartText, breakdown_text
from assessment.present.charts import FONT, INK, band_colorbar, hover, score_scale
from assessment.present.i18n import CATALOG, format_score, number_separators, t

HIDDEN_COLOUR = "#cfd8dc"
EMPTY_COLOUR = "#eceff1"


def group_label(by: str, group_id: str, lang: str) -> str:
    """The name of a group: 'Everyone', a sector or role in words, 'Not given', or the id itself when unknown."""
    if group_id == TOTAL:
        return t("breakdown.total", lang)
    if group_id == NOT_GIVEN:
        return t("breakdown.not_given", lang)
    key = f"{by}.{group_id}"
    return t(key, lang) if key in CATALOG else group_id


def hidden_text(reason: str, min_group_size: int, lang: str) -> str:
    """What a hidden cell reads: 'fewer than 3' for a small group, 'hidden' for one hidden to protect another."""
    return t("breakdown.too_few", lang, n=min_group_size) if reason == TOO_FEW else t("breakdown.hidden", lang)


def people(b: Breakdown, group: Group, lang: str) -> str:
    """A group's participant count, or why it is hidden."""
    if group.hidden:
        return hidden_text(group.hidden, b.min_group_size, lang)
    return str(group.participants)


def column_labels(b: Breakdown, lang: str) -> list[str]:
    """One heading per column, the total first: the group's name and its participant count."""
    return [
        t("breakdown.column", lang, group=group_label(b.by, g.id, lang), count=people(b, g, lang))
        for g in (b.total, *b.groups)
    ]


def _cell_texts(b: Breakdown, cell: Cell, lang: str) -> tuple[str, str]:
    """(text in the cell, text on hover) of one cell."""
    if not cell.shown:
        text = hidden_text(cell.hidden or TOO_FEW, b.min_group_size, lang)
        return text, text
    if cell.score is None:
        return "—", t("band.none", lang)
    hover = format_score(cell.score, lang, 2)
    if cell.n is not None:
        hover += f" · n={cell.n}"
    return format_score(cell.score, lang), f"{hover} · {t(f'band.{cell.band}', lang)}"


def _layer(lang: str, columns: list[str], row_labels: list[str], z, text, hovers, **style) -> go.Heatmap:
    """One heat map layer over the grid; cells where ``z`` is None are left to the other layer."""
    return go.Heatmap(
        z=z,
        x=columns,
        y=row_labels,
        text=text,
        customdata=hovers,
        texttemplate="%{text}",
        hoverongaps=False,
        hovertemplate=hover(lang, "%{y} · %{x}", "%{customdata}"),
        **style,
    )


def _grid(b: Breakdown, cells: list[list[Cell]], lang: str):
    """(scores, blanks, score texts, blank texts, hover texts) of a grid of cells.

    Blanks are 0 for a hidden cell and 1 for a cell nobody scored, None where a score is shown."""
    scores = [[c.score if c.shown and c.score is not None else None for c in line] for line in cells]
    blanks = [
        [None if s is not None else (0 if not c.shown else 1) for c, s in zip(line, ss, strict=True)]
        for line, ss in zip(cells, scores, strict=True)
    ]
    texts = [[_cell_texts(b, c, lang) for c in line] for line in cells]
    score_text, blank_text = (
        [
            [text if (s is not None) == shown else "" for (text, _), s in zip(line, ss, strict=True)]
            for line, ss in zip(texts, scores, strict=True)
        ]
        for shown in (True, False)
    )
    hover = [[h for _, h in line] for line in texts]
    return scores, blanks, score_text, blank_text, hover


def breakdown_heat_map(
    instrument: Instrument, lang: str, b: Breakdown, rows: list[str], row_labels: list[str], kind: str
) -> go.Figure:
    """Rows (dimension or section ids, ``kind`` 'dimensions' or 'sections') × the total and each group.

    Shown scores are coloured by band on the 1–5 scale; hidden cells are grey and read 'fewer than N'
    or 'hidden'; a cell nobody scored is pale and reads '—'.
    """
    columns = column_labels(b, lang)
    cells = [[getattr(g, kind)[row] for g in (b.total, *b.groups)] for row in rows]
    scores, blanks, score_text, blank_text, hover = _grid(b, cells, lang)
    fig = go.Figure()
    fig.add_trace(
        _layer(
            lang,
            columns,
            row_labels,
            scores,
            score_text,
            hover,
            zmin=1,
            zmax=5,
            colorscale=score_scale(instrument),
            colorbar=band_colorbar(instrument, lang),
            name="scores",
        )
    )
    # The second layer covers exactly the cells without a score.
    fig.add_trace(
        _layer(
            lang,
            columns,
            row_labels,
            blanks,
            blank_text,
            hover,
            zmin=0,
            zmax=1,
            colorscale=[[0.0, HIDDEN_COLOUR], [1.0, EMPTY_COLOUR]],
            showscale=False,
            name="hidden",
        )
    )
    fig.update_layout(
        font=FONT,
        separators=number_separators(lang),
        hoverlabel=dict(font_color=INK),
        margin=dict(l=10, r=10, t=30, b=10),
        xaxis=dict(type="category", side="top", tickangle=-30, automargin=True),
        yaxis=dict(autorange="reversed", automargin=True, type="category"),
        height=140 + 28 * len(rows),
    )
    return fig


def heat_map_text(instrument: Instrument, lang: str, b: Breakdown, kind: str) -> ChartText:
    """The words and the data of a breakdown heat map (``kind`` 'dimensions' or 'sections'): each cell as its
    hover reads (score, n, band) or why it is hidden."""
    rows, labels = _rows(instrument, lang, kind)
    cells = [[getattr(g, kind)[row] for g in (b.total, *b.groups)] for row in rows]
    texts = [[_cell_texts(b, cell, lang)[1] for cell in line] for line in cells]
    return breakdown_text(b, lang, column_labels(b, lang), labels, texts)


def _rows(instrument: Instrument, lang: str, kind: str) -> tuple[list[str], list[str]]:
    """The row ids and titles of a breakdown: every dimension, or every section."""
    if kind == "sections":
        return [s.id for s in instrument.sections], [s.title.get(lang) for s in instrument.sections]
    return list(instrument.dimensions), [d.title.get(lang) for d in instrument.dimensions.values()]


def dimension_heat_map(instrument: Instrument, lang: str, b: Breakdown) -> go.Figure:
    """The 19 dimensions × the total and each group."""
    rows = list(instrument.dimensions)
    labels = [instrument.dimensions[d].title.get(lang) for d in rows]
    return breakdown_heat_map(instrument, lang, b, rows, labels, "dimensions")


def section_heat_map(instrument: Instrument, lang: str, b: Breakdown) -> go.Figure:
    """The 4 sections × the total and each group."""
    rows = [s.id for s in instrument.sections]
    labels = [s.title.get(lang) for s in instrument.sections]
    return breakdown_heat_map(instrument, lang, b, rows, labels, "sections")


def colour_legend(instrument: Instrument, lang: str) -> str:
    """One sentence saying which colour is which band."""
    low, high = instrument.thresholds.borderline, instrument.thresholds.strength
    return t(
        "breakdown.colours",
        lang,
        concern=t("band.concern", lang),
        borderline=t("band.borderline", lang),
        strength=t("band.strength", lang),
        low=format_score(low, lang),
        high=format_score(high, lang),
    )
