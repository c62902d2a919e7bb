"""Charts are pure Plotly figures; user text in them is shown literally."""

import pytest

from assessment.domain.scoring import Response, item_distribution, item_results, score_responses
from assessment.present import charts
from assessment.present.i18n import t
from tests.factories import tiny_instrument

INSTRUMENT = tiny_instrument()
IDS = list(INSTRUMENT.dimensions)


def _responses() -> list[Response]:
    """Three people: the first dimension at 4.5 (strength), the second at 3 (borderline), the rest at 2 (concern)."""
    rows = []
    for person in range(3):
        answers = {}
        for d in INSTRUMENT.dimensions.values():
            value = {IDS[0]: 4 if person != 1 else 5, IDS[1]: 3}.get(d.id, 2)
            answers.update({item.id: value for item in d.items})
        rows.append(Response(participant=str(person), answers=answers))
    return rows


RESULT = score_responses(INSTRUMENT, _responses())
ITEMS = item_results(INSTRUMENT, item_distribution(_responses()), list(INSTRUMENT.items))
BAND_OF = {t(f"band.{b}", lang): b for b in ("strength", "borderline", "concern") for lang in ("fr", "en")}


def test_round_labels_are_literal_in_trends_radars_and_heat_maps():
    tricky = "<b>R1</b> %{y}"
    trend = charts.trend(INSTRUMENT, "en", [tricky], {tricky: [3.0]})
    assert trend.data[0].x == ("&lt;b&gt;R1&lt;/b&gt; %\u200b{y}",)
    assert trend.data[0].name == "&lt;b&gt;R1&lt;/b&gt; %\u200b{y}"
    assert "%{fullData.name}" in trend.data[0].hovertemplate
    radar = charts.readiness_radar(INSTRUMENT, "en", {tricky: {}})
    assert radar.data[0].name.startswith("&lt;b&gt;")
    heat = charts.heat_map("en", ["row"], [tricky], [[3.0]], zmin=1, zmax=5, colorscale="Blues")
    assert heat.data[0].x == ("&lt;b&gt;R1&lt;/b&gt; %\u200b{y}",)


def test_the_heat_map_scale_gives_each_band_one_colour_and_turns_at_the_instruments_thresholds():
    scale = charts.score_scale(INSTRUMENT)
    # borderline 3.0 and strength 4.0 sit at 0.5 and 0.75 of the 1–5 range; one colour per band, one meaning each
    assert scale == [
        [0.0, charts.BAND_COLOURS["concern"]],
        [0.5, charts.BAND_COLOURS["concern"]],
        [0.5, charts.BAND_COLOURS["borderline"]],
        [0.75, charts.BAND_COLOURS["borderline"]],
        [0.75, charts.BAND_COLOURS["strength"]],
        [1.0, charts.BAND_COLOURS["strength"]],
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_colour_bar_of_a_score_heat_map_names_the_bands_in_words(lang):
    bar = charts.band_colorbar(INSTRUMENT, lang)
    assert bar["ticktext"] == [t(f"band.{b}", lang) for b in ("concern", "borderline", "strength")]
    assert bar["tickvals"] == [2.0, 3.5, 4.5]  # the middle of each step


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_bars_by_dimension_name_each_band_in_the_legend_and_on_each_bar(lang):
    fig = charts.dimension_bars(INSTRUMENT, lang, RESULT)
    names = [trace.name for trace in fig.data]
    assert names == [t(f"band.{b}", lang) for b in ("strength", "borderline", "concern")]
    for trace in fig.data:
        assert all(trace.name in text for text in trace.text)
        assert trace.marker.color == charts.BAND_COLOURS[BAND_OF[trace.name]]
    assert sum(len(trace.y) for trace in fig.data) == len(INSTRUMENT.dimensions)
    assert list(fig.layout.yaxis.categoryarray)[::-1] == [d.title.get(lang) for d in INSTRUMENT.dimensions.values()]


def test_numbers_and_hovers_follow_the_language():
    fr, en = (charts.dimension_bars(INSTRUMENT, lang, RESULT) for lang in ("fr", "en"))
    assert fr.layout.separators == ",\u00a0" and en.layout.separators == ".,"
    assert fr.data[0].hovertemplate.startswith("%{y}\u00a0: %{x:.2f}")
    assert en.data[0].hovertemplate.startswith("%{y}: %{x:.2f}")
    assert fr.data[0].text == ("4,3 · Force · n=3 · NSP=0",)  # (4 + 5 + 4) / 3
    assert en.data[0].text == ("4.3 · Strength · n=3 · DK=0",)
    heat = charts.heat_map("fr", ["a"], ["R"], [[3.25]], zmin=1, zmax=5, colorscale="Blues", digits=2)
    assert [list(row) for row in heat.data[0].text] == [["3,25"]] and heat.layout.separators == ",\u00a0"
    assert heat.data[0].hovertemplate == "%{y} · %{x}\u00a0: %{text}<extra></extra>"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_trends_name_the_bands_behind_them_and_tell_series_by_shape_too(lang):
    fig = charts.trend(INSTRUMENT, lang, ["R1", "R2"], {"a": [2.0, 3.0], "b": [4.0, 4.5]})
    assert sorted(a.text for a in fig.layout.annotations) == sorted(
        t(f"band.{b}", lang) for b in ("concern", "borderline", "strength")
    )
    assert fig.data[0].marker.symbol != fig.data[1].marker.symbol
    assert fig.data[0].line.dash != fig.data[1].line.dash
    assert all(trace.line.color in charts.SERIES_COLOURS for trace in fig.data)


def test_every_answer_segment_has_an_outline_its_count_and_dont_know_a_pattern():
    fig = charts.item_distribution(INSTRUMENT, "fr", ITEMS)
    assert [trace.marker.color for trace in fig.data] == [*charts.SCALE_COLOURS, charts.DONT_KNOW_COLOUR]
    assert all(trace.marker.line.color == charts.OUTLINE for trace in fig.data)
    assert fig.data[-1].marker.pattern.shape == charts.DONT_KNOW_PATTERN
    first = fig.data[0]
    assert list(first.text) == [str(c) if c else "" for c in first.x]
