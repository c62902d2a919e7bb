"""The comparison of an initiative's rounds: through the services, on screen, and as rounds grow."""

from __future__ import annotations

import random
import statistics

from bench.dataset import ROUNDS, SEED, Context, add_rounds
from bench.report import Row
from bench.results_page import app_environment, page_rerun_times, quiet
from bench.timing import median_ms

TARGET_MS = 300
GROWTH_STEPS = (10, 25, 50, 100)


def comparison(ctx: Context) -> list[Row]:
    """Services.comparison of the 10-round initiative, its screen's AppTest rerun, and growth to 100 rounds."""
    name = "Bench initiative"
    compare = median_ms(lambda: ctx.services.comparison(initiative=name), runs=ctx.runs)
    items = median_ms(lambda: ctx.services.item_means_by_round(initiative=name), runs=ctx.runs)
    with quiet(), app_environment(ctx.url):
        first, times = page_rerun_times(ctx, "views/compare.py", {"compare_initiative_id": ctx.initiative_id}, "en")
    rows = [
        Row(
            f"comparison of {ROUNDS} rounds (services)",
            compare,
            "ms",
            target=TARGET_MS,
            note=f"median of {ctx.runs}; 300 participants a round",
        ),
        Row("  item means by round (heat map of items)", items, "ms", note=f"median of {ctx.runs}"),
        Row(
            "comparison screen rerun (AppTest)",
            statistics.median(times),
            "ms",
            note=f"median of {ctx.runs}; first run {first:.0f} ms",
        ),
    ]
    # Growth: add rounds to the same initiative and time the comparison at each size.
    rng = random.Random(SEED + 1)
    base = None
    for size in GROWTH_STEPS:
        have = len(ctx.services.list_rounds(initiative_id=ctx.initiative_id))
        if size > have:
            add_rounds(ctx.services, ctx.engine, ctx.instrument, ctx.initiative_id, size - have, rng)
        ms = median_ms(lambda: ctx.services.comparison(initiative=name), runs=5)
        base = base or ms / size
        rows.append(
            Row(
                f"  comparison of {size} rounds",
                ms,
                "ms",
                note=f"{ms / size:.1f} ms a round ({ms / size / base:.2f}× the 10-round rate)",
            )
        )
    return rows
