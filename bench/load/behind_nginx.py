"""Scenario: N phones against K app processes behind nginx, as served by ``scripts/serve.py``.

    python -m bench.load.behind_nginx --n 300 --replicas 2 --server-option runner.postScriptGC=false

The phones talk to nginx's one port only; each keeps its cookie jar, so nginx's ``ir_route`` cookie
keeps it on one process (as a browser would). Server CPU and RSS are read for the K Streamlit processes
(their pids from the run folder's ``replicas.json``); nginx's own CPU is printed beside them. Without
nginx (and no apt-get) the scenario is skipped with a note. `make bench` runs it after the other load
scenarios, with the same server settings (the repository's config unless --server-option says otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.load import scenario, servers
from bench.load.figures import rows
from bench.load.targets import AppTarget
from bench.report import Row, table

SERVE = servers.ROOT / "scripts" / "serve.py"
NGINX = "/usr/sbin/nginx"
START_TIMEOUT_S = 180.0


def _nginx_missing() -> bool:
    return not (os.access(NGINX, os.X_OK) or shutil.which("nginx"))


def _nginx_cpu(master: int) -> float:
    """CPU seconds of nginx's master and its workers (children of the master)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(entry.name) == master or int(fields[1]) == master:  # fields[1]: the parent pid
                total += servers.cpu_seconds(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return total


def _start(run_dir: Path, database_url: str, replicas: int, options: list[str]) -> tuple[subprocess.Popen, dict]:
    """scripts/serve.py on a free local port; returns the process and its replicas.json once serving."""
    port = servers.free_port()
    command = [sys.executable, str(SERVE), "--replicas", str(replicas), "--port", str(port), "--listen", "127.0.0.1"]
    command += ["--run-dir", str(run_dir)]
    for option in options:
        command += ["--server-option", option]
    env = {**os.environ, "DATABASE_URL": database_url, "IMPACT_FACILITATOR_PASSCODE": "bench-load-passcode"}
    log = run_dir.parent / "serve.log"
    run_dir.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=servers.ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_TIMEOUT_S
    while b"serving on" not in log.read_bytes():
        if process.poll() is not None or time.monotonic() > deadline:
            _stop(process)
            raise RuntimeError(f"scripts/serve.py did not start; see {log}:\n{log.read_text()[-3000:]}")
        time.sleep(0.3)
    return process, json.loads((run_dir / "replicas.json").read_text(encoding="utf-8"))


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # serve.py stops nginx and its processes
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def run(
    phones: int, replicas: int, settings: scenario.Settings, tmp_dir: Path, database_url: str | None = None
) -> tuple[scenario.Measure, float]:
    """One scenario on ``database_url`` (default: a temporary SQLite file); returns the measure and nginx's CPU
    seconds over the whole scenario (warm-up included)."""
    database_url = database_url or f"sqlite:///{tmp_dir / 'app.sqlite3'}"
    process, state = _start(tmp_dir / "run", database_url, replicas, settings.options)
    try:
        nginx_before = _nginx_cpu(state["nginx_pid"])
        measure = scenario.run(
            AppTarget(database_url),
            phones,
            settings,
            label=f"nginx/{replicas}/N={phones}/{int(time.time())}",
            log_dir=tmp_dir,
            urls=[state["url"]],
            pids=[app["pid"] for app in state["apps"]],
        )
        nginx_cpu = _nginx_cpu(state["nginx_pid"]) - nginx_before
    finally:
        _stop(process)
    return replace(measure, processes=len(state["apps"])), nginx_cpu  # scenario counts URLs: nginx's one


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load.behind_nginx", description=__doc__)
    p.add_argument("--n", type=int, default=300, help="phones (default 300)")
    p.add_argument("--replicas", type=int, default=2, help="app processes behind nginx (default 2)")
    p.add_argument("--server-option", action="append", default=[], metavar="SECTION.NAME=VALUE")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--deadline", type=float, default=300, help="hard limit, seconds (default 300)")
    p.add_argument("--ramp", type=float, default=10)
    p.add_argument("--pause", type=float, nargs=2, default=(2.0, 6.0), metavar=("MIN", "MAX"))
    p.add_argument("--no-presenter", action="store_true", help="no presenter observer (bench.load.presenter)")
    p.add_argument(
        "--database-url", help="e.g. postgresql+psycopg://USER@HOST:PORT/DB (default: a temporary SQLite file)"
    )
    args = p.parse_args(argv)
    title = f"load: app, {args.replicas} processes behind nginx, N={args.n}"
    if _nginx_missing():
        print(f"\n{title}: skipped, nginx is not installed (`apt-get install -y nginx` or scripts/ensure-nginx.sh)")
        return 0
    settings = scenario.Settings(
        args.seed,
        args.deadline,
        args.ramp,
        tuple(args.pause),
        True,
        list(args.server_option),
        presenter=not args.no_presenter,
    )
    shown = " ".join(f"--{o.replace('=', ' ', 1)}" for o in args.server_option) or "(repository config)"
    print(f"\nserver settings behind nginx: scripts/serve.py --replicas {args.replicas}; extra {shown}", flush=True)
    with tempfile.TemporaryDirectory(prefix="impact-load-nginx-") as tmp:
        measure, nginx_cpu = run(args.n, args.replicas, settings, Path(tmp), args.database_url)
    figures = rows(measure) + [Row("nginx CPU", nginx_cpu, "s", note="master and workers, warm-up included")]
    print(f"\n{table(title, figures)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
