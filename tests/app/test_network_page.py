"""The network screen on the demo network, in both languages: members side by side with hidden members under
their alias, the spread, one member against the network, membership and consent; bad input changes nothing."""

from __future__ import annotations

import json

import pytest

from assessment.present import network_charts
from assessment.present.i18n import plain, plain_chart
from assessment.usecases import Services
from assessment.usecases.demo_network import DEMO_NETWORK, MEMBERS
from tests.app.conftest import button, healthy, raw_keys, sent_to_the_gate, shown, texts, title, tr
from tests.app.test_pages_render import render

LANGS = ["fr", "en"]
WINNIPEG = next(m.name for m in MEMBERS if "Winnipeg" in m.name)
HIDDEN = [m.name for m in MEMBERS if not m.consented]


def markdown(at, lang: str) -> str:
    """The page's Markdown outside the "Members and consent" expander (the coordination's own list of names)."""
    admin = [e for e in at.expander if e.label == tr("network.members_admin", lang)]
    assert len(admin) == 1
    names = {str(m.value) for m in admin[0].markdown}
    assert any(hidden.split(" (")[0] in text for text in names for hidden in HIDDEN) or not names
    return "\n".join(str(m.value) for m in at.markdown if str(m.value) not in names)


def figures(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def pick(at, network: str = DEMO_NETWORK):
    at.selectbox(key="network_name").set_value(network).run()
    return at


@pytest.fixture
def demo_network(svc: Services) -> None:
    svc.load_demo_network()


@pytest.mark.parametrize("lang", LANGS)
def test_the_coordinator_sees_the_demo_network_without_any_hidden_name(demo_network, lang):
    at = pick(render("views/network.py", lang, facilitator=True))
    assert healthy(at), [e.value for e in at.exception]
    assert tr("page.network", lang) in title(at) and raw_keys(at) == []
    for key in ("network.side_by_side", "network.spread", "network.dimension_scores"):
        assert shown(at, tr(key, lang)), key
    tables = markdown(at, lang)
    assert "Initiative " in tables and "Sherbrooke \\(demo\\)" in tables
    assert not any(name.split(" (")[0] in tables for name in HIDDEN)
    assert shown(at, tr("network.left_out_other_items.one", lang, count="1"))
    assert len(at.get("download_button")) == 2


@pytest.mark.parametrize("lang", LANGS)
def test_the_coordinator_sees_the_spread_chart_with_its_words_its_data_and_what_to_do_next(
    svc: Services, demo_network, lang
):
    at = pick(render("views/network.py", lang, facilitator=True))
    assert healthy(at), [e.value for e in at.exception]
    [figure] = figures(at)
    names = [trace.get("name") for trace in figure["data"]]
    assert names[:2] == [tr("network.chart_quartiles", lang), tr("network.chart_median", lang)]
    assert sum(name.startswith("Initiative ") for name in names[2:]) == len(HIDDEN)  # hidden under their label
    drawn = json.dumps(figure, ensure_ascii=False)
    assert not any(name.split(" (")[0] in drawn for name in HIDDEN)
    view, instrument = svc.network_view(network=DEMO_NETWORK), svc.current_instrument()
    assert figure["layout"]["separators"][0] == ("," if lang == "fr" else ".")  # decimal comma in French
    words = network_charts.spread_text(instrument, lang, view)
    assert any(str(c.value) == plain(words.summary) for c in at.caption)
    step = network_charts.spread_next_step(instrument, lang, view)
    assert step and any(str(i.value) == plain(step) for i in at.info)
    assert any(e.label == tr("chart.data", lang) for e in at.expander)


@pytest.mark.parametrize("lang", LANGS)
def test_a_member_sees_itself_against_the_network_and_no_other_member(svc: Services, demo_network, lang):
    at = pick(render("views/network.py", lang, facilitator=True))
    at.segmented_control(key="network_view").set_value("member").run()
    at.selectbox(key="network_member").set_value(WINNIPEG).run()
    assert healthy(at), [e.value for e in at.exception]
    assert shown(at, tr("network.against", lang)) and raw_keys(at) == []
    tables = markdown(at, lang)
    assert tr("network.col_position", lang) in tables
    others = [m.name.split(" (")[0] for m in MEMBERS if m.name != WINNIPEG]
    assert not any(name in tables for name in others) and "Initiative " not in tables
    [figure] = figures(at)
    assert [trace.get("name") for trace in figure["data"]][2:] == [plain_chart(WINNIPEG)]  # itself, as a star
    drawn = json.dumps(figure, ensure_ascii=False)
    assert not any(name in drawn for name in others) and "Initiative " not in drawn
    view = svc.network_member_view(network=DEMO_NETWORK, initiative=WINNIPEG)
    words = network_charts.against_text(svc.current_instrument(), lang, view)
    assert any(str(c.value) == plain(words.summary) for c in at.caption)
    assert any(tr("network.col_gap", lang) in str(m.value) for m in at.markdown)  # the chart's data, one click away
    step = network_charts.against_next_step(svc.current_instrument(), lang, view)
    assert step and any(str(i.value) == plain(step) for i in at.info)


@pytest.mark.parametrize("lang", LANGS)
def test_creating_a_network_and_adding_a_member_with_consent(svc: Services, lang):
    svc.create_initiative(name="Table *Nord*")
    at = render("views/network.py", lang, facilitator=True)
    assert shown(at, tr("network.none", lang))
    at.text_input[0].set_value("  ")
    button(at, tr("network.create_button", lang)).click().run()
    assert svc.list_networks() == [] and at.error  # refused, in words
    at.text_input[0].set_value("Côte <b>Est</b>")
    button(at, tr("network.create_button", lang)).click().run()
    assert svc.list_networks() == ["Côte <b>Est</b>"]
    at.run()
    at.checkbox(key="network_add_consent").check()
    button(at, tr("network.add", lang)).click().run()
    assert healthy(at), [e.value for e in at.exception]
    [member] = svc.network_memberships(network="Côte <b>Est</b>")
    assert member.consented_at is not None and member.label == "Table *Nord*"
    assert any("Table \\*Nord\\*" in text for text in texts(at))  # user text shown as text


def test_the_network_page_asks_for_the_passcode_first():
    assert sent_to_the_gate(render("views/join.py", "en"), "views/network.py")
