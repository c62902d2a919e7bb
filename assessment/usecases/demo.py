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
from assessment.store.models import Decision, Reflection
from assessment.usecases.actions import new_action
from assessment.usecases.base import utcnow
from assessment.usecases.rounds import Rounds
from assessment.usecases.transfer import add_participants

DEMO_INITIATIVE = "Mentoring Together Canada (demo)"
# Everything the demo shows is bilingual ("français / English") or language-neutral (names, dates): one database
# serves French and English screens alike (issue 9, point 7).
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
    DemoRound("2025-02 référence / baseline", date(2025, 2, 12), 18, "closed", dict(_BASE)),
    DemoRound(
        "2025-09 suivi / follow-up",
        date(2025, 9, 17),
        22,
        "closed",
        {k: v + _FOLLOW_UP_1.get(k, 0.0) for k, v in _BASE.items()},
    ),
    DemoRound(
        "2026-04 suivi / follow-up",
        date(2026, 4, 22),
        25,
        "open",
        {k: v + _FOLLOW_UP_2.get(k, 0.0) for k, v in _BASE.items()},
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
        "On apprend les décisions après coup. / We hear of decisions after the fact.",
        "L’appel mensuel aide, mais les jeunes n’y sont jamais. / The monthly call helps, but youth are never on it.",
    ],
    "shared_measurement": [
        "Chaque organisme compte encore à sa façon. / Each organisation still counts its own way.",
        "Pas encore d’indicateurs communs. / No shared indicators yet.",
    ],
    "resources": [
        "Financement promis pour un an seulement. / Funding is promised for one year only.",
        "Le soutien en nature n’est jamais compté. / In-kind support is never counted.",
    ],
    "community_members": [
        "Les jeunes sont invités à parler, pas à décider. / Youth are invited to speak, not to decide.",
        "Les familles ne sont pas à la table. / Families are not at the table.",
    ],
    "backbone_support": [
        "Les deux coordonnatrices sont débordées. / The two coordinators are stretched very thin.",
        "L’équipe de soutien fait un travail remarquable. / The backbone team does remarkable work.",
    ],
    "champions": ["Notre présidente ouvre des portes partout. / Our board chair opens doors everywhere."],
    "equity": [
        "Les jeunes autochtones et ruraux sont absents de nos <b>données</b>. / "
        "Indigenous and rural youth are missing from our <b>data</b>."
    ],
}
# Closing reflections (seed 002: one word or phrase that sums up what you take away), per round: words that read
# the same in French and English, and bilingual phrases. Every round has more contributors than min_group_size.
REFLECTIONS = (
    (
        "collaboration",
        "confiance / trust",
        "patience",
        "données / data",
        "vision",
        "collaboration",
        "urgence / urgency",
    ),
    ("communication", "collaboration", "engagement", "confiance / trust", "leadership", "communication", "action"),
    ("collaboration", "impact", "équité / equity", "action", "engagement", "impact", "voix des jeunes / youth voice"),
)


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
        "Trois indicateurs communs de portée et de qualité / Three shared indicators of reach and quality",
        "Groupe de travail sur les données / Data working group",
        date(2025, 6, 30),
        "done",
        "Adoptés à la table de juin / Adopted at the June leadership table",
    ),
    (
        "continuous_communication",
        "Plan de communication / Communication plan",
        "Équipe de soutien / Backbone team",
        date(2025, 11, 15),
        "in_progress",
        "",
    ),
    (
        "resources",
        "Cartographier bailleurs et contributions en nature / Map funders and in-kind contributions",
        "Direction de l’équipe de soutien / Backbone director",
        date(2026, 2, 28),
        "in_progress",
        "Deux fondations rencontrées / Two foundations met so far",
    ),
    (
        "community_members",
        "Deux sièges à la table pour des jeunes / Two leadership-table seats for youth",
        "Table de leadership / Leadership table",
        date(2026, 6, 1),
        "planned",
        "",
    ),
)


# (day, decision, who decided): the leadership table's main decisions, for the decisions log and progress report.
DECISIONS = (
    (
        date(2025, 3, 5),
        "Faire de la mesure partagée la priorité de l’année / Make shared measurement this year’s priority",
        "Table de leadership / Leadership table",
    ),
    (
        date(2025, 10, 1),
        "Ouvrir deux sièges de la table à des jeunes / Open two leadership-table seats to youth",
        "Table de leadership / Leadership table",
    ),
    (
        date(2026, 5, 6),
        "Financer l’équipe de soutien pour trois ans / Fund the backbone team for three years",
        "Comité des bailleurs / Funders’ committee",
    ),
)


def demo_reflections(round_id: int, seed: int, when: datetime) -> list[Reflection]:
    """A round's closing reflections: one entry per contributor, as if typed in from sticky notes."""
    return [
        Reflection(
            round_id=round_id,
            response_set_id=None,
            contributor=f"demo-{seed}-{n}",
            position=0,
            text=text,
            created_at=when + timedelta(hours=12),
        )
        for n, text in enumerate(REFLECTIONS[seed])
    ]


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
                session.add_all(demo_reflections(r.id, seed, datetime.combine(spec.on, datetime.min.time())))
            session.add_all(new_action(initiative.id, *action) for action in ACTIONS)
            session.add_all(
                Decision(initiative_id=initiative.id, day=day, text=text, decided_by=who, created_at=utcnow())
                for day, text, who in DECISIONS
            )
            return True
