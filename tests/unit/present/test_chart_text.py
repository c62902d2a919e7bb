"""Every chart has a text alternative: a sentence saying what it shows and the data behind it (issue 9, point 3)."""

from __future__ import annotations

import pytest

from assessment.present import chart_text
from assessment.present.i18n import NBSP, NNBSP, t
from tests.unit.present.test_charts import INSTRUMENT, ITEMS, RESULT
from tests.unit.reports.test_reports import COMPARISON


def test_a_rounds_scores_name_the_highest_the_lowest_and_count_the_bands_in_words():
    words = chart_text.round_scores(INSTRUMENT, "en", RESULT)
    assert words.summary.startswith("Highest: title complexity (en) (4.33); lowest: ")
    assert words.summary.endswith("By band: 1 strength, 1 borderline, 17 concerns.")
    assert words.table.headers == ["Dimension", "Score", "Band", "n", "DK"]
    assert words.table.rows[0] == ["title complexity (en)", "4.33", "Strength", 3, 0]
    assert len(words.table.rows) == len(INSTRUMENT.dimensions)


def test_the_same_in_french_with_french_numbers_spacing_and_plurals():
    words = chart_text.round_scores(INSTRUMENT, "fr", RESULT)
    assert words.summary.startswith(f"Le plus haut{NBSP}: title complexity (fr) (4,33){NNBSP}; le plus bas{NBSP}: ")
    assert words.summary.endswith(f"1{NBSP}force, 1{NBSP}à discuter, 17{NBSP}préoccupations.")
    assert words.table.rows[0][:3] == ["title complexity (fr)", "4,33", "Force"]


def test_one_sections_scores_hold_only_its_dimensions():
    section = INSTRUMENT.sections[0]
    words = chart_text.round_scores(INSTRUMENT, "en", RESULT, section_id=section.id)
    assert [row[0] for row in words.table.rows] == [d.title.en for d in section.dimensions]


def test_answers_per_item_give_every_count_and_mean():
    words = chart_text.item_answers(INSTRUMENT, "en", ITEMS)
    assert words.table.headers[1:7] == [
        *(f"{v} {INSTRUMENT.scale_label(v, 'en')}" for v in range(1, 6)),
        INSTRUMENT.dont_know.en,
    ]
    first = words.table.rows[0]
    assert first[1:7] == [*ITEMS[0].counts, ITEMS[0].dont_know]
    assert words.summary.startswith("Highest: ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_trend_says_its_largest_rise_and_fall_between_the_first_and_last_rounds(lang):
    words = chart_text.trend_text(lang, ["R1", "R2"], {"a": [2.0, 3.5], "b": [4.0, 3.0], "c": [None, 3.0]})
    expected = t(
        "chart.trend_summary",
        lang,
        first="R1",
        last="R2",
        up="a",
        up_delta="+1" + (",50" if lang == "fr" else ".50"),
        down="b",
        down_delta="-1" + (",00" if lang == "fr" else ".00"),
    )
    assert words.summary == expected
    assert words.table.rows[2] == ["c", "—", "3,00" if lang == "fr" else "3.00"]
    assert chart_text.trend_text(lang, ["R1"], {"a": [2.0]}).summary == t("chart.trend_none", lang)


def test_the_comparison_charts_and_their_words_draw_the_same_values():
    from assessment.present import charts

    fig = charts.section_trend(INSTRUMENT, "en", COMPARISON)
    words = chart_text.section_trend_text(INSTRUMENT, "en", COMPARISON)
    assert [trace.name for trace in fig.data] == [row[0] for row in words.table.rows]
    heat = charts.score_heat_map(INSTRUMENT, "en", COMPARISON)
    heat_words = chart_text.heat_map_text(INSTRUMENT, "en", COMPARISON, "score")
    assert [list(row) for row in heat.data[0].text] == [
        [f"{float(v):.1f}" if v else "" for v in r[1:]] for r in heat_words.table.rows
    ]
    assert heat_words.summary.startswith("Highest value: ")


def test_a_chart_with_no_score_says_so():
    assert chart_text.heat_text("fr", ["a"], ["R"], [[None]]).summary == t("chart.no_scores", "fr")
