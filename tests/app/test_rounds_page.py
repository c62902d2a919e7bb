"""The facilitator's first steps: what is created is confirmed and picked, and picks follow across screens."""

from __future__ import annotations

import pytest

from assessment.present.i18n import plain
from assessment.usecases import Services
from tests.app.conftest import button, healthy, make_round, shown, submitted_participant, tr
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
    assert [s.value for s in at.success] == [tr("rounds.round_created", "en", label=plain("2026-11 atelier"))]
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


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_round_is_renamed_and_its_form_changed_while_nobody_answered(svc: Services, lang) -> None:
    r = make_round(svc, form="full", status="draft")
    at = signed_in_app("views/rounds.py", lang)
    at.text_input(key=f"label_{r.id}").input("Référence 2026")
    at.button(key=f"rename_{r.id}").click().run()
    at.radio(key=f"form_{r.id}").set_value("short")
    at.button(key=f"change_form_{r.id}").click().run()
    assert healthy(at) and not at.error
    changed = svc.get_round(round_id=r.id)
    assert (changed.label, changed.form) == ("Référence 2026", "short")


def test_the_form_of_a_round_with_answers_stays_and_the_screen_says_why(svc: Services) -> None:
    r = make_round(svc, form="short")
    submitted_participant(svc, r)
    at = signed_in_app("views/rounds.py")
    at.radio(key=f"form_{r.id}").set_value("full")
    at.button(key=f"change_form_{r.id}").click().run()
    assert healthy(at)
    assert len(at.error) == 1
    assert svc.get_round(round_id=r.id).form == "short"


def test_archiving_hides_a_round_and_closes_it_to_participants(svc: Services) -> None:
    r = make_round(svc)
    at = signed_in_app("views/rounds.py")
    at.button(key=f"archive_{r.id}").click().run()
    assert healthy(at)
    assert svc.get_round(round_id=r.id).archived
    assert not any(b.key == f"archive_{r.id}" for b in at.button)  # hidden from the list
    at.toggle(key="rounds_show_archived").set_value(True).run()
    assert at.button(key=f"archive_{r.id}").label == tr("rounds.unarchive", "en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_round_is_deleted_only_once_its_name_is_typed(svc: Services, lang) -> None:
    r = make_round(svc, label="Printemps")
    submitted_participant(svc, r)
    at = signed_in_app("views/rounds.py", lang)
    at.text_input(key=f"confirm_delete_{r.id}").input("printemps")
    at.button(key=f"delete_{r.id}").click().run()
    assert healthy(at) and len(at.error) == 1
    assert svc.get_round(round_id=r.id).label == "Printemps"
    at.text_input(key=f"confirm_delete_{r.id}").input("Printemps")
    at.button(key=f"delete_{r.id}").click().run()
    assert healthy(at)
    assert [s.value for s in at.success] == [tr("rounds.deleted", lang, label="Printemps")]
    assert svc.list_rounds(initiative_id=svc.initiative(name="Quartier Vivant").id, include_archived=True) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_initiative_is_renamed_and_stays_picked(svc: Services, demo, lang) -> None:
    at = signed_in_app("views/rounds.py", lang)
    at.text_input(key="initiative_new_name").input("Mentorat ensemble")
    at.button(key="rename_initiative").click().run()
    assert healthy(at)
    assert [s.value for s in at.success] == [tr("rounds.initiative_renamed", lang, name="Mentorat ensemble")]
    assert svc.initiative(name="Mentorat ensemble").id == at.selectbox(key="rounds_initiative_id").value
