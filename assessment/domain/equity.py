"""The equity lens of a round (issue 10, point 4): how community members with lived experience and youth see
the initiative against everyone else, who answered against the structures the seeds describe, and the seeds'
equity questions for the debrief.

Gap. For each focus group (the sector ids ``community_member`` and ``youth`` of PRODUCT.md) and each
dimension: the group's score, the score of everyone else (every other participant, "not given" included) and
the gap, group minus everyone else, on the 1–5 scale, unrounded. A gap of a whole answer step or more
(``NOTABLE_GAP``) is flagged for the debrief.

Anonymity. The lens shows nothing the breakdown screen does not already give away. It takes the group's cells
from the breakdown by sector (``anonymity.breakdown``: small groups hidden, and others hidden with them so that
neither subtraction from the total nor the breakdown by role set beside it can reveal them), and shows a gap
only where that breakdown shows both the group's cell and the round total. "Everyone else" is then the total
minus a shown group, a difference the breakdown screen already gives; and since that breakdown leaves no sum of
1 to m − 1 people to find, everyone else is 0 or at least ``min_group_size`` people. A hidden group shows no
score, no n and no "everyone else" (which the total would turn back into the group). The two focus groups are
never merged into one: their sum is not a figure the breakdown shows, and with other small sectors hidden it
could give one of them away.

Who answered. Participants per sector and per role, as the breakdown screen counts them (hidden groups say
why, with no number), and per structure of the seeds (``STRUCTURES``): a leadership table of 10 to 15 people
that includes youth; action teams whose members include community members; a backbone team of 2 to 3 staff.
A structure's size is judged from what is known of its count only: a shown count, 1 to m − 1 for a group too
small to show, at least m for a group hidden to protect another; when that range straddles the seeds' range
the answer is "cannot tell". Whether a focus sector is among a structure's respondents is a yes or no, never a
number: the breakdown already says which sectors and roles answered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from assessment.domain.anonymity import NOT_GIVEN, TOO_FEW, Breakdown, Cell, breakdown
from assessment.domain.instrument import SECTORS, Instrument
from assessment.domain.scoring import DimensionStats

FOCUS_GROUPS: tuple[str, ...] = ("community_member", "youth")
NOTABLE_GAP = 1.0  # a whole step of the answer scale

WITHIN, BELOW, ABOVE, CANNOT_TELL = "within", "below", "above", "cannot_tell"


@dataclass(frozen=True)
class StructureModel:
    """A structure the seeds describe: its role id, its usual size (None: the seeds give none) and the sector
    it should include (None: no such rule)."""

    role: str
    low: int | None
    high: int | None
    includes: str | None


# Seed 002: "une table de leadership de 10 à 15 personnes comprenant la voix des jeunes"; action teams of
# "experts de contenu, patients, soignants et membres de la communauté"; "une équipe de 2 à 3 personnes".
STRUCTURES: tuple[StructureModel, ...] = (
    StructureModel("leadership_table", 10, 15, "youth"),
    StructureModel("action_team", None, None, "community_member"),
    StructureModel("backbone_staff", 2, 3, None),
)


@dataclass(frozen=True)
class Gap:
    """One focus group in one dimension: its cell (score and n, or why hidden), everyone else's score and n,
    and the gap (group − everyone else). Everyone else and the gap are None when the cell is hidden, and the
    gap too when nobody else scored the dimension or the group did not."""

    dimension_id: str
    group: Cell
    rest_score: float | None
    rest_n: int | None
    gap: float | None

    @property
    def hidden(self) -> str | None:
        return self.group.hidden

    @property
    def notable(self) -> bool:
        return self.gap is not None and abs(self.gap) >= NOTABLE_GAP


@dataclass(frozen=True)
class FocusGroup:
    """A focus sector: its participants (None when hidden; 0 when nobody of it answered) and one gap per
    dimension, in the instrument's order."""

    id: str
    participants: int | None
    hidden: str | None
    gaps: tuple[Gap, ...]

    def gap(self, dimension_id: str) -> Gap:
        return next(g for g in self.gaps if g.dimension_id == dimension_id)


@dataclass(frozen=True)
class Structure:
    """Who answered in one structure of the seeds: the count shown (None when hidden or, with ``hidden`` None,
    never: 0 when nobody), why hidden, the size against the seeds' range ('within', 'below', 'above',
    'cannot_tell'; None when the seeds give no size) and whether the sector it should include is among its
    respondents (None when no such rule)."""

    model: StructureModel
    count: int | None
    hidden: str | None
    size: str | None
    includes: bool | None


@dataclass(frozen=True)
class EquityLens:
    """The equity lens of a round: the two breakdowns it reads (as the breakdown screen shows them), the focus
    groups' gaps, the structures, and the sectors nobody answered for."""

    min_group_size: int
    sectors: Breakdown
    roles: Breakdown
    groups: tuple[FocusGroup, ...]
    structures: tuple[Structure, ...]
    absent_sectors: tuple[str, ...]

    @property
    def participants(self) -> int:
        return self.sectors.total.participants or 0

    def group(self, group_id: str) -> FocusGroup:
        return next(g for g in self.groups if g.id == group_id)

    @property
    def notable(self) -> list[tuple[FocusGroup, Gap]]:
        """Every notable gap shown, largest first (then in focus-group and instrument order)."""
        found = [(g, gap) for g in self.groups for gap in g.gaps if gap.notable]
        return sorted(found, key=lambda pair: -abs(pair[1].gap or 0.0))


def _sum(parts: list[DimensionStats]) -> tuple[int, float]:
    return sum(s.n for s in parts), sum(s.total for s in parts)


def _gaps(
    instrument: Instrument,
    sectors: Breakdown,
    group_id: str,
    stats: Mapping[tuple[str | None, str | None], Mapping[str, DimensionStats]],
) -> tuple[Gap, ...]:
    """The gaps of one focus group, read off the protected breakdown by sector."""
    if not any(g.id == group_id for g in sectors.groups):  # nobody of the group answered: nothing to compare
        return tuple(Gap(d, Cell(None, 0, None), None, None, None) for d in instrument.dimensions)
    gaps = []
    for d in instrument.dimensions:
        cell = sectors.group(group_id).dimensions[d]
        if not cell.shown:  # a total scored by too few hides every group's cell too (anonymity, step 4)
            gaps.append(Gap(d, cell, None, None, None))
            continue
        rest_n, rest_total = _sum([s[d] for (sector, _), s in stats.items() if sector != group_id and d in s])
        rest = rest_total / rest_n if rest_n else None
        gap = cell.score - rest if cell.score is not None and rest is not None else None
        gaps.append(Gap(d, cell, rest, rest_n, gap))
    return tuple(gaps)


def _known_range(count: int | None, hidden: str | None, m: int, total: int) -> tuple[int, int]:
    """What the screen lets anyone know of a group's size: the count, 1 to m − 1, or m to the round's size."""
    if hidden is None:
        return (count or 0, count or 0)
    return (1, m - 1) if hidden == TOO_FEW else (m, total)


def size_against(known: tuple[int, int], low: int | None, high: int | None) -> str | None:
    """A size known to lie in ``known`` (inclusive) against the range low–high: within, below, above, or
    cannot_tell when it could be either; None when there is no range."""
    if low is None or high is None:
        return None
    if known[1] < low:
        return BELOW
    if known[0] > high:
        return ABOVE
    return WITHIN if low <= known[0] and known[1] <= high else CANNOT_TELL


def _structures(roles: Breakdown, people: Mapping[tuple[str, str], int]) -> tuple[Structure, ...]:
    m, total = roles.min_group_size, roles.total.participants or 0
    found = []
    for model in STRUCTURES:
        group = next((g for g in roles.groups if g.id == model.role), None)
        count, hidden = (0, None) if group is None else (group.participants, group.hidden)
        includes = None
        if model.includes is not None:
            includes = any(n > 0 for (s, r), n in people.items() if s == model.includes and r == model.role)
        size = size_against(_known_range(count, hidden, m, total), model.low, model.high)
        found.append(Structure(model, count, hidden, size, includes))
    return tuple(found)


def equity_lens(
    instrument: Instrument,
    participants: Mapping[tuple[str | None, str | None], int],
    stats: Mapping[tuple[str | None, str | None], Mapping[str, DimensionStats]],
) -> EquityLens:
    """The equity lens of a round, from the same inputs as ``anonymity.breakdown``: (sector, role) ->
    submitted participants, and (sector, role) -> dimension id -> sums of their dimension scores."""
    sectors = breakdown(instrument, "sector", participants, stats)
    roles = breakdown(instrument, "role", participants, stats)
    groups = []
    for g in FOCUS_GROUPS:
        group = next((x for x in sectors.groups if x.id == g), None)
        count, hidden = (0, None) if group is None else (group.participants, group.hidden)
        groups.append(FocusGroup(g, count, hidden, _gaps(instrument, sectors, g, stats)))
    people = {(s or NOT_GIVEN, r or NOT_GIVEN): int(n) for (s, r), n in participants.items()}
    answered = {s for (s, _), n in people.items() if n > 0}
    return EquityLens(
        min_group_size=instrument.min_group_size,
        sectors=sectors,
        roles=roles,
        groups=tuple(groups),
        structures=_structures(roles, people),
        absent_sectors=tuple(s for s in SECTORS if s not in answered and s != "other"),  # "other" names nobody
    )
