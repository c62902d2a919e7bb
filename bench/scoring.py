"""Scoring one round through the services against one plain SQL query; peak memory of the scoring."""

from __future__ import annotations

import math
import resource
import tracemalloc

from sqlalchemy import text

from assessment.domain.scoring import RoundResult
from bench.dataset import Context
from bench.report import Row
from bench.timing import interleaved_medians_ms, time_ms

TARGET_RATIO = 1.5
TOLERANCE = 1e-9

# One statement: participant × dimension means, then per dimension the mean of those means,
# their count, the sum of squares for the sample variance, and the don't-know answers.
# The square root is taken in Python when SQLite has no math functions.
_DIMENSIONS = """
WITH per AS (
    SELECT a.response_set_id, a.dimension_id, AVG(a.score) AS mean, SUM(a.score IS NULL) AS dont_know
    FROM answers AS a JOIN response_sets AS s ON s.id = a.response_set_id
    WHERE s.round_id = :round_id AND s.status = 'submitted'
    GROUP BY a.response_set_id, a.dimension_id
)
SELECT dimension_id,
       AVG(mean) AS score,
       COUNT(mean) AS n,
       CASE WHEN COUNT(mean) >= 2
            THEN {variance_to_sd}((SUM(mean * mean) - SUM(mean) * SUM(mean) / COUNT(mean)) / (COUNT(mean) - 1))
       END AS sd,
       SUM(dont_know) AS dont_know,
       (SELECT COUNT(*) FROM response_sets WHERE round_id = :round_id AND status = 'submitted') AS participants
FROM per
GROUP BY dimension_id
"""


def _has_sqrt(ctx: Context) -> bool:
    try:
        with ctx.engine.connect() as conn:
            return conn.execute(text("SELECT sqrt(4)")).scalar() == 2
    except Exception:  # SQLite built without math functions
        return False


def plain_sql(ctx: Context, round_id: int, *, sqrt_in_sql: bool) -> tuple[int, dict[str, tuple]]:
    """(participants, dimension id -> (score, n, sd, dont_know)) from one SQL statement."""
    query = text(_DIMENSIONS.format(variance_to_sd="SQRT" if sqrt_in_sql else ""))
    with ctx.engine.connect() as conn:
        rows = conn.execute(query, {"round_id": round_id}).all()
    participants = rows[0].participants if rows else 0
    figures = {}
    for dimension_id, score, n, sd, dont_know, _ in rows:
        if sd is not None and not sqrt_in_sql:
            sd = math.sqrt(max(sd, 0.0))
        figures[dimension_id] = (score, n, sd, dont_know)
    return participants, figures


def _close(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, abs_tol=TOLERANCE))


def _mismatches(result: RoundResult, participants: int, figures: dict[str, tuple]) -> list[str]:
    faults = [] if result.participants == participants else [f"participants {result.participants} != {participants}"]
    for d in result.dimensions:
        score, n, sd, dont_know = figures.get(d.id, (None, 0, None, 0))
        if not (_close(d.score, score) and d.n == n and _close(d.sd, sd) and d.dont_know == dont_know):
            faults.append(f"{d.id}: services {(d.score, d.n, d.sd, d.dont_know)} != SQL {(score, n, sd, dont_know)}")
    return faults


def services_vs_sql(ctx: Context) -> list[Row]:
    """Median times of Services.round_result and of the one-query equivalent, and their ratio."""
    round_id = ctx.round_ids[-1]
    sqrt_in_sql = _has_sqrt(ctx)
    result = ctx.services.round_result(round_id=round_id)
    faults = _mismatches(result, *plain_sql(ctx, round_id, sqrt_in_sql=sqrt_in_sql))
    for fault in faults:
        print(f"  mismatch: {fault}")
    medians = interleaved_medians_ms(
        {
            "services": lambda: ctx.services.round_result(round_id=round_id),
            "sql": lambda: plain_sql(ctx, round_id, sqrt_in_sql=sqrt_in_sql),
        },
        runs=ctx.runs,
    )
    ratio = medians["services"] / medians["sql"]
    where = "in SQL" if sqrt_in_sql else "in Python"
    return [
        Row("scoring one round: Services.round_result", medians["services"], "ms", note=f"median of {ctx.runs}"),
        Row("same numbers: one plain SQL query", medians["sql"], "ms", note=f"median of {ctx.runs}; sqrt {where}"),
        Row("match (score, n, sd, don't know; 1e-9)", "yes" if not faults else f"NO ({len(faults)})"),
        Row("ratio services / SQL", ratio, "×", target=TARGET_RATIO, digits=2),
    ]


def scoring_memory(ctx: Context) -> list[Row]:
    """Peak Python allocation during one round_result (tracemalloc), and the process's max RSS so far."""
    round_id = ctx.round_ids[-1]
    ctx.services.round_result(round_id=round_id)  # caches (instrument snapshot, statements) already warm
    tracemalloc.start()
    try:
        elapsed = time_ms(lambda: ctx.services.round_result(round_id=round_id))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    max_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return [
        Row(
            "peak memory of scoring one round",
            peak / 2**20,
            "MiB",
            note=f"tracemalloc; {elapsed:.0f} ms while traced",
            digits=2,
        ),
        Row("max RSS of the process so far", max_rss_kib / 1024, "MiB", note="getrusage; imports, build, AppTest"),
    ]
