"""Charts are pure Plotly figures; user text in them is shown literally."""

from assessment.present import charts
from tests.factories import tiny_instrument

INSTRUMENT = tiny_instrument()


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


def test_the_heat_map_scale_turns_at_the_instruments_thresholds():
    scale = charts.score_scale(INSTRUMENT)
    # borderline 3.0 and strength 4.0 sit at 0.5 and 0.75 of the 1–5 range
    assert [stop for stop, _ in scale] == [0.0, 0.499, 0.5, 0.749, 0.75, 1.0]
