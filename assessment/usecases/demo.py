"""Demonstration data: a fictional national mentoring collaboration whose readiness improves unevenly.

Seeded generation (so every first start shows the same data), and the use case that stores it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from assessment.domain.instrument import Instrument
from assessment.formats.responses_csv import ParsedParticipant
from assessment.store import repository as repo
from assessment.usecases.actions import new_action
from assessment.usecases.rounds import Rounds
from assessment.usecases.transfer import add_participants

DEMO_INITIATIVE = "Mentoring Together Canada (demo)"
DEMO_DESCRIPTION = (
    "Collaboration nationale fictive de mentorat jeunesse · A fictional national youth mentoring collaboration"
)


@dataclass(frozen=True)
class DemoRound:
    label: str
    on: date
    participants: int
    status: str
    # dimension id -> the group's underlying level on 1–5 in this round
    levels: dict[str, float]


_BASE = {
    "complexity": 4.3,
    "systems_change": 3.6,
    "commitment": 3.4,
    "champions": 3.3,
    "urgency": 3.9,
    "resources": 2.4,
    "common_agenda": 2.7,
    "shared_measurement": 2.0,
    "mutually_reinforcing_activities": 2.6,
    "continuous_communication": 2.9,
    "backbone_support": 2.3,
    "equity": 2.8,
    "community_members": 2.3,
    "cross_sector_partners": 3.2,
    "data_learning": 2.4,
    "systems_leadership": 2.7,
    "program_and_system_strategies": 2.6,
    "relationships_trust_respect": 3.5,
    "local_context": 3.3,
}
# Change from the baseline: most dimensions improve, unevenly; communication dips before it recovers.
_FOLLOW_UP_1 = {
    "champions": 0.5,
    "resources": 0.5,
    "common_agenda": 0.7,
    "shared_measurement": 0.5,
    "mutually_reinforcing_activities": 0.4,
    "continuous_communication": -0.4,
    "backbone_support": 0.9,
    "equity": 0.3,
    "community_members": 0.4,
    "data_learning": 0.5,
    "systems_leadership": 0.3,
    "program_and_system_strategies": 0.2,
    "commitment": 0.3,
}
_FOLLOW_UP_2 = {
    "champions": 1.0,
    "urgency": 0.3,
    "resources": 1.1,
    "common_agenda": 1.3,
    "shared_measurement": 1.1,
    "mutually_reinforcing_activities": 0.9,
    "continuous_communication": 0.7,
    "backbone_support": 1.6,
    "equity": 0.8,
    "community_members": 1.1,
    "data_learning": 1.0,
    "systems_leadership": 0.8,
    "program_and_system_strategies": 0.7,
    "commitment": 0.6,
    "cross_sector_partners": 0.5,
}

ROUNDS = (
    DemoRound("2025-02 baseline", date(2025, 2, 12), 18, "closed", dict(_BASE)),
    DemoRound(
        "2025-09 follow-up",
        date(2025, 9, 17),
        22,
        "closed",
        {k: v + _FOLLOW_UP_1.get(k, 0.0) for k, v in _BASE.items()},
    ),
    DemoRound(
        "2026-04 follow-up", date(2026, 4, 22), 25, "open", {k: v + _FOLLOW_UP_2.get(k, 0.0) for k, v in _BASE.items()}
    ),
)

_SECTORS = [
    "nonprofit",
    "community_member",
    "nonprofit",
    "youth",
    "government",
    "community_member",
    "youth",
    "business",
    "funder",
    "education",
    "health",
]
_ROLES = {"funder": "funder", "youth": "action_team", "community_member": "action_team"}
# Community members and youth see equity and their own voice less favourably: the debrief's disagreements.
_SECTOR_BIAS = {
    ("community_member", "equity"): -2.2,
    ("community_member", "community_members"): -2.4,
    ("youth", "community_members"): -2.0,
    ("youth", "equity"): -1.6,
    ("funder", "resources"): 1.6,
    ("government", "systems_change"): -1.2,
    ("business", "continuous_communication"): -1.5,
}
_NAMES = [
    "Amira",
    "Benoît",
    "Chloé",
    "Daniel",
    "Élise",
    "Farid",
    "Gabrielle",
    "Hugo",
    "Inès",
    "Jasmine",
    "Karim",
    "Léa",
    "Mathis",
    "Noémie",
    "Olivier",
    "Priya",
    "Quentin",
    "Rosalie",
    "Samuel",
    "Tanya",
    "Ulysse",
    "Valérie",
    "William",
    "Xavier",
    "Yasmine",
    "Zoé",
]
_COMMENTS = {
    "continuous_communication": [
        "On apprend les décisions par hasard, après coup.",
        "The monthly call helps, but the youth partners are never on it.",
    ],
    "shared_measurement": [
        "Each organisation still counts mentoring matches its own way.",
        "Nous n’avons pas encore d’indicateurs communs.",
    ],
    "resources": ["Funding is promised for one year only.", "Le soutien en nature n’est jamais compté."],
    "community_members": [
        "Youth are invited to speak, not to decide.",
        "Les familles ne sont pas à la table de leadership.",
    ],
    "backbone_support": [
        "The two coordinators are stretched very thin.",
        "L’équipe de soutien fait un travail remarquable.",
    ],
    "champions": ["Our board chair opens doors in every province."],
    "equity": ["Rural and Indigenous youth are missing from our data <b>entirely</b>."],
}


def demo_participants(instrument: Instrument, spec: DemoRound, seed: int) -> list[ParsedParticipant]:
    """The round's participants, answers and a few comments, all submitted on the round's day."""
    rng = random.Random(seed)
    participants = []
    names = rng.sample(_NAMES, k=min(spec.participants, len(_NAMES)))
    for number in range(spec.participants):
        sector = _SECTORS[number % len(_SECTORS)]
        role = _ROLES.get(sector, rng.choice(["leadership_table", "partner", "action_team", "backbone_staff"]))
        optimism = rng.gauss(0, 0.45)
        name = names[number] if number < len(names) and rng.random() < 0.7 else f"P{number + 1:02d}"
        when = datetime.combine(spec.on, datetime.min.time()) + timedelta(hours=9, minutes=7 * number)
        p = ParsedParticipant(name=name, first_row=0, sector=sector, role=role, submitted_at=when)
        for dimension in instrument.dimensions.values():
            level = spec.levels[dimension.id] + optimism + _SECTOR_BIAS.get((sector, dimension.id), 0.0)
            for item in dimension.items:
                if rng.random() < (0.12 if dimension.id == "shared_measurement" and sector == "youth" else 0.04):
                    p.answers[item.id] = None  # don't know
                else:
                    p.answers[item.id] = max(1, min(5, round(rng.gauss(level, 0.6))))
        for dimension_id, texts in _COMMENTS.items():
            if rng.random() < 0.18:
                first_item = instrument.dimensions[dimension_id].items[0].id
                p.comments[first_item] = rng.choice(texts)
        participants.append(p)
    return participants


# (dimension, what, owner, due, status, note): the coordinators' plan after the baseline.
ACTIONS = (
    (
        "shared_measurement",
        "Agree on three shared indicators of mentoring reach and quality",
        "Data working group",
        date(2025, 6, 30),
        "done",
        "Adopted at the June leadership table.",
    ),
    (
        "continuous_communication",
        "Plan de communication\u00a0: qui a besoin de quelle information, sous quelle forme, dans quel but",
        "Équipe de soutien",
        date(2025, 11, 15),
        "in_progress",
        "",
    ),
    (
        "resources",
        "Map funders and in-kind contributions beyond the one-year grant",
        "Backbone director",
        date(2026, 2, 28),
        "in_progress",
        "Two foundations met so far.",
    ),
    (
        "community_members",
        "Give two seats at the leadership table to youth with lived experience",
        "Leadership table",
        date(2026, 6, 1),
        "planned",
        "",
    ),
)


class DemoData(Rounds):
    """The demonstration initiative."""

    def load_demo(self) -> bool:
        """Store the demonstration initiative; False (and nothing written) when it is already there."""
        instrument = self.current_instrument()
        with self._write() as session:
            if repo.initiative_by_name(session, name=DEMO_INITIATIVE):
                return False
            initiative = self._add_initiative(session, DEMO_INITIATIVE, DEMO_DESCRIPTION)
            for seed, spec in enumerate(ROUNDS):
                r = self._add_round(
                    session, initiative, label=spec.label, on=spec.on, form="full", instrument=instrument
                )
                r.status, r.results_revealed = spec.status, True
                add_participants(session, r, instrument, demo_participants(instrument, spec, seed))
            session.add_all(new_action(initiative.id, *action) for action in ACTIONS)
            return True
