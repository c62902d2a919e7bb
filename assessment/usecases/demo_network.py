"""Demonstration network: five local mentoring initiatives on one shared measure, two or three rounds each,
improving unevenly; three consented to be named, two did not. One local table started with the short form,
so the network view shows a round left out. Names and labels are bilingual.

Answers are generated from a fixed seed, as the demo initiative's are (demo.demo_participants).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assessment.domain import network as net
from assessment.domain.instrument import Instrument
from assessment.store import network_queries as nq
from assessment.store.engine import Session
from assessment.store.models import Network, NetworkMember
from assessment.usecases.base import utcnow
from assessment.usecases.demo import _BASE, DemoRound, demo_participants
from assessment.usecases.rounds import Rounds
from assessment.usecases.transfer import add_participants

DEMO_NETWORK = "Réseau local de mentorat / Local mentoring network (demo)"
# Bilingual, and listed after the demonstration initiative, which a first-time user sees first.
LOCAL = "Table locale / Local table ·"


@dataclass(frozen=True)
class DemoMember:
    name: str
    consented: bool
    shift: float  # how far this table starts from the national baseline, on 1–5
    gains: tuple[float, ...]  # its improvement at each round after the first
    participants: tuple[int, ...]  # per round
    first_form: str = "full"


MEMBERS = (
    DemoMember(f"{LOCAL} Sherbrooke (demo)", True, 0.3, (0.6, 1.1), (12, 14, 13)),
    DemoMember(f"{LOCAL} Halifax (demo)", True, -0.4, (0.2,), (10, 11)),
    DemoMember(f"{LOCAL} Gaspésie (demo)", False, -0.7, (0.9, 1.0), (9, 10, 9), first_form="short"),
    DemoMember(f"{LOCAL} Winnipeg (demo)", True, 0.1, (-0.2, 0.4), (11, 12, 12)),
    DemoMember(f"{LOCAL} Saguenay (demo)", False, -0.2, (0.7,), (9, 10)),
)
DATES = (date(2025, 3, 5), date(2025, 10, 8), date(2026, 5, 13))
LABELS = ("référence / baseline", "suivi / follow-up 1", "suivi / follow-up 2")


def _rounds(member: DemoMember) -> list[tuple[str, DemoRound]]:
    """(form, round) of a member: each round's levels are the baseline's, shifted, plus the gain so far."""
    rounds = []
    for n, participants in enumerate(member.participants):
        gain = member.gains[n - 1] if n else 0.0
        # Uneven: the gain lands on the conditions and principles more than on the preconditions.
        levels = {
            k: v + member.shift + gain * (0.5 if k in ("complexity", "urgency") else 1.0) for k, v in _BASE.items()
        }
        label = f"{DATES[n]:%Y-%m} {LABELS[n]}"
        rounds.append(
            (member.first_form if n == 0 else "full", DemoRound(label, DATES[n], participants, "closed", levels))
        )
    return rounds


class DemoNetwork(Rounds):
    """The demonstration network, loaded beside the demonstration initiative (`demo`, `setup`)."""

    def load_demo_network(self) -> bool:
        """Store the demonstration network and its members; False (nothing written) when it is already there."""
        instrument = self.current_instrument()
        with self._write() as session:
            if nq.network_by_name(session, name=DEMO_NETWORK):
                return False
            self._add_demo_network(session, instrument)
            return True

    def _add_demo_network(self, session: Session, instrument: Instrument) -> None:
        network = Network(name=DEMO_NETWORK, created_at=utcnow())
        session.add(network)
        session.flush()
        taken: set[str] = set()
        for seed, member in enumerate(MEMBERS, start=10):
            initiative = self._add_initiative(session, member.name)
            for n, (form, spec) in enumerate(_rounds(member)):
                r = self._add_round(session, initiative, label=spec.label, on=spec.on, form=form, instrument=instrument)
                r.status, r.results_revealed = spec.status, True
                participants = demo_participants(instrument, spec, seed * 10 + n)
                if form != "full":
                    asked = set(instrument.item_ids(form))
                    for p in participants:
                        p.answers = {item: score for item, score in p.answers.items() if item in asked}
                add_participants(session, r, instrument, participants)
            alias = net.fresh_alias(taken)
            taken.add(alias)
            session.add(
                NetworkMember(
                    network_id=network.id,
                    initiative_id=initiative.id,
                    alias=alias,
                    consented_at=utcnow() if member.consented else None,
                    joined_at=utcnow(),
                )
            )
