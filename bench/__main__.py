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
from bench.load.__main__ import main as load_main
from bench.load.behind_nginx import main as behind_nginx_main
from bench.network import network
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
    ("network of initiatives", network),  # a database of its own: BENCH_NETWORK_SIZE, default 50x5x100
    # Last: it adds rounds to the initiative (up to 100) to show how the comparison grows.
    ("comparison of rounds", comparison),
]
#: Runs after the sections, on servers it starts (minutes): ``--only load`` runs it alone.
LOAD_TITLE = "load: virtual phones over the websocket"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="timed runs per figure (at least 5; default 9)")
    parser.add_argument("--only", action="append", metavar="TITLE", help="run only sections whose title has this")
    parser.add_argument("--load-n", default="50,100,150", help="phones per load scenario ('load' section)")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    start = time.perf_counter()
    wanted = [title for title, _ in SECTIONS if not args.only or any(o.lower() in title.lower() for o in args.only)]

    with tempfile.TemporaryDirectory(prefix="impact-bench-") as tmp:
        if not wanted:  # e.g. --only load: no dataset needed
            return _load(args, start)
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
    return _load(args, start)


def _load(args: argparse.Namespace, start: float) -> int:
    """The load section (virtual phones on real servers; bench.load) unless --only leaves it out."""
    if not args.only or any(o.lower() in LOAD_TITLE for o in args.only):
        # One process, app and minimal page: CPU per click on the phones' own work, so no presenter observer (its
        # refreshes are not clicks, and the minimal page has none to set against them).
        load_main(["--n", args.load_n, "--no-presenter"])
        # The several-process set-up at 300 phones, with the presenter observer: a submission visible on the
        # projector within 3 s under that load (skipped without nginx).
        behind_nginx_main(["--n", "300", "--replicas", "2"])
    print(f"\ntotal {time.perf_counter() - start:.0f} s; figures are informational, nothing is asserted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
