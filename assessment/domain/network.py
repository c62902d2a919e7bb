"""Networks of initiatives on one shared measure: members side by side, the network's spread, one member
against the network (issue 10, point 1). Pure: scored rounds in, what may be shown out.

Rules:

- Comparable rounds only. A member's round counts when it used the network's items (the same instrument
  item ids as the reference) and at least ``min_group_size`` people submitted it (fewer would put a few
  people's answers before the whole network). Every other round is left out, counted by reason
  (``other_items``, ``too_few``), and the note says so. A member's figures are those of its newest
  counting round; its trend is the index of every counting round, oldest first.
- Anonymity at the initiative level. A member is named only while it consents; otherwise it is shown as
  ``Initiative <alias>``, an alias drawn at random when it joined (never from its name, its id or when it
  joined) and kept. Nothing shown about an anonymous member carries text its people typed: not its name,
  nor its round labels (a label may hold the initiative's name); only dates, counts and scores.
  Rows come named first (by name), then anonymous (by alias). So what is shown is the same, character for
  character, whatever the hidden members are called and whatever their rounds are labelled.
- Network figures (index, section and dimension spreads: median and quartiles, ``statistics.quantiles``,
  inclusive method) are shown only when at least MIN_INITIATIVES members contribute (have a counting
  round); per dimension, only when at least MIN_INITIATIVES of them scored it.
- A member's own view ("our initiative against the network") shows its own figures and the network's
  spread, never another member's row, name or alias.

Scores are on the 1–5 scale and the index on 0–100, unrounded.
"""

from __future__ import annotations

import secrets
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from statistics import quantiles

MIN_INITIATIVES = 3
OTHER_ITEMS = "other_items"
TOO_FEW = "too_few"
LEFT_OUT_REASONS: tuple[str, ...] = (OTHER_ITEMS, TOO_FEW)
ABOVE, WITHIN, BELOW = "above", "within", "below"


def anonymous_label(alias: str) -> str:
    """The stable label of a member that did not consent to be named (the same word in French and English)."""
    return f"Initiative {alias}"


def fresh_alias(taken: set[str]) -> str:
    """A random alias not in ``taken``: one capital letter while any is free, then two (from a
    cryptographic source, so it says nothing about the member or when it joined)."""
    letters = string.ascii_uppercase
    for pool in (list(letters), [a + b for a in letters for b in letters]):
        free = [alias for alias in pool if alias not in taken]
        if free:
            return secrets.choice(free)
    raise ValueError("no alias left")  # 702 members: far beyond any network


@dataclass(frozen=True)
class RoundFigures:
    """One scored round of a member. ``left_out``: None when it counts, else OTHER_ITEMS or TOO_FEW."""

    label: str
    on: date
    participants: int
    index: float | None
    verdict: str | None
    sections: Mapping[str, float | None]
    dimensions: Mapping[str, float | None]
    left_out: str | None = None


@dataclass(frozen=True)
class Member:
    """A member initiative with its rounds, oldest first; ``consented_at`` None: not to be named."""

    name: str
    alias: str
    consented_at: datetime | None
    rounds: tuple[RoundFigures, ...]


@dataclass(frozen=True)
class MemberRow:
    """What may be shown about one member. ``round`` is None for an anonymous member; the figures are None
    when it has no counting round. ``trend``: (date, index) of every counting round, oldest first."""

    label: str
    named: bool
    consented_on: date | None
    round: str | None
    date: date | None
    participants: int | None
    index: float | None
    verdict: str | None
    sections: Mapping[str, float | None]
    dimensions: Mapping[str, float | None]
    trend: tuple[tuple[date, float | None], ...]
    left_out: Mapping[str, int] = field(default_factory=dict)

    @property
    def contributes(self) -> bool:
        return self.date is not None


@dataclass(frozen=True)
class Spread:
    """The network's spread of one figure over the members that have it: None figures below MIN_INITIATIVES."""

    id: str
    initiatives: int
    median: float | None
    q1: float | None
    q3: float | None

    @property
    def shown(self) -> bool:
        return self.median is not None


@dataclass(frozen=True)
class NetworkView:
    """The network coordinator's view: every member's row, and the spreads (empty when not ``shown``)."""

    name: str
    members: tuple[MemberRow, ...]
    contributing: int
    index: Spread | None
    sections: tuple[Spread, ...]
    dimensions: tuple[Spread, ...]
    left_out: Mapping[str, int]
    min_initiatives: int = MIN_INITIATIVES

    @property
    def shown(self) -> bool:
        return self.contributing >= self.min_initiatives


@dataclass(frozen=True)
class MemberView:
    """One member against its network: its own row, the network's spreads, and where it stands per dimension."""

    network: str
    own: MemberRow
    contributing: int
    index: Spread | None
    dimensions: tuple[Spread, ...]
    positions: Mapping[str, str]  # dimension id -> ABOVE (over q3), WITHIN or BELOW (under q1)
    min_initiatives: int = MIN_INITIATIVES

    @property
    def shown(self) -> bool:
        return self.contributing >= self.min_initiatives


def member_row(member: Member, *, to_itself: bool = False) -> MemberRow:
    """What may be shown about ``member`` (see the module's rules); ``to_itself``: to its own people, who see
    its name and round labels whether or not it consented to be named in the network."""
    named = member.consented_at is not None or to_itself
    counting = [r for r in member.rounds if r.left_out is None]
    left_out = dict(Counter(r.left_out for r in member.rounds if r.left_out is not None))
    label = member.name if named else anonymous_label(member.alias)
    consented_on = member.consented_at.date() if member.consented_at else None
    if not counting:
        return MemberRow(label, named, consented_on, None, None, None, None, None, {}, {}, (), left_out)
    latest = counting[-1]
    return MemberRow(
        label=label,
        named=named,
        consented_on=consented_on,
        round=latest.label if named else None,
        date=latest.on,
        participants=latest.participants,
        index=latest.index,
        verdict=latest.verdict,
        sections=dict(latest.sections),
        dimensions=dict(latest.dimensions),
        trend=tuple((r.on, r.index) for r in counting),
        left_out=left_out,
    )


def spread(figure_id: str, values: Sequence[float | None], minimum: int = MIN_INITIATIVES) -> Spread:
    """Median and quartiles of the values that are not None, when there are at least ``minimum``."""
    present = sorted(v for v in values if v is not None)
    if len(present) < minimum:
        return Spread(figure_id, len(present), None, None, None)
    q1, median, q3 = quantiles(present, n=4, method="inclusive")
    return Spread(figure_id, len(present), median, q1, q3)


def _ordered(rows: Sequence[MemberRow], members: Sequence[Member]) -> tuple[MemberRow, ...]:
    """Named members first, by name; then anonymous ones, by alias (never by name, id or order of joining)."""
    pairs = zip(rows, members, strict=True)
    keyed = [((0, m.name.casefold(), m.name) if row.named else (1, m.alias, ""), row) for row, m in pairs]
    return tuple(row for _, row in sorted(keyed, key=lambda pair: pair[0]))


def network_view(name: str, members: Sequence[Member], sections: Mapping[str, Sequence[str]]) -> NetworkView:
    """The coordinator's view of a network; ``sections``: the reference's section id -> its dimension ids."""
    rows = [member_row(m) for m in members]
    contributing = [r for r in rows if r.contributes]
    left_out: Counter[str] = Counter()
    for row in rows:
        left_out.update(row.left_out)
    view = NetworkView(name, _ordered(rows, members), len(contributing), None, (), (), dict(left_out))
    if not view.shown:
        return view
    dimension_ids = [d for ids in sections.values() for d in ids]
    return NetworkView(
        name=name,
        members=view.members,
        contributing=view.contributing,
        index=spread("index", [r.index for r in contributing]),
        sections=tuple(spread(s, [r.sections.get(s) for r in contributing]) for s in sections),
        dimensions=tuple(spread(d, [r.dimensions.get(d) for r in contributing]) for d in dimension_ids),
        left_out=view.left_out,
    )


def position(score: float | None, s: Spread) -> str | None:
    """Where ``score`` stands in the spread ``s``: ABOVE q3, BELOW q1, else WITHIN; None when either is missing."""
    if score is None or not s.shown:
        return None
    return ABOVE if score > s.q3 else BELOW if score < s.q1 else WITHIN  # type: ignore[operator]


def member_view(network: NetworkView, own: Member) -> MemberView:
    """``own`` (a member of ``network``) against the network: no other member's row, name or alias."""
    row = member_row(own, to_itself=True)
    if not network.shown:
        return MemberView(network.name, row, network.contributing, None, (), {})
    positions = {s.id: p for s in network.dimensions if (p := position(row.dimensions.get(s.id), s)) is not None}
    return MemberView(network.name, row, network.contributing, network.index, network.dimensions, positions)
