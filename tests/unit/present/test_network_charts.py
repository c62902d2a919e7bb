"""The network's charts (present/network_charts.py): the spread per dimension with a dot per member, one member
against the network, and both in words, in both languages; nothing below three initiatives, no hidden name."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from assessment.domain import network as net
from assessment.present import network_charts
from assessment.present.i18n import NBSP, t
from tests.factories import tiny_instrument

INSTRUMENT = tiny_instrument()
SECTIONS = {s.id: [d.id for d in s.dimensions] for s in INSTRUMENT.sections}
DIMENSIONS = list(INSTRUMENT.dimensions)


def member(name: str, alias: str, consent: bool, base: float, **scores: float) -> net.Member:
    """A member with one counting round: ``base`` on every dimension but those named."""
    dims = {d: scores.get(d, base) for d in DIMENSIONS}
    figures = net.RoundFigures(
        f"{name} spring", date(2026, 3, 1), 8, 50.0, "emerging", {s: base for s in SECTIONS}, dims
    )
    return net.Member(name, alias, datetime(2026, 1, 5) if consent else None, (figures,))


ALPHA = member("Table Alpha", "K", True, 3.0, complexity=2.0)
QUIET = member("Quiet Secret", "B", False, 4.0, complexity=3.0)
HUSH = member("Hush Hidden", "C", False, 4.0, complexity=4.0, urgency=5.0)
# complexity 2, 3, 4: quartiles 2.5 – 3.5, median 3; urgency 3, 4, 5: 3.5 – 4.5, median 4; others 3, 4, 4: 3.5 – 4, 4.
VIEW = net.network_view("Network", [ALPHA, QUIET, HUSH], SECTIONS)


def title(dimension: str, lang: str) -> str:
    return INSTRUMENT.dimensions[dimension].title.get(lang)


def figure_json(figure) -> str:
    return json.dumps(json.loads(figure.to_json()), ensure_ascii=False)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_spread_draws_each_dimension_s_quartiles_median_and_a_dot_per_member_by_its_label(lang):
    fig = network_charts.spread_figure(INSTRUMENT, lang, VIEW)
    quartiles, median, *members = fig.data
    assert quartiles.name == t("network.chart_quartiles", lang) and median.name == t("network.chart_median", lang)
    assert list(quartiles.base[:2]) == [2.5, 3.5] and list(quartiles.x[:2]) == [1.0, 0.5]  # q1, then q3 - q1
    assert list(median.x[:2]) == [3.0, 4.0]
    assert [m.name for m in members] == ["Table Alpha", "Initiative B", "Initiative C"]
    assert [list(m.x[:1]) for m in members] == [[2.0], [3.0], [4.0]]
    assert len({m.marker.symbol for m in members}) == 3  # told apart by their marker, not only their colour
    ticks = list(fig.layout.yaxis.ticktext)  # each row named, wrapped so that a phone keeps room for the plot
    assert [tick.replace("<br>", " ") for tick in ticks] == [title(d, lang) for d in DIMENSIONS]
    lines = [line for tick in ticks for line in tick.split("<br>")]
    assert all(len(line) <= network_charts.TITLE_WIDTH or " " not in line for line in lines)  # words kept whole
    assert fig.layout.separators == (f",{NBSP}" if lang == "fr" else ".,")
    assert fig.layout.xaxis.title.text == t("network.chart_axis", lang)
    assert fig.layout.margin.t >= 20 * (len(fig.data) + 1)  # the legend, one entry a line, and the band names fit
    bands = {a.text for a in fig.layout.annotations}
    assert bands == {t(f"band.{b}", lang) for b in ("concern", "borderline", "strength")}  # bands named in words
    shown = figure_json(fig)
    assert "Quiet" not in shown and "Hush" not in shown and "spring" not in shown


def test_the_spread_in_words_names_the_weakest_strongest_and_most_disputed_dimension_and_what_to_do():
    words = network_charts.spread_text(INSTRUMENT, "en", VIEW)
    assert words.summary == (
        f"Across 3 initiatives, the network’s weakest dimension is “{title('complexity', 'en')}” (median 3.00) "
        f"and its strongest “{title('systems_change', 'en')}” (median 4.00). Initiatives differ most on "
        f"“{title('complexity', 'en')}” (quartiles 2.50 – 3.50)."
    )
    assert words.table.headers == [
        "Section or dimension",
        "Initiatives",
        "1st quartile",
        "Median",
        "3rd quartile",
        "Table Alpha",
        "Initiative B",
        "Initiative C",
    ]
    assert words.table.rows[0] == [title("complexity", "en"), 3, "2.50", "3.00", "3.50", "2.00", "3.00", "4.00"]
    french = network_charts.spread_text(INSTRUMENT, "fr", VIEW)
    assert french.summary.startswith(f"Sur 3{NBSP}initiatives, la dimension la plus faible du réseau est «{NBSP}")
    assert french.table.rows[0][2:5] == ["2,50", "3,00", "3,50"]
    step = network_charts.spread_next_step(INSTRUMENT, "fr", VIEW)
    assert step is not None and step.startswith(f"Prochaine étape{NBSP}: travaillez «{NBSP}{title('complexity', 'fr')}")
    assert "Quiet" not in str(words) and "Hush" not in str(words)


def test_a_network_whose_dimensions_share_one_median_says_so():
    even = net.network_view("N", [member(n, a, True, 3.0) for n, a in (("A", "A"), ("B", "B"), ("C", "C"))], SECTIONS)
    assert network_charts.spread_text(INSTRUMENT, "en", even).summary.startswith(
        "Across 3 initiatives, every dimension has the same median (3.00). Initiatives differ most on"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_below_three_initiatives_there_is_no_chart_no_figure_and_no_next_step(lang):
    small = net.network_view("N", [ALPHA, QUIET], SECTIONS)
    fig = network_charts.spread_figure(INSTRUMENT, lang, small)
    assert fig.data == () and list(fig.layout.yaxis.ticktext) == []
    words = network_charts.spread_text(INSTRUMENT, lang, small)
    assert words.summary == t("network.chart_hidden", lang, n=3) and words.table.rows == []
    assert "Table Alpha" not in words.table.headers  # no member's column either
    assert network_charts.spread_next_step(INSTRUMENT, lang, small) is None
    own = net.member_view(small, ALPHA)
    assert network_charts.against_figure(INSTRUMENT, lang, own).data == ()
    assert network_charts.against_text(INSTRUMENT, lang, own).summary == t("network.chart_hidden", lang, n=3)
    assert network_charts.against_next_step(INSTRUMENT, lang, own) is None


def test_a_dimension_too_few_initiatives_scored_is_left_out_of_the_chart():
    unscored = [member(m.name, m.alias, m.consented_at is not None, 3.0) for m in (ALPHA, QUIET, HUSH)]
    gap = net.RoundFigures("R", date(2026, 3, 1), 8, 50.0, None, {}, {d: 3.0 for d in DIMENSIONS if d != "equity"})
    unscored[0] = net.Member("Table Alpha", "K", None, (gap,))
    unscored[1] = net.Member("Quiet Secret", "B", None, (gap,))
    view = net.network_view("N", unscored, SECTIONS)
    fig = network_charts.spread_figure(INSTRUMENT, "en", view)
    assert title("equity", "en") not in fig.layout.yaxis.ticktext
    assert len(fig.layout.yaxis.ticktext) == len(DIMENSIONS) - 1
    assert len(network_charts.spread_text(INSTRUMENT, "en", view).table.rows) == len(DIMENSIONS) - 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_member_sees_its_score_as_a_star_against_the_network_and_no_other_member(lang):
    own = net.member_view(VIEW, QUIET)  # a hidden member sees itself under its own name
    fig = network_charts.against_figure(INSTRUMENT, lang, own)
    assert [trace.name for trace in fig.data] == [
        t("network.chart_quartiles", lang),
        t("network.chart_median", lang),
        "Quiet Secret",
    ]
    assert fig.data[2].marker.symbol == "star" and list(fig.data[2].x[:1]) == [3.0]
    assert fig.data[2].customdata[0][1] == t("network.position_within", lang)
    shown = figure_json(fig)
    assert "Alpha" not in shown and "Hush" not in shown and "Initiative " not in shown


def test_the_member_in_words_counts_where_it_stands_and_names_its_weakest_dimension_against_the_network():
    alpha = net.member_view(VIEW, ALPHA)  # everything below the first quartile
    words = network_charts.against_text(INSTRUMENT, "en", alpha)
    assert words.summary == "Our dimensions against the network’s quartiles: 0 above, 0 between, 19 below."
    assert words.table.headers == [
        "Section or dimension",
        "Us",
        "1st quartile",
        "Median",
        "3rd quartile",
        "Gap to the median",
        "Where we stand",
    ]
    assert words.table.rows[0] == [
        title("complexity", "en"),
        "2.00",
        "2.50",
        "3.00",
        "3.50",
        "-1.00",
        "below the 1st quartile",
    ]
    assert network_charts.against_next_step(INSTRUMENT, "en", alpha) == (
        f"Our weakest dimension against the network: “{title('complexity', 'en')}”, 2.00 against a median of 3.00 "
        "(-1.00). Next step: put it at the top of the action plan."
    )
    french = network_charts.against_text(INSTRUMENT, "fr", alpha).summary
    counts = f"0{NBSP}au-dessus, 0{NBSP}entre les deux, 19{NBSP}en dessous"
    assert french == f"Nos dimensions face aux quartiles du réseau{NBSP}: {counts}."


def test_a_member_never_below_the_median_is_asked_to_share_its_largest_lead():
    step = network_charts.against_next_step(INSTRUMENT, "fr", net.member_view(VIEW, HUSH))
    assert step == (
        f"Aucune de nos dimensions n’est sous la médiane du réseau. Notre plus grande avance{NBSP}: "
        f"«{NBSP}{title('complexity', 'fr')}{NBSP}», 4,00 contre une médiane de 3,00 (+1,00). "
        f"Prochaine étape{NBSP}: partagez ce qui marche avec le réseau."
    )


def test_a_member_without_a_comparable_round_is_told_so_and_gets_no_next_step():
    newcomer = net.Member("New Table", "Z", None, ())
    view = net.network_view("N", [ALPHA, QUIET, HUSH, newcomer], SECTIONS)
    own = net.member_view(view, newcomer)
    assert network_charts.against_text(INSTRUMENT, "en", own).summary == t("network.chart_against_none", "en")
    assert network_charts.against_next_step(INSTRUMENT, "en", own) is None
