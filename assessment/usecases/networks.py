"""Networks of initiatives on one shared measure: creating them, members and their consent to be named, the
coordinator's view, one member against the network, and the network's JSON, workbook and HTML report.

The reference measure is the current instrument's full form: a round counts when it used exactly those
item ids (domain/network.py has the rules of what counts and of what may be shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from assessment.domain import network as net
from assessment.domain import scoring
from assessment.domain.errors import Duplicate, Invalid, NotFound, UserError
from assessment.domain.instrument import Instrument
from assessment.domain.text import clean_line
from assessment.domain.vocabulary import MAX_NAME
from assessment.store import network_queries as nq
from assessment.store.engine import Session
from assessment.store.models import Network, NetworkMember, Round
from assessment.usecases.base import utcnow
from assessment.usecases.results import Results

Scored = tuple[scoring.RoundResult, Instrument]  # a round's result, and the instrument it was scored with
Sums = tuple[tuple[int, int, int], dict[str, scoring.DimensionStats]]  # (submitted summary, dimension sums)


@dataclass(frozen=True)
class Membership:
    """An initiative in a network, for the coordinator who manages it: ``added`` False when it was already
    a member (its consent was updated); ``consented_at`` None when it is not named."""

    network: str
    initiative: str
    label: str
    consented_at: datetime | None
    added: bool = True


def checked_network_name(name: str) -> str:
    """A network's name, cleaned (domain/text.py); Invalid when empty or longer than MAX_NAME."""
    name = clean_line(name)
    if not name or len(name) > MAX_NAME:
        raise Invalid("network_name", name)
    return name


def _reference(instrument: Instrument) -> tuple[frozenset[str], dict[str, list[str]]]:
    """The network's items and its section id -> dimension ids, from the reference instrument."""
    sections = {s.id: [d.id for d in s.dimensions] for s in instrument.sections}
    return frozenset(instrument.item_ids("full")), sections


def _figures(r: Round, result: scoring.RoundResult, left_out: str | None) -> net.RoundFigures:
    return net.RoundFigures(
        label=r.label,
        on=r.date,
        participants=result.participants,
        index=result.index,
        verdict=result.verdict,
        sections={s.id: s.score for s in result.sections},
        dimensions={d.id: d.score for s in result.sections for d in s.dimensions},
        left_out=left_out,
    )


class Networks(Results):
    """Networks of initiatives and their views."""

    def create_network(self, *, name: str) -> str:
        """A new, empty network; Duplicate when the name is taken. The name, stripped."""
        name = checked_network_name(name)
        with self._write() as session:
            if nq.network_by_name(session, name=name):
                raise Duplicate("network", name)
            session.add(Network(name=name, created_at=utcnow()))
            return name

    def list_networks(self) -> list[str]:
        """Every network's name, in order."""
        with self._read() as session:
            return [n.name for n in nq.networks(session)]

    def networks_of_initiative(self, *, initiative: str) -> list[str]:
        """The names of the networks an initiative belongs to."""
        with self._read() as session:
            i = self._initiative_named(session, initiative)
            return [n.name for n in nq.networks_of(session, initiative_id=i.id)]

    @staticmethod
    def _network_named(session: Session, name: str) -> Network:
        n = nq.network_by_name(session, name=name)
        if n is None:
            raise NotFound("network", name)
        return n

    def add_to_network(self, *, network: str, initiative: str, consent: bool) -> Membership:
        """Add an initiative (named when ``consent``, with the date of consent; else under a fresh random
        alias); an initiative already in the network keeps its alias, and its consent is set to ``consent``."""
        with self._write() as session:
            n = self._network_named(session, network)
            i = self._initiative_named(session, initiative)
            now = utcnow()
            m = nq.member(session, network_id=n.id, initiative_id=i.id)
            added = m is None
            if m is None:
                taken = {member.alias for member, _ in nq.members_of(session, network_id=n.id)}
                m = NetworkMember(network_id=n.id, initiative_id=i.id, alias=net.fresh_alias(taken), joined_at=now)
                session.add(m)
            if consent and m.consented_at is None:
                m.consented_at = now
            elif not consent:
                m.consented_at = None
            session.flush()
            label = i.name if m.consented_at else net.anonymous_label(m.alias)
            return Membership(n.name, i.name, label, m.consented_at, added)

    def remove_from_network(self, *, network: str, initiative: str) -> None:
        """Take an initiative out of a network (its rounds stay); NotFound when it was not a member."""
        with self._write() as session:
            n = self._network_named(session, network)
            i = self._initiative_named(session, initiative)
            m = nq.member(session, network_id=n.id, initiative_id=i.id)
            if m is None:
                raise NotFound("network_member", i.name)
            session.delete(m)

    def network_memberships(self, *, network: str) -> list[Membership]:
        """A network's members by initiative name, for the coordinator who manages it (not for sharing)."""
        with self._read() as session:
            n = self._network_named(session, network)
            rows = [
                Membership(n.name, i.name, i.name if m.consented_at else net.anonymous_label(m.alias), m.consented_at)
                for m, i in nq.members_of(session, network_id=n.id)
            ]
            return sorted(rows, key=lambda m: m.initiative.casefold())

    def _scored_rounds(self, session: Session, rounds: list[Round]) -> tuple[dict[int, Scored], dict[int, Sums]]:
        """Round id -> (result, instrument) of every round someone submitted; and the sums of the rounds scored
        afresh from their answers, to keep (store.models.RoundScore): a round's kept sums serve while its
        submitted response sets are those they were computed for.

        The summary is read before the answers: a submission between the two makes the sums newer than
        the summary kept with them, which the next view finds stale and computes again (never the reverse)."""
        summary = nq.submitted_summary(session, round_ids=[r.id for r in rounds])
        kept = nq.stored_round_scores(session, round_ids=list(summary))
        stale = sorted(round_id for round_id, key in summary.items() if kept.get(round_id, (None,))[0] != key)
        fresh = nq.dimension_stats_of_rounds(session, round_ids=stale) if stale else {}
        sums = {round_id: stats for round_id, (_, stats) in kept.items()} | {r: fresh.get(r, {}) for r in stale}
        scored = {}
        for r in rounds:
            if r.id in summary:  # else nobody answered it yet: no result to count or leave out
                instrument = self.instrument_by_digest(session, r.snapshot_digest)
                scored[r.id] = (scoring.score_dimension_stats(instrument, sums[r.id], summary[r.id][0]), instrument)
        return scored, {round_id: (summary[round_id], sums[round_id]) for round_id in stale}

    def _keep(self, sums: dict[int, Sums]) -> None:
        """Keep the sums of rounds just scored from their answers, so that later views read them instead."""
        if sums:
            with self._write() as session:
                nq.store_round_scores(session, scores=sums, when=utcnow())

    def _members(self, network: str) -> tuple[Network, list[tuple[int, net.Member]], dict[str, list[str]]]:
        """The network, (initiative id, member with its scored rounds) of every member, the reference's
        sections."""
        reference = self.current_instrument()
        items, sections = _reference(reference)
        with self._read() as session:
            n = self._network_named(session, network)
            pairs = nq.members_of(session, network_id=n.id)
            rounds = nq.rounds_of_initiatives(session, initiative_ids=[i.id for _, i in pairs])
            scored, fresh = self._scored_rounds(session, [r for rs in rounds.values() for r in rs])
        self._keep(fresh)
        members = []
        for m, i in pairs:
            figures = []
            for r in (r for r in rounds.get(i.id, []) if r.id in scored):
                result, instrument = scored[r.id]
                left_out = (
                    net.OTHER_ITEMS
                    if frozenset(instrument.item_ids(r.form)) != items
                    else net.TOO_FEW
                    if result.participants < reference.min_group_size
                    else None
                )
                figures.append(_figures(r, result, left_out))
            members.append((i.id, net.Member(i.name, m.alias, m.consented_at, tuple(figures))))
        return n, members, sections

    def network_view(self, *, network: str) -> net.NetworkView:
        """The coordinator's view: members side by side (anonymous unless they consented) and the spreads."""
        n, members, sections = self._members(network)
        return net.network_view(n.name, [m for _, m in members], sections)

    def network_member_view(self, *, network: str, initiative: str) -> net.MemberView:
        """One member against its network, with no other member's name."""
        with self._read() as session:
            i = self._initiative_named(session, initiative)
        n, members, sections = self._members(network)
        own = next((m for initiative_id, m in members if initiative_id == i.id), None)
        if own is None:
            raise NotFound("network_member", i.name)
        return net.member_view(net.network_view(n.name, [m for _, m in members], sections), own)

    def network_document(self, *, network: str) -> dict:
        """The JSON of `network show` (PRODUCT.md)."""
        view = self.network_view(network=network)
        return {
            "network": view.name,
            "shown": view.shown,
            "initiatives": [
                {
                    "label": row.label,
                    "named": row.named,
                    "round": row.round,
                    "date": row.date.isoformat() if row.date else None,
                    "participants": row.participants,
                    "index": row.index,
                    "verdict": row.verdict,
                }
                for row in view.members
            ],
            "dimensions": [
                {"id": s.id, "initiatives": s.initiatives, "median": s.median, "q1": s.q1, "q3": s.q3}
                for s in view.dimensions
            ],
        }

    def network_workbook(self, *, network: str, lang: str) -> bytes:
        """The network's Excel workbook, in ``lang``."""
        from assessment.reports.network_report import network_workbook_bytes

        view = self._exportable(network)
        return network_workbook_bytes(view, self.current_instrument(), lang)

    def network_report_html(self, *, network: str, lang: str, generated_at: datetime | None = None) -> str:
        """The network's standalone HTML report, in ``lang``."""
        from assessment.reports.network_report import network_report_html

        view = self._exportable(network)
        when = generated_at or datetime.now().replace(microsecond=0)
        return network_report_html(view, self.current_instrument(), lang, when)

    def _exportable(self, network: str) -> net.NetworkView:
        view = self.network_view(network=network)
        if not view.members:
            raise UserError("network_empty", name=view.name)
        return view
