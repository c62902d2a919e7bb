"""The facilitation console drives a live round: presenter link, counts, pacing, projector, reflections."""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import button, healthy, make_round, raw_keys, sent_to_the_gate, shown, submitted_participant, tr
from tests.app.test_facilitator import signed_in_app
from tests.app.test_pages_render import render

LANGS = ["fr", "en"]


def console(lang: str = "en"):
    return signed_in_app("views/console.py", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_console_makes_a_presenter_link_that_opens_the_round_and_revokes_it(svc: Services, open_round, lang):
    at = console(lang)
    assert healthy(at), [e.value for e in at.exception]
    assert not raw_keys(at)
    assert shown(at, tr("console.no_link", lang))
    button(at, tr("console.create_link", lang)).click().run()
    assert healthy(at)
    [url] = [c.value for c in at.code if "/presenter?token=" in c.value]
    token = url.split("token=")[1]
    assert svc.presenter_round(token=token).id == open_round.id
    assert svc.presenter_link_expiry(round_id=open_round.id) is not None
    button(at, tr("console.revoke", lang)).click().run()
    assert [s.value for s in at.success] == [tr("console.revoked", lang)]
    assert svc.presenter_link_expiry(round_id=open_round.id) is None


@pytest.mark.parametrize("lang", LANGS)
def test_counts_leave_out_empty_drafts_which_can_be_cleared(svc: Services, open_round, lang):
    submitted_participant(svc, open_round)
    svc.join(code=open_round.join_code)
    at = console(lang)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[tr("presenter.in_progress", lang)] == "0" and metrics[tr("console.empty", lang)] == "1"
    button(at, tr("console.clear_empty", lang)).click().run()
    assert [s.value for s in at.success] == [tr("console.cleared", lang, n=1)]
    assert svc.live_counts(round_id=open_round.id).joined == 1


def test_pacing_and_projector_switches_are_stored(svc: Services, open_round):
    at = console()
    sections = svc.instrument_of_round(round_id=open_round.id).sections
    at.toggle(key=f"paced_{open_round.id}").set_value(True).run()
    assert svc.round_parts(round_id=open_round.id).paced
    at.checkbox(key=f"open_{open_round.id}_{sections[0].id}").check().run()
    at.toggle(key=f"shown_{open_round.id}_{sections[1].id}").set_value(True).run()
    at.toggle(key=f"shown_{open_round.id}_reflections").set_value(True).run()
    assert healthy(at)
    parts = svc.round_parts(round_id=open_round.id)
    assert parts.opened == {sections[0].id} and parts.shown == {sections[1].id, "reflections"}
    token = svc.join(code=open_round.join_code)
    assert svc.participant_state(token=token).open_sections == (sections[0].id,)


@pytest.mark.parametrize("lang", LANGS)
def test_paper_notes_are_added_and_an_entry_can_be_hidden_then_shown(svc: Services, lang):
    r = make_round(svc)
    for token in (submitted_participant(svc, r), submitted_participant(svc, r)):
        svc.save_reflections(token=token, texts=["Confiance"])
    at = console(lang)
    at.text_area(key="paper_text").input("la confiance\nVoix des jeunes")
    button(at, tr("console.paper_add", lang)).click().run()
    assert healthy(at)
    summary = svc.reflection_summary(round_id=r.id)
    assert (summary.contributors, [(e.text, e.count) for e in summary.entries]) == (
        3,
        [("Confiance", 3), ("Voix des jeunes", 1)],
    )
    at.button(key=f"hide_{r.id}_confiance").click().run()
    assert [e.key for e in svc.reflection_summary(round_id=r.id).visible()] == ["voix des jeunes"]
    assert shown(at, tr("console.hidden", lang))
    at.button(key=f"hide_{r.id}_confiance").click().run()
    assert len(svc.reflection_summary(round_id=r.id).visible()) == 2


def test_a_participant_session_cannot_reach_the_console(demo):
    at = render("views/join.py", "en")
    assert sent_to_the_gate(at, "views/console.py")
    assert not shown(at, demo[-1].join_code)
