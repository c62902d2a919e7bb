"""What every use case shares: the sessions, one transaction per public call, rows or NotFound, instruments.

Each public method of a use-case class opens exactly one ``self._write()`` or ``self._read()`` block (or
only calls other public methods): that is the single place a session is opened, committed or rolled back.

Races between processes end as the sequential case does: a public method whose transaction lost a race
(two facilitators creating the same initiative or round, opening the same section, importing the same
file: on PostgreSQL both check, both insert, one fails on the unique key) is run again, in a new transaction that
sees the winner's row, so it ends as it would have ended had it come second (``Duplicate``, an update,
nothing to do). Nothing of the failed attempt was committed, so running it again is safe.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TypeVar

from assessment.domain.errors import NotFound
from assessment.domain.instrument import Instrument, instrument_from_snapshot, load_instrument
from assessment.settings import get_settings
from assessment.store import save_queries
from assessment.store.engine import (
    DATABASE_ERRORS,
    Session,
    lost_a_race,
    read_session_factory,
    session_factory,
    sessionmaker,
)
from assessment.store.models import Round

RACE_ATTEMPTS = 3  # a call losing three races in a row would be a fault, not a race: it is raised
F = TypeVar("F", bound=Callable[..., Any])


def utcnow() -> datetime:
    """Now, as naive UTC (how every timestamp is stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


@lru_cache(maxsize=1)
def load_current_instrument() -> Instrument:
    """The instrument new rounds use (data/instrument.yaml), read once per process.

    The one seam for "the current instrument": tests replace this function to use a small instrument."""
    return load_instrument(get_settings().instrument_path)


# Parsed instruments by snapshot digest; snapshots never change, so entries never go stale.
_INSTRUMENTS: dict[str, Instrument] = {}


def retried_on_race(method: F) -> F:
    """``method`` run again when its transaction lost a race (store.engine.lost_a_race), up to RACE_ATTEMPTS
    times in all; a race lost by a nested public call is retried there, never again by the caller."""

    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> Any:
        attempt = 1
        while True:
            try:
                return method(*args, **kwargs)
            except DATABASE_ERRORS as error:
                if attempt >= RACE_ATTEMPTS or getattr(error, "race_handled", False) or not lost_a_race(error):
                    error.race_handled = True  # type: ignore[union-attr]
                    raise
                attempt += 1

    run.__wrapped_for_races__ = True  # type: ignore[attr-defined]
    return run  # type: ignore[return-value]


class ServicesBase:
    """The database of the use cases, and the helpers every feature uses.

    Every public method a subclass defines is wrapped by ``retried_on_race`` (see the module's docstring)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value) and not hasattr(value, "__wrapped_for_races__"):
                setattr(cls, name, retried_on_race(value))

    def __init__(self, sessions: sessionmaker[Session] | None = None, *, url: str | None = None) -> None:
        self.sessions = sessions or session_factory(url)
        self.reads = sessions or read_session_factory(url)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One writing transaction: committed when the block ends, rolled back when it raises."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """One reading session (on SQLite it never takes the write lock); nothing is committed."""
        with self.reads() as session:
            yield session

    @staticmethod
    def _get(session: Session, model: Any, key: int, what: str) -> Any:
        """The row of ``model`` with primary key ``key``; NotFound (named ``what``) when there is none."""
        row = session.get(model, key)
        if row is None:
            raise NotFound(what, str(key))
        return row

    @staticmethod
    def current_instrument() -> Instrument:
        """The instrument new rounds use (data/instrument.yaml)."""
        return load_current_instrument()

    @staticmethod
    def instrument_of(r: Round) -> Instrument:
        """The instrument a round was created with (parsed once per process per snapshot)."""
        cached = _INSTRUMENTS.get(r.snapshot_digest)
        if cached is None:
            cached = _INSTRUMENTS[r.snapshot_digest] = instrument_from_snapshot(r.instrument_snapshot)
        return cached

    @staticmethod
    def instrument_by_digest(session: Session, digest: str) -> Instrument:
        """The instrument of a snapshot digest: parsed once per process, the ~60 KB snapshot read only then."""
        cached = _INSTRUMENTS.get(digest)
        if cached is None:
            snapshot = save_queries.snapshot_by_digest(session, digest=digest)
            if snapshot is None:
                raise NotFound("instrument", digest)
            cached = _INSTRUMENTS[digest] = instrument_from_snapshot(snapshot)
        return cached
