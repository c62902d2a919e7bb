"""`python -m bench.load`: virtual phones against real Streamlit servers; see ``bench.load`` for the details."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.load import scenario, servers
from bench.load.figures import ratio_rows, rows
from bench.load.protocol import check_local
from bench.load.targets import AppTarget, MinimalTarget
from bench.report import table


def _numbers(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    p.add_argument("--n", type=_numbers, default=[50, 100, 150], help="phones per scenario, e.g. 50,100,150")
    p.add_argument("--processes", type=int, default=1, help="servers started per scenario (phones spread evenly)")
    p.add_argument("--targets", default="app,minimal", help="app, minimal or both (default: app,minimal)")
    p.add_argument(
        "--gc",
        default="default",
        help="runner.postScriptGC per pass: default (the repo's config), true, false, or a list such as default,false",
    )
    p.add_argument(
        "--server-option",
        action="append",
        default=[],
        metavar="SECTION.NAME=VALUE",
        help="extra Streamlit setting for every started server (repeatable)",
    )
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--deadline", type=float, default=300, help="hard limit per scenario, seconds (default 300)")
    p.add_argument("--ramp", type=float, default=10, help="phones arrive over this many seconds (default 10)")
    p.add_argument(
        "--pause",
        type=float,
        nargs=2,
        default=(2.0, 6.0),
        metavar=("MIN", "MAX"),
        help="seconds between taps, uniform (default 2 6)",
    )
    p.add_argument("--no-submit", action="store_true", help="answer every item but do not submit")
    p.add_argument(
        "--no-presenter",
        action="store_true",
        help="no presenter observer (by default one extra client watches the app's presenter view)",
    )
    p.add_argument(
        "--url",
        action="append",
        metavar="http://127.0.0.1:PORT",
        help="use running servers (e.g. nginx in front of K processes) instead of starting them",
    )
    p.add_argument(
        "--database-url",
        help="the app's database: with --url, the one those servers use (sqlite:///PATH); else the one the servers "
        "started here use, e.g. postgresql+psycopg://USER@HOST:PORT/DB (default: a temporary SQLite file)",
    )
    p.add_argument(
        "--pids",
        default="",
        help="with --url: server pids to measure, comma-separated, or 'auto' "
        "(every 'streamlit run' process of this user)",
    )
    return p


def _external(args) -> tuple[list[str], list[int]]:
    for url in args.url:
        check_local(url)
    if not args.database_url:
        raise SystemExit("--url needs --database-url (the database the servers use)")
    pids = servers.discover_pids() if args.pids == "auto" else _numbers(args.pids)
    return args.url, pids


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    urls, pids = _external(args) if args.url else (None, None)
    names = ["app"] if urls else [t.strip() for t in args.targets.split(",") if t.strip()]
    settings_list = [g.strip() for g in args.gc.split(",") if g.strip()]
    start, measures = time.perf_counter(), []
    with tempfile.TemporaryDirectory(prefix="impact-load-") as tmp:
        tmp_dir = Path(tmp)
        app_db = args.database_url or f"sqlite:///{tmp_dir / 'app.sqlite3'}"
        targets = {"app": AppTarget(app_db), "minimal": MinimalTarget(tmp_dir / "minimal.sqlite3")}
        for gc in settings_list:
            options = list(args.server_option) + ([] if gc == "default" else [f"runner.postScriptGC={gc}"])
            settings = scenario.Settings(
                args.seed,
                args.deadline,
                args.ramp,
                tuple(args.pause),
                not args.no_submit,
                options,
                presenter=not args.no_presenter,
            )
            shown = " ".join(servers.server_flags(0, options)).replace("--server.port 0", "--server.port <free>")
            print(f"\nserver settings (gc={gc}): streamlit run <script> {shown}; cwd {servers.ROOT}", flush=True)
            for n in args.n:
                for name in names:
                    label = f"gc={gc}/{name}/N={n}/{int(time.time())}"
                    m = scenario.run(
                        targets[name],
                        n,
                        settings,
                        label=label,
                        processes=args.processes,
                        log_dir=tmp_dir,
                        urls=urls,
                        pids=pids,
                    )
                    print(f"\n{table(f'load: {name}, gc={gc}, N={n}', rows(m))}", flush=True)
                    measures.append(m)
        if ratios := ratio_rows(measures):
            print(f"\n{table('load: app CPU per click / minimal page CPU per click', ratios)}")
    print(f"\nload total {time.perf_counter() - start:.0f} s; figures are informational, nothing is asserted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
