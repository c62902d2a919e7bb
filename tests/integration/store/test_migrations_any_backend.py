"""Migrations on the run's backend (SQLite by default, PostgreSQL when DATABASE_URL names it; `.ci/run` runs
both): every revision, one after the other, on an empty database; rows kept across them; and processes or
threads starting at once on one database set it up or upgrade it once (PostgreSQL: an advisory lock).
The SQLite-only checks (the schema of commit 9a21e87, read with sqlite3) are in test_migrations.py."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from assessment.store import schema
from assessment.store.engine import make_engine
from assessment.store.models import Base
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.demo_network import DEMO_NETWORK
from assessment.usecases.demo_network import MEMBERS as DEMO_NETWORK_MEMBERS
from tests.databases import BACKEND

ROOT = Path(__file__).resolve().parents[3]
REVISIONS = [s.revision for s in reversed(list(ScriptDirectory.from_config(schema.config()).walk_revisions()))]


@pytest.fixture
def empty(databases) -> tuple[str, Engine]:
    """An empty database (no table at all) and an engine on it, disposed after the test."""
    url = databases.url("migrations", empty=True)
    engine = make_engine(url)
    yield url, engine
    engine.dispose()


def at_revision(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.upgrade(schema.config(connection), revision)


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return schema.current(connection)


def test_the_revisions_are_numbered_in_order_from_the_baseline():
    assert REVISIONS[0] == schema.BASELINE and REVISIONS[-1] == schema.head()
    assert REVISIONS == sorted(REVISIONS)


def test_each_revision_runs_in_turn_on_an_empty_database_and_ends_at_exactly_the_models_schema(empty):
    _, engine = empty
    for revision in REVISIONS:
        at_revision(engine, revision)
        assert revision_of(engine) == revision
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == [], f"revisions and models differ on {BACKEND}"


def test_each_revision_keeps_the_rows_of_the_one_before(empty):
    url, engine = empty
    at_revision(engine, schema.BASELINE)
    now = datetime(2026, 3, 1, 9, 30)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO initiatives (id, name, description, created_at) VALUES (1, :name, '', :t)"),
            {"name": "Quartier « Vivant »", "t": now},
        )
        connection.execute(
            text(
                "INSERT INTO rounds (id, initiative_id, label, date, status, join_code, form, results_revealed,"
                " instrument_version, instrument_snapshot, snapshot_digest, created_at) VALUES"
                " (1, 1, 'Printemps', :d, 'closed', 'K7M2QX', 'short', :f, 'v1', '{}', 'digest', :t)"
            ),
            {"d": date(2026, 3, 1), "t": now, "f": False},
        )
    for revision in REVISIONS[1:]:
        at_revision(engine, revision)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, label, paced, archived_at FROM initiatives JOIN rounds ON true"))
        assert [tuple(r) for r in rows] == [("Quartier « Vivant »", "Printemps", False, None)]


def test_a_database_made_before_migrations_is_adopted_at_the_baseline_then_upgraded(empty):
    url, engine = empty
    at_revision(engine, schema.BASELINE)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))  # as create_all() left it before migrations
    assert schema.upgrade(engine) == "adopted"
    assert revision_of(engine) == schema.head()
    assert "round_parts" in inspect(engine).get_table_names()


@pytest.mark.parametrize("start", ["no tables", "baseline"])
def test_threads_starting_at_once_on_one_database_set_it_up_once(start, empty):
    url, engine = empty
    if start == "baseline":
        at_revision(engine, schema.BASELINE)
    engines = [make_engine(url) for _ in range(4)]
    barrier = threading.Barrier(len(engines), timeout=30)
    changes: list[str] = []

    def start_up(own: Engine) -> None:
        barrier.wait()
        changes.append(schema.upgrade(own))

    threads = [threading.Thread(target=start_up, args=(own,)) for own in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for own in engines:
        own.dispose()
    first = "created" if start == "no tables" else "upgraded"
    assert sorted(changes) == sorted([first, "current", "current", "current"])
    assert revision_of(engine) == schema.head()


@pytest.mark.parametrize("start", ["no tables", "baseline"])
def test_several_processes_starting_at_once_set_the_database_up_once(start, empty, tmp_path):
    url, engine = empty
    if start == "baseline":
        at_revision(engine, schema.BASELINE)
    env = {"DATABASE_URL": url, "IMPACT_FACILITATOR_PASSCODE": "from-env", "PYTHONPATH": str(ROOT)}
    setup = [sys.executable, "-m", "assessment", "setup"]
    options = {"cwd": tmp_path, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "text": True}
    starts = [subprocess.Popen(setup, **options) for _ in range(4)]
    errors = [process.communicate(timeout=180)[1] for process in starts]
    assert errors == [""] * 4 and [process.returncode for process in starts] == [0] * 4
    assert revision_of(engine) == schema.head()
    # an empty database gets the demonstration once, though all four found it empty
    services = Services(url=url)
    local_tables = sorted(m.name for m in DEMO_NETWORK_MEMBERS)
    assert [i.name for i in services.list_initiatives()] == [DEMO_INITIATIVE, *local_tables]
    assert services.list_networks() == [DEMO_NETWORK]
