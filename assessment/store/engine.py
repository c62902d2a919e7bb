"""Engine and session factory: a SQLite file by default, any SQLAlchemy URL through DATABASE_URL (settings)."""

from __future__ import annotations

import os
import sqlite3
import time
from functools import lru_cache
from pathlib import Path

from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from assessment.settings import get_settings
from assessment.store import schema

SQLITE_BUSY_TIMEOUT_MS = 30_000

# What the layers above may name without importing SQLAlchemy: the session type (for annotations), the
# unique-constraint race, and every failure of the database itself (not the user's input).
__all__ = ["DATABASE_ERRORS", "IntegrityError", "Session", "lost_a_race", "sessionmaker"]
DATABASE_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, CommandError)

# PostgreSQL's codes for a transaction that failed only because a concurrent one won: unique_violation,
# serialization_failure, deadlock_detected (https://www.postgresql.org/docs/15/errcodes-appendix.html).
RACE_SQLSTATES = frozenset({"23505", "40001", "40P01"})


def lost_a_race(error: BaseException) -> bool:
    """True when ``error`` is a transaction losing a race to a concurrent one, so that running it again, in a
    new transaction that sees the winner's rows, ends as if it had come second: a unique key inserted by both
    (PostgreSQL 23505; SQLite only ever reports it for a key it could see, as its writers take turns), a
    deadlock or a serialization failure. Any other fault, a check constraint say, is not a race."""
    if not isinstance(error, DBAPIError):
        return False
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate in RACE_SQLSTATES
    return isinstance(error.orig, sqlite3.IntegrityError) and "UNIQUE constraint failed" in str(error.orig)


def _switch_to_wal(cursor) -> None:
    """WAL mode, waiting for it: on a brand-new file, switching takes an exclusive lock and SQLite answers
    "database is locked" at once (no busy wait) while another process is doing the same."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _configure_sqlite(dbapi_connection, _record) -> None:
    # WAL lets readers run beside one writer; the busy timeout makes concurrent writers
    # wait for the lock instead of failing with "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """A new engine for ``url``; SQLite connections get WAL, a busy timeout and foreign keys.

    A URL that cannot work (in-memory SQLite, a folder that cannot be made, a driver that is not installed)
    raises sqlalchemy's ArgumentError, which the command line says in one line like any database error.
    """
    try:
        if url.startswith("sqlite"):
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (OSError, ImportError) as error:
        raise ArgumentError(f"{type(error).__name__}: {error}") from error


def _create_private(path: str) -> None:
    """The database file, created empty and readable by its owner only before SQLite opens it: SQLite makes
    its -wal and -shm files with the database file's permissions, so they are private too. An existing file
    (or one another process creates at the same moment) is left as it is."""
    if not path or path.startswith("file:"):
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def _sqlite_engine(url: str) -> Engine:
    if ":memory:" in url or url.rstrip("/") in ("sqlite:", "sqlite:"):
        raise ArgumentError("use a SQLite file, not an in-memory database")
    _create_private(url.split("///", 1)[-1].split("?", 1)[0])
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _configure_sqlite)

    # pysqlite's own transaction handling is turned off; a writing transaction takes the write
    # lock at BEGIN (IMMEDIATE) so two writers never deadlock upgrading a read lock, while
    # reading sessions (engine option sqlite_begin="DEFERRED") run beside the writer under WAL.
    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'IMMEDIATE')}")

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    return engine


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """The process-wide engine for ``url``, created once, its schema created or upgraded (store/schema.py)."""
    engine = make_engine(url)
    schema.upgrade(engine)
    return engine


def session_factory(url: str | None = None) -> sessionmaker[Session]:
    """A factory of writing sessions bound to the engine for ``url`` (default: the settings')."""
    return sessionmaker(engine_for(url or get_settings().database_url), expire_on_commit=False)


def read_session_factory(url: str | None = None) -> sessionmaker[Session]:
    """A factory of reading sessions: on SQLite they never take the write lock."""
    engine = engine_for(url or get_settings().database_url)
    return sessionmaker(engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False)
