"""Networks through the use cases, on a real database: membership and consent, comparable rounds only, the
JSON of `network show`, the member's view, the report and workbook, the demo network, and the round scores the
view keeps (store.models.RoundScore): kept at the first view and read from then on, not used once a round's
submissions changed, gone with their round, safe when several views keep them at once."""

from __future__ import annotations

import io
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from html import escape

import pytest
from sqlalchemy import delete, select, update

from assessment.domain import network as net
from assessment.domain.errors import Duplicate, Invalid, NotFound, UserError
from assessment.present import network_charts
from assessment.store.engine import engine_for
from assessment.store.models import ResponseSet, Round, RoundScore
from assessment.usecases import Services
from assessment.usecases.demo_network import DEMO_NETWORK, MEMBERS
from tests.factories import csv_bytes, full_items, short_items
from tests.unit.reports.test_reports import PLOTLY_BUNDLE_HEADER, outside_scripts


def import_round(services: Services, initiative: str, label: str, on: date, people: int, score: int, items=None):
    rows = [
        {"participant": f"p{n}", "item_id": item, "score": score}
        for n in range(people)
        for item in (items or full_items())
    ]
    services.import_file(data=csv_bytes(rows), initiative=initiative, label=label, on=on)


@pytest.fixture
def network(services: Services) -> str:
    services.create_network(name="Réseau Est")
    for name, score, consent in (("Alpha", 2, True), ("Bravo Secret", 3, False), ("Charlie Hidden", 4, False)):
        import_round(services, name, f"{name} baseline", date(2025, 1, 10), 4, score)
        import_round(services, name, f"{name} follow-up", date(2026, 1, 10), 5, min(score + 1, 5))
        services.add_to_network(network="Réseau Est", initiative=name, consent=consent)
    return "Réseau Est"


def test_the_coordinator_sees_members_side_by_side_named_only_when_they_consented(services, network):
    document = services.network_document(network=network)
    assert document["shown"] is True and document["network"] == network
    rows = document["initiatives"]
    assert [(r["named"], r["participants"], r["date"]) for r in rows] == [(True, 5, "2026-01-10")] + [
        (False, 5, "2026-01-10")
    ] * 2
    assert rows[0]["label"] == "Alpha" and rows[0]["round"] == "Alpha follow-up"
    assert all(r["label"].startswith("Initiative ") and r["round"] is None for r in rows[1:])
    text = str(document)
    assert "Secret" not in text and "Hidden" not in text
    assert sorted(r["index"] for r in rows) == [50.0, 75.0, 100.0]
    dims = document["dimensions"]
    assert {d["initiatives"] for d in dims} == {3}
    assert all((d["q1"], d["median"], d["q3"]) == (3.5, 4.0, 4.5) for d in dims)


def test_an_alias_is_stable_and_consent_is_stored_with_its_date_and_can_be_withdrawn(services, network):
    before = {m.initiative: m for m in services.network_memberships(network=network)}
    assert before["Alpha"].consented_at is not None and before["Bravo Secret"].consented_at is None
    again = services.add_to_network(network=network, initiative="Bravo Secret", consent=True)
    assert (again.added, again.label) == (False, "Bravo Secret") and again.consented_at is not None
    withdrawn = services.add_to_network(network=network, initiative="Bravo Secret", consent=False)
    assert withdrawn.label == before["Bravo Secret"].label  # the same alias as before
    assert len({m.label for m in services.network_memberships(network=network)}) == 3


def test_below_three_contributors_no_network_figure_is_shown(services, network):
    services.remove_from_network(network=network, initiative="Alpha")
    document = services.network_document(network=network)
    assert (document["shown"], document["dimensions"], len(document["initiatives"])) == (False, [], 2)


def test_rounds_with_other_items_or_too_few_people_are_left_out_and_counted(services, network):
    services.create_round_in(initiative="Alpha", label="short one", on=date(2026, 6, 1), form="short", status="open")
    import_round(services, "Alpha", "short one", date(2026, 6, 1), 6, 5, items=short_items())
    import_round(services, "Alpha", "tiny one", date(2026, 7, 1), 2, 5)
    view = services.network_view(network=network)
    assert view.left_out == {net.OTHER_ITEMS: 1, net.TOO_FEW: 1}
    alpha = next(r for r in view.members if r.label == "Alpha")
    assert alpha.round == "Alpha follow-up" and len(alpha.trend) == 2


def test_a_member_sees_itself_against_the_network_and_no_other_name(services, network):
    view = services.network_member_view(network=network, initiative="Charlie Hidden")
    assert view.own.label == "Charlie Hidden" and view.own.round == "Charlie Hidden follow-up"
    assert view.shown and set(view.positions.values()) == {net.ABOVE}
    assert "Alpha" not in str(view) and "Bravo" not in str(view)
    with pytest.raises(NotFound):
        services.create_initiative(name="Outsider")
        services.network_member_view(network=network, initiative="Outsider")


def test_bad_input_is_refused_and_changes_nothing(services, network):
    with pytest.raises(Duplicate):
        services.create_network(name=" Réseau Est ")
    with pytest.raises(Invalid):
        services.create_network(name="  ")
    with pytest.raises(Invalid):
        services.create_network(name="\x00\x1b\t")  # nothing left once control characters are taken out
    with pytest.raises(Duplicate):
        services.create_network(name="Réseau\x00 Est\r\n")  # a typed name is cleaned like any other
    with pytest.raises(NotFound):
        services.add_to_network(network="Nowhere", initiative="Alpha", consent=True)
    with pytest.raises(NotFound):
        services.add_to_network(network=network, initiative="Nobody", consent=True)
    with pytest.raises(NotFound):
        services.remove_from_network(network=network, initiative="Nobody")
    services.create_network(name="Empty")
    with pytest.raises(UserError, match="network_empty"):
        services.network_report_html(network="Empty", lang="en")
    assert services.list_networks() == ["Empty", "Réseau Est"]
    assert len(services.network_memberships(network=network)) == 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_and_workbook_show_what_the_screen_shows_and_no_hidden_name(services, network, lang):
    html = services.network_report_html(network=network, lang=lang)
    assert f'<html lang="{lang}">' in html and "Alpha" in html
    assert html.count(PLOTLY_BUNDLE_HEADER) == 1  # inlined once, for the spread chart: the page works offline
    start = html.index(PLOTLY_BUNDLE_HEADER)
    shown = html[:start] + html[html.index("</script>", start) :]  # the library's own words ("isHidden") aside
    assert "Secret" not in shown and "Hidden" not in shown
    assert ("Dispersion du réseau" if lang == "fr" else "spread per dimension") in html
    view, instrument = services.network_view(network=network), services.current_instrument()
    words = network_charts.spread_text(instrument, lang, view)
    assert f"<figcaption>{escape(words.summary)}</figcaption>" in html  # the screen's chart, offline
    markup = outside_scripts(html)  # nothing fetched: no script, link or font from elsewhere
    assert html.count('<figure class="chart">') == 1 and "Plotly.newPlot(" in html
    assert not re.search(r"<script[^>]*\ssrc\s*=", markup) and "<link" not in markup and "cdn" not in markup
    assert escape(network_charts.spread_next_step(instrument, lang, view) or "-") in html
    book = services.network_workbook(network=network, lang=lang)
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        strings = z.read("xl/sharedStrings.xml").decode()
    assert "Alpha" in strings and "Secret" not in strings and "Hidden" not in strings


def test_the_demo_network_has_five_members_improving_unevenly_and_a_round_left_out(db_url):
    services = Services(url=db_url)  # the real instrument, as the app uses
    assert services.load_demo_network() is True
    assert services.load_demo_network() is False
    view = services.network_view(network=DEMO_NETWORK)
    assert len(view.members) == len(MEMBERS) == 5 and view.shown
    assert sum(r.named for r in view.members) == 3
    assert view.left_out == {net.OTHER_ITEMS: 1}
    assert all(2 <= len(r.trend) + r.left_out.get(net.OTHER_ITEMS, 0) <= 3 for r in view.members)
    gains = sorted(r.trend[-1][1] - r.trend[0][1] for r in view.members if len(r.trend) > 1)
    assert gains[0] < 5 < gains[-1]  # some tables barely moved, others gained a lot


def test_a_round_scored_once_is_scored_again_when_people_submit_more(services, network):
    services.create_round_in(initiative="Alpha", label="live", on=date(2026, 9, 1), status="open")
    import_round(services, "Alpha", "live", date(2026, 9, 1), 3, 5)
    first = next(r for r in services.network_view(network=network).members if r.label == "Alpha")
    assert (first.round, first.participants, first.index) == ("live", 3, 100.0)
    rows = [{"participant": f"late{n}", "item_id": item, "score": 1} for n in range(3) for item in full_items()]
    services.import_file(data=csv_bytes(rows), initiative="Alpha", label="live")
    again = next(r for r in services.network_view(network=network).members if r.label == "Alpha")
    assert (again.participants, again.index) == (6, 50.0)


# ----- the round scores the view keeps ------------------------------------------------------------------


def kept(db_url: str) -> dict[int, tuple[int, dict]]:
    """Round id -> (participants counted, sums) of every kept row."""
    with engine_for(db_url).connect() as conn:
        return {r.round_id: (r.submitted, r.stats) for r in conn.execute(select(RoundScore))}


def scored_rounds(db_url: str) -> dict[int, int]:
    """Round id -> submitted participants, of every round someone submitted."""
    with engine_for(db_url).connect() as conn:
        rows = conn.execute(select(ResponseSet.round_id, ResponseSet.id).where(ResponseSet.status == "submitted"))
        counts: dict[int, int] = {}
        for round_id, _ in rows:
            counts[round_id] = counts.get(round_id, 0) + 1
        return counts


def alpha(services: Services, network: str):
    return next(r for r in services.network_view(network=network).members if r.label == "Alpha")


def test_the_first_view_keeps_every_rounds_sums_and_later_views_read_them(services, network, db_url):
    assert kept(db_url) == {}
    first = services.network_view(network=network)
    rows = kept(db_url)
    assert {round_id: n for round_id, (n, _) in rows.items()} == scored_rounds(db_url)
    assert services.network_view(network=network) == first
    # The kept sums are what later views use: make Alpha's latest round's sums say everyone answered 1.
    with engine_for(db_url).begin() as conn:
        latest = conn.scalar(select(Round.id).where(Round.label == "Alpha follow-up"))
        stats = {d: [n, float(n), float(n), dk] for d, (n, _, _, dk) in rows[latest][1].items()}
        conn.execute(update(RoundScore).where(RoundScore.round_id == latest).values(stats=stats))
    assert (first_alpha := next(r for r in first.members if r.label == "Alpha")).index == 50.0
    assert (alpha(services, network).round, alpha(services, network).index) == (first_alpha.round, 0.0)


def test_kept_sums_no_longer_matching_the_rounds_submissions_are_scored_again(services, network, db_url):
    before = alpha(services, network)
    with engine_for(db_url).begin() as conn:
        conn.execute(update(RoundScore).values(submitted=999, stats={}))  # as if counted before a change
    assert alpha(services, network) == before
    assert {n for n, _ in kept(db_url).values()} == {4, 5}


def test_kept_sums_go_with_their_round_and_a_restored_initiative_is_scored_from_its_answers(
    services,
    network,
    db_url,
):
    before = services.network_view(network=network)
    document = services.backup_json(initiative="Alpha")
    old = set(kept(db_url))
    services.restore(document=document, replace=True)
    assert len(old) == 6 and set(kept(db_url)) < old and len(kept(db_url)) == 4  # Alpha's two rows went
    services.add_to_network(network=network, initiative="Alpha", consent=True)
    assert [(r.label, r.index, r.trend) for r in services.network_view(network=network).members] == [
        (r.label, r.index, r.trend) for r in before.members
    ]


@pytest.mark.parametrize("views", [4])
def test_several_views_keeping_the_same_rounds_at_once_all_succeed_and_agree(services, network, db_url, views):
    with engine_for(db_url).begin() as conn:
        conn.execute(delete(RoundScore))
    with ThreadPoolExecutor(views) as pool:
        results = list(pool.map(lambda _: services.network_view(network=network), range(views)))
    assert all(result == results[0] for result in results)
    assert {round_id: n for round_id, (n, _) in kept(db_url).items()} == scored_rounds(db_url)
