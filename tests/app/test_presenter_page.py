"""The presenter view, opened by its link on the projector: the code, the counts, then what is revealed."""

from __future__ import annotations

import json

import pytest

from tests.app.conftest import healthy, make_round, new_app, raw_keys, shown, submitted_participant, tr

LANGS = ["fr", "en"]


def tables(at) -> list[str]:
    """The page's tables (drawn as Markdown), backslash escapes removed."""
    return [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("| ")]


@pytest.mark.parametrize("lang", LANGS)
def test_the_presenter_link_shows_the_code_the_qr_code_and_the_counts_without_a_passcode(svc, open_round, lang):
    submitted_participant(svc, open_round)
    svc.join(code=open_round.join_code)  # joined, nothing answered: not "in progress"
    token = svc.create_presenter_link(round_id=open_round.id)
    at = new_app(lang, token=token)
    at.switch_page("views/presenter.py").run()
    assert healthy(at), [e.value for e in at.exception]
    assert not raw_keys(at)
    assert any(open_round.join_code in h.proto.body for h in at.get("html"))
    [qr] = at.get("image")
    join_link = f"http://localhost:8501/join?code={open_round.join_code}"
    assert qr.proto.imgs[0].caption == tr("presenter.qr_alt", lang, link=join_link)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        tr("presenter.joined", lang): "2",
        tr("presenter.in_progress", lang): "0",
        tr("presenter.submitted", lang): "1",
    }
    assert shown(at, tr("presenter.nothing_shown", lang))
    assert "facilitator" not in at.session_state or not at.session_state["facilitator"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_revoked_or_unknown_link_shows_nothing_of_the_round(svc, open_round, lang):
    token = svc.create_presenter_link(round_id=open_round.id)
    svc.revoke_presenter_links(round_id=open_round.id)
    for bad in (token, "not-a-token"):
        at = new_app(lang, token=bad)
        at.switch_page("views/presenter.py").run()
        assert healthy(at)
        assert [e.value for e in at.error] == [tr("error.presenter_link_invalid", lang)]
        assert not any(open_round.join_code in h.proto.body for h in at.get("html"))


@pytest.mark.parametrize("lang", LANGS)
def test_revealed_sections_disagreements_and_reflections_appear_and_hidden_ones_do_not(svc, open_round, lang):
    tokens = [submitted_participant(svc, open_round, score=s) for s in (1, 3, 5)]
    for token, words in zip(tokens, (["Confiance"], ["confiance", "voix des jeunes"], ["Équité"]), strict=True):
        svc.save_reflections(token=token, texts=words)
    instrument = svc.instrument_of_round(round_id=open_round.id)
    first = instrument.sections[0]
    svc.show_part(round_id=open_round.id, part=first.id, shown=True)
    svc.show_part(round_id=open_round.id, part="disagreements", shown=True)
    svc.show_part(round_id=open_round.id, part="reflections", shown=True)
    svc.hide_reflection(round_id=open_round.id, text="Équité")
    token = svc.create_presenter_link(round_id=open_round.id)
    at = new_app(lang, token=token)
    at.switch_page("views/presenter.py").run()
    assert healthy(at), [e.value for e in at.exception]
    headers = [s.value for s in at.header]  # h2 under the round's h1: no level skipped
    assert first.title.get(lang) in headers
    assert all(s.title.get(lang) not in headers for s in instrument.sections[1:])
    assert tr("presenter.disagreements", lang) in headers  # scores 1, 3, 5: every dimension is discussed
    # the disagreements as a table, and the data behind the section's chart
    [disagreements] = [table for table in tables(at) if tr("col.sd", lang) in table]
    assert tr("chart.col_band", lang) in " ".join(tables(at))
    [chart] = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    # one trace per band, so that the legend names the bands in words
    assert sum(len(trace["y"]) for trace in chart["data"]) == len(first.dimensions)
    assert {trace["name"] for trace in chart["data"]} <= {
        tr(f"band.{b}", lang) for b in ("strength", "borderline", "concern", "none")
    }
    bodies = " ".join(h.proto.body for h in at.get("html"))
    assert "Confiance" in bodies and "(2)" in bodies and "voix des jeunes" in bodies
    assert "Équité" not in bodies  # hidden by the facilitator


def test_results_wait_for_the_group_size_and_user_text_stays_text(svc):
    r = make_round(svc, label="<b>Atelier</b> [x](http://evil.example)")
    submitted_participant(svc, r)
    svc.show_part(round_id=r.id, part="disagreements", shown=True)
    svc.show_part(round_id=r.id, part="reflections", shown=True)
    token = svc.create_presenter_link(round_id=r.id)
    at = new_app("en", token=token)
    at.switch_page("views/presenter.py").run()
    assert healthy(at)
    assert shown(at, tr("presenter.waiting_group", "en", n=3))
    assert shown(at, tr("presenter.reflections_waiting", "en", n=3, count=0))
    assert not tables(at) and not at.get("plotly_chart")
    assert any("\\<b\\>Atelier\\</b\\>" in t.value for t in at.title)  # escaped, not bold
