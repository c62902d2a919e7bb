"""The tests' own databases (tests/databases.py): each test starts on an empty database at the latest schema,
whatever the test before it left, on SQLite and on PostgreSQL (where databases are recycled)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from assessment.store import schema
from assessment.store.engine import make_engine
from assessment.usecases import Services
from tests.databases import ON_POSTGRES, TestDatabases


def test_a_database_a_test_leaves_behind_is_empty_with_ids_from_1_for_the_next(tmp_path, postgres_server):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    earlier = TestDatabases(tmp_path / "a", postgres_server)
    first_url = earlier.url("shared")
    left = Services(url=first_url)
    left.create_initiative(name="Laissée là")
    left.create_initiative(name="Et celle-ci")
    earlier.close()

    later = TestDatabases(tmp_path / "b", postgres_server)
    services = Services(url=later.url("shared"))
    assert (later.url("shared") == first_url) is ON_POSTGRES  # PostgreSQL: the same database, recycled
    assert services.list_initiatives() == []
    assert services.create_initiative(name="Nouvelle").id == 1
    with make_engine(later.url("shared")).connect() as connection:
        assert schema.current(connection) == schema.head()
    later.close()


def test_the_same_name_in_one_test_is_the_same_database_and_another_name_another(databases):
    assert databases.url("one") == databases.url("one") != databases.url("two")
    Services(url=databases.url("one")).create_initiative(name="Ici")
    assert Services(url=databases.url("two")).list_initiatives() == []


@pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL only: a SQLite file is never given to another test")
def test_a_database_whose_schema_a_test_changed_is_dropped_not_given_to_the_next_test(tmp_path, postgres_server):
    earlier = TestDatabases(tmp_path, postgres_server)
    url = earlier.url("changed")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    engine.dispose()
    earlier.close()

    later = TestDatabases(tmp_path, postgres_server)
    assert later.url("changed") != url
    later.close()
