"""Breakdowns by sector and role: group scores, and small groups hidden so that no subtraction reveals them.

Every case is checked twice: against hand-computed expectations, and by an attacker's oracle that
knows only what the screen shows (the total, the shown sector groups and the shown role groups with
their n) and tries every set of 1 to m − 1 people to see whether its sum follows by adding and
subtracting what is shown.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict

import numpy as np
import pytest

from assessment.domain import anonymity as breakdown_module
from assessment.domain.anonymity import (
    COMPLEMENTARY,
    NOT_GIVEN,
    PART_HIDDEN,
    TOO_FEW,
    Breakdown,
    breakdown,
    find_leak,
    suppress,
)
from assessment.domain.scoring import dimension_stats
from assessment.present import breakdown_charts
from tests.factories import ALL_DIMENSIONS, all_dimensions, tiny_instrument

INSTRUMENT = tiny_instrument()  # min_group_size 3
M = INSTRUMENT.min_group_size
PRINCIPLES = ("equity", "community_members", "cross_sector_partners", "data_learning", "systems_leadership")


# ---- building rounds ----------------------------------------------------------------------------------------
def person(sector: str | None, role: str | None, score: float, **overrides: float | None) -> tuple:
    """One participant: sector, role and dimension scores (``score`` everywhere; None = only "don't know")."""
    scores = {d: v for d, v in all_dimensions(score, **{k: v or 0.0 for k, v in overrides.items()}).items()}
    for d, v in overrides.items():
        if v is None:
            del scores[d]
    return sector, role, scores


def of(people: list[tuple], by: str = "sector") -> Breakdown:
    """The breakdown of a round of ``people``, as the repository would hand it over."""
    participants: dict[tuple, int] = defaultdict(int)
    grouped: dict[tuple, dict[int, dict[str, float]]] = defaultdict(dict)
    for number, (sector, role, scores) in enumerate(people):
        participants[(sector, role)] += 1
        grouped[(sector, role)][number] = scores
    stats = {profile: dimension_stats(scores, {}) for profile, scores in grouped.items()}
    return breakdown(INSTRUMENT, by, participants, stats)


def shown_groups(b: Breakdown) -> list[str]:
    return [g.id for g in b.groups if not g.hidden]


def reasons(b: Breakdown) -> dict[str, str | None]:
    return {g.id: g.hidden for g in b.groups}


# ---- the attacker's oracle ----------------------------------------------------------------------------------
def leaks(people: list[tuple], dimension: str | None, shown: dict[str, Breakdown]) -> list[tuple[int, ...]]:
    """Sets of 1 to m − 1 people (numbers in ``people``) whose sum follows from what both breakdowns
    (``shown``: 'sector' and 'role') show, on participant counts (``dimension`` None) or one dimension."""
    if dimension is None:
        scorers = list(range(len(people)))
        total_shown = True
    else:
        scorers = [i for i, p in enumerate(people) if dimension in p[2]]
        total_shown = shown["sector"].total.dimensions[dimension].shown
    if not scorers or not total_shown:
        return []
    rows = [[1.0] * len(scorers)]  # the total
    for axis, by in enumerate(("sector", "role")):
        for g in shown[by].groups:
            visible = g.participants is not None if dimension is None else g.dimensions[dimension].shown
            if visible:
                rows.append([1.0 if (people[i][axis] or NOT_GIVEN) == g.id else 0.0 for i in scorers])
    known = np.array(rows)
    projection = np.linalg.pinv(known) @ known  # onto every sum the screen gives away
    candidates = [c for size in range(1, M) for c in itertools.combinations(range(len(scorers)), size)]
    vectors = np.zeros((len(candidates), len(scorers)))
    for row, chosen in enumerate(candidates):
        vectors[row, list(chosen)] = 1.0
    derivable = np.all(np.abs(vectors @ projection - vectors) < 1e-9, axis=1)
    return [tuple(scorers[i] for i in candidates[row]) for row in np.flatnonzero(derivable)]


def within_each_breakdown_only(weights, orders, min_size, already_hidden=None):
    """Steps 1 and 2 of the rule without step 3: each breakdown protected on its own (a weaker rule)."""
    return {
        axis: breakdown_module.suppress(
            breakdown_module.axis_sizes(weights, axis, orders[axis]), min_size, (already_hidden or {}).get(axis)
        )
        for axis in breakdown_module.AXES
    }


def assert_nothing_derivable(people: list[tuple], dimensions=ALL_DIMENSIONS) -> None:
    """Neither breakdown, nor both side by side, lets subtraction reveal 1 to m − 1 people."""
    shown = {by: of(people, by) for by in ("sector", "role")}
    assert leaks(people, None, shown) == []
    for d in dimensions:
        assert leaks(people, d, shown) == [], d
    for by, b in shown.items():
        for d in dimensions:
            total = b.total.dimensions[d]
            if total.shown:
                remainder = total.n - sum(g.dimensions[d].n for g in b.groups if g.dimensions[d].shown)
                assert remainder == 0 or remainder >= M, (by, d, remainder)
            for g in b.groups:
                cell = g.dimensions[d]
                assert cell.shown == (cell.n is not None) == (cell.hidden is None)
                assert not cell.shown or cell.n == 0 or cell.n >= M


# ---- the suppression rule on one breakdown ------------------------------------------------------------------
def test_a_group_under_the_minimum_is_hidden_and_the_smallest_shown_group_with_it():
    sizes = {"a": 4, "b": 5, "c": 2}
    reasons_ = suppress(sizes, 3)
    assert reasons_ == {"a": COMPLEMENTARY, "b": None, "c": TOO_FEW}
    assert sum(n for g, n in sizes.items() if reasons_[g] is not None) == 6  # what the total minus the shown reveals


def test_small_groups_that_together_reach_the_minimum_need_no_other_group_hidden():
    assert suppress({"a": 5, "b": 2, "c": 1}, 3) == {"a": None, "b": TOO_FEW, "c": TOO_FEW}


def test_on_a_tie_the_group_listed_last_is_hidden():
    assert suppress({"a": 4, "b": 4, "c": 1}, 3) == {"a": None, "b": COMPLEMENTARY, "c": TOO_FEW}


def test_a_group_nobody_is_in_is_neither_hidden_nor_counted():
    assert suppress({"a": 4, "b": 0, "c": 3}, 3) == {"a": None, "b": None, "c": None}


def test_groups_hidden_before_count_in_the_remainder():
    assert suppress({"a": 4, "b": 3, "c": 1}, 3, {"b": COMPLEMENTARY}) == {"a": None, "b": COMPLEMENTARY, "c": TOO_FEW}


# ---- breakdowns of whole rounds -----------------------------------------------------------------------------
def test_group_scores_are_means_of_their_participants_and_a_lone_small_group_takes_another_with_it():
    # Nonprofit 4 people (4, 4, 5, 3: mean 4.0), government 4 (2, 2, 3, 3: 2.5), health 2 (1, 5: 3.0).
    # Showing the total and both groups of 4 would give health away: (32 - 16 - 10) / 2 = 3.0.
    people = [person("nonprofit", None, s) for s in (4, 4, 5, 3)]
    people += [person("government", None, s) for s in (2, 2, 3, 3)]
    people += [person("health", None, s) for s in (1, 5)]
    b = of(people)
    assert [g.id for g in b.groups] == ["nonprofit", "government", "health"]  # the order of the sector ids
    assert reasons(b) == {"nonprofit": None, "government": COMPLEMENTARY, "health": TOO_FEW}
    assert b.total.participants == 10
    assert b.total.dimensions["equity"].score == pytest.approx(3.2)  # 32 / 10
    assert b.total.dimensions["equity"].band == "borderline"
    nonprofit = b.group("nonprofit")
    assert (nonprofit.participants, nonprofit.dimensions["equity"].score, nonprofit.dimensions["equity"].n) == (
        4,
        4.0,
        4,
    )
    assert nonprofit.dimensions["equity"].band == "strength"
    assert nonprofit.sections["principles"].score == pytest.approx(4.0)
    for hidden in ("government", "health"):
        group = b.group(hidden)
        assert group.participants is None
        assert all(c.score is None and c.n is None for c in group.dimensions.values())
        assert all(c.score is None for c in group.sections.values())
    # What subtraction now gives: (32 - 16) / 6, the mean of six people.
    assert_nothing_derivable(people)


def test_two_small_groups_holding_the_minimum_together_leave_the_others_shown():
    people = [person("nonprofit", None, 4) for _ in range(5)]
    people += [person("government", None, 2), person("government", None, 3)]
    people += [person("health", None, 1), person("health", None, 5)]
    b = of(people)
    assert reasons(b) == {"nonprofit": None, "government": TOO_FEW, "health": TOO_FEW}
    assert b.group("nonprofit").dimensions["urgency"].score == 4.0
    assert b.total.dimensions["urgency"].score == pytest.approx(31 / 9)  # 20 + 5 + 6
    assert_nothing_derivable(people)


def test_dont_know_answers_that_leave_a_dimension_with_too_few_scores_hide_that_cell_and_another():
    # Youth has 3 people, but two of them answered only "don't know" on equity: n = 1 there.
    people = [person("youth", None, 2, equity=None), person("youth", None, 2, equity=None), person("youth", None, 1)]
    people += [person("nonprofit", None, 4) for _ in range(4)]
    people += [person("government", None, 3) for _ in range(4)]
    b = of(people)
    assert reasons(b) == {"youth": None, "nonprofit": None, "government": None}
    equity = {g.id: g.dimensions["equity"] for g in b.groups}
    assert equity["youth"].hidden == TOO_FEW
    assert equity["government"].hidden == COMPLEMENTARY  # tie at n = 4 with nonprofit: the one listed last
    assert (equity["nonprofit"].score, equity["nonprofit"].n) == (4.0, 4)
    assert (b.total.dimensions["equity"].score, b.total.dimensions["equity"].n) == (pytest.approx(29 / 9), 9)
    # Every other dimension shows all three groups; youth there: (2 + 2 + 1) / 3.
    assert b.group("youth").dimensions["urgency"].score == pytest.approx(5 / 3)
    assert b.group("government").dimensions["urgency"].shown
    # The principles score of youth and government would give their equity away; nonprofit's stays.
    assert b.group("youth").sections["principles"].hidden == PART_HIDDEN
    assert b.group("government").sections["principles"].hidden == PART_HIDDEN
    assert b.group("nonprofit").sections["principles"].score == 4.0
    assert b.group("youth").sections["conditions"].score == pytest.approx(5 / 3)
    assert_nothing_derivable(people)


def test_a_dimension_scored_by_too_few_people_overall_is_hidden_in_the_total_and_every_group():
    people = [person("nonprofit", None, 4, champions=None) for _ in range(4)]
    people += [person("government", None, 3) for _ in range(2)] + [person("government", None, 3, champions=None)]
    people += [person("youth", None, 2, champions=None) for _ in range(3)]
    b = of(people)
    assert b.total.dimensions["champions"].hidden == TOO_FEW  # 2 scores in all
    assert all(g.dimensions["champions"].hidden for g in b.groups)
    assert b.total.sections["preconditions"].hidden == PART_HIDDEN
    assert b.total.dimensions["urgency"].score == pytest.approx((16 + 9 + 6) / 10)
    assert_nothing_derivable(people)


def test_people_who_gave_no_sector_form_the_not_given_group_listed_last():
    people = [person(None, None, 1) for _ in range(3)] + [person("youth", None, 5) for _ in range(3)]
    people += [person("funder", None, 3) for _ in range(3)]
    b = of(people)
    assert [g.id for g in b.groups] == ["youth", "funder", NOT_GIVEN]
    assert b.group(NOT_GIVEN).dimensions["equity"].score == 1.0
    assert b.group(NOT_GIVEN).participants == 3
    assert_nothing_derivable(people)


def test_a_small_not_given_group_is_protected_like_any_other():
    people = [person(None, None, 1) for _ in range(2)] + [person("youth", None, 5) for _ in range(4)]
    b = of(people)
    assert reasons(b) == {"youth": COMPLEMENTARY, NOT_GIVEN: TOO_FEW}  # youth alone = total minus the two
    assert b.total.participants == 6 and b.total.dimensions["equity"].score == pytest.approx(22 / 6)
    assert_nothing_derivable(people)


def test_a_round_under_the_minimum_shows_only_its_participant_count():
    people = [person("youth", None, 5), person("youth", None, 1)]
    b = of(people)
    assert b.total.participants == 2
    assert all(c.hidden == TOO_FEW for c in b.total.dimensions.values())
    assert all(g.hidden == TOO_FEW for g in b.groups)


def test_setting_the_role_breakdown_beside_the_sector_one_cannot_isolate_anyone():
    # Action team 9 = community members 4 + youth 4 + one nonprofit: each breakdown alone is safe, but
    # action team minus community members minus youth would be that one person. Hiding youth and
    # nonprofit (8 people) is the cheapest way out: action team minus community members is then 5 people.
    people = [person("community_member", "action_team", 2) for _ in range(4)]
    people += [person("youth", "action_team", 3) for _ in range(4)]
    people += [person("nonprofit", "action_team", 5)] + [person("nonprofit", "partner", 4) for _ in range(3)]
    by_sector, by_role = of(people, "sector"), of(people, "role")
    assert reasons(by_sector) == {"community_member": None, "youth": COMPLEMENTARY, "nonprofit": COMPLEMENTARY}
    assert reasons(by_role) == {"action_team": None, "partner": None}
    assert by_role.group("action_team").dimensions["equity"].score == pytest.approx(25 / 9)
    assert by_sector.group("community_member").dimensions["equity"].score == 2.0
    assert_nothing_derivable(people)


def test_the_oracle_sees_the_leaks_that_weaker_rules_would_leave(monkeypatch):
    lone = [person("nonprofit", None, 4) for _ in range(4)] + [person("government", None, 2) for _ in range(4)]
    lone += [person("health", None, 1), person("health", None, 5)]
    crossed = [person("community_member", "action_team", 2) for _ in range(4)]
    crossed += [person("youth", "action_team", 3) for _ in range(4)]
    crossed += [person("nonprofit", "action_team", 5)] + [person("nonprofit", "partner", 4) for _ in range(3)]

    def too_few_only(weights, orders, min_size, already_hidden=None):
        sizes = {axis: breakdown_module.axis_sizes(weights, axis, orders[axis]) for axis in breakdown_module.AXES}
        return {axis: {g: TOO_FEW if 0 < n < min_size else None for g, n in s.items()} for axis, s in sizes.items()}

    monkeypatch.setattr(breakdown_module, "protect", too_few_only)
    shown = {by: of(lone, by) for by in ("sector", "role")}
    assert leaks(lone, None, shown) == [(8, 9)] and leaks(lone, "equity", shown) == [(8, 9)]  # the two in health
    monkeypatch.setattr(breakdown_module, "protect", within_each_breakdown_only)
    assert leaks(lone, "equity", {by: of(lone, by) for by in ("sector", "role")}) == []
    shown = {by: of(crossed, by) for by in ("sector", "role")}
    assert leaks(crossed, "equity", shown) == [(8,)]  # the lone nonprofit of the action team
    # find_leak sees it too, and no longer once youth and nonprofit are hidden.
    weights = {("community_member", "action_team"): 4, ("youth", "action_team"): 4}
    weights |= {("nonprofit", "action_team"): 1, ("nonprofit", "partner"): 3}
    everything = {"sector": dict.fromkeys(("community_member", "youth", "nonprofit")), "role": {}}
    everything["role"] = dict.fromkeys(("action_team", "partner"))
    assert find_leak(weights, everything, M) is not None
    safer = {**everything, "sector": {"community_member": None, "youth": COMPLEMENTARY, "nonprofit": COMPLEMENTARY}}
    assert find_leak(weights, safer, M) is None


def random_rounds(count: int = 150):
    """Seeded rounds of 3 to 16 people over a few sectors and roles, some "don't know" on two dimensions."""
    rng = random.Random(20260422)
    sectors = ["community_member", "youth", "nonprofit", "government", None]
    roles = ["action_team", "partner", "leadership_table", None]
    for _ in range(count):
        people = []
        for _ in range(rng.randint(3, 16)):
            dk = {d: None for d in ("equity", "champions") if rng.random() < 0.2}
            people.append(person(rng.choice(sectors), rng.choice(roles), rng.randint(1, 5), **dk))
        yield people


CHECKED = ("equity", "champions", "urgency")  # every other dimension has the same scorers as urgency


def test_random_rounds_never_let_subtraction_reveal_fewer_than_the_minimum():
    for people in random_rounds():
        assert_nothing_derivable(people, CHECKED)


def test_random_rounds_would_leak_under_the_rule_of_one_breakdown_alone(monkeypatch):
    # So the test above has teeth: protecting each breakdown on its own leaves leaks in some of them.
    monkeypatch.setattr(breakdown_module, "protect", within_each_breakdown_only)
    leaky = 0
    for people in random_rounds():
        shown = {by: of(people, by) for by in ("sector", "role")}
        leaky += any(leaks(people, d, shown) for d in (None, *CHECKED))
    assert leaky >= 10


# ---- words and charts ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, too_few", [("en", "fewer than 3"), ("fr", "moins de 3")])
def test_hidden_cells_read_fewer_than_the_minimum_or_hidden(lang, too_few):
    people = [person("nonprofit", None, s) for s in (4, 4, 5, 3)]
    people += [person("government", None, s) for s in (2, 2, 3, 3)]
    people += [person("health", None, s) for s in (1, 5)]
    b = of(people)
    fig = breakdown_charts.dimension_heat_map(INSTRUMENT, lang, b)
    scores, blanks = fig.data
    assert list(scores.x)[1].startswith(breakdown_charts.group_label("sector", "nonprofit", lang))
    assert list(scores.x)[3] == f"{breakdown_charts.group_label('sector', 'health', lang)} ({too_few})"
    first_row = [scores.text[0][c] or blanks.text[0][c] for c in range(4)]
    hidden = "hidden" if lang == "en" else "masqué"
    assert first_row == [("3.2" if lang == "en" else "3,2"), ("4.0" if lang == "en" else "4,0"), hidden, too_few]
    assert scores.z[0][2] is None and scores.z[0][3] is None  # no number behind a hidden cell
    sections = breakdown_charts.section_heat_map(INSTRUMENT, lang, b)
    assert len(sections.data[0].y) == 4
