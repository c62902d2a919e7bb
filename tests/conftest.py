"""Shared fixtures: a database of each test's own (a SQLite file, or a PostgreSQL database when DATABASE_URL
names PostgreSQL: tests/databases.py) and the services over it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so `pytest` works as well as `python -m pytest`
    sys.path.insert(0, str(ROOT))

from assessment.domain.instrument import Instrument  # noqa: E402
from assessment.usecases import Services, base  # noqa: E402
from tests.databases import ON_POSTGRES, SERVER_URL, PostgresDatabases, TestDatabases  # noqa: E402
from tests.factories import tiny_instrument  # noqa: E402


def pytest_report_header(config: pytest.Config) -> str:
    return f"test databases: {'PostgreSQL at ' + SERVER_URL if ON_POSTGRES else 'SQLite files'}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresDatabases | None]:
    """The PostgreSQL server of DATABASE_URL when it names one (else None), its template made on first use."""
    if not ON_POSTGRES:
        yield None
        return
    server = PostgresDatabases(SERVER_URL)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def databases(tmp_path: Path, postgres_server: PostgresDatabases | None) -> Iterator[TestDatabases]:
    """``databases.url(name)``: a database of the test's own, at the latest schema, on the run's backend."""
    made = TestDatabases(tmp_path, postgres_server)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def instrument() -> Instrument:
    """The tiny valid instrument of tests/factories.py."""
    return tiny_instrument()


@pytest.fixture
def db_url(databases: TestDatabases) -> str:
    """A database of its own for each test (a SQLite file, or a PostgreSQL database)."""
    return databases.url("test")


@pytest.fixture
def services(db_url: str, instrument: Instrument, monkeypatch: pytest.MonkeyPatch) -> Services:
    """Services over the test's database.

    The "current instrument" (used by create_round without an instrument and by imports that
    create a round) is the tiny test instrument, so tests never read data/instrument.yaml.
    """
    monkeypatch.setattr(base, "load_current_instrument", lambda: instrument)
    return Services(url=db_url)
