"""The action plan screen: weakest dimensions first; add, edit and delete actions in both languages; the
comparison shows each dimension's actions beside its scores round by round."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.present.i18n import plain, tn
from assessment.usecases import Services
from tests.app.conftest import button, healthy, raw_keys, sent_to_the_gate, shown, title, tr
from tests.app.test_pages_render import render


def actions_page(lang: str, **state):
    at = render("views/actions.py", lang, facilitator=True, **state)
    assert healthy(at), [e.value for e in at.exception] + [e.value for e in at.error]
    return at


def demo_id(svc: Services) -> int:
    return svc.list_initiatives()[0].id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_dimensions_of_concern_in_the_latest_round_come_first_with_their_score(lang, svc: Services, demo):
    at = actions_page(lang)
    assert title(at) == [tr("page.actions", lang)]
    assert raw_keys(at) == []
    picker = at.selectbox(key="actions_dimension")
    # The latest round (2026-04, open) has two dimensions of concern: community members 2.80, equity 2.84.
    dimensions = svc.current_instrument().dimensions
    concern = tr("band.concern", lang)
    community, equity = (dimensions[d].title.get(lang) for d in ("community_members", "equity"))
    scores = ("2,80", "2,84") if lang == "fr" else ("2.80", "2.84")
    assert picker.options[:2] == [
        tr("actions.option", lang, dimension=community, score=scores[0], band=concern)
        + f" · {tn('actions.count', lang, 1)}",  # the demo plans one action on it
        tr("actions.option", lang, dimension=equity, score=scores[1], band=concern),
    ]
    assert picker.value == "community_members"
    assert shown(at, tr("actions.latest_round", lang, round="2026\\-04 suivi / follow\\-up"))
    # The demo's action on community members is listed, collapsed, with its status and due date.
    assert [e.label for e in at.expander] == [
        f"{tr('action_status.planned', lang)} · Deux sièges à la table pour des jeunes / Two leadership\\-table "
        f"seats for youth · {tr('actions.due_on', lang, date='1 juin 2026' if lang == 'fr' else 'Jun 1, 2026')}"
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_action_is_added_edited_and_deleted_through_the_page(lang, svc: Services, demo):
    at = actions_page(lang)
    at.selectbox(key="actions_dimension").set_value("equity").run()
    assert shown(at, tr("actions.none", lang))

    at.text_area(key="new_action_what").input("Ventiler les données par groupe / Break data down by group")
    at.text_input(key="new_action_owner").input("Amira <b>")
    at.date_input(key="new_action_due").set_value(date(2026, 9, 30))
    at.selectbox(key="new_action_status").set_value("in_progress")
    at.text_area(key="new_action_note").input("**not bold**")
    button(at, tr("actions.add", lang)).click().run()
    assert healthy(at)
    assert [s.value for s in at.success] == [tr("actions.added", lang)]
    (added,) = svc.list_actions(initiative_id=demo_id(svc), dimension_id="equity")
    assert (added.what, added.owner, added.due, added.status, added.note) == (
        "Ventiler les données par groupe / Break data down by group",
        "Amira <b>",
        date(2026, 9, 30),
        "in_progress",
        "**not bold**",
    )
    assert at.text_area(key="new_action_what").value == ""  # the form is ready for the next one
    assert at.text_input(key=f"action_{added.id}_owner").value == "Amira <b>"

    at.text_area(key=f"action_{added.id}_what").input("Break key data down by group")
    at.selectbox(key=f"action_{added.id}_status").set_value("done")
    at.date_input(key=f"action_{added.id}_due").set_value(None)
    at.button(key=f"action_{added.id}_save").click().run()
    assert [s.value for s in at.success] == [tr("actions.saved", lang)]
    (saved,) = svc.list_actions(initiative_id=demo_id(svc), dimension_id="equity")
    assert (saved.id, saved.what, saved.status, saved.due) == (added.id, "Break key data down by group", "done", None)
    assert [e.label for e in at.expander] == [
        f"{tr('action_status.done', lang)} · Break key data down by group · {tr('actions.no_due', lang)}"
    ]

    at.button(key=f"action_{added.id}_delete").click().run()
    assert [s.value for s in at.success] == [tr("actions.deleted", lang)]
    assert svc.list_actions(initiative_id=demo_id(svc), dimension_id="equity") == []
    assert shown(at, tr("actions.none", lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_action_without_a_description_is_refused_and_nothing_changes(lang, svc: Services, demo):
    before = svc.list_actions(initiative_id=demo_id(svc))
    at = actions_page(lang)
    at.text_input(key="new_action_owner").input("Farid")
    button(at, tr("actions.add", lang)).click().run()
    assert [e.value for e in at.error] == [tr("error.invalid_action_what", lang)]
    assert at.text_input(key="new_action_owner").value == "Farid"  # what was typed stays
    (planned,) = [a for a in before if a.dimension_id == "community_members"]
    at.text_area(key=f"action_{planned.id}_what").input("   ")
    at.button(key=f"action_{planned.id}_save").click().run()
    assert [e.value for e in at.error] == [tr("error.invalid_action_what", lang)]
    assert svc.list_actions(initiative_id=demo_id(svc)) == before


def test_markup_typed_in_an_action_is_shown_as_text(svc: Services, demo):
    svc.add_action(initiative_id=demo_id(svc), dimension_id="equity", what="**Loud** [link](http://x)")
    at = actions_page("en", actions_dimension="equity")
    (label,) = [e.label for e in at.expander]
    assert label == f"Planned · {plain('**Loud** [link](http://x)')} · no due date"
    assert "\\*\\*Loud\\*\\* \\[link\\]" in label


def test_an_initiative_without_rounds_lists_the_dimensions_in_questionnaire_order(svc: Services):
    svc.create_initiative(name="Quartier Vivant")
    at = actions_page("fr")
    assert at.selectbox(key="actions_dimension").value == "complexity"
    assert shown(at, tr("actions.no_scores", "fr"))


def test_a_participant_session_cannot_reach_the_action_plan(demo):
    at = render("views/join.py", "en")
    assert sent_to_the_gate(at, "views/actions.py")  # a bookmark asks for the passcode first
    assert not shown(at, demo[-1].join_code)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_actions_added_on_the_page_appear_on_the_comparison_beside_their_dimension(lang, svc: Services, demo):
    at = actions_page(lang)
    at.selectbox(key="actions_dimension").set_value("backbone_support").run()
    at.text_area(key="new_action_what").input("Write the backbone's mandate with the partners")
    at.text_input(key="new_action_owner").input("Leadership table")
    at.date_input(key="new_action_due").set_value(date(2025, 5, 1))
    button(at, tr("actions.add", lang)).click().run()

    compare = render("views/compare.py", lang, facilitator=True)  # shows the conditions section first
    assert healthy(compare)
    assert shown(compare, tr("actions.compare", lang))
    blocks = [m.value for m in compare.markdown]
    instrument = svc.current_instrument()

    def block_after(dimension_id: str) -> list[str]:
        start = blocks.index(f"**{instrument.dimensions[dimension_id].title.get(lang)}**")
        return blocks[start + 1 : start + 3]  # the scores round by round, then the actions

    scores, actions = block_after("backbone_support")
    # Backbone support: 2.23 at the baseline, 3.03 then 3.83 (hand-checked against svc.comparison).
    path = [
        c.round.result.dimension("backbone_support").score for c in svc.comparison(initiative=demo[0].initiative).rounds
    ]
    two = (lambda v: f"{v:.1f}".replace(".", ",")) if lang == "fr" else (lambda v: f"{v:.1f}")
    assert scores.startswith(
        f"2025\\-02 référence / baseline **{two(path[0])}** · 2025\\-09 suivi / follow\\-up **{two(path[1])}** (+"
    )
    assert "Write the backbone's mandate with the partners · Leadership table" in actions
    # Due 2025-05-01, between the baseline and the first follow-up: those two rounds show its effect.
    assert (
        tr(
            "actions.effect",
            lang,
            before=two(path[0]),
            before_round="2025\\-02 référence / baseline",
            after=two(path[1]),
            after_round="2025\\-09 suivi / follow\\-up",
            delta="+" + two(path[1] - path[0]),
        )
        in actions
    )
    # The demo's action on shared measurement sits beside shared measurement, not elsewhere.
    assert "Three shared indicators of reach and quality" in block_after("shared_measurement")[1]
    assert block_after("common_agenda")[1] == tr("actions.none", lang)
