"""The equity lens on the results screen, in both languages: the gap chart and its words, who answered by sector
and role against the seeds' structures, and the debrief questions; a small group shows why, never a number."""

from __future__ import annotations

import pytest

from assessment.present import equity_charts
from assessment.present.i18n import plain
from assessment.usecases import Services
from tests.app.conftest import charts, healthy, make_round, raw_keys, shown, tr
from tests.app.test_pages_render import render

LANGS = ["fr", "en"]


def gap_chart(at) -> dict:
    """The gap chart: the one whose series are the focus groups."""
    names = {tr("equity.group.community_member", lang) for lang in LANGS}
    return next(spec for spec in charts(at) if spec["data"] and spec["data"][0].get("name") in names)


def markdown(at) -> list[str]:
    return [m.value for m in at.markdown]


@pytest.mark.parametrize("lang", LANGS)
def test_the_results_of_the_demo_show_the_equity_lens(demo, svc: Services, lang):
    at = render("views/results.py", lang, facilitator=True)
    assert healthy(at), [e.value for e in at.exception]
    assert raw_keys(at) == []
    equity = svc.round_equity(round_id=demo[-1].id)
    lens, instrument = equity.lens, equity.instrument
    assert [h.value for h in at.header][-1] == tr("equity.title", lang)
    for key in ("equity.gaps", "equity.who", "equity.structures", "equity.prompts"):
        assert key and tr(key, lang) in [s.value for s in at.subheader], key
    assert shown(at, tr("equity.rule", lang, n=3))
    # The gap chart: one series per focus group, each bar's gap written on it, and its summary under it.
    spec = gap_chart(at)
    assert [trace["name"] for trace in spec["data"]] == [
        equity_charts.group_name(g, lang) for g in ("community_member", "youth")
    ]
    words = equity_charts.gap_text(instrument, lang, lens)
    assert plain(words.summary) in [c.value for c in at.caption]
    community = lens.group("community_member")
    equity_row = list(instrument.dimensions)[::-1].index("equity")
    assert spec["data"][0]["x"][equity_row] == pytest.approx(community.gap("equity").gap)
    # Who answered, as the breakdown screen counts them, and the structures of the seeds.
    by_sector, by_role = equity_charts.who_answered(lens, lang)
    frames = [df.value for df in at.dataframe]
    assert [list(f.iloc[:, 1]) for f in frames[-3:-1]] == [[r[1] for r in by_sector.rows], [r[1] for r in by_role.rows]]
    structures = equity_charts.structures_table(lens, lang)
    assert frames[-1].values.tolist() == structures.rows
    # The debrief questions: the round's largest gaps first, then the seeds' questions.
    questions = "\n".join(f"- {plain(p)}" for p in equity_charts.prompts(instrument, lens, lang))
    assert questions in markdown(at)
    assert plain(tr("equity.prompt.hard_conversations", lang)) in questions


@pytest.mark.parametrize("lang, too_few", [("fr", "moins de 3"), ("en", "fewer than 3")])
def test_two_youth_are_shown_as_too_few_with_no_gap(svc: Services, lang, too_few):
    r = make_round(svc)
    for sector, score, count in (
        ("youth", 1, 2),
        ("community_member", 2, 5),
        ("nonprofit", 5, 4),
        ("government", 4, 4),
    ):
        for _ in range(count):
            token = svc.join(code=r.join_code)
            svc.update_profile(token=token, display_name=None, sector=sector, role="partner")
            items = svc.participant_state(token=token).item_ids
            svc.save_answers(token=token, answers=dict.fromkeys(items, score), comments={})
            svc.submit(token=token)
    at = render("views/results.py", lang, facilitator=True)
    assert healthy(at), [e.value for e in at.exception]
    assert raw_keys(at) == []
    youth = gap_chart(at)["data"][1]
    assert set(youth["text"]) == {too_few} and set(youth["x"]) == {0}
    assert (
        f"- {plain(tr('equity.group_line', lang, group=tr('equity.group.youth', lang), count=too_few))}"
        in "\n".join(markdown(at))
    )
    community = gap_chart(at)["data"][0]  # government (4) is hidden with the youth; everyone else still counts them
    assert community["x"] == [pytest.approx(2 - (2 * 1 + 4 * 5 + 4 * 4) / 10)] * 19, community["text"]
