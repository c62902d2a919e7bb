"""Every page renders in French and in English, with catalog text in that language and no raw catalog key."""

from __future__ import annotations

import pytest

from assessment.present.i18n import plain
from assessment.usecases import Services
from tests.app.conftest import (
    PASSCODE,
    charts,
    healthy,
    new_app,
    raw_keys,
    shown,
    submitted_participant,
    title,
    tr,
)

LANGS = ["fr", "en"]
QUESTIONNAIRE_STEPS = ["profile", "fit", "preconditions", "conditions", "principles", "review"]


def render(page: str, lang: str, **state):
    """Run the app on ``page`` with session state ``state`` set first."""
    at = new_app(lang)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page != "views/join.py":
        at.switch_page(page).run()
    return at


def assert_clean(at, lang: str, *keys: str, **params) -> None:
    """No exception, the catalog text of every key in ``lang`` shown, no raw catalog key anywhere."""
    assert healthy(at), [e.value for e in at.exception] + [e.value for e in at.error]
    for key in keys:
        assert shown(at, tr(key, lang, **params)), f"{key} ({lang}) not shown"
    assert raw_keys(at) == []


@pytest.mark.parametrize("lang", LANGS)
def test_join_page_renders_in_each_language(lang: str) -> None:
    at = render("views/join.py", lang)
    assert title(at) == [tr("page.join", lang)]
    assert_clean(at, lang, "app.tagline", "join.intro", "join.code", "join.submit")


@pytest.mark.parametrize("lang", LANGS)
def test_join_page_of_a_participant_already_in_a_round_renders(lang: str, svc: Services, demo) -> None:
    token = svc.join(code=demo[-1].join_code)
    at = render("views/join.py", lang, token=token)
    assert title(at) == [tr("page.join", lang)]
    assert_clean(at, lang, "join.continue", "join.leave")
    assert shown(at, tr("join.in_progress", lang, round=plain(demo[-1].label)))  # a label is user text


@pytest.mark.parametrize("lang", LANGS)
def test_questionnaire_without_a_round_joined_points_to_the_join_page(lang: str) -> None:
    at = render("views/questionnaire.py", lang)
    assert title(at) == [tr("page.questionnaire", lang)]
    assert_clean(at, lang, "q.no_session", "q.go_join")
    assert not at.radio


@pytest.mark.parametrize("lang", LANGS)
def test_every_questionnaire_step_renders_in_each_language(lang: str, svc: Services, demo) -> None:
    token = svc.join(code=demo[-1].join_code)  # the demo's open round uses the full form
    instrument = svc.participant_state(token=token).instrument
    for step, name in enumerate(QUESTIONNAIRE_STEPS):
        at = render("views/questionnaire.py", lang, token=token, step=step)
        assert title(at) == [tr("page.questionnaire", lang)]
        assert_clean(at, lang, "q.resume")
        if name == "profile":
            assert_clean(at, lang, "q.profile", "q.display_name", "q.sector", "q.role", "q.next")
        elif name == "review":
            assert_clean(at, lang, "q.review", "q.submit", "q.back")
        else:
            section = instrument.section(name)
            assert [h.value for h in at.header] == [section.title.get(lang)]
            assert_clean(at, lang, "q.next", "q.back", "q.levels")
            items = [i for d in section.dimensions for i in d.items_for("full")]
            assert [r.label for r in at.radio] == [i.text.get(lang) for i in items]
            assert at.radio[0].options[-1] == instrument.dont_know.get(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_my_results_renders_before_joining_before_submitting_and_after(lang: str, svc: Services, demo) -> None:
    at = render("views/my_results.py", lang)
    assert title(at) == [tr("page.my_results", lang)]
    assert_clean(at, lang, "q.no_session")

    draft = svc.join(code=demo[-1].join_code)
    at = render("views/my_results.py", lang, token=draft)
    assert_clean(at, lang, "my.not_submitted")

    done = submitted_participant(svc, demo[-1], score=4)
    at = render("views/my_results.py", lang, token=done)
    assert_clean(at, lang, "my.intro", "results.participants", "results.verdict")
    assert len(charts(at)) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_facilitator_page_renders_with_and_without_a_passcode_and_signed_in(lang: str, monkeypatch) -> None:
    at = render("views/facilitator.py", lang)
    assert title(at) == [tr("page.facilitator", lang)]
    assert_clean(at, lang, "gate.intro", "gate.not_configured")

    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", PASSCODE)
    at = render("views/facilitator.py", lang)
    assert_clean(at, lang, "gate.intro", "gate.passcode", "gate.submit")

    at = render("views/facilitator.py", lang, facilitator=True)
    assert_clean(at, lang, "gate.signed_in", "gate.sign_out", "page.rounds", "page.results")


@pytest.mark.parametrize("lang", LANGS)
def test_rounds_page_renders_the_demo_rounds(lang: str, demo) -> None:
    at = render("views/rounds.py", lang, facilitator=True)
    assert title(at) == [tr("page.rounds", lang)]
    assert_clean(at, lang, "rounds.initiative", "rounds.new_initiative", "rounds.new_round", "rounds.close")
    for r in demo:
        assert shown(at, tr("rounds.code", lang, code=r.join_code))


@pytest.mark.parametrize("lang", LANGS)
def test_results_page_renders_the_radar_and_the_bars(lang: str, svc: Services, demo) -> None:
    at = render("views/results.py", lang, facilitator=True)
    assert title(at) == [tr("page.results", lang)]
    assert_clean(at, lang, "results.radar", "results.bars", "results.why", "results.comments")

    instrument = svc.current_instrument()
    titles = [d.title.get(lang) for d in instrument.dimensions.values()]
    specs = charts(at)
    radars = [tr_ for spec in specs for tr_ in spec["data"] if tr_["type"] == "scatterpolar"]
    assert len(radars) == 1
    theta = radars[0]["theta"]
    assert theta == titles + titles[:1]  # 19 dimensions, closed on the first one
    assert len(radars[0]["r"]) == 20
    # the bars by dimension: one trace per band, named in words, together every dimension once
    bands = {tr(f"band.{b}", lang) for b in ("strength", "borderline", "concern", "none")}
    bars = [tr_ for spec in specs for tr_ in spec["data"] if tr_["type"] == "bar" and tr_.get("name") in bands]
    assert sorted(y for b in bars for y in b["y"]) == sorted(titles)
