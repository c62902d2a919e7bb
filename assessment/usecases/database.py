"""The database itself: which backend, and whether its schema is at the latest revision."""

from __future__ import annotations

from dataclasses import dataclass

from assessment.settings import get_settings
from assessment.store import schema
from assessment.store.engine import DATABASE_ERRORS, engine_for

__all__ = ["DATABASE_ERRORS", "DatabaseState", "database_state"]  # DATABASE_ERRORS: for the command line


@dataclass(frozen=True)
class DatabaseState:
    backend: str  # 'sqlite', 'postgresql' …
    revision: str | None  # the schema's Alembic revision
    latest: str  # the latest revision this code knows


def database_state(url: str | None = None) -> DatabaseState:
    """Open the database (creating or upgrading its schema) and say where it stands."""
    url = url or get_settings().database_url
    with engine_for(url).connect() as connection:
        revision = schema.current(connection)
    return DatabaseState(backend=url.split("://", 1)[0].split("+", 1)[0], revision=revision, latest=schema.head())
