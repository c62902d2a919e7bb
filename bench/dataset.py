"""The synthetic dataset: one initiative, 10 rounds × 300 submitted participants × every item."""

from __future__ import annotations

import random
import secrets
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select

from assessment.domain.instrument import Instrument
from assessment.store.engine import engine_for
from assessment.store.models import Answer, Comment, ResponseSet
from assessment.usecases import Services

ROUNDS = 10
PARTICIPANTS = 300
DONT_KNOW_SHARE = 0.05
COMMENT_SHARE = 0.2  # participants leaving one dimension comment, so the results page shows some
SEED = 20240611


@dataclass
class Context:
    """What every section gets: the database, its services and the ids of the dataset."""

    url: str
    path: Path
    services: Services
    engine: Engine
    instrument: Instrument
    initiative_id: int
    round_ids: list[int]
    runs: int = 9
    notes: dict[str, object] = field(default_factory=dict)


def _participant_scores(rng: random.Random, base: dict[str, float], instrument: Instrument) -> list[int | None]:
    lean = rng.gauss(0, 0.5)  # some participants see everything rosier than others
    scores: list[int | None] = []
    for item_id in instrument.item_ids("full"):
        if rng.random() < DONT_KNOW_SHARE:
            scores.append(None)
            continue
        value = base[instrument.dimension_of_item[item_id]] + lean + rng.gauss(0, 0.8)
        scores.append(min(5, max(1, round(value))))
    return scores


def build(directory: Path, *, runs: int) -> Context:
    """Create the database in ``directory`` and fill it; seeded, so every run builds the same answers."""
    path = directory / "bench.sqlite3"
    url = f"sqlite:///{path}"
    services = Services(url=url)
    engine = engine_for(url)
    instrument = Services.current_instrument()
    rng = random.Random(SEED)

    initiative = services.create_initiative(name="Bench initiative", description="synthetic data for make bench")
    round_ids = add_rounds(services, engine, instrument, initiative.id, ROUNDS, rng)
    # Fold the write-ahead log into the file so its size is the data's; no ANALYZE, as the app runs none.
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Context(
        url=url,
        path=path,
        services=services,
        engine=engine,
        instrument=instrument,
        initiative_id=initiative.id,
        round_ids=round_ids,
        runs=runs,
    )


def timed_build(directory: Path, *, runs: int):
    """The context, and the seconds the build took."""
    start = time.perf_counter()
    ctx = build(directory, runs=runs)
    return ctx, time.perf_counter() - start


def _fill_round(conn, round_id: int, n: int, instrument: Instrument, rng: random.Random) -> None:
    """PARTICIPANTS submitted participants answering every item of round ``round_id`` (the n-th round)."""
    item_ids = instrument.item_ids("full")
    dimension_ids = list(instrument.dimensions)
    # Each round drifts upward a little, with dimensions spread around the thresholds.
    base = {d: 2.2 + 0.12 * n + rng.uniform(-0.6, 0.9) for d in dimension_ids}
    when = datetime(2020, 1, 15, 9) + timedelta(days=91 * n)
    conn.execute(
        insert(ResponseSet),
        [
            {
                "round_id": round_id,
                "token": secrets.token_urlsafe(24),
                "status": "submitted",
                "created_at": when + timedelta(seconds=p),
                "updated_at": when + timedelta(seconds=p + 600),
                "submitted_at": when + timedelta(seconds=p + 600),
            }
            for p in range(PARTICIPANTS)
        ],
    )
    ids = conn.scalars(select(ResponseSet.id).where(ResponseSet.round_id == round_id).order_by(ResponseSet.id)).all()
    answers, comments = [], []
    for response_set_id in ids:
        for item_id, score in zip(item_ids, _participant_scores(rng, base, instrument), strict=True):
            answers.append(
                {
                    "response_set_id": response_set_id,
                    "item_id": item_id,
                    "dimension_id": instrument.dimension_of_item[item_id],
                    "score": score,
                    "comment": None,
                }
            )
        if rng.random() < COMMENT_SHARE:
            text = f"Synthetic comment {response_set_id}: partners mostly agree, data is patchy."
            comments.append(
                {"response_set_id": response_set_id, "dimension_id": rng.choice(dimension_ids), "text": text}
            )
    conn.execute(insert(Answer), answers)
    if comments:
        conn.execute(insert(Comment), comments)


def add_rounds(
    services: Services, engine: Engine, instrument: Instrument, initiative_id: int, count: int, rng: random.Random
) -> list[int]:
    """Add ``count`` closed rounds of PARTICIPANTS submitted participants answering every item; their ids."""
    existing = len(services.list_rounds(initiative_id=initiative_id))
    start = date(2020, 1, 15)
    round_ids: list[int] = []
    for k in range(count):
        n = existing + k
        info = services.create_round(
            initiative_id=initiative_id, label=f"Round {n + 1}", on=start + timedelta(days=91 * n), form="full"
        )
        services.set_round_status(round_id=info.id, status="closed")  # past rounds, as a facilitator sees them
        round_ids.append(info.id)
    with engine.begin() as conn:
        for k, round_id in enumerate(round_ids):
            _fill_round(conn, round_id, existing + k, instrument, rng)
    return round_ids
