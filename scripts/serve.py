"""Serve the app as K Streamlit processes behind nginx on one port, with sticky sessions by cookie.

    .venv/bin/python scripts/serve.py --replicas 2 --port 8501        (or: make run REPLICAS=2)

Steps: the set-up of `make run` once (``python -m assessment setup``: database, demo, passcode); K
``streamlit run app.py`` processes on free ports of 127.0.0.1; each answers ``/_stcore/health``; then
Debian's nginx in the foreground with a config generated from ``deploy/nginx.conf.template`` into a run
folder (config, logs, temp files, pid; nothing under /etc or /var); nginx answers; "serving on …".
nginx is installed with apt-get when absent (exit status 2 when that is impossible).

Ctrl-C or SIGTERM stops nginx, then every process. When a process dies, this says which and stops the rest.
Streamlit settings pass through with ``--server-option section.name=value`` (repeatable), e.g.
``--server-option runner.postScriptGC=false``; ``.streamlit/config.toml`` applies as for one process.
The run folder holds ``replicas.json`` (ports and pids, for the load generator) and each process's log.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the repository: scripts/serve.py -> ..
TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
NGINX = "/usr/sbin/nginx"
EXIT_USAGE = 2
STARTUP_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 10.0


class Stop(Exception):
    """Raised by the SIGTERM / SIGINT handler: stop everything."""


@dataclass
class Child:
    """One process started here: a Streamlit replica or nginx."""

    name: str
    process: subprocess.Popen
    log: Path
    port: int = 0


def say(message: str) -> None:
    print(f"[serve] {message}", flush=True)


def fail(message: str, code: int = EXIT_USAGE) -> SystemExit:
    print(f"[serve] {message}", file=sys.stderr, flush=True)
    return SystemExit(code)


# ---- nginx: find it, or install Debian's package ---------------------------------------------------------------
def find_nginx() -> str | None:
    if os.access(NGINX, os.X_OK):
        return NGINX
    return shutil.which("nginx")


def ensure_nginx() -> str:
    """The nginx executable, installed with apt-get (as root or through sudo) when absent."""
    if found := find_nginx():
        return found
    apt = shutil.which("apt-get")
    if apt is None:
        raise fail("nginx is not installed and apt-get is not available: install nginx (Debian package 'nginx').")
    prefix: list[str] = []
    if os.geteuid() != 0:
        sudo = shutil.which("sudo")
        if sudo is None:
            raise fail("nginx is not installed and installing it needs root: run `apt-get install -y nginx` as root.")
        prefix = [sudo] if sys.stdin.isatty() else [sudo, "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["update", "-qq"], ["install", "-y", "-qq", "nginx"]):
        command = [*prefix, apt, *step]
        say(f"nginx is not installed; running: {' '.join(command)}")
        try:
            subprocess.run(command, env=env, check=True, timeout=900)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
            raise fail(f"could not install nginx with apt-get ({error}); install the Debian package 'nginx'.") from None
    if found := find_nginx():
        say(f"installed {found}")
        return found
    raise fail("apt-get finished but no nginx executable was found; install the Debian package 'nginx'.")


# ---- helpers ---------------------------------------------------------------------------------------------------
def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_free(host: str, port: int) -> bool:
    """Whether nginx could listen on host:port (checked before anything starts)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as nginx does: TIME_WAIT is no obstacle
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM if this script dies, even by SIGKILL (Linux; best effort)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        pass


def spawn(name: str, command: list[str], log: Path, env: dict[str, str], port: int = 0) -> Child:
    """Start a child in its own session (Ctrl-C reaches this script only, which stops children in order)."""
    with log.open("ab") as out:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
    return Child(name, process, log, port)


def tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError as error:
        return f"(no log: {error})"


def stop_all(children: list[Child]) -> None:
    """SIGTERM to every child still running (nginx first: it was started last), then SIGKILL after a deadline."""
    for child in reversed(children):
        if child.process.poll() is None:
            child.process.terminate()
    deadline = time.monotonic() + STOP_TIMEOUT_S
    for child in reversed(children):
        try:
            child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{child.name} did not stop within {STOP_TIMEOUT_S:.0f} s: killing it")
            child.process.kill()
            child.process.wait(timeout=STOP_TIMEOUT_S)


def streamlit_command(port: int, public_port: int, options: list[str]) -> list[str]:
    """The command of one replica: the same settings as `make run`, bound to 127.0.0.1 on its own port."""
    command = [sys.executable, "-m", "streamlit", "run", "app.py"]
    command += ["--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port)]
    command += ["--browser.gatherUsageStats", "false", "--browser.serverPort", str(public_port)]
    for option in options:
        name, sep, value = option.partition("=")
        if not sep or not name or name.startswith("-"):
            raise fail(f"--server-option wants section.name=value, got {option!r}")
        command += [f"--{name}", value]
    return command


def nginx_config(run_dir: Path, listen: str, ports: list[int], max_body: str, workers: str) -> str:
    """deploy/nginx.conf.template with its placeholders filled."""
    servers = "\n".join(f"        server 127.0.0.1:{port} max_fails=0;" for port in ports)
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in {
        "RUN_DIR": str(run_dir),
        "LISTEN": listen,
        "SERVERS": servers,
        "MAX_BODY": max_body,
        "WORKERS": workers,
    }.items():
        text = text.replace(f"@@{name}@@", value)
    if re.search(r"@@[A-Z_]+@@", text):
        raise fail(f"{TEMPLATE} has a placeholder this script does not fill")
    return text


def wait_healthy(children: list[Child], urls: dict[str, str], deadline: float) -> None:
    """Wait until each URL answers 200; fail when a child exits or the deadline passes."""
    waiting = dict(urls)
    while waiting:
        for child in children:
            if child.process.poll() is not None:
                raise fail(
                    f"{child.name} exited with code {child.process.returncode} while starting; "
                    f"log {child.log}:\n{tail(child.log)}",
                    1,
                )
        for name, url in list(waiting.items()):
            if healthy(url):
                del waiting[name]
        if waiting and time.monotonic() > deadline:
            raise fail(f"not healthy within {STARTUP_TIMEOUT_S:.0f} s: {', '.join(waiting)}", 1)
        if waiting:
            time.sleep(0.3)


# ---- main --------------------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="scripts/serve.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--replicas", type=int, default=2, help="Streamlit processes (default 2)")
    p.add_argument("--port", type=int, default=8501, help="the one public port, served by nginx (default 8501)")
    p.add_argument(
        "--listen",
        default="",
        metavar="ADDRESS",
        help="address nginx listens on (default: every interface, like `make run`; 127.0.0.1 for this machine only)",
    )
    p.add_argument(
        "--server-option",
        action="append",
        default=[],
        metavar="SECTION.NAME=VALUE",
        help="Streamlit setting for every process, e.g. runner.postScriptGC=false (repeatable)",
    )
    p.add_argument("--run-dir", help="folder for the nginx config, logs and temp files (default: a new temp folder)")
    p.add_argument("--skip-setup", action="store_true", help="do not run `python -m assessment setup` first")
    p.add_argument("--max-upload", default="200m", help="nginx client_max_body_size (default 200m)")
    p.add_argument("--nginx-workers", default="1", help="nginx worker_processes (default 1: cores for the app)")
    return p


def _check_arguments(args: argparse.Namespace) -> None:
    if not 1 <= args.replicas <= 64:
        raise fail("--replicas must be between 1 and 64")
    if not 1 <= args.port <= 65535:
        raise fail("--port must be between 1 and 65535")
    for option in args.server_option:  # refuse a bad option before starting anything
        streamlit_command(0, args.port, [option])
    if not port_free(args.listen or "0.0.0.0", args.port):
        raise fail(f"port {args.port} is in use (another `make run`?): choose another with --port")


def _start_apps(args: argparse.Namespace, run_dir: Path, env: dict, children: list[Child]) -> list[int]:
    """The set-up step once, then the Streamlit processes, healthy; their ports."""
    if not args.skip_setup:
        say("set-up: python -m assessment setup")
        done = subprocess.run([sys.executable, "-m", "assessment", "setup"], cwd=ROOT, env=env, timeout=600)
        if done.returncode != 0:
            raise fail(f"set-up failed (exit status {done.returncode}); nothing started", done.returncode)
    ports: list[int] = []
    for number in range(1, args.replicas + 1):
        port = free_port()
        ports.append(port)
        command = streamlit_command(port, args.port, args.server_option)
        children.append(spawn(f"app {number} (127.0.0.1:{port})", command, run_dir / f"app-{port}.log", env, port))
    say(f"started {args.replicas} Streamlit processes on 127.0.0.1:{', '.join(map(str, ports))}")
    health = {c.name: f"http://127.0.0.1:{c.port}/_stcore/health" for c in children}
    wait_healthy(children, health, time.monotonic() + STARTUP_TIMEOUT_S)
    return ports


def _start_nginx(
    args: argparse.Namespace, nginx: str, run_dir: Path, ports: list[int], env: dict, children: list[Child]
) -> str:
    """nginx in front of ``ports``, its config checked first, healthy; the address it serves."""
    listen = f"{args.listen}:{args.port}" if args.listen else str(args.port)
    config = run_dir / "nginx.conf"
    config.write_text(nginx_config(run_dir, listen, ports, args.max_upload, args.nginx_workers), encoding="utf-8")
    nginx_log = run_dir / "logs" / "error.log"  # its own messages (e.g. a port in use) and any output
    nginx_base = [nginx, "-c", str(config), "-p", str(run_dir), "-e", str(nginx_log)]
    check = subprocess.run([*nginx_base, "-t", "-q"], cwd=run_dir, capture_output=True, text=True, timeout=30)
    if check.returncode != 0:
        raise fail(f"nginx refused {config}:\n{(check.stderr or check.stdout).strip()}", 1)
    children.append(spawn("nginx", [*nginx_base, "-g", "daemon off;"], nginx_log, env, args.port))
    probe_host = args.listen if args.listen not in ("", "0.0.0.0", "[::]") else "127.0.0.1"
    wait_healthy(
        children, {"nginx": f"http://{probe_host}:{args.port}/_stcore/health"}, time.monotonic() + STARTUP_TIMEOUT_S
    )
    return f"http://{probe_host}:{args.port}"


def _watch(children: list[Child]) -> None:
    """Until a signal or a death: a child that exits stops everything."""
    while True:
        for child in children:
            if child.process.poll() is not None:
                raise fail(
                    f"{child.name} exited with code {child.process.returncode}; stopping everything. "
                    f"Last lines of {child.log}:\n{tail(child.log)}",
                    1,
                )
        time.sleep(0.5)


def _on_signal(signum: int, _frame: object) -> None:
    raise Stop(signal.Signals(signum).name)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _check_arguments(args)
    nginx = ensure_nginx()
    own_run_dir = args.run_dir is None
    run_dir = Path(args.run_dir or tempfile.mkdtemp(prefix="impact-serve-")).resolve()
    for sub in ("logs", "tmp"):
        (run_dir / sub).mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    # The processes listen on 127.0.0.1 behind our nginx only: the client address is the one it forwards.
    env = {"IMPACT_TRUSTED_PROXIES": "1", **os.environ, "PYTHONUNBUFFERED": "1"}
    children: list[Child] = []
    clean = False
    try:
        ports = _start_apps(args, run_dir, env, children)
        url = _start_nginx(args, nginx, run_dir, ports, env, children)
        state = {
            "url": url,
            "run_dir": str(run_dir),
            "nginx_pid": children[-1].process.pid,
            "apps": [{"port": c.port, "pid": c.process.pid, "log": str(c.log)} for c in children[:-1]],
        }
        (run_dir / "replicas.json").write_text(json.dumps(state, indent=2), encoding="utf-8")
        say(f"run folder {run_dir} (nginx.conf, logs, replicas.json)")
        say(f"serving on http://localhost:{args.port}  ({args.replicas} processes behind nginx; Ctrl-C stops)")
        _watch(children)
    except Stop as stop:
        say(f"{stop}: stopping nginx and {len([c for c in children if c.name != 'nginx'])} processes")
        clean = True
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not interrupt the clean-up
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop_all(children)
        if clean and own_run_dir:
            shutil.rmtree(run_dir, ignore_errors=True)
        elif children:
            say(f"logs kept in {run_dir}")
        say("stopped")


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except KeyboardInterrupt:  # Ctrl-C before anything was started (e.g. during the nginx installation)
        raise SystemExit(130) from None
