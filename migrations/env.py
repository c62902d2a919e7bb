"""Alembic environment: runs on the connection store/schema.py hands over, else on the settings' database.

`python -m assessment setup` (and every process that opens the database) upgrades through
assessment.store.schema; the `alembic` command (alembic.ini) is for writing revisions:
`.venv/bin/alembic revision --autogenerate -m "what changed"`.
"""

from __future__ import annotations

from alembic import context

from assessment.settings import get_settings
from assessment.store.engine import make_engine
from assessment.store.models import Base


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters a table by copying it
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(get_settings().database_url)
    with engine.begin() as own:
        _run(own)
    engine.dispose()
