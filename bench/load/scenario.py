"""One scenario: N phones against one or more servers, with the servers' CPU and memory around it."""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from bench.load import servers
from bench.load.phone import Behaviour, PhoneReport, run_phone
from bench.load.presenter import GRACE_S, Observer, PresenterReport
from bench.load.protocol import Session


@dataclass
class Settings:
    """What every scenario of a run shares."""

    seed: int = 7
    deadline: float = 300.0  # seconds: every phone stops by then, done or not
    ramp: float = 10.0
    pause: tuple[float, float] = (2.0, 6.0)
    submit: bool = True
    options: list[str] = field(default_factory=list)  # server settings 'section.name=value'
    presenter: bool = True  # one presenter observer on the round's presenter view (targets that have one)


@dataclass
class Measure:
    """Everything one scenario measured."""

    target: str
    label: str
    phones: int
    processes: int
    reports: list[PhoneReport]
    stored: dict[tuple[str, str], int | None]
    submitted: int | None
    cpu_seconds: float
    rss_mib: dict[int, tuple[float, float]]  # pid -> (peak sampled VmRSS, VmHWM at the end)
    wall_seconds: float
    generator_cpu_seconds: float
    presenter: PresenterReport | None = None


async def _warm_up(urls: list[str], token: str, behaviour: Behaviour) -> None:
    """Open the page once per server, so that first-import costs are not counted as load."""
    for url in urls:
        session = Session(url, page=behaviour.page, query=f"token={token}")
        try:
            await session.open(120)
        finally:
            await session.close()


async def _sample_rss(pids: list[int], peaks: dict[int, float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        for pid in pids:
            try:
                peaks[pid] = max(peaks.get(pid, 0.0), servers.memory_mib(pid)[0])
            except OSError:
                pass
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.5)
        except TimeoutError:
            pass


async def _drive(urls, tokens, behaviour: Behaviour, settings: Settings, pids: list[int], presenter_token: str):
    """Run every phone (and the presenter observer); returns (reports, CPU s, pid -> (peak RSS, VmHWM), observer)."""
    peaks: dict[int, float] = {}
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_rss(pids, peaks, stop))
    before = {pid: servers.cpu_seconds(pid) for pid in pids}
    deadline = time.monotonic() + settings.deadline
    observer = Observer(urls[0], presenter_token) if presenter_token else None
    watching = asyncio.create_task(observer.run(deadline + GRACE_S)) if observer else None
    phones = [
        run_phone(urls[i % len(urls)], token, behaviour, seed=settings.seed * 1_000_003 + i, deadline=deadline)
        for i, token in enumerate(tokens)
    ]
    reports = await asyncio.gather(*phones)
    cpu = sum(servers.cpu_seconds(pid) - before[pid] for pid in pids)
    if observer is not None:
        await observer.finish(sum(r.submitted_at is not None for r in reports))
        await watching
    stop.set()
    await sampler
    rss = {pid: (peaks.get(pid, 0.0), servers.memory_mib(pid)[1]) for pid in pids}
    return list(reports), cpu, rss, observer.report if observer else None


def run(
    target,
    phones: int,
    settings: Settings,
    *,
    label: str,
    processes: int = 1,
    log_dir: Path,
    urls: list[str] | None = None,
    pids: list[int] | None = None,
) -> Measure:
    """Start ``processes`` servers of ``target`` (or use ``urls`` and ``pids``), run the phones, verify."""
    behaviour = replace(target.behaviour, ramp=settings.ramp, pause=settings.pause)
    if not settings.submit:
        behaviour = replace(behaviour, submit_key="")
    prepared = target.prepare(phones, label)
    started = []
    try:
        if urls is None:
            started = [
                servers.start(target.script, env=target.env(), options=settings.options, log_dir=log_dir)
                for _ in range(processes)
            ]
            urls, pids = [s.url for s in started], [s.process.pid for s in started]
        asyncio.run(_warm_up(urls, prepared.warmup_token, behaviour))
        start, own = time.perf_counter(), os.times()
        presenter_token = prepared.presenter_token if settings.presenter else ""
        reports, cpu, rss, seen = asyncio.run(
            _drive(urls, prepared.tokens, behaviour, settings, pids or [], presenter_token)
        )
        own_after = os.times()
        wall = time.perf_counter() - start
    finally:
        for server in started:
            servers.stop(server)
    generator = (own_after.user - own.user) + (own_after.system - own.system)
    return Measure(
        target.name,
        label,
        phones,
        len(urls),
        reports,
        target.stored(prepared),
        target.submitted(prepared),
        cpu,
        rss,
        wall,
        generator,
        seen,
    )
