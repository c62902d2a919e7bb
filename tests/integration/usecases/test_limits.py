"""Failed passcodes and wrong join codes are limited in the database: per address, with a global ceiling,
the same for every process and across restarts."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from assessment.domain.errors import RoundNotOpen, TooManyAttempts, UnknownCode
from assessment.store.engine import make_engine
from assessment.store.models import Attempt, ResponseSet
from assessment.usecases import Services, limits
from tests.integration.usecases.test_services import new_round

ROOT = Path(__file__).resolve().parents[3]
PASSCODE = "correct-horse-battery"
ATTACKER, FACILITATOR, ROOM = "203.0.113.66", "198.51.100.7", "192.0.2.10"


class Clock:
    """The clock of failed attempts, moved by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 5, 4, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(limits, "utcnow", clock)
    return clock


def another_process(db_url: str) -> Services:
    """Services with an engine of their own on the same database, as another process (or a restart) has."""
    return Services(sessionmaker(make_engine(db_url), expire_on_commit=False))


def fail_passcode(services: Services, address: str, times: int = 1) -> None:
    for _ in range(times):
        assert services.check_passcode(expected=PASSCODE, attempt="guess", address=address) is False


def stored(services: Services, kinds: tuple[str, ...] = ("passcode", "join")) -> int:
    """Attempts stored of ``kinds`` (by default the failures: drafts made with a valid code are counted apart)."""
    with services.sessions() as session:
        return session.scalar(select(func.count()).select_from(Attempt).where(Attempt.kind.in_(kinds)))


# ---- the passcode ----------------------------------------------------------------------------------------
def test_the_right_passcode_opens_and_a_wrong_one_does_not(services, clock):
    assert services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR) is True
    assert services.check_passcode(expected=PASSCODE, attempt="guess", address=FACILITATOR) is False
    assert services.check_passcode(expected=PASSCODE, attempt="", address=FACILITATOR) is False


def test_after_three_failures_even_the_right_passcode_waits_and_the_wait_doubles(services, clock):
    fail_passcode(services, FACILITATOR, 3)
    with pytest.raises(TooManyAttempts) as first:
        services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR)
    assert (first.value.seconds, first.value.everywhere) == (2, False)
    clock.advance(2)
    fail_passcode(services, FACILITATOR)
    with pytest.raises(TooManyAttempts) as second:
        services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR)
    assert second.value.seconds == 4
    clock.advance(4)
    assert services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR) is True
    fail_passcode(services, FACILITATOR)  # the right passcode forgot the address's failures: no wait
    assert services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR) is True


def test_a_refused_attempt_is_not_counted(services, clock):
    fail_passcode(services, ATTACKER, 3)
    for _ in range(50):
        with pytest.raises(TooManyAttempts):
            services.check_passcode(expected=PASSCODE, attempt="guess", address=ATTACKER)
    assert stored(services) == 3
    clock.advance(2)
    fail_passcode(services, ATTACKER)  # the wait is still the second one (4 s), not the 53rd
    with pytest.raises(TooManyAttempts) as refused:
        services.check_passcode(expected=PASSCODE, attempt="guess", address=ATTACKER)
    assert refused.value.seconds == 4


def test_the_count_is_shared_by_every_process(services, db_url, clock):
    other = another_process(db_url)
    fail_passcode(services, ATTACKER, 2)
    fail_passcode(other, ATTACKER)
    for process in (services, other):
        with pytest.raises(TooManyAttempts):
            process.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=ATTACKER)


def test_the_count_survives_a_restart(services, db_url, clock):
    fail_passcode(services, ATTACKER, 3)
    services.sessions.kw["bind"].dispose()
    restarted = another_process(db_url)
    with pytest.raises(TooManyAttempts):
        restarted.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=ATTACKER)


def test_the_count_is_shared_with_a_real_second_process(services, db_url, clock):
    script = (
        "from assessment.usecases import Services\n"
        f"s = Services(url={db_url!r})\n"
        f"print([s.check_passcode(expected='x', attempt='guess', address={ATTACKER!r}) for _ in range(3)])\n"
    )
    env = {"PYTHONPATH": str(ROOT), "DATABASE_URL": db_url, "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "[False, False, False]", "")
    clock.now = datetime.now(UTC).replace(tzinfo=None)  # the other process used the real clock
    with pytest.raises(TooManyAttempts):
        services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=ATTACKER)


def test_a_flood_from_one_address_never_locks_out_a_facilitator_at_another(services, clock):
    for _ in range(2000):  # an hour of trying as fast as allowed, and far more refused
        try:
            fail_passcode(services, ATTACKER)
        except TooManyAttempts as wait:
            clock.advance(wait.seconds)
    assert stored(services) < 100  # below the ceiling, so nobody else waits
    assert services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR) is True


def test_many_addresses_together_reach_the_ceiling_and_then_everyone_waits_until_the_window_moves(services, clock):
    for n in range(50):
        fail_passcode(services, f"203.0.113.{n}", 2)  # 100 failures, none of these addresses waits alone
    with pytest.raises(TooManyAttempts) as everyone:
        services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR)
    assert everyone.value.everywhere and everyone.value.seconds == 3600
    clock.advance(3600)
    assert services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=FACILITATOR) is True


def test_failures_older_than_the_window_are_forgotten_and_deleted(services, clock):
    fail_passcode(services, ATTACKER, 3)
    clock.advance(3600)
    fail_passcode(services, FACILITATOR)
    assert stored(services) == 1  # the attacker's three left the window and were deleted on the way
    assert services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=ATTACKER) is True


def test_the_limits_are_settings(services, clock, monkeypatch):
    monkeypatch.setenv("IMPACT_PASSCODE_PER_ADDRESS", "1")
    monkeypatch.setenv("IMPACT_PASSCODE_MAX_WAIT", "3")
    fail_passcode(services, ATTACKER)
    clock.advance(2)
    fail_passcode(services, ATTACKER)
    with pytest.raises(TooManyAttempts) as refused:
        services.check_passcode(expected=PASSCODE, attempt=PASSCODE, address=ATTACKER)
    assert refused.value.seconds == 3  # 4 s capped at 3


# ---- joining ---------------------------------------------------------------------------------------------
def test_a_wrong_join_code_is_counted_for_its_address_and_a_right_one_is_not(services, instrument, clock):
    r = new_round(services, instrument)
    with pytest.raises(UnknownCode):
        services.join(code="ZZZZZ0", address=ROOM)
    assert services.join(code=r.join_code, address=ROOM)
    closed = new_round(services, instrument, status="closed", label="R2")
    with pytest.raises(RoundNotOpen):
        services.join(code=closed.join_code, address=ROOM)
    assert stored(services) == 1


def test_a_room_behind_one_address_that_mistypes_a_lot_still_joins(services, instrument, clock):
    r = new_round(services, instrument)
    for _ in range(300):
        for _ in range(2):  # a wrong code on the board: every phone tries it twice
            with pytest.raises(UnknownCode):
                services.join(code="WR0NG1", address=ROOM)
        clock.advance(0.5)
    tokens = {services.join(code=r.join_code, address=ROOM) for _ in range(300)}
    assert len(tokens) == 300


def test_a_join_flood_from_one_address_is_stopped_and_every_other_address_still_joins(
    services, db_url, instrument, clock, monkeypatch
):
    monkeypatch.setenv("IMPACT_JOIN_PER_ADDRESS", "20")
    r = new_round(services, instrument)
    other = another_process(db_url)
    refused = 0
    for n in range(200):
        try:
            (services if n % 2 else other).join(code=f"X{n:05d}", address=ATTACKER)
        except UnknownCode:
            pass
        except TooManyAttempts:
            refused += 1
    assert refused == 180 and stored(services) == 20  # both processes stopped it at the same count
    with pytest.raises(TooManyAttempts):
        services.join(code=r.join_code, address=ATTACKER)  # not even a right code is looked up meanwhile
    assert other.join(code=r.join_code, address=ROOM)


def test_joining_without_an_address_is_not_limited(services, instrument, clock, monkeypatch):
    monkeypatch.setenv("IMPACT_JOIN_PER_ADDRESS", "1")
    monkeypatch.setenv("IMPACT_JOIN_CEILING", "1")
    r = new_round(services, instrument)
    for _ in range(5):
        with pytest.raises(UnknownCode):
            services.join(code="ZZZZZ0")
    assert services.join(code=r.join_code) and stored(services) == 0
    with services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ResponseSet)) == 1


def test_the_join_ceiling_stops_many_addresses_together(services, instrument, clock, monkeypatch):
    monkeypatch.setenv("IMPACT_JOIN_CEILING", "30")
    r = new_round(services, instrument)
    for n in range(30):
        with pytest.raises(UnknownCode):
            services.join(code="ZZZZZ0", address=f"2001:db8:{n:x}::1")
    with pytest.raises(TooManyAttempts) as everyone:
        services.join(code=r.join_code, address=ROOM)
    assert everyone.value.everywhere and everyone.value.seconds == 600


# ---- drafts made with a valid code ---------------------------------------------------------------------------
def test_a_valid_code_cannot_make_drafts_without_limit_from_one_address(
    services, db_url, instrument, clock, monkeypatch
):
    monkeypatch.setenv("IMPACT_DRAFT_PER_ADDRESS", "5")
    r = new_round(services, instrument)
    other = another_process(db_url)
    tokens = [(services if n % 2 else other).join(code=r.join_code, address=ATTACKER) for n in range(5)]
    assert len(set(tokens)) == 5 and stored(services, ("draft",)) == 5
    for process in (services, other):  # both processes refuse the next one, and record nothing more
        with pytest.raises(TooManyAttempts) as refused:
            process.join(code=r.join_code, address=ATTACKER)
        assert not refused.value.everywhere
    assert stored(services, ("draft",)) == 5
    with services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ResponseSet)) == 5
    assert services.join(code=r.join_code, address=ROOM)  # another address still joins
    clock.advance(3600)  # the window moves on: the address joins again
    assert services.join(code=r.join_code, address=ATTACKER)


def test_a_room_of_300_behind_one_address_joins_twice_each_with_the_default_limits(services, instrument, clock):
    r = new_round(services, instrument)
    tokens = set()
    for _ in range(600):  # every phone joins, loses its tab, joins again
        tokens.add(services.join(code=r.join_code, address=ROOM))
        clock.advance(1)
    assert len(tokens) == 600


def test_drafts_from_every_address_together_reach_a_ceiling(services, instrument, clock, monkeypatch):
    monkeypatch.setenv("IMPACT_DRAFT_CEILING", "10")
    r = new_round(services, instrument)
    for n in range(10):
        services.join(code=r.join_code, address=f"2001:db8:{n:x}::1")
    with pytest.raises(TooManyAttempts) as everyone:
        services.join(code=r.join_code, address=ROOM)
    assert everyone.value.everywhere
    assert services.join(code=r.join_code)  # the command line, an import: no address, no limit
