"""Streamlit server processes: start them on free local ports, find them, read their CPU and memory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: its .streamlit/config.toml applies
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def server_flags(port: int, options: list[str]) -> list[str]:
    """The command line of every server of a run: local, headless, plus ``options`` ('section.name=value')."""
    flags = ["--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port)]
    flags += ["--browser.gatherUsageStats", "false"]
    for option in options:
        name, _, value = option.partition("=")
        flags += [f"--{name}", value]
    return flags


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """One ``streamlit run`` process started by the generator."""

    process: subprocess.Popen
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def start(script: str, *, env: dict[str, str], options: list[str], log_dir: Path, timeout: float = 60) -> Server:
    """Start ``streamlit run script`` from the repository root and wait until it answers its health check."""
    port = free_port()
    log = log_dir / f"server-{port}.log"
    command = [sys.executable, "-m", "streamlit", "run", script, *server_flags(port, options)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)
    server = Server(process, port, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}; see {log}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    stop(server)
    raise RuntimeError(f"server not healthy within {timeout:.0f} s; see {log}")


def stop(server: Server) -> None:
    """Stop one server this generator started (terminate, then kill after 10 s)."""
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


def discover_pids() -> list[int]:
    """This user's processes running ``streamlit run`` (for servers started elsewhere, e.g. behind nginx)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if entry.stat().st_uid != os.getuid():
                continue
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(a.endswith(b"streamlit") for a in args) and b"run" in args:
            pids.append(int(entry.name))
    return sorted(pids)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc/<pid>/stat)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime: fields 14 and 15 of stat


def memory_mib(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS since start) of a process, in MiB (VmRSS, VmHWM)."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)
