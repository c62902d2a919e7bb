"""The equity lens in words and in a chart, in both languages: hidden cells say why and carry no number, the
groups are told apart by more than colour, and the debrief's questions start from what the round shows."""

from __future__ import annotations

import pytest

from assessment.present import equity_charts
from assessment.present.charts import SERIES_COLOURS
from assessment.present.i18n import NBSP, NNBSP, t
from tests.unit.domain.test_anonymity import INSTRUMENT, person
from tests.unit.domain.test_equity import lens_of

EQUITY_ROW = list(INSTRUMENT.dimensions).index("equity")


def round_with_gaps():
    """Community members 4 at 2, youth 3 at 3, nonprofit leadership table 5 at 5: community members −2.25."""
    people = [person("community_member", "action_team", 2) for _ in range(4)]
    people += [person("youth", "action_team", 3) for _ in range(3)]
    people += [person("nonprofit", "leadership_table", 5) for _ in range(5)]
    return lens_of(people)


def round_with_hidden_youth():
    """Two youth (too few), nonprofit 5 and government 4 at 4: youth hidden everywhere."""
    people = [person("youth", "action_team", 1) for _ in range(2)]
    people += [person("nonprofit", None, 4) for _ in range(5)] + [person("government", None, 4) for _ in range(4)]
    return lens_of(people)


def test_the_summary_names_the_largest_gap_and_counts_those_of_a_point_or_more():
    words = equity_charts.gap_text(INSTRUMENT, "en", round_with_gaps())
    assert words.summary == (
        "Largest gap: Community members (lived experience), “title complexity (en)”, -2.25 (2.00 against 4.25 "
        "for everyone else). 19 gaps of a point or more."
    )
    assert words.table.headers == [
        "Dimension",
        "Group",
        "Group’s score",
        "n",
        "Everyone else",
        "n (everyone else)",
        "Gap",
    ]
    youth_equity = words.table.rows[len(INSTRUMENT.dimensions) + EQUITY_ROW]
    assert youth_equity == ["title equity (en)", "Youth", "3.00", 3, "3.67", 9, "-0.67"]


def test_the_same_in_french_with_french_numbers_and_spacing():
    words = equity_charts.gap_text(INSTRUMENT, "fr", round_with_gaps())
    assert words.summary.startswith(f"Plus grand écart{NBSP}: Membres de la communauté (expérience vécue), «{NBSP}")
    assert "-2,25 (2,00 contre 4,25 pour tous les autres)" in words.summary
    assert words.summary.endswith(f"19{NBSP}écarts d’un point ou plus.")


@pytest.mark.parametrize("lang, too_few", [("en", "fewer than 3"), ("fr", "moins de 3")])
def test_a_hidden_group_reads_why_in_the_table_the_bars_and_the_summary_never_a_number(lang, too_few):
    lens = round_with_hidden_youth()
    words = equity_charts.gap_text(INSTRUMENT, lang, lens)
    youth_rows = [row for row in words.table.rows if row[1] == t("equity.group.youth", lang)]
    assert youth_rows and all(row[2:] == [too_few] * 5 for row in youth_rows)
    assert words.summary.endswith(f"{t('equity.group.youth', lang)}{':' if lang == 'en' else NBSP + ':'} {too_few}.")
    fig = equity_charts.gap_figure(INSTRUMENT, lang, lens)
    community, youth = fig.data
    assert set(youth.text) == {too_few} and set(youth.x) == {0.0}  # no number behind a hidden bar
    assert set(community.text) == {"—"}  # nobody of the group answered: no gap, no bar


def test_the_groups_differ_by_pattern_and_legend_as_well_as_colour_and_the_gap_is_written_on_each_bar():
    fig = equity_charts.gap_figure(INSTRUMENT, "en", round_with_gaps())
    community, youth = fig.data
    assert (community.name, youth.name) == ("Community members (lived experience)", "Youth")
    assert community.marker.color != youth.marker.color and {community.marker.color, youth.marker.color} <= set(
        SERIES_COLOURS
    )
    assert community.marker.pattern.shape != youth.marker.pattern.shape
    row = len(INSTRUMENT.dimensions) - 1 - EQUITY_ROW  # bars are drawn bottom up
    assert community.x[row] == pytest.approx(-2.25) and community.text[row] == "-2.25"
    assert youth.text[row] == "-0.67"
    lines = [shape.x0 for shape in fig.layout.shapes]
    assert sorted(lines) == [-1.0, 0, 1.0]
    assert [a.text for a in fig.layout.annotations] == ["gap of one point"] * 2
    assert equity_charts.gap_figure(INSTRUMENT, "fr", round_with_gaps()).layout.separators.startswith(",")


def test_who_answered_counts_as_the_breakdown_screen_does():
    by_sector, by_role = equity_charts.who_answered(round_with_hidden_youth(), "en")
    assert by_sector.rows == [
        ["Everyone", "11"],
        ["Youth", "fewer than 3"],
        ["Nonprofit", "5"],
        ["Government", "hidden"],
    ]
    assert by_role.headers == ["Group", "People"] and by_role.rows[0] == ["Everyone", "11"]
    assert equity_charts.absent_sentence(round_with_hidden_youth(), "en") == (
        "Nobody answered for: Community member (lived experience), Business, Funder, Education, Health."
    )


def test_structures_are_set_against_what_the_seeds_describe_in_both_languages():
    table = equity_charts.structures_table(round_with_gaps(), "en")
    assert table.headers == ["Structure", "Answered", "What the sources describe", "Size", "Who is in it"]
    assert table.rows[0] == [
        "Leadership table",
        "5",
        "A table of 10 to 15 people, youth among them",
        "Fewer than described",
        "Youth: none",
    ]
    assert table.rows[1][1] == "7" and table.rows[1][3:] == ["—", "Community members (lived experience): yes"]
    assert table.rows[2][1:2] == ["0"] and table.rows[2][3:] == ["Fewer than described", "—"]
    french = equity_charts.structures_table(round_with_gaps(), "fr")
    assert french.rows[0][0] == "Table de leadership" and french.rows[0][4] == f"Jeunes{NBSP}: aucun"


def test_debrief_prompts_start_from_the_round_then_give_the_seeds_questions():
    lens = round_with_gaps()
    prompts = equity_charts.prompts(INSTRUMENT, lens, "en")
    assert prompts[0] == (
        "Community members (lived experience) rate “title complexity (en)” lower than everyone else (gap -2.25): "
        "what do they see that others do not?"
    )
    assert len([p for p in prompts if "lower than everyone else" in p]) == equity_charts.MAX_GAP_PROMPTS
    assert "Among those who answered for the leadership table, there are no youth" in prompts[3]
    assert prompts[-7:] == [t(key, "en") for key in equity_charts.STANDING_PROMPTS]
    french = equity_charts.prompts(INSTRUMENT, lens, "fr")
    assert french[-1].endswith(f"vulnérables{NNBSP}?") and len(french) == len(prompts)


def test_a_focus_group_nobody_answered_for_becomes_a_question_and_a_higher_score_asks_what_works():
    people = [person("youth", None, 5) for _ in range(3)] + [person("nonprofit", None, 2) for _ in range(4)]
    prompts = equity_charts.prompts(INSTRUMENT, lens_of(people), "en")
    assert prompts[0].startswith("Youth rate “title complexity (en)” higher than everyone else (gap +3.00)")
    assert "No answer from the group “Community members (lived experience)” in this round" in prompts[3]
    community_rows = equity_charts.gap_text(INSTRUMENT, "en", lens_of(people)).table.rows[:2]
    assert [row[2:] for row in community_rows] == [["—", 0, "—", "", "—"]] * 2
