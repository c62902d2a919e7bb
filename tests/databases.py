"""The databases tests run on: a SQLite file per database by default, or PostgreSQL when ``DATABASE_URL``
names it (``postgresql+psycopg://…``, as `.ci/run` sets after starting a server: scripts/ensure-postgres.sh).

On PostgreSQL every test database is a database of its own on that server, made with
``CREATE DATABASE … TEMPLATE`` from one template at the latest schema (a test that asks for an empty one
gets a copy of ``template0``). After the test it is emptied and reused by a later test, or dropped
``WITH (FORCE)`` when the test changed its schema. Isolation is the same as with a SQLite file per test:
nothing one test writes is seen by another, subprocesses included.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from assessment.store.engine import make_engine
from assessment.store.models import Base
from assessment.store.schema import current, head, upgrade

#: DATABASE_URL as the test run started (tests change the environment variable for the app under test).
SERVER_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = SERVER_URL.startswith("postgresql")
BACKEND = "postgresql" if ON_POSTGRES else "sqlite"
TABLES = {*Base.metadata.tables, "alembic_version"}
# Row by row, children first: on tables this small, DELETE takes a third of the time TRUNCATE does.
EMPTY_TABLES = "; ".join(f'DELETE FROM "{t.name}"' for t in reversed(Base.metadata.sorted_tables))


class PostgresDatabases:
    """Creates, recycles and drops test databases on the PostgreSQL server of ``server_url``.

    A database a test is done with is emptied (DELETE, sequences restarted: 10–30 ms) and given to a later
    test, since creating one from the template takes 0.25–0.5 s on a loaded machine. It is dropped instead
    when the test left it different from a new one: schema not at the latest revision, or still locked.
    """

    def __init__(self, server_url: str) -> None:
        self.server = make_url(server_url)
        self.prefix = f"impact_t{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.admin = create_engine(self.server.set(database="postgres"), isolation_level="AUTOCOMMIT")
        self.names = itertools.count(1)
        self.free: list[str] = []
        self.cleaners: dict[str, Engine] = {}
        self._template_ready = False

    def url_of(self, name: str) -> str:
        return self.server.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(sql))

    def _ensure_template(self) -> None:
        """The template: an empty database brought to the latest schema by store/schema.py, then closed."""
        if self._template_ready:
            return
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.template}" TEMPLATE template0')
        engine = make_engine(self.url_of(self.template))
        upgrade(engine)
        engine.dispose()
        self._template_ready = True

    def create(self, *, empty: bool = False) -> str:
        """A database at the latest schema with no rows (or ``empty``: no tables at all); its URL."""
        if not empty and self.free:
            return self.url_of(self.free.pop())
        if not empty:
            self._ensure_template()
        name = f"{self.prefix}_{next(self.names)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE {"template0" if empty else self.template}')
        return self.url_of(name)

    def release(self, url: str) -> None:
        """A test is done with the database of ``url``: emptied for the next test, or dropped."""
        name = make_url(url).database
        assert name is not None
        if self._emptied(name):
            self.free.append(name)
        else:
            self.drop(name)

    def _emptied(self, name: str) -> bool:
        """True when the database was at the latest schema and is now emptied of rows."""
        cleaner = self.cleaners.get(name)
        if cleaner is None:
            cleaner = self.cleaners[name] = create_engine(self.url_of(name), pool_size=1, max_overflow=0)
        try:
            with cleaner.begin() as connection:
                connection.execute(text("SET LOCAL lock_timeout = '2s'"))
                if current(connection) != head() or set(inspect(connection).get_table_names()) != TABLES:
                    return False
                sequences = connection.scalars(text("SELECT sequence_name FROM information_schema.sequences"))
                connection.exec_driver_sql(EMPTY_TABLES + "".join(f'; ALTER SEQUENCE "{q}" RESTART' for q in sequences))
        except DBAPIError:
            return False
        return True

    def drop(self, name: str) -> None:
        """Drop a test database, ending the connections still open on it (pools of cached engines)."""
        cleaner = self.cleaners.pop(name, None)
        if cleaner is not None:
            cleaner.dispose()
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in [*self.free, *list(self.cleaners)]:
            self.drop(name)
        self.free.clear()
        if self._template_ready:
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.admin.dispose()


class TestDatabases:
    """One test's databases: ``url(name)`` makes one on first use; ``close()`` gives them back (PostgreSQL:
    emptied for a later test, or dropped; SQLite files go with the test's temporary folder)."""

    __test__ = False  # not a test class

    def __init__(self, tmp_path: Path, server: PostgresDatabases | None) -> None:
        self.tmp_path = tmp_path
        self.server = server
        self.made: dict[str, str] = {}

    def url(self, name: str = "test", *, empty: bool = False) -> str:
        """The database of this test named ``name`` (the file name on SQLite), made on first use; ``empty``:
        without tables (on SQLite a file not created yet; on PostgreSQL a copy of template0)."""
        if name not in self.made:
            if self.server is None:
                self.made[name] = f"sqlite:///{self.tmp_path}/{name}.sqlite3"
            else:
                self.made[name] = self.server.create(empty=empty)
        return self.made[name]

    def close(self) -> None:
        if self.server is not None:
            for url in self.made.values():
                self.server.release(url)
