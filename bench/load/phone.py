"""One virtual phone: open the questionnaire, answer every question one tap at a time, move on, submit."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field

from bench.load.protocol import Session


@dataclass(frozen=True)
class Behaviour:
    """What a phone taps: radios keyed ``answer_prefix<item>``, the next and submit buttons."""

    page: str
    answer_prefix: str
    options: int  # the first ``options`` choices are scores 1..options
    next_key: str = ""
    submit_key: str = ""
    pause: tuple[float, float] = (2.0, 6.0)  # seconds between taps (uniform)
    ramp: float = 10.0  # phones arrive uniformly over this many seconds
    click_timeout: float = 60.0
    max_clicks: int = 60  # a bound on any phone's taps, whatever the page does


@dataclass
class PhoneReport:
    """What one phone saw: latencies (s), answers acknowledged (item -> score), errors."""

    token: str
    answer_seconds: list[float] = field(default_factory=list)
    other_seconds: list[float] = field(default_factory=list)  # first load, next, submit
    acknowledged: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    submitted: bool = False
    submitted_at: float | None = None  # time.monotonic() when the submit run's script_finished arrived
    finished: bool = False


def _pick(session: Session, behaviour: Behaviour, report: PhoneReport):
    """The next tap: ('answer', radio), ('next', button), ('submit', button) or None when done."""
    for radio in session.find("radio", behaviour.answer_prefix):
        item = radio.key.removeprefix(behaviour.answer_prefix)
        if item not in report.acknowledged and radio.value is None:
            return "answer", radio
    if behaviour.next_key and (found := [b for b in session.find("button") if b.key == behaviour.next_key]):
        return "next", found[0]
    if behaviour.submit_key and not report.submitted:
        if found := [b for b in session.find("button") if b.key == behaviour.submit_key]:
            return "submit", found[0]
    return None


async def _tap(session: Session, behaviour: Behaviour, report: PhoneReport, rng: random.Random, timeout: float) -> bool:
    """One tap, waiting at most ``timeout`` seconds for its run; False when there is nothing left to do."""
    choice = _pick(session, behaviour, report)
    if choice is None:
        return False
    what, widget = choice
    if what == "answer":
        option = rng.randrange(behaviour.options)
        result = await session.click_radio(widget, option, timeout)
        report.answer_seconds.append(result.seconds)
        if not result.errors:
            report.acknowledged[widget.key.removeprefix(behaviour.answer_prefix)] = option + 1
    else:
        result = await session.press(widget, timeout)
        report.other_seconds.append(result.seconds)
        if what == "submit" and not result.errors and not report.submitted:
            report.submitted, report.submitted_at = True, time.monotonic()
    report.errors.extend(result.errors)
    return True


async def run_phone(base_url: str, token: str, behaviour: Behaviour, *, seed: int, deadline: float) -> PhoneReport:
    """Play one participant until done, the click bound or the deadline (a ``time.monotonic`` value)."""
    rng = random.Random(seed)
    report = PhoneReport(token)
    session = Session(base_url, page=behaviour.page, query=f"token={token}")

    def click_timeout() -> float:  # a click never outlives the scenario's deadline
        return min(behaviour.click_timeout, max(1.0, deadline - time.monotonic()))

    async def pause(seconds: float) -> bool:
        left = deadline - time.monotonic()
        await asyncio.sleep(max(0.0, min(seconds, left)))
        return time.monotonic() < deadline

    try:
        if not await pause(rng.uniform(0, behaviour.ramp)):
            return report
        first = await session.open(click_timeout())
        report.other_seconds.append(first.seconds)
        report.errors.extend(first.errors)
        for _ in range(behaviour.max_clicks):
            if not await pause(rng.uniform(*behaviour.pause)):
                return report
            if not await _tap(session, behaviour, report, rng, click_timeout()):
                report.finished = True
                return report
    except Exception as error:  # ProtocolError, OSError, websockets' ConnectionClosed: one phone fails, not the run
        report.errors.append(f"{type(error).__name__}: {error}")
    finally:
        try:
            await asyncio.wait_for(session.close(), timeout=5)
        except Exception:  # closing a broken socket may fail too; nothing more to learn from it
            pass
    return report
