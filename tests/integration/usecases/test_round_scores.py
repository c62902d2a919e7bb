"""The round scores a network's view keeps (store.models.RoundScore), on a real database: kept at the first
view and read from then on, not used once a round's submissions changed, gone with their round, and safe when
several views keep them at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import delete, select, update

from assessment.store.engine import engine_for
from assessment.store.models import ResponseSet, Round, RoundScore
from assessment.usecases import Services
from tests.integration.usecases.test_networks import network  # noqa: F401 (a fixture)


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


def alpha(services: Services, network: str):  # noqa: F811
    return next(r for r in services.network_view(network=network).members if r.label == "Alpha")


def test_the_first_view_keeps_every_rounds_sums_and_later_views_read_them(services, network, db_url):  # noqa: F811
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


def test_kept_sums_no_longer_matching_the_rounds_submissions_are_scored_again(services, network, db_url):  # noqa: F811
    before = alpha(services, network)
    with engine_for(db_url).begin() as conn:
        conn.execute(update(RoundScore).values(submitted=999, stats={}))  # as if counted before a change
    assert alpha(services, network) == before
    assert {n for n, _ in kept(db_url).values()} == {4, 5}


def test_kept_sums_go_with_their_round_and_a_restored_initiative_is_scored_from_its_answers(
    services,
    network,
    db_url,  # noqa: F811
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
def test_several_views_keeping_the_same_rounds_at_once_all_succeed_and_agree(services, network, db_url, views):  # noqa: F811
    with engine_for(db_url).begin() as conn:
        conn.execute(delete(RoundScore))
    with ThreadPoolExecutor(views) as pool:
        results = list(pool.map(lambda _: services.network_view(network=network), range(views)))
    assert all(result == results[0] for result in results)
    assert {round_id: n for round_id, (n, _) in kept(db_url).items()} == scored_rounds(db_url)
