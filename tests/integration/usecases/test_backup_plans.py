"""Version 3 of the backup document: each round's plan on a page and each initiative's decisions log go into
the backup and come back identical; a document whose plan breaks the plan's rules is refused, nothing written;
a version 2 document restores as having no plan and no decision."""

from __future__ import annotations

import json
from datetime import date

import pytest

from assessment.formats.backup_document import VERSION, BackupRefused
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE

SECTIONS = ("theory_of_change", "key_data", "partners", "get_involved")


@pytest.fixture
def source(databases) -> Services:
    services = Services(url=databases.url("source"))
    services.load_demo()
    first, _, last = services.list_rounds(initiative_id=services.initiative(name=DEMO_INITIATIVE).id)
    services.save_plan(round_id=first.id, agenda="« Tous »", sections=SECTIONS, texts={"partners": "A\nB"}, contact="")
    services.save_plan(round_id=last.id, agenda="Later", sections=SECTIONS, texts={}, contact="x@example.org")
    services.add_decision(initiative_id=first.initiative_id, day=date(2025, 3, 1), text="Go", decided_by="Table")
    services.add_decision(initiative_id=first.initiative_id, day=date(2025, 1, 1), text="Start")
    return services


@pytest.fixture
def target(databases) -> Services:
    return Services(url=databases.url("target"))


def plans_and_decisions(services: Services) -> tuple[list, list]:
    initiative_id = services.initiative(name=DEMO_INITIATIVE).id
    plans = [
        (r.label, d.saved, d.texts)
        for r in services.list_rounds(initiative_id=initiative_id, include_archived=True)
        for d in [services.plan_of_round(round_id=r.id)]
    ]
    decisions = [(d.day, d.text, d.decided_by) for d in services.list_decisions(initiative_id=initiative_id)]
    return plans, decisions


def test_plans_and_decisions_come_back_identical(source, target):
    document = source.backup_json(initiative=DEMO_INITIATIVE)
    assert json.loads(document)["version"] == VERSION >= 3
    target.restore(document=document)
    assert plans_and_decisions(target) == plans_and_decisions(source)
    assert json.loads(target.backup_json())["initiatives"] == json.loads(document)["initiatives"]


def test_replacing_an_initiative_replaces_its_plans_and_decisions(source):
    document = source.backup_json(initiative=DEMO_INITIATIVE)
    before = plans_and_decisions(source)
    initiative_id = source.initiative(name=DEMO_INITIATIVE).id
    source.add_decision(initiative_id=initiative_id, day=date(2026, 1, 1), text="After the backup")
    source.restore(document=document, replace=True)
    assert plans_and_decisions(source) == before


@pytest.mark.parametrize(
    "breaking",
    [
        lambda plan: plan.update(sections=plan["sections"][:3]),
        lambda plan: plan.update(sections=list(reversed(plan["sections"]))),
        lambda plan: plan.update(agenda="a" * 401),
        lambda plan: plan.update(texts={"budget": "x"}),
        lambda plan: plan.update(texts={"partners": "  padded  "}),
    ],
)
def test_a_plan_that_breaks_the_plans_rules_is_refused_and_nothing_is_written(source, target, breaking):
    document = json.loads(source.backup_json(initiative=DEMO_INITIATIVE))
    breaking(document["initiatives"][0]["rounds"][0]["plan"])
    with pytest.raises(BackupRefused) as refused:
        target.restore(document=json.dumps(document))
    assert refused.value.key == "restore_invalid"
    assert target.list_initiatives() == []


def test_a_version_2_document_restores_with_no_plan_and_no_decision(source, target):
    document = json.loads(source.backup_json(initiative=DEMO_INITIATIVE))
    document["version"] = 2
    del document["initiatives"][0]["decisions"]
    for r in document["initiatives"][0]["rounds"]:
        del r["plan"]
    target.restore(document=json.dumps(document))
    plans, decisions = plans_and_decisions(target)
    assert decisions == [] and not any(saved for _, saved, _ in plans)
