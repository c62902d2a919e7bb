"""The demonstration data reads the same on French and English screens, and has closing reflections
(issue 9, point 7; PRODUCT.md "Demonstration data")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assessment.domain import plan as plan_rules
from assessment.usecases import Services
from assessment.usecases.demo import ACTIONS, DECISIONS, DEMO_INITIATIVE, REFLECTIONS, ROUNDS


def bilingual(text: str) -> bool:
    """ "français / English": two non-empty halves."""
    french, _, english = text.partition(" / ")
    return bool(french.strip() and english.strip())


def test_round_labels_actions_and_comments_are_bilingual(tmp_path: Path):
    services = Services(url=f"sqlite:///{tmp_path}/demo.sqlite3")
    assert services.load_demo()
    assert all(bilingual(r.label) for r in ROUNDS)
    assert all(bilingual(what) and bilingual(owner) for _, what, owner, *_ in ACTIONS)
    assert all(bilingual(note) for *_, note in ACTIONS if note)
    report = services.round_report(round_id=services.find_round(initiative=DEMO_INITIATIVE, label=ROUNDS[0].label).id)
    assert report.comments and all(bilingual(text) for _, text, _ in report.comments)


def test_every_round_has_closing_reflections_the_room_may_see(tmp_path: Path):
    services = Services(url=f"sqlite:///{tmp_path}/demo.sqlite3")
    services.load_demo()
    by_round = services.reflections_by_round(initiative=DEMO_INITIATIVE)
    assert [r.label for r, _ in by_round] == [r.label for r in ROUNDS]
    for (_, summary), given in zip(by_round, REFLECTIONS, strict=True):
        assert summary.shown and summary.contributors == len(given) > 3
        assert {e.text for e in summary.visible()} == set(given)
    assert not services.load_demo()  # idempotent: nothing added twice
    assert [s.contributors for _, s in services.reflections_by_round(initiative=DEMO_INITIATIVE)] == [
        len(given) for given in REFLECTIONS
    ]


def test_the_decisions_log_has_the_leadership_tables_decisions_for_the_progress_report(db_url: str):
    services = Services(url=db_url)
    services.load_demo()
    initiative = services.initiative(name=DEMO_INITIATIVE)
    logged = services.list_decisions(initiative_id=initiative.id)
    assert [(d.day, d.text, d.decided_by) for d in logged] == list(DECISIONS)
    assert all(bilingual(text) and bilingual(who) for _, text, who in DECISIONS)
    assert all(plan_rules.check_decision(text, who) == (text, who) for _, text, who in DECISIONS)
    facts = services.progress_facts(initiative=DEMO_INITIATIVE, start=date(2025, 9, 1), end=date(2026, 12, 31))
    assert [d.day for d in facts.decisions_in_period()] == [date(2025, 10, 1), date(2026, 5, 6)]
