"""Breakdowns of a round by sector or by role, with small groups hidden so that subtraction cannot reveal them.

Each group (a sector or role id, or ``not_given`` for participants who gave none) gets, per dimension,
the mean of its participants' dimension scores and ``n`` (participants who scored the dimension), as
``scoring.py`` computes them for the whole round; per section, the mean of its dimension scores. Scores
are on the 1–5 scale and unrounded. The round total sits beside the groups.

Anonymity rule, with m = the instrument's ``min_group_size`` (3 by default). What subtraction can
reveal must always be the sum of 0 or of at least m people, never of 1 to m − 1:

1. Groups. A group of fewer than m participants is hidden (``too_few``). If the hidden groups then
   hold 1 to m − 1 participants together, the total minus the shown groups would give them away, so
   the smallest shown group is hidden too (``complementary``; on a tie, the group listed last). A
   shown group holds at least m participants, so one more group always suffices. A hidden group
   hides all its numbers: participant count, dimension scores and section scores.
2. Dimensions. "Don't know" answers make ``n`` differ from one dimension to the next, so the same
   rule runs again on every dimension's ``n``: starting from the groups hidden in step 1, a cell with
   1 ≤ n < m is hidden (``too_few``), and if the hidden cells hold 1 to m − 1 scores together, the
   shown cell with the smallest ``n`` is hidden too (``complementary``). A cell with n = 0 shows no
   score and gives nothing away.
3. Sector beside role. Both breakdowns are on screen, so both are protected together: whenever the
   total, the shown sector groups and the shown role groups would, by adding and subtracting, give
   the sum of 1 to m − 1 people (for example a shown role group minus the shown sector groups that
   lie wholly inside it), more groups are hidden (``complementary``) until no such sum is left:
   one of the groups used in that sum, then the smallest group used in each further sum, trying
   each group of the first sum and keeping the outcome that hides the fewest people (then the
   fewest groups). This runs on participant counts, then on every dimension's ``n``, after steps
   1 and 2; with one breakdown alone, steps 1 and 2 already leave no such sum.
4. Total. A dimension whose round total is scored by 1 to m − 1 participants is hidden in the total
   and in every group (``too_few``).
5. Sections. A group's section score, the mean of its dimension scores, would give away a hidden
   dimension of that section: it is shown only when no dimension of the section is hidden for that
   group (else ``part_hidden``).

How step 3 finds such sums: the known sums are the total, each shown group, and so each axis's
hidden groups taken together. Every participant is in one sector node and one role node (a shown
group, or the hidden groups of that axis). A 0/1 combination of known sums always reduces to a
disjoint union of sets of the form "the people of sector nodes A, minus the role nodes B whose
people all lie in A", so it is enough to look at every such set; there are at most 2^8 choices of
A (the smaller axis) per dimension.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assessment.domain.instrument import ROLES, SECTORS, Instrument
from assessment.domain.scoring import DimensionStats, RoundResult, score_dimension_stats

BY: dict[str, tuple[str, ...]] = {"sector": SECTORS, "role": ROLES}
AXES: tuple[str, ...] = ("sector", "role")
NOT_GIVEN = "not_given"
TOTAL = "total"
TOO_FEW = "too_few"
COMPLEMENTARY = "complementary"
PART_HIDDEN = "part_hidden"

#: (sector id, role id), ``not_given`` where none was given
Profile = tuple[str, str]
Reasons = dict[str, dict[str, str | None]]  # axis -> group id -> why hidden, None when shown


@dataclass(frozen=True)
class Cell:
    """One group's score in one dimension or section; a hidden cell carries no number.

    ``hidden`` is None when shown, else 'too_few', 'complementary' or 'part_hidden' (sections).
    ``n`` is the number of participants who scored the dimension (None for sections and hidden cells).
    """

    score: float | None
    n: int | None
    band: str | None
    hidden: str | None = None

    @property
    def shown(self) -> bool:
        return self.hidden is None


@dataclass(frozen=True)
class Group:
    """One sector or role (or ``not_given``, or the round ``total``) of a breakdown."""

    id: str
    participants: int | None  # None when hidden
    hidden: str | None
    dimensions: dict[str, Cell]
    sections: dict[str, Cell]


@dataclass(frozen=True)
class Breakdown:
    """A round's scores by sector or by role, with the round total; groups in catalog order, not_given last."""

    by: str
    min_group_size: int
    total: Group
    groups: tuple[Group, ...]

    def group(self, group_id: str) -> Group:
        return self.total if group_id == TOTAL else next(g for g in self.groups if g.id == group_id)


@dataclass(frozen=True)
class RoundBreakdown:
    """What the breakdown screen shows: the round, its instrument and the breakdown."""

    round_id: int
    initiative: str
    label: str
    instrument: Instrument
    breakdown: Breakdown


# ---- suppression ----------------------------------------------------------------------------------------
def suppress(
    sizes: Mapping[str, int], min_size: int, already_hidden: Mapping[str, str | None] | None = None
) -> dict[str, str | None]:
    """Steps 1 and 2 on one breakdown: per group, why it is hidden ('too_few', 'complementary' or its
    reason in ``already_hidden``), or None when it can be shown; ``sizes`` in display order.

    After this the hidden groups together hold 0 or at least ``min_size``, unless nothing is left
    to hide (the total itself is then under ``min_size``).
    """
    hidden: dict[str, str] = {g: r for g, r in (already_hidden or {}).items() if r and g in sizes}
    for g, n in sizes.items():
        if g not in hidden and 0 < n < min_size:
            hidden[g] = TOO_FEW
    remainder = sum(sizes[g] for g in hidden)
    shown = [g for g, n in sizes.items() if g not in hidden and n > 0]
    while 0 < remainder < min_size and shown:
        smallest = min(reversed(shown), key=lambda g: sizes[g])  # on a tie, the group listed last
        shown.remove(smallest)
        hidden[smallest] = COMPLEMENTARY
        remainder += sizes[smallest]
    return {g: hidden.get(g) for g in sizes}


def axis_sizes(weights: Mapping[Profile, int], axis: str, order: Iterable[str]) -> dict[str, int]:
    """Per group of one axis ('sector' or 'role'), in ``order``, the sum of the profiles' weights."""
    index = AXES.index(axis)
    sizes = dict.fromkeys(order, 0)
    for profile, w in weights.items():
        sizes[profile[index]] = sizes.get(profile[index], 0) + w
    return sizes


_HIDDEN_NODE = ""  # every hidden group of an axis, taken together (group ids are never empty)


def find_leak(weights: Mapping[Profile, int], reasons: Reasons, min_size: int) -> set[tuple[str, str]] | None:
    """A set of 1 to ``min_size`` − 1 people whose sum the total and the shown groups of both axes give
    away, as the shown (axis, group) used to reach it; None when there is none.

    ``weights``: people per (sector, role) profile; ``reasons``: the groups of each axis, hidden or not.
    """
    edges: dict[tuple[str, str], int] = defaultdict(int)
    for (sector, role), w in weights.items():
        if w > 0:
            s = sector if reasons["sector"].get(sector) is None else _HIDDEN_NODE
            r = role if reasons["role"].get(role) is None else _HIDDEN_NODE
            edges[(s, r)] += w
    if not edges:
        return None
    # A ranges over the subsets of the axis with fewer nodes (P); B over the other axis's (Q) nodes.
    p_axis, q_axis = "sector", "role"
    if len({r for _, r in edges}) < len({s for s, _ in edges}):
        p_axis, q_axis = "role", "sector"
        edges = defaultdict(int, {(r, s): w for (s, r), w in edges.items()})
    p_nodes = sorted({p for p, _ in edges})
    p_weight: dict[str, int] = defaultdict(int)
    q_weight: dict[str, int] = defaultdict(int)
    q_neighbours: dict[str, set[str]] = defaultdict(set)
    for (p, q), w in edges.items():
        p_weight[p] += w
        q_weight[q] += w
        q_neighbours[q].add(p)
    for mask in range(1, 1 << len(p_nodes)):
        a = {p for i, p in enumerate(p_nodes) if mask >> i & 1}
        w_a = sum(p_weight[p] for p in a)
        inside = [q for q in sorted(q_neighbours) if q_neighbours[q] <= a]
        # Subset sums of the role nodes wholly inside A, each with one subset reaching it.
        reach: dict[int, tuple[str, ...]] = {0: ()}
        for q in inside:
            for total, chosen in list(reach.items()):
                reach.setdefault(total + q_weight[q], chosen + (q,))
        for total, chosen in reach.items():
            if 0 < w_a - total < min_size:
                b = set(chosen)
                leaked_q = {q for (p, q), w in edges.items() if p in a and q not in b}
                used = {(p_axis, p) for p in a} | {(q_axis, q) for q in b | leaked_q}
                return {(axis, g) for axis, g in used if g != _HIDDEN_NODE}
    return None


def protect(
    weights: Mapping[Profile, int],
    orders: Mapping[str, list[str]],
    min_size: int,
    already_hidden: Reasons | None = None,
) -> Reasons:
    """Steps 1 to 3 on both axes at once: per axis and group, why it is hidden, or None when shown.

    ``weights``: people per (sector, role) profile (participants, or those who scored one dimension);
    ``orders``: each axis's groups in display order.

    Step 3 looks one group ahead: for each group used in the first sum found, it hides that group,
    then the smallest group used in each further sum until none is left, and keeps the outcome that
    hides the fewest people (then the fewest groups).
    """
    sizes = {axis: axis_sizes(weights, axis, orders[axis]) for axis in AXES}
    reasons: Reasons = {axis: suppress(sizes[axis], min_size, (already_hidden or {}).get(axis)) for axis in AXES}
    position = {(axis, g): i for axis in AXES for i, g in enumerate(orders[axis])}

    def smallest_first(c: tuple[str, str]) -> tuple[int, int, int]:
        # The smallest group; on a tie, role before sector, then the group listed last.
        return sizes[c[0]][c[1]], -AXES.index(c[0]), -position[c]

    def candidates(used: set[tuple[str, str]], current: Reasons) -> list[tuple[str, str]]:
        pool = used or {(axis, g) for axis in AXES for g, r in current[axis].items() if r is None}
        return sorted((c for c in pool if sizes[c[0]].get(c[1], 0) > 0), key=smallest_first)

    def hide(current: Reasons, c: tuple[str, str]) -> Reasons:
        hidden = {axis: dict(groups) for axis, groups in current.items()}
        hidden[c[0]][c[1]] = COMPLEMENTARY
        return hidden

    def greedy(current: Reasons) -> Reasons:
        while (used := find_leak(weights, current, min_size)) is not None:
            pool = candidates(used, current)
            if not pool:
                break  # only the total is left: it is hidden when under min_size
            current = hide(current, pool[0])
        return current

    def cost(current: Reasons) -> tuple[int, int]:
        hidden = [(axis, g) for axis in AXES for g, r in current[axis].items() if r]
        return sum(sizes[axis][g] for axis, g in hidden), len(hidden)

    used = find_leak(weights, reasons, min_size)
    if used is None:
        return reasons
    outcomes = [greedy(hide(reasons, c)) for c in candidates(used, reasons)]
    return min(outcomes, key=cost) if outcomes else reasons


# ---- the breakdown --------------------------------------------------------------------------------------
def group_order(by: str, group_ids: Iterable[str]) -> list[str]:
    """The groups present, in the catalog order of the sector or role ids, unknown ids next, not_given last."""
    known = BY[by]
    present = set(group_ids)
    ordered = [g for g in known if g in present]
    ordered += sorted(g for g in present if g not in known and g != NOT_GIVEN)
    return ordered + ([NOT_GIVEN] if NOT_GIVEN in present else [])


def _profile(key: tuple[str | None, str | None]) -> Profile:
    return (key[0] or NOT_GIVEN, key[1] or NOT_GIVEN)


def _add(a: DimensionStats | None, b: DimensionStats) -> DimensionStats:
    if a is None:
        return b
    return DimensionStats(a.n + b.n, a.total + b.total, a.total_sq + b.total_sq, a.dont_know + b.dont_know)


def _sum_stats(parts: Iterable[Mapping[str, DimensionStats]]) -> dict[str, DimensionStats]:
    summed: dict[str, DimensionStats] = {}
    for part in parts:
        for d, s in part.items():
            summed[d] = _add(summed.get(d), s)
    return summed


def _cell(score: float | None, n: int | None, band: str | None, hidden: str | None) -> Cell:
    return Cell(None, None, None, hidden) if hidden else Cell(score, n, band)


def _by_profile(
    participants: Mapping[tuple[str | None, str | None], int],
    stats: Mapping[tuple[str | None, str | None], Mapping[str, DimensionStats]],
) -> tuple[dict[Profile, int], dict[Profile, dict[str, DimensionStats]]]:
    """Participants and dimension sums per profile, ``not_given`` standing for None."""
    people: dict[Profile, int] = defaultdict(int)
    for key, n in participants.items():
        people[_profile(key)] += int(n)
    profile_stats: dict[Profile, list[Mapping[str, DimensionStats]]] = defaultdict(list)
    for key, per_dimension in stats.items():
        profile_stats[_profile(key)].append(per_dimension)
    return people, {p: _sum_stats(parts) for p, parts in profile_stats.items()}


def breakdown(
    instrument: Instrument,
    by: str,
    participants: Mapping[tuple[str | None, str | None], int],
    stats: Mapping[tuple[str | None, str | None], Mapping[str, DimensionStats]],
) -> Breakdown:
    """The breakdown of a round by ``by`` ('sector' or 'role'), protected together with the other one.

    ``participants``: (sector, role) -> submitted participants (None = not given); ``stats``: (sector,
    role) -> dimension id -> sums of those participants' dimension scores (as repository.dimension_stats).
    """
    if by not in BY:
        raise ValueError(f"unknown breakdown {by!r}")
    m = instrument.min_group_size
    people, by_profile = _by_profile(participants, stats)
    orders = {axis: group_order(axis, (p[AXES.index(axis)] for p in people if people[p])) for axis in AXES}
    index = AXES.index(by)
    order = orders[by]

    def stats_of(g: str | None) -> dict[str, DimensionStats]:
        return _sum_stats(s for p, s in by_profile.items() if g is None or p[index] == g)

    sizes = axis_sizes(people, by, order)
    total_participants = sum(sizes.values())
    total_result = score_dimension_stats(instrument, stats_of(None), total_participants)
    results = {g: score_dimension_stats(instrument, stats_of(g), sizes[g]) for g in order}

    group_reasons = protect(people, orders, m)
    cells: dict[str, dict[str, Cell]] = defaultdict(dict)
    protected: dict[tuple[tuple[Profile, int], ...], Reasons] = {}
    for d in instrument.dimensions:
        total = total_result.dimension(d)
        if 0 < total.n < m:
            reasons = {g: group_reasons[by][g] or TOO_FEW for g in order}
            cells[TOTAL][d] = _cell(None, None, None, TOO_FEW)
        else:
            scored = tuple(sorted((p, s[d].n) for p, s in by_profile.items() if d in s))
            if scored not in protected:  # most dimensions share the same n per profile
                protected[scored] = protect(dict(scored), orders, m, group_reasons)
            reasons = protected[scored][by]
            cells[TOTAL][d] = _cell(total.score, total.n, total.band, None)
        for g in order:
            result = results[g].dimension(d)
            cells[g][d] = _cell(result.score, result.n, result.band, reasons[g])

    def group(g: str, count: int, reason: str | None, result: RoundResult) -> Group:
        sections = {}
        for section in result.sections:
            dims = [cells[g][dim.id] for dim in section.dimensions]
            hidden = reason or (PART_HIDDEN if any(not c.shown for c in dims) else None)
            sections[section.id] = _cell(section.score, None, section.band, hidden)
        return Group(g, None if reason else count, reason, dict(cells[g]), sections)

    return Breakdown(
        by=by,
        min_group_size=m,
        total=group(TOTAL, total_participants, None, total_result),
        groups=tuple(group(g, sizes[g], group_reasons[by][g], results[g]) for g in order),
    )
