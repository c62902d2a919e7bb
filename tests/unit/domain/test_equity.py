"""The equity lens: the gap between community members, youth and everyone else per dimension, under the
breakdowns' suppression rules; who answered against the seeds' structures.

Hand-computed cases first; then Hypothesis rounds checked by the attacker's oracle of test_anonymity, which
knows what the breakdown screen shows plus every "everyone else" figure of the lens, and tries every set of
1 to m − 1 people to see whether its sum follows by adding and subtracting.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment.domain.anonymity import COMPLEMENTARY, NOT_GIVEN, TOO_FEW
from assessment.domain.equity import (
    ABOVE,
    BELOW,
    CANNOT_TELL,
    FOCUS_GROUPS,
    WITHIN,
    EquityLens,
    equity_lens,
    size_against,
)
from assessment.domain.scoring import dimension_stats
from tests.unit.domain.test_anonymity import INSTRUMENT, M, leaks, person


def lens_of(people: list[tuple]) -> EquityLens:
    """The equity lens of a round of ``people`` (sector, role, dimension scores), as the repository hands it."""
    participants: dict[tuple, int] = defaultdict(int)
    grouped: dict[tuple, dict[int, dict[str, float]]] = defaultdict(dict)
    for number, (sector, role, scores) in enumerate(people):
        participants[(sector, role)] += 1
        grouped[(sector, role)][number] = scores
    stats = {profile: dimension_stats(scores, {}) for profile, scores in grouped.items()}
    return equity_lens(INSTRUMENT, participants, stats)


# ---- gaps ---------------------------------------------------------------------------------------------------
def test_the_gap_is_the_group_minus_everyone_else_and_a_whole_step_is_notable():
    people = [person("community_member", "action_team", 2) for _ in range(4)]
    people += [person("youth", "action_team", 3) for _ in range(3)]
    people += [person("nonprofit", "leadership_table", 5) for _ in range(5)]
    lens = lens_of(people)
    community = lens.group("community_member").gap("equity")
    assert (community.group.score, community.group.n) == (2.0, 4)
    assert (community.rest_score, community.rest_n) == (pytest.approx(34 / 8), 8)  # 3 × 3 + 5 × 5
    assert community.gap == pytest.approx(2 - 34 / 8) and community.notable
    youth = lens.group("youth").gap("equity")
    assert (youth.rest_score, youth.rest_n) == (pytest.approx(33 / 9), 9)  # 4 × 2 + 5 × 5
    assert youth.gap == pytest.approx(3 - 33 / 9) and not youth.notable
    assert lens.group("youth").participants == 3 and lens.participants == 12
    # Largest first: every dimension of the community members (−2.25) before any other.
    assert [g.id for g, _ in lens.notable] == ["community_member"] * 19
    assert lens.notable[0][1].gap == pytest.approx(-2.25)


def test_a_group_too_small_to_show_has_no_score_no_n_and_no_everyone_else():
    people = [person("youth", "action_team", 1) for _ in range(2)]
    people += [person("nonprofit", None, 4) for _ in range(5)] + [person("government", None, 4) for _ in range(4)]
    lens = lens_of(people)
    youth = lens.group("youth")
    assert (youth.participants, youth.hidden) == (None, TOO_FEW)
    assert all((g.group.score, g.group.n, g.rest_score, g.rest_n, g.gap) == (None,) * 5 for g in youth.gaps)
    assert all(g.hidden == TOO_FEW and not g.notable for g in youth.gaps)
    assert lens.notable == []


def test_a_group_hidden_to_protect_another_hides_its_gaps_too():
    # Youth 4, health 2: everyone minus youth minus nonprofit would give health away, so youth goes too.
    people = [person("youth", None, 1) for _ in range(4)] + [person("nonprofit", None, 4) for _ in range(5)]
    people += [person("health", None, 5) for _ in range(2)]
    lens = lens_of(people)
    assert lens.group("youth").hidden == COMPLEMENTARY
    assert {g.hidden for g in lens.group("youth").gaps} == {COMPLEMENTARY}
    assert all(g.rest_score is None for g in lens.group("youth").gaps)


def test_dont_know_answers_hide_only_the_dimension_they_leave_with_too_few_scores():
    people = [person("youth", None, 2, equity=None), person("youth", None, 2, equity=None), person("youth", None, 2)]
    people += [person("nonprofit", None, 4) for _ in range(4)] + [person("government", None, 3) for _ in range(4)]
    youth = lens_of(people).group("youth")
    assert youth.gap("equity").hidden == TOO_FEW and youth.gap("equity").gap is None
    assert youth.gap("urgency").gap == pytest.approx(2 - 28 / 8)


def test_a_focus_group_nobody_belongs_to_shows_no_gap_and_counts_zero():
    people = [person("nonprofit", None, 4) for _ in range(3)] + [person("government", None, 3) for _ in range(3)]
    lens = lens_of(people)
    for group_id in FOCUS_GROUPS:
        group = lens.group(group_id)
        assert (group.participants, group.hidden) == (0, None)
        assert all(g.gap is None and not g.hidden for g in group.gaps)
    assert lens.absent_sectors == ("community_member", "youth", "business", "funder", "education", "health")


def test_when_everyone_is_in_the_group_there_is_nobody_else_to_compare_with():
    lens = lens_of([person("youth", None, 3) for _ in range(4)])
    gap = lens.group("youth").gap("equity")
    assert (gap.group.score, gap.rest_n, gap.rest_score, gap.gap) == (3.0, 0, None, None)


# ---- who answered against the structures ------------------------------------------------------------------
@pytest.mark.parametrize(
    "known, expected",
    [
        ((12, 12), WITHIN),
        ((10, 15), WITHIN),
        ((9, 9), BELOW),
        ((16, 16), ABOVE),
        ((1, 2), BELOW),
        ((3, 40), CANNOT_TELL),
    ],
)
def test_a_size_is_judged_only_from_what_is_known_of_it(known, expected):
    assert size_against(known, 10, 15) == expected


def test_a_size_with_no_range_in_the_seeds_is_not_judged():
    assert size_against((4, 4), None, None) is None


def test_structures_say_their_size_against_the_seeds_and_whether_the_right_sector_is_in_them():
    people = [person("youth", "leadership_table", 3) for _ in range(2)]
    people += [person("nonprofit", "leadership_table", 4) for _ in range(10)]
    people += [person("nonprofit", "action_team", 4) for _ in range(4)]
    people += [person("government", "backbone_staff", 4) for _ in range(2)]
    people += [person("government", "partner", 4) for _ in range(5)]
    table, teams, staff = lens_of(people).structures
    assert (table.model.role, table.count, table.size, table.includes) == ("leadership_table", 12, WITHIN, True)
    # The action team (4) goes with the two staff, else everyone minus the groups shown would count them.
    assert (teams.model.role, teams.count, teams.hidden, teams.includes) == ("action_team", None, COMPLEMENTARY, False)
    assert teams.size is None
    # Two backbone staff are too few to count: 1 or 2 against the seeds' 2 to 3, so it cannot be told.
    assert (staff.count, staff.hidden, staff.size, staff.includes) == (None, TOO_FEW, CANNOT_TELL, None)


def test_a_structure_nobody_answered_for_counts_zero_and_is_below_its_range():
    table, teams, staff = lens_of([person("nonprofit", "partner", 4) for _ in range(3)]).structures
    assert (table.count, table.hidden, table.size, table.includes) == (0, None, BELOW, False)
    assert (teams.count, teams.includes) == (0, False)
    assert staff.size == BELOW


# ---- no hidden group can be worked out, whatever the round --------------------------------------------------
SECTORS = ("community_member", "youth", "nonprofit", "government", None)
ROLES = ("leadership_table", "action_team", "backbone_staff", "partner", None)
participant = st.tuples(
    st.sampled_from(SECTORS), st.sampled_from(ROLES), st.integers(1, 5), st.booleans(), st.integers(1, 5)
)
CHECKED = ("equity", "urgency")  # equity has "don't know" answers; every other dimension scores like urgency


def people_of(drawn: list[tuple]) -> list[tuple]:
    """Participants from drawn (sector, role, score, don't know on equity, equity score) tuples."""
    return [person(s, r, score, equity=None if dk else float(eq)) for s, r, score, dk, eq in drawn]


def lens_leaks(people: list[tuple], lens: EquityLens) -> list[tuple[int, ...]]:
    """What the oracle finds from both breakdowns plus every "everyone else" the lens shows."""
    found = leaks(people, None, {"sector": lens.sectors, "role": lens.roles})
    for d in CHECKED:
        found += leaks_with_rests(people, d, lens, [g.id for g in lens.groups if g.gap(d).rest_n is not None])
    return found


def leaks_with_rests(people: list[tuple], d: str, lens: EquityLens, rests: list[str]) -> list[tuple[int, ...]]:
    """Sets of 1 to m − 1 scorers of ``d`` whose sum follows from the total, the shown groups of both
    breakdowns and "everyone else" of each focus group in ``rests``."""
    scorers = [i for i, p in enumerate(people) if d in p[2]]
    if not scorers or not lens.sectors.total.dimensions[d].shown:
        return []
    rows = [[1.0] * len(scorers)]  # the total
    for axis, b in enumerate((lens.sectors, lens.roles)):
        rows += [
            [1.0 if (people[i][axis] or NOT_GIVEN) == g.id else 0.0 for i in scorers]
            for g in b.groups
            if g.dimensions[d].shown
        ]
    rows += [[0.0 if people[i][0] == g else 1.0 for i in scorers] for g in rests]  # everyone else of g
    known = np.array(rows)
    projection = np.linalg.pinv(known) @ known  # onto every sum that can be worked out
    found = []
    for size in range(1, M):
        for chosen in itertools.combinations(range(len(scorers)), size):
            vector = np.zeros(len(scorers))
            vector[list(chosen)] = 1.0
            if np.all(np.abs(vector @ projection - vector) < 1e-9):
                found.append(tuple(scorers[i] for i in chosen))
    return found


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(participant, min_size=M, max_size=13))  # a round under the minimum shows only its count
def test_no_hidden_group_can_be_worked_out_from_the_lens_and_the_totals(drawn):
    people = people_of(drawn)
    lens = lens_of(people)
    assert lens_leaks(people, lens) == []
    for group in lens.groups:
        for gap in group.gaps:
            if gap.hidden:  # a hidden cell carries no number at all
                assert (gap.group.score, gap.group.n, gap.rest_score, gap.rest_n, gap.gap) == (None,) * 5
            elif gap.rest_n is not None:  # everyone else is nobody or at least the minimum
                assert gap.rest_n == 0 or gap.rest_n >= M
                assert gap.group.n == 0 or gap.group.n >= M
        if group.hidden:
            assert group.participants is None and all(g.hidden for g in group.gaps)


def test_the_oracle_finds_a_small_group_if_the_lens_showed_its_everyone_else():
    # So the property above has teeth: two youth, hidden; their "everyone else" beside the total is them.
    people = [person("youth", None, 1) for _ in range(2)] + [person("nonprofit", None, 4) for _ in range(6)]
    lens = lens_of(people)
    assert lens.group("youth").hidden == TOO_FEW
    assert lens_leaks(people, lens) == []
    assert (0, 1) in leaks_with_rests(people, "equity", lens, ["youth"])
