"""`python -m bench`: build the dataset in a temporary directory, run every section, print the figures."""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.comparison import comparison
from bench.data_exports import data_exports
from bench.dataset import PARTICIPANTS, ROUNDS, Context, timed_build
from bench.report import Row, table
from bench.results_page import results_page
from bench.saving import save_questionnaire
from bench.scoring import scoring_memory, services_vs_sql

Section = Callable[[Context], list[Row]]

#: (title, function) in the order they run; the saving section restores what it changes.
SECTIONS: list[tuple[str, Section]] = [
    ("scoring one round", services_vs_sql),
    ("results page", results_page),
    ("saving a questionnaire", save_questionnaire),
    ("memory", scoring_memory),
    ("exports, backup and restore", data_exports),
    # Last: it adds rounds to the initiative (up to 100) to show how the comparison grows.
    ("comparison of rounds", comparison),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="timed runs per figure (at least 5; default 9)")
    parser.add_argument("--only", action="append", metavar="TITLE", help="run only sections whose title has this")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    start = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="impact-bench-") as tmp:
        ctx, built = timed_build(Path(tmp), runs=runs)
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite3*"))
        answers = ROUNDS * PARTICIPANTS * len(ctx.instrument.item_ids("full"))
        print(
            table(
                "dataset",
                [
                    Row("build time", built, "s", note=f"1 initiative, {ROUNDS} rounds × {PARTICIPANTS} participants"),
                    Row("database size", size / 2**20, "MiB", note=f"{answers:,} answers, SQLite file + WAL"),
                ],
            ),
            flush=True,
        )
        for title, section in SECTIONS:
            if args.only and not any(o.lower() in title.lower() for o in args.only):
                continue
            rows = section(ctx)
            print(f"\n{table(title, rows)}", flush=True)
        ctx.engine.dispose()
    print(f"\ntotal {time.perf_counter() - start:.0f} s; figures are informational, nothing is asserted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
