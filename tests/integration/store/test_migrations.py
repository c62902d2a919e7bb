"""Migrations: the revisions build the models' schema, and a database made before migrations keeps every row."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from assessment.cli.main import main
from assessment.store import schema
from assessment.store.engine import make_engine
from assessment.store.models import Base
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.demo_network import DEMO_NETWORK
from assessment.usecases.demo_network import MEMBERS as DEMO_NETWORK_MEMBERS

ROOT = Path(__file__).resolve().parents[3]

# The schema exactly as `Base.metadata.create_all()` made it at commit 9a21e87 (SQLite), the last one before
# migrations: every database in use today looks like this, with no alembic_version table.
SCHEMA_9A21E87 = """
CREATE TABLE initiatives (
    id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, description TEXT NOT NULL, created_at DATETIME NOT NULL,
    PRIMARY KEY (id), UNIQUE (name)
);
CREATE TABLE rounds (
    id INTEGER NOT NULL, initiative_id INTEGER NOT NULL, label VARCHAR(200) NOT NULL, date DATE NOT NULL,
    status VARCHAR(10) NOT NULL, join_code VARCHAR(12) NOT NULL, form VARCHAR(10) NOT NULL,
    results_revealed BOOLEAN NOT NULL, instrument_version VARCHAR(50) NOT NULL, instrument_snapshot TEXT NOT NULL,
    snapshot_digest VARCHAR(64) NOT NULL, created_at DATETIME NOT NULL,
    PRIMARY KEY (id), UNIQUE (initiative_id, label),
    CONSTRAINT round_status CHECK (status IN ('draft', 'open', 'closed')),
    CONSTRAINT round_form CHECK (form IN ('full', 'short')),
    FOREIGN KEY(initiative_id) REFERENCES initiatives (id) ON DELETE CASCADE, UNIQUE (join_code)
);
CREATE INDEX ix_rounds_initiative_id ON rounds (initiative_id);
CREATE TABLE actions (
    id INTEGER NOT NULL, initiative_id INTEGER NOT NULL, dimension_id VARCHAR(80) NOT NULL, what TEXT NOT NULL,
    owner VARCHAR(200) NOT NULL, due DATE, status VARCHAR(12) NOT NULL, note TEXT NOT NULL,
    created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT action_status CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    FOREIGN KEY(initiative_id) REFERENCES initiatives (id) ON DELETE CASCADE
);
CREATE INDEX ix_actions_initiative_dimension ON actions (initiative_id, dimension_id);
CREATE TABLE response_sets (
    id INTEGER NOT NULL, round_id INTEGER NOT NULL, token VARCHAR(64) NOT NULL, display_name VARCHAR(100),
    sector VARCHAR(30), role VARCHAR(30), status VARCHAR(10) NOT NULL, created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL, submitted_at DATETIME,
    PRIMARY KEY (id),
    CONSTRAINT response_status CHECK (status IN ('draft', 'submitted')),
    FOREIGN KEY(round_id) REFERENCES rounds (id) ON DELETE CASCADE, UNIQUE (token)
);
CREATE INDEX ix_response_sets_round_status ON response_sets (round_id, status);
CREATE TABLE answers (
    id INTEGER NOT NULL, response_set_id INTEGER NOT NULL, item_id VARCHAR(80) NOT NULL,
    dimension_id VARCHAR(80) NOT NULL, score INTEGER, comment TEXT,
    PRIMARY KEY (id), UNIQUE (response_set_id, item_id),
    CONSTRAINT answer_score_range CHECK (score IS NULL OR (score >= 1 AND score <= 5)),
    FOREIGN KEY(response_set_id) REFERENCES response_sets (id) ON DELETE CASCADE
);
CREATE INDEX ix_answers_set_dimension_score ON answers (response_set_id, dimension_id, score);
CREATE TABLE comments (
    id INTEGER NOT NULL, response_set_id INTEGER NOT NULL, dimension_id VARCHAR(80) NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (id), UNIQUE (response_set_id, dimension_id),
    FOREIGN KEY(response_set_id) REFERENCES response_sets (id) ON DELETE CASCADE
);
"""

ROWS_9A21E87 = """
INSERT INTO initiatives VALUES (1, 'Quartier Vivant', 'Avant les migrations', '2025-01-10 09:00:00.000000');
INSERT INTO rounds VALUES (1, 1, 'Baseline', '2025-02-01', 'closed', 'K7M2QX', 'full', 1, '1.0', '{}', 'd1',
                           '2025-02-01 09:00:00.000000');
INSERT INTO rounds VALUES (2, 1, 'Follow-up', '2025-09-01', 'open', 'P3R8TW', 'short', 0, '1.0', '{}', 'd1',
                           '2025-09-01 09:00:00.000000');
INSERT INTO response_sets VALUES (1, 1, 'token-ana', 'Ana', 'youth', 'partner', 'submitted',
    '2025-02-01 10:00:00.000000', '2025-02-01 10:20:00.000000', '2025-02-01 10:20:00.000000');
INSERT INTO response_sets VALUES (2, 2, 'token-bo', NULL, NULL, NULL, 'draft',
    '2025-09-01 10:00:00.000000', '2025-09-01 10:05:00.000000', NULL);
INSERT INTO answers VALUES (1, 1, 'champions_1', 'champions', 4, 'Élan réel');
INSERT INTO answers VALUES (2, 1, 'urgency_1', 'urgency', NULL, NULL);
INSERT INTO answers VALUES (3, 2, 'champions_1', 'champions', 2, NULL);
INSERT INTO comments VALUES (1, 1, 'champions', 'Des porteurs engagés');
INSERT INTO actions VALUES (1, 1, 'champions', 'Recruter deux porteurs', 'Léa', '2025-06-30', 'in_progress', '',
                            '2025-02-02 09:00:00.000000', '2025-03-01 09:00:00.000000');
"""
TABLES = ("initiatives", "rounds", "response_sets", "answers", "comments", "actions")


def database_of_9a21e87(path: Path) -> str:
    """A SQLite file with the schema and some rows of every table, as the app of 9a21e87 left it."""
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA_9A21E87 + ROWS_9A21E87)
    connection.close()
    return f"sqlite:///{path}"


def every_row(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of the baseline tables; with ``columns``, only those columns (later revisions add others)."""
    with sqlite3.connect(path) as connection:
        rows = {
            table: connection.execute(
                f"SELECT {', '.join(columns[table]) if columns else '*'} FROM {table} ORDER BY id"
            ).fetchall()
            for table in TABLES
        }
    connection.close()
    return rows


def columns_of(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        found = {table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")] for table in TABLES}
    connection.close()
    return found


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return revision


def test_running_every_revision_on_an_empty_database_gives_exactly_the_models_schema(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/revisions.sqlite3")
    with engine.begin() as connection:
        command.upgrade(schema.config(connection), "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert schema.current(connection) == schema.head()


def test_the_baseline_revision_builds_the_schema_of_9a21e87(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/baseline.sqlite3")
    with engine.begin() as connection:
        command.upgrade(schema.config(connection), schema.BASELINE)
    database_of_9a21e87(tmp_path / "old.sqlite3")

    def shape(path: Path) -> dict[str, tuple]:
        with sqlite3.connect(path) as connection:
            shapes = {
                table: (
                    connection.execute(f"PRAGMA table_info({table})").fetchall(),
                    sorted(connection.execute(f"PRAGMA index_list({table})").fetchall()),
                    connection.execute(f"PRAGMA foreign_key_list({table})").fetchall(),
                )
                for table in TABLES
            }
        connection.close()
        return shapes

    assert shape(tmp_path / "baseline.sqlite3") == shape(tmp_path / "old.sqlite3")


def test_an_empty_database_is_created_at_the_latest_revision_once(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/fresh.sqlite3")
    assert schema.upgrade(engine) == "created"
    assert schema.upgrade(engine) == "current"
    assert revision_of(tmp_path / "fresh.sqlite3") == schema.head()


def test_setup_upgrades_a_database_made_before_migrations_and_finds_every_row(tmp_path, monkeypatch, capsys):
    path = tmp_path / "in-use.sqlite3"
    url = database_of_9a21e87(path)
    before, baseline_columns = every_row(path), columns_of(path)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", "from-env")
    assert main(["setup"]) == 0
    out = capsys.readouterr().out
    assert f"schema at revision {schema.head()}" in out and "demonstration" not in out
    assert revision_of(path) == schema.head()
    assert every_row(path, baseline_columns) == before
    services = Services(url=url)
    initiative = services.initiative(name="Quartier Vivant")
    assert [r.label for r in services.list_rounds(initiative_id=initiative.id)] == ["Baseline", "Follow-up"]


@pytest.mark.parametrize("made_before_migrations", [True, False], ids=["old database", "no database yet"])
def test_several_processes_starting_at_once_from_any_folder_set_the_database_up_once(made_before_migrations, tmp_path):
    path = tmp_path / "shared.sqlite3"
    url = database_of_9a21e87(path) if made_before_migrations else f"sqlite:///{path}"
    before = every_row(path) if made_before_migrations else None
    baseline_columns = columns_of(path) if made_before_migrations else None
    env = {"DATABASE_URL": url, "IMPACT_FACILITATOR_PASSCODE": "from-env", "PYTHONPATH": str(ROOT)}
    setup = [sys.executable, "-m", "assessment", "setup"]
    options = {"cwd": tmp_path, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "text": True}
    starts = [subprocess.Popen(setup, **options) for _ in range(4)]
    results = [process.communicate(timeout=120)[1] for process in starts]
    assert results == [""] * 4 and [process.returncode for process in starts] == [0] * 4
    assert revision_of(path) == schema.head()
    if made_before_migrations:
        assert every_row(path, baseline_columns) == before
    else:
        services = Services(url=url)  # the demonstration initiative and network, once
        local_tables = sorted(m.name for m in DEMO_NETWORK_MEMBERS)
        assert [i.name for i in services.list_initiatives()] == [DEMO_INITIATIVE, *local_tables]
        assert services.list_networks() == [DEMO_NETWORK]


def test_a_database_from_a_newer_version_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    path = tmp_path / "newer.sqlite3"
    url = f"sqlite:///{path}"
    schema.upgrade(make_engine(url))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    connection.close()
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Database error (sqlite): ") and "from_the_future" in err and err.count("\n") == 1


@pytest.mark.parametrize("older", ["0001", "0002"])
def test_a_database_at_an_older_revision_is_upgraded_to_count_failed_attempts(older, tmp_path):
    path = tmp_path / f"at-{older}.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(schema.config(connection), older)
    with sqlite3.connect(path) as connection:
        connection.executescript(ROWS_9A21E87.split("INSERT INTO rounds")[0])  # an initiative, kept
    connection.close()
    assert schema.upgrade(engine) == "upgraded" and revision_of(path) == schema.head()
    services = Services(url=f"sqlite:///{path}")
    assert services.check_passcode(expected="right", attempt="wrong", address="203.0.113.5") is False
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT kind, address FROM attempts").fetchall() == [("passcode", "203.0.113.5")]
        assert connection.execute("SELECT name FROM initiatives").fetchall() == [("Quartier Vivant",)]
    connection.close()


def test_the_attempts_revision_goes_down_to_0002_and_up_again(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/down.sqlite3")
    schema.upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(schema.config(connection), "0002")
        assert not inspect(connection).has_table("attempts")
        command.upgrade(schema.config(connection), "head")
        assert inspect(connection).has_table("attempts")
