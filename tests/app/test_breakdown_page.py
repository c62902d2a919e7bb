"""The breakdown screen on the demo initiative, in both languages: hidden cells say why, never a number."""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import (
    RAW_KEY,
    charts,
    healthy,
    make_round,
    raw_keys,
    sent_to_the_gate,
    shown,
    submitted_participant,
    title,
    tr,
)
from tests.app.test_pages_render import render

LANGS = ["fr", "en"]


def heat_maps(at) -> dict[str, tuple[dict, dict]]:
    """The two heat maps by their rows' count: 4 sections, 19 dimensions; each as (scores, hidden) traces."""
    found = {}
    for spec in charts(at):
        scores, blanks = spec["data"]
        found["sections" if len(scores["y"]) == 4 else "dimensions"] = (scores, blanks)
    return found


def cell_texts(scores: dict, blanks: dict) -> list[list[str]]:
    return [
        [a or b for a, b in zip(row_a, row_b, strict=True)]
        for row_a, row_b in zip(scores["text"], blanks["text"], strict=True)
    ]


def no_raw_key_anywhere(at) -> bool:
    words = [str(v) for df in at.dataframe for v in [*df.value.columns, *df.value.to_numpy().ravel()]]
    for scores, _ in heat_maps(at).values():
        words += [*scores["x"], *scores["y"]]
    return raw_keys(at) == [] and not [w for w in words if RAW_KEY.search(w)]


@pytest.mark.parametrize("lang", LANGS)
def test_the_breakdown_by_sector_of_the_demo_shows_fewer_than_three_for_small_sectors(demo, svc: Services, lang):
    at = render("views/breakdown.py", lang, facilitator=True)
    assert healthy(at), [e.value for e in at.exception]
    assert tr("page.breakdown", lang) in title(at)
    assert no_raw_key_anywhere(at)
    for key in ("breakdown.people", "breakdown.sections", "breakdown.dimensions"):
        assert shown(at, tr(key, lang)), key
    assert shown(at, tr("breakdown.rule", lang, n=3))
    too_few = tr("breakdown.too_few", lang, n=3)
    assert too_few == {"fr": "moins de 3", "en": "fewer than 3"}[lang]
    # The open follow-up: community members 5, youth 4, nonprofit 6; the five other sectors have 2 each.
    expected = svc.round_breakdown(round_id=demo[-1].id, by="sector").breakdown
    people = at.dataframe[0].value
    assert list(people.iloc[:, 1]) == ["25", "5", "4", "6"] + [too_few] * 5
    scores, blanks = heat_maps(at)["dimensions"]
    assert scores["x"][0] == f"{tr('breakdown.total', lang)} (25)"
    assert scores["x"][4] == f"{tr('sector.government', lang)} ({too_few})"
    texts = cell_texts(scores, blanks)
    assert all(row[4:] == [too_few] * 5 for row in texts)
    assert all(all(z is None for z in row[4:]) for row in scores["z"])  # no number behind a hidden cell
    equity = list(svc.instrument_of_round(round_id=demo[-1].id).dimensions).index("equity")
    nonprofit = expected.group("nonprofit").dimensions["equity"].score
    assert scores["z"][equity][3] == pytest.approx(nonprofit)
    assert texts[equity][3] == f"{nonprofit:.1f}".replace(".", "," if lang == "fr" else ".")


@pytest.mark.parametrize("lang", LANGS)
def test_the_breakdown_by_role_hides_a_group_that_subtraction_would_reveal(demo, lang):
    at = render("views/breakdown.py", lang, facilitator=True)
    at.session_state["breakdown_by"] = "role"
    at.run()
    assert healthy(at), [e.value for e in at.exception]
    assert no_raw_key_anywhere(at)
    # Action team 13, backbone staff 5, funders 2, partners 5: with the funders alone hidden, everyone minus
    # the others would give them away, so the partners (tied with the backbone staff, listed last) go too.
    people = at.dataframe[0].value
    too_few, hidden = tr("breakdown.too_few", lang, n=3), tr("breakdown.hidden", lang)
    assert list(people.iloc[:, 1]) == ["25", "13", "5", too_few, hidden]
    assert list(people.iloc[:, 0])[1] == tr("role.action_team", lang)
    scores, blanks = heat_maps(at)["sections"]
    assert [row[3:] for row in cell_texts(scores, blanks)] == [[too_few, hidden]] * 4


def test_the_baseline_by_role_hides_the_action_team_that_the_sectors_beside_it_would_reveal(demo):
    # In the baseline, community members (4) and youth (4) are all in the action team (9): with both
    # breakdowns shown, action team minus them would be one nonprofit participant.
    at = render("views/breakdown.py", "en", facilitator=True, breakdown_round_id=demo[0].id, breakdown_by="role")
    assert healthy(at), [e.value for e in at.exception]
    people = dict(zip(at.dataframe[0].value.iloc[:, 0], at.dataframe[0].value.iloc[:, 1], strict=True))
    assert people["Action team"] == "hidden"
    assert people["Leadership table"] == "3" and people["Backbone staff"] == "3"
    at.session_state["breakdown_by"] = "sector"
    at.run()
    people = dict(zip(at.dataframe[0].value.iloc[:, 0], at.dataframe[0].value.iloc[:, 1], strict=True))
    assert [people[s] for s in ("Community member (lived experience)", "Youth", "Nonprofit")] == ["4", "4", "4"]


def test_a_participant_session_cannot_reach_the_breakdown(demo):
    at = render("views/join.py", "en")
    assert sent_to_the_gate(at, "views/breakdown.py")  # a bookmark asks for the passcode first
    assert not shown(at, demo[-1].join_code)


@pytest.mark.parametrize("lang", LANGS)
def test_without_any_initiative_the_page_says_there_is_no_round(lang):
    at = render("views/breakdown.py", lang, facilitator=True)
    assert healthy(at) and no_raw_key_anywhere(at)
    assert shown(at, tr("results.no_rounds", lang))
    assert charts(at) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_round_of_two_shows_no_group_and_says_why(svc: Services, lang):
    r = make_round(svc)
    submitted_participant(svc, r, score=4)
    submitted_participant(svc, r, score=2)
    at = render("views/breakdown.py", lang, facilitator=True)
    assert healthy(at) and no_raw_key_anywhere(at)
    assert shown(at, tr("breakdown.all_hidden", lang, n=3))
    scores, blanks = heat_maps(at)["dimensions"]
    assert all(z is None for row in scores["z"] for z in row)  # not even the total: 2 people
    assert {text for row in cell_texts(scores, blanks) for text in row} == {tr("breakdown.too_few", lang, n=3)}
    assert list(at.dataframe[0].value.iloc[:, 1]) == ["2", tr("breakdown.too_few", lang, n=3)]


def test_a_round_nobody_has_submitted_yet_says_so(svc: Services):
    make_round(svc)
    at = render("views/breakdown.py", "en", facilitator=True)
    assert healthy(at)
    assert shown(at, tr("results.empty", "en"))
    assert charts(at) == []
