"""The database schema: the one place that creates or upgrades it (Alembic revisions in migrations/).

Every engine goes through ``upgrade`` once per process (store/engine.py), so the app, the command line
and the tests all run on the latest schema:

- an empty database gets the models' tables (``create_all``, fast) stamped at the latest revision; a test
  proves that running every revision instead gives the same schema;
- a database made by ``create_all()`` before migrations existed (tables, no ``alembic_version``) is
  stamped at the baseline, then upgraded;
- a database at an older revision is upgraded; one at the latest revision is left alone.

All of it runs in one transaction that first takes the database's write lock (SQLite: BEGIN IMMEDIATE;
PostgreSQL: an advisory lock), so processes starting at once upgrade once and the others wait, then find
the database current.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from assessment.settings import get_settings
from assessment.store.models import Base

BASELINE = "0001"  # the schema of commit 9a21e87, which create_all() made before migrations existed
LOCK_KEY = 7_304_112_001  # PostgreSQL advisory lock held while the schema is checked or changed

Change = Literal["created", "adopted", "upgraded", "current"]


def config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built here so it works from any folder (alembic.ini is for authors)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(get_settings().root / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    """The latest revision."""
    return _scripts().get_current_head()


def current(connection: Connection) -> str | None:
    """The database's revision; None when it has none (empty, or made before migrations)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> Change:
    """Bring the database to the latest revision; what was done (see the module's docstring)."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        revision = current(connection)
        if revision == head():
            return "current"
        if revision is None and not inspect(connection).has_table("initiatives"):
            Base.metadata.create_all(connection)
            MigrationContext.configure(connection).stamp(_scripts(), "head")
            return "created"
        if revision is None:
            MigrationContext.configure(connection).stamp(_scripts(), BASELINE)
        command.upgrade(config(connection), "head")
        return "adopted" if revision is None else "upgraded"
