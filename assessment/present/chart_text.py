"""What each chart says in words (issue 9): a short summary sentence and the data behind it as a table, in the
language asked for. Screens show the sentence under the chart and the table one click away; the reports put them
in the chart's figure caption. No Streamlit, no HTML, no Plotly here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assessment.domain.anonymity import Breakdown
from assessment.domain.compare import Comparison
from assessment.domain.instrument import Instrument
from assessment.domain.scoring import ItemResult, RoundResult
from assessment.present.i18n import colon, format_score, format_signed, t, tn
from assessment.present.sentences import dimension_title, round_names
from assessment.present.tables import Table, section_score

BAND_ORDER = ("strength", "borderline", "concern")


@dataclass(frozen=True)
class ChartText:
    """A chart in words: one or two sentences, and the table of the values it draws."""

    summary: str
    table: Table


def _extremes(named: Mapping[str, float | None]) -> tuple[tuple[str, float], tuple[str, float]] | None:
    """(name, value) of the highest and of the lowest value (the first named on a tie); None when none."""
    present = [(name, value) for name, value in named.items() if value is not None]
    if not present:
        return None
    return max(present, key=lambda p: p[1]), min(present, key=lambda p: p[1])


def band_counts(bands: Sequence[str | None], lang: str) -> str:
    """How many of each band, in words: "2 strengths, 1 borderline, 3 concerns" (bands with none left out)."""
    parts = [tn(f"chart.count_{band}", lang, bands.count(band)) for band in BAND_ORDER if band in bands]
    return ", ".join(parts)


def scores_sentence(named: Mapping[str, float | None], lang: str, bands: Sequence[str | None] = ()) -> str:
    """The highest and lowest of named scores (two decimals), then the count of each band when given."""
    extremes = _extremes(named)
    if extremes is None:
        return t("chart.no_scores", lang)
    (high, high_score), (low, low_score) = extremes
    sentence = t(
        "chart.scores_summary",
        lang,
        high=high,
        high_score=format_score(high_score, lang, 2),
        low=low,
        low_score=format_score(low_score, lang, 2),
    )
    counted = band_counts(list(bands), lang)
    return f"{sentence} {t('chart.bands_summary', lang, bands=counted)}" if counted else sentence


def round_scores(instrument: Instrument, lang: str, result: RoundResult, section_id: str | None = None) -> ChartText:
    """The radar or bars of one round (of one section, when given): dimension, score, band, n, don't know."""
    keep = {d.id for d in instrument.section(section_id).dimensions} if section_id else None
    dims = [d for d in result.dimensions if keep is None or d.id in keep]
    title = {d.id: instrument.dimensions[d.id].title.get(lang) for d in dims}
    summary = scores_sentence({title[d.id]: d.score for d in dims}, lang, [d.band for d in dims])
    headers = [t(k, lang) for k in ("col.dimension", "col.score", "chart.col_band", "col.n", "results.dk")]
    rows: list[list[object]] = [
        [title[d.id], format_score(d.score, lang, 2), t(f"band.{d.band or 'none'}", lang), d.n, d.dont_know]
        for d in dims
    ]
    return ChartText(summary, Table(headers, rows))


def series_scores(instrument: Instrument, lang: str, series: Mapping[str, Mapping[str, float | None]]) -> ChartText:
    """Several named series of dimension scores (rounds overlaid, you and the group): one sentence and one
    column each."""
    titles = {d: instrument.dimensions[d].title.get(lang) for d in instrument.dimensions}
    sentences = [
        f"{name}{colon(lang)}{scores_sentence({titles[d]: s.get(d) for d in titles}, lang)}"
        for name, s in series.items()
    ]
    rows: list[list[object]] = [
        [titles[d], *(format_score(s.get(d), lang, 2) for s in series.values())] for d in titles
    ]
    return ChartText(" ".join(sentences), Table([t("col.dimension", lang), *series], rows))


def item_answers(instrument: Instrument, lang: str, items: Sequence[ItemResult]) -> ChartText:
    """How many gave each answer to each item, with the item's mean: the highest and lowest means in words."""
    texts = {i.id: instrument.items[i.id].text.get(lang) for i in items}
    summary = scores_sentence({texts[i.id]: i.mean for i in items}, lang)
    scale = [f"{v} {instrument.scale_label(v, lang)}" for v in range(1, 6)]
    headers = [t("col.item", lang), *scale, instrument.dont_know.get(lang), t("col.score", lang)]
    rows: list[list[object]] = [[texts[i.id], *i.counts, i.dont_know, format_score(i.mean, lang, 2)] for i in items]
    return ChartText(summary, Table(headers, rows))


def trend_text(lang: str, rounds: Sequence[str], series: Mapping[str, Sequence[float | None]]) -> ChartText:
    """Lines across rounds: the largest rise and fall from the first round to the last, and every value."""
    rows: list[list[object]] = [[name, *(format_score(v, lang, 2) for v in values)] for name, values in series.items()]
    table = Table([t("col.dimension", lang), *rounds], rows)
    changes = {
        name: values[-1] - values[0]
        for name, values in series.items()
        if len(values) > 1 and values[0] is not None and values[-1] is not None
    }
    extremes = _extremes(changes)
    if extremes is None:
        return ChartText(t("chart.trend_none", lang), table)
    (up, up_delta), (down, down_delta) = extremes
    summary = t(
        "chart.trend_summary",
        lang,
        first=rounds[0],
        last=rounds[-1],
        up=up,
        up_delta=format_signed(up_delta, lang),
        down=down,
        down_delta=format_signed(down_delta, lang),
    )
    return ChartText(summary, table)


def heat_text(
    lang: str, rows: Sequence[str], rounds: Sequence[str], values: Sequence[Sequence[float | None]], digits: int = 2
) -> ChartText:
    """Rows × rounds: the highest and lowest cell in words, and every value."""
    cells = {
        f"{row} · {name}": value
        for row, line in zip(rows, values, strict=True)
        for name, value in zip(rounds, line, strict=True)
    }
    extremes = _extremes(cells)
    if extremes is None:
        summary = t("chart.no_scores", lang)
    else:
        (high, high_value), (low, low_value) = extremes
        summary = t(
            "chart.heat_summary",
            lang,
            high=high,
            high_value=format_score(high_value, lang, digits),
            low=low,
            low_value=format_score(low_value, lang, digits),
        )
    table_rows: list[list[object]] = [
        [row, *(format_score(v, lang, digits) if v is not None else "" for v in line)]
        for row, line in zip(rows, values, strict=True)
    ]
    return ChartText(summary, Table([t("col.dimension", lang), *rounds], table_rows))


def breakdown_text(
    b: Breakdown, lang: str, columns: Sequence[str], row_labels: Sequence[str], cells: Sequence[Sequence[str]]
) -> ChartText:
    """A breakdown heat map: how many groups are shown and hidden, and each cell's text (hidden ones say why)."""
    hidden = sum(1 for g in b.groups if g.hidden)
    summary = t(
        "chart.breakdown_summary",
        lang,
        shown=tn("chart.groups_shown", lang, len(b.groups) - hidden),
        hidden=tn("chart.groups_hidden", lang, hidden),
    )
    rows: list[list[object]] = [[label, *line] for label, line in zip(row_labels, cells, strict=True)]
    return ChartText(summary, Table([t("col.dimension", lang), *columns], rows))


# ---- a comparison of rounds: the series its charts draw (charts.py), and the same in words -------------------
def section_series(instrument: Instrument, lang: str, comparison: Comparison) -> dict[str, list[float | None]]:
    """Each section's title -> its score in each round."""
    return {s.title.get(lang): [section_score(c, s.id) for c in comparison.rounds] for s in instrument.sections}


def dimension_series(
    instrument: Instrument, lang: str, comparison: Comparison, section_id: str
) -> dict[str, list[float | None]]:
    """Each dimension of one section -> its score in each round (None where rounds do not compare)."""
    shared = comparison.shared_dimensions
    return {
        dimension_title(instrument, d.id, lang): [
            c.round.result.dimension(d.id).score if d.id in shared else None for c in comparison.rounds
        ]
        for d in instrument.section(section_id).dimensions
    }


def overlay_series(comparison: Comparison, labels: Sequence[str]) -> dict[str, dict[str, float | None]]:
    """The rounds labelled ``labels`` (a label named twice once) -> their shared dimensions' scores."""
    by_label = {c.round.label: c for c in comparison.rounds}
    return {
        label: {d: by_label[label].round.result.dimension(d).score for d in comparison.shared_dimensions}
        for label in dict.fromkeys(labels)
    }


def dimension_rows(
    instrument: Instrument, lang: str, comparison: Comparison, measure: str
) -> tuple[list[str], list[list[float | None]]]:
    """The shared dimensions' titles, and their ``measure`` ('score' or 'sd') in each round."""
    shared = comparison.shared_dimensions
    values = [[getattr(c.round.result.dimension(d), measure) for c in comparison.rounds] for d in shared]
    return [dimension_title(instrument, d, lang) for d in shared], values


def section_trend_text(instrument: Instrument, lang: str, comparison: Comparison) -> ChartText:
    return trend_text(lang, round_names(comparison, lang), section_series(instrument, lang, comparison))


def dimension_trend_text(instrument: Instrument, lang: str, comparison: Comparison, section_id: str) -> ChartText:
    return trend_text(lang, round_names(comparison, lang), dimension_series(instrument, lang, comparison, section_id))


def overlay_text(instrument: Instrument, lang: str, comparison: Comparison, labels: Sequence[str]) -> ChartText:
    return series_scores(instrument, lang, overlay_series(comparison, labels))


def heat_map_text(instrument: Instrument, lang: str, comparison: Comparison, measure: str) -> ChartText:
    """The score ('score') or disagreement ('sd') heat map of a comparison in words."""
    rows, values = dimension_rows(instrument, lang, comparison, measure)
    return heat_text(lang, rows, round_names(comparison, lang), values)
