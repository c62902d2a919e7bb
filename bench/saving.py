"""Saving one full questionnaire (and submitting it) in an open round."""

from __future__ import annotations

import random
import statistics
from functools import partial

from sqlalchemy import delete

from assessment.store.models import ResponseSet
from bench.dataset import SEED, Context
from bench.report import Row
from bench.timing import time_ms

TARGET_MS = 20
MIN_RUNS = 25


def save_questionnaire(ctx: Context) -> list[Row]:
    """Median times of save_answers (all items + 2 comments), one-answer saves and submit, on fresh joins.

    Uses the first round, opened for the occasion; its new response sets are deleted afterwards
    and its status restored, so later sections see the dataset as built.
    """
    svc = ctx.services
    round_id = ctx.round_ids[0]
    before = svc.get_round(round_id=round_id)
    code = svc.set_round_status(round_id=round_id, status="open").join_code
    item_ids = ctx.instrument.item_ids("full")
    dimension_ids = list(ctx.instrument.dimensions)
    rng = random.Random(SEED + 1)
    runs = max(MIN_RUNS, ctx.runs)
    tokens: list[str] = []
    full, single, submit = [], [], []
    try:
        for n in range(runs + 1):  # the first of each is a warm-up
            token = svc.join(code=code)
            tokens.append(token)
            answers = {i: (None if rng.random() < 0.05 else rng.randint(1, 5)) for i in item_ids}
            comments = {d: f"bench comment {n} on {d}" for d in rng.sample(dimension_ids, 2)}
            full.append(time_ms(partial(svc.save_answers, token=token, answers=answers, comments=comments)))
            item = rng.choice(item_ids)
            change = {item: 1 if answers[item] != 1 else 2}
            single.append(time_ms(partial(svc.save_answers, token=token, answers=change)))
            submit.append(time_ms(partial(svc.submit, token=token)))
    finally:
        with ctx.engine.begin() as conn:  # answers and comments go by ON DELETE CASCADE
            conn.execute(delete(ResponseSet).where(ResponseSet.token.in_(tokens)))
        svc.set_round_status(round_id=round_id, status=before.status)
    note = f"median of {runs}, each on a fresh join"
    return [
        Row(
            f"save one full questionnaire ({len(item_ids)} answers + 2 comments)",
            statistics.median(full[1:]),
            "ms",
            target=TARGET_MS,
            note=note,
        ),
        Row("  save one changed answer (a click on the page)", statistics.median(single[1:]), "ms", note=note),
        Row("  submit", statistics.median(submit[1:]), "ms", note=note),
    ]
