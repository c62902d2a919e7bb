"""Presenter observer: one more websocket client, on the presenter view, timing when submissions show there.

It opens ``/presenter?token=…`` for the scenario's round like a phone opens its page (HTTP GET with a
cookie jar, websocket, a first run; the page's script hash comes from the ``navigation`` ForwardMsg).
It clicks nothing. The live counts are an ``@st.fragment(run_every=…)``: in Streamlit 1.67 the server
only sends an ``auto_rerun`` ForwardMsg (interval, fragment id) and the FRONTEND's timer sends a
``rerun_script`` BackMsg with that ``fragment_id`` (``is_auto_rerun`` set) every interval. The observer
does the same: one fragment rerun per interval, the next one sent when the previous has finished (when a
run lasts longer than the interval, the next is sent at once; a browser's timer would have queued it).

Every ``metric`` delta whose label is the "submitted" count (its catalog label, any language) is noted
with its arrival time. Afterwards, the k-th submission acknowledged to a phone (its submit run's
``script_finished`` arrived) is visible from the first noted count ≥ k; its delay is that time minus the
acknowledgement (0 when the count showed it before the phone got its acknowledgement). Submissions never
seen by the end of the scenario are counted apart. The observer stops when the phones are done and it has
seen every acknowledged submission, or ``GRACE_S`` later at most; never after the scenario's deadline
plus ``GRACE_S``.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from bench.load import setup
from bench.load.protocol import ProtocolError, Session

GRACE_S = 6.0  # after the last phone: time left for the last submissions to show (three 2 s refreshes)
RUN_TIMEOUT_S = 30.0


@dataclass
class PresenterReport:
    """What the observer saw: (time.monotonic(), "submitted" count shown) per metric delta, and its runs."""

    seen: list[tuple[float, int]] = field(default_factory=list)
    interval: float = 0.0  # the fragment's run_every, from the auto_rerun ForwardMsg
    reruns: int = 0  # fragment reruns it asked for
    run_seconds: list[float] = field(default_factory=list)  # each fragment rerun, BackMsg to script_finished
    errors: list[str] = field(default_factory=list)


def visibility(acknowledged: list[float], seen: list[tuple[float, int]]) -> tuple[list[float], int]:
    """Delays (s) from each acknowledged submission to the first count showing it; and how many never showed."""
    ordered = sorted(seen)
    delays, never = [], 0
    for rank, acked_at in enumerate(sorted(acknowledged), start=1):
        first = next((at for at, count in ordered if count >= rank), None)
        if first is None:
            never += 1
        else:
            delays.append(max(0.0, first - acked_at))
    return delays, never


class Observer:
    """The projector's tab: reads the "submitted" metric of every run, reruns the fragment as the frontend does."""

    def __init__(self, base_url: str, token: str) -> None:
        self.session = Session(base_url, page=setup.PRESENTER_PAGE, query=f"token={token}")
        self.session.on_message = self._see
        self.labels = setup.submitted_labels()
        self.fragment_id = ""
        self.report = PresenterReport()
        self._stop = asyncio.Event()

    def _see(self, msg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "auto_rerun":
            self.fragment_id, self.report.interval = msg.auto_rerun.fragment_id, msg.auto_rerun.interval
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if element.WhichOneof("type") == "metric" and element.metric.label in self.labels:
                try:
                    self.report.seen.append((time.monotonic(), int(element.metric.body)))
                except ValueError:
                    self.report.errors.append(f"submitted metric not a number: {element.metric.body[:40]!r}")

    async def _wait(self, until: float) -> None:
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, until - time.monotonic()))
        except TimeoutError:
            pass

    async def run(self, deadline: float) -> PresenterReport:
        """Observe until ``stop`` or ``deadline`` (a ``time.monotonic`` value)."""
        try:
            opened = await self.session.open(RUN_TIMEOUT_S)
            self.report.errors.extend(opened.errors)
            if not self.fragment_id:
                self.report.errors.append("no auto_rerun ForwardMsg: the page has no run_every fragment")
                return self.report
            next_at = time.monotonic()
            while True:
                next_at = max(next_at + self.report.interval, time.monotonic())
                await self._wait(min(next_at, deadline))
                if self._stop.is_set() or time.monotonic() >= deadline:
                    return self.report
                try:
                    result = await self.session.rerun(fragment_id=self.fragment_id, timeout=RUN_TIMEOUT_S, auto=True)
                except ProtocolError as error:  # a slow run: note it, keep refreshing as the browser would
                    self.report.errors.append(f"fragment rerun: {error}")
                    continue
                self.report.reruns += 1
                self.report.run_seconds.append(result.seconds)
                self.report.errors.extend(result.errors)
        except Exception as error:  # OSError, ConnectionClosed: the observer fails, not the scenario
            self.report.errors.append(f"{type(error).__name__}: {error}")
        finally:
            try:
                await asyncio.wait_for(self.session.close(), timeout=5)
            except Exception:  # closing a broken socket may fail too
                pass
        return self.report

    async def finish(self, acknowledged: int) -> None:
        """The phones are done: stop once ``acknowledged`` submissions show, or after ``GRACE_S``."""
        until = time.monotonic() + GRACE_S
        while time.monotonic() < until:
            if max((count for _, count in self.report.seen), default=0) >= acknowledged:
                break
            await asyncio.sleep(0.1)
        self._stop.set()
