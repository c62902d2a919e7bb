"""The facilitator's first steps: what is created is confirmed and picked, and picks follow across screens."""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import button, healthy, make_round, shown, tr
from tests.app.test_facilitator import field, signed_in_app


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_creating_an_initiative_beside_the_demo_confirms_it_and_picks_it(svc: Services, demo, lang) -> None:
    at = signed_in_app("views/rounds.py", lang)
    field(at, "rounds.name", lang).input("Quartier Vivant")
    button(at, tr("rounds.create_initiative", lang)).click().run()
    assert healthy(at), [e.value for e in at.exception] + [e.value for e in at.error]
    assert [s.value for s in at.success] == [tr("rounds.initiative_created", lang, name="Quartier Vivant")]
    created = svc.initiative(name="Quartier Vivant")
    assert at.selectbox(key="rounds_initiative_id").value == created.id
    assert shown(at, tr("rounds.none", lang))  # the new initiative's (empty) rounds, not the demo's


def test_a_duplicate_initiative_is_refused_in_words_and_nothing_changes(svc: Services, demo) -> None:
    at = signed_in_app("views/rounds.py")
    before = at.selectbox(key="rounds_initiative_id").value
    field(at, "rounds.name").input(svc.list_initiatives()[0].name)
    button(at, tr("rounds.create_initiative", "en")).click().run()
    assert healthy(at)
    assert len(at.error) == 1 and not at.success
    assert len(svc.list_initiatives()) == 1
    assert at.selectbox(key="rounds_initiative_id").value == before


def test_a_new_round_is_confirmed_and_picked_on_the_results_screen(svc: Services, demo) -> None:
    at = signed_in_app("views/rounds.py")
    field(at, "rounds.label").input("2026-11 atelier")
    button(at, tr("rounds.create_round", "en")).click().run()
    assert healthy(at)
    assert [s.value for s in at.success] == [tr("rounds.round_created", "en", label="2026-11 atelier")]
    created = svc.find_round(initiative=demo[0].initiative, label="2026-11 atelier")
    at.switch_page("views/results.py").run()
    assert at.selectbox(key="results_round_id").value == created.id


def test_the_initiative_picked_on_one_screen_stays_picked_on_the_others(svc: Services, demo) -> None:
    other = svc.create_initiative(name="Table jeunesse")
    make_round(svc, label="Printemps")  # make_round uses the first initiative: give the other one a round too
    svc.create_round(initiative_id=other.id, label="Automne", on=demo[0].date, form="short")
    at = signed_in_app("views/results.py")
    at.selectbox(key="results_initiative_id").set_value(other.id).run()
    for page, key in (
        ("views/compare.py", "compare_initiative_id"),
        ("views/actions.py", "actions_initiative_id"),
        ("views/rounds.py", "rounds_initiative_id"),
        ("views/breakdown.py", "breakdown_initiative_id"),
    ):
        at.switch_page(page).run()
        assert healthy(at), page
        assert at.selectbox(key=key).value == other.id, page
