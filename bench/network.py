"""The network view (issue 10): 50 initiatives × 5 rounds × 100 participants, through the use cases.

Built in a database of its own beside the main dataset; ``NETWORK_SIZE`` (env ``BENCH_NETWORK_SIZE``,
"initiatives x rounds x participants") makes it smaller for a quick check.
"""

from __future__ import annotations

import os
import random
import secrets
import time
from datetime import date, datetime, timedelta

from sqlalchemy import delete, insert, select

from assessment.store.engine import engine_for
from assessment.store.models import Answer, ResponseSet, RoundScore
from assessment.usecases import Services
from bench.dataset import SEED, Context, _participant_scores
from bench.report import Row
from bench.timing import median_ms

TARGET_MS = 1000


def network_size() -> tuple[int, int, int]:
    """(initiatives, rounds, participants), from BENCH_NETWORK_SIZE (default 50x5x100)."""
    text = os.environ.get("BENCH_NETWORK_SIZE", "50x5x100")
    initiatives, rounds, participants = (int(part) for part in text.lower().split("x"))
    return initiatives, rounds, participants


def _fill(conn, round_id: int, n: int, participants: int, instrument, rng: random.Random) -> None:
    """``participants`` submitted participants answering every item of the full form."""
    base = {d: 2.2 + 0.15 * n + rng.uniform(-0.7, 0.9) for d in instrument.dimensions}
    when = datetime(2022, 1, 15, 9) + timedelta(days=120 * n)
    conn.execute(
        insert(ResponseSet),
        [
            {
                "round_id": round_id,
                "token": secrets.token_urlsafe(24),
                "status": "submitted",
                "created_at": when,
                "updated_at": when,
                "submitted_at": when,
            }
            for _ in range(participants)
        ],
    )
    ids = conn.scalars(select(ResponseSet.id).where(ResponseSet.round_id == round_id)).all()
    item_ids = instrument.item_ids("full")
    conn.execute(
        insert(Answer),
        [
            {"response_set_id": rs, "item_id": i, "dimension_id": instrument.dimension_of_item[i], "score": s}
            for rs in ids
            for i, s in zip(item_ids, _participant_scores(rng, base, instrument), strict=True)
        ],
    )


def build_network(url: str, instrument) -> tuple[Services, str, float]:
    """The network's database: its services, the network's name, and the seconds the build took."""
    start = time.perf_counter()
    initiatives, rounds, participants = network_size()
    services, engine, rng = Services(url=url), engine_for(url), random.Random(SEED + 7)
    services.create_network(name="Bench network")
    round_ids: list[tuple[int, int]] = []
    for k in range(initiatives):
        name = f"Local table {k + 1:02d}"
        for n in range(rounds):
            info = services.create_round_in(
                initiative=name, label=f"Round {n + 1}", on=date(2022, 1, 15) + timedelta(days=120 * n), status="closed"
            )
            round_ids.append((info.id, n))
        services.add_to_network(network="Bench network", initiative=name, consent=k % 3 == 0)
    with engine.begin() as conn:
        for round_id, n in round_ids:
            _fill(conn, round_id, n, participants, instrument, rng)
    engine.dispose()
    return services, "Bench network", time.perf_counter() - start


def _forget_round_scores(url: str) -> None:
    """Empty the kept round scores, as in a database where no network was ever viewed."""
    with engine_for(url).begin() as conn:
        conn.execute(delete(RoundScore))


def network(ctx: Context) -> list[Row]:
    """Services.network_view: first with nothing kept (every round scored from its answers, as the first view
    after a restore or a bulk import), then as the screen reruns (the round scores kept in the database, as
    for any view in any process), one member's view and the JSON of `network show`, on the network database."""
    initiatives, rounds, participants = network_size()
    url = f"sqlite:///{ctx.path.parent / 'network.sqlite3'}"
    services, name, built = build_network(url, ctx.instrument)
    answers = initiatives * rounds * participants * len(ctx.instrument.item_ids("full"))
    view = lambda: services.network_view(network=name)  # noqa: E731
    cold = median_ms(lambda: (_forget_round_scores(url), view()), runs=max(3, ctx.runs // 3), warmup=0)
    warm = median_ms(view, runs=ctx.runs)
    member = median_ms(lambda: services.network_member_view(network=name, initiative="Local table 02"), runs=ctx.runs)
    document = median_ms(lambda: services.network_document(network=name), runs=ctx.runs)
    size = f"{initiatives} initiatives × {rounds} rounds × {participants} participants"
    return [
        Row("network build", built, "s", note=f"{size}; {answers:,} answers"),
        Row("network view (services), nothing kept", cold, "ms", target=TARGET_MS, note="every round scored"),
        Row("network view (services), scores kept", warm, "ms", target=TARGET_MS, note=f"median of {ctx.runs}"),
        Row("  one member against the network", member, "ms", note=f"median of {ctx.runs}"),
        Row("  network show --format json document", document, "ms", note=f"median of {ctx.runs}"),
    ]
