"""A facilitator's first steps: renaming initiatives and rounds, changing a round's form before any answer,
archiving (hidden from lists, closed to participants) and deleting a round with everything of it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from assessment.domain.errors import Duplicate, Invalid, UserError
from assessment.store.models import (
    AccessToken,
    Answer,
    Comment,
    HiddenReflection,
    Reflection,
    ResponseSet,
    Round,
    RoundPart,
)
from assessment.usecases import Services

DAY = date(2024, 3, 1)


def open_round(services: Services, instrument, label: str, initiative: str = "Atelier", on: date = DAY):
    try:
        i = services.initiative(name=initiative)
    except UserError:
        i = services.create_initiative(name=initiative)
    r = services.create_round(initiative_id=i.id, label=label, on=on, instrument=instrument)
    return services.set_round_status(round_id=r.id, status="open")


def count(services: Services, model) -> int:
    with services.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_an_initiative_is_renamed_with_the_checks_of_its_creation(services: Services):
    first = services.create_initiative(name="Alpha")
    services.create_initiative(name="Beta")
    renamed = services.rename_initiative(initiative_id=first.id, name="  Gamma ")
    assert renamed.name == "Gamma" and services.initiative(name="Gamma").id == first.id
    assert services.rename_initiative(initiative_id=first.id, name="Gamma").name == "Gamma"  # its own name
    with pytest.raises(Duplicate, match="duplicate_initiative"):
        services.rename_initiative(initiative_id=first.id, name="Beta")
    with pytest.raises(Invalid, match="invalid_initiative_name"):
        services.rename_initiative(initiative_id=first.id, name=" ")


def test_a_round_is_renamed_unless_its_initiative_has_that_label(services: Services, instrument):
    r1 = open_round(services, instrument, "R1")
    open_round(services, instrument, "R2")
    open_round(services, instrument, "R1", initiative="Elsewhere")
    assert services.rename_round(round_id=r1.id, label="Baseline").label == "Baseline"
    with pytest.raises(Duplicate, match="duplicate_round"):
        services.rename_round(round_id=r1.id, label="R2")
    with pytest.raises(Invalid, match="invalid_round_label"):
        services.rename_round(round_id=r1.id, label="x" * 201)


def test_the_form_changes_until_the_first_answer(services: Services, instrument):
    r = open_round(services, instrument, "R1")
    assert services.set_round_form(round_id=r.id, form="short").form == "short"
    token = services.join(code=r.join_code)
    assert services.set_round_form(round_id=r.id, form="full").form == "full"  # joined, no answer yet
    services.save_answers(token=token, answers={"complexity_2": 3})
    with pytest.raises(UserError) as refused:
        services.set_round_form(round_id=r.id, form="short")
    assert refused.value.key == "round_has_answers" and refused.value.params == {"round": "R1"}
    with pytest.raises(Invalid, match="invalid_form"):
        services.set_round_form(round_id=r.id, form="long")
    assert services.get_round(round_id=r.id).form == "full"


def test_an_archived_round_is_hidden_from_lists_and_comes_back(services: Services, instrument):
    r1 = open_round(services, instrument, "R1")
    r2 = open_round(services, instrument, "R2")
    archived = services.archive_round(round_id=r1.id, archived=True)
    assert archived.archived and archived.label == "R1"
    assert [r.label for r in services.list_rounds(initiative_id=r1.initiative_id)] == ["R2"]
    everything = services.list_rounds(initiative_id=r1.initiative_id, include_archived=True)
    assert [(r.label, r.archived) for r in everything] == [("R1", True), ("R2", False)]
    assert not services.archive_round(round_id=r1.id, archived=False).archived
    assert len(services.list_rounds(initiative_id=r2.initiative_id)) == 2


def test_deleting_a_round_deletes_everything_of_it_and_nothing_else(services: Services, instrument):
    doomed = open_round(services, instrument, "R1")
    kept = open_round(services, instrument, "R2")
    for r in (doomed, kept):
        token = services.join(code=r.join_code)
        services.save_answers(token=token, answers={"complexity_1": 4}, comments={"complexity": "note"})
        services.submit(token=token)
        services.save_reflections(token=token, texts=["confiance"])
        services.hide_reflection(round_id=r.id, text="Confiance")
        services.show_part(round_id=r.id, part="fit", shown=True)
        services.create_presenter_link(round_id=r.id)
    before = {m: count(services, m) for m in (Round, ResponseSet, Answer, Comment, Reflection, HiddenReflection)}
    before |= {m: count(services, m) for m in (RoundPart, AccessToken)}

    services.delete_round(round_id=doomed.id)

    assert {m: count(services, m) for m in before} == {m: n // 2 for m, n in before.items()}
    assert [r.label for r in services.list_rounds(initiative_id=kept.initiative_id)] == ["R2"]
    assert services.live_counts(round_id=kept.id).submitted == 1
    with pytest.raises(UserError, match="round_not_found"):
        services.delete_round(round_id=doomed.id)
