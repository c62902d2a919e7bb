"""Revision 0005 (plans on a page, decisions log) on the run's backend: an initiative with rounds made before it
is upgraded and keeps every row, gets plans and decisions, and the revision goes down and up again."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import inspect, text

from assessment.store import schema
from assessment.store.engine import make_engine
from assessment.usecases import Services

PLAN_TABLES = {"plans", "plan_texts", "decisions"}


@pytest.fixture
def empty(databases):
    url = databases.url("plans_migration", empty=True)
    engine = make_engine(url)
    yield url, engine
    engine.dispose()


def test_a_database_before_0005_is_upgraded_keeps_its_rows_and_takes_plans_and_decisions(empty):
    url, engine = empty
    with engine.begin() as connection:
        command.upgrade(schema.config(connection), "0003")
        assert not PLAN_TABLES & set(inspect(connection).get_table_names())
        connection.execute(
            text("INSERT INTO initiatives (name, description, created_at) VALUES ('Quartier Vivant', 'd', :now)"),
            {"now": datetime(2026, 1, 1)},
        )
    assert schema.upgrade(engine) == "upgraded"
    services = Services(url=url)
    initiative = services.initiative(name="Quartier Vivant")
    r = services.create_round(initiative_id=initiative.id, label="R1", on=date(2026, 2, 1))
    services.save_plan(
        round_id=r.id, agenda="A", sections=("key_data", "research", "partners", "results"), texts={}, contact=""
    )
    services.add_decision(initiative_id=initiative.id, day=date(2026, 1, 1), text="Go")
    assert services.plan_of_round(round_id=r.id).saved
    assert [d.text for d in services.list_decisions(initiative_id=initiative.id)] == ["Go"]


def test_the_plans_revision_goes_down_to_0003_and_up_again(empty):
    _, engine = empty
    schema.upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(schema.config(connection), "0003")
        assert not PLAN_TABLES & set(inspect(connection).get_table_names())
        command.upgrade(schema.config(connection), "head")
        assert PLAN_TABLES <= set(inspect(connection).get_table_names())
