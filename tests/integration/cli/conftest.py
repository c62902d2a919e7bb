"""The command line's tests: a database of their own, English messages unless a test asks for French."""

from __future__ import annotations

import pytest


@pytest.fixture
def cli_db(databases, monkeypatch):
    url = databases.url("cli")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("IMPACT_LANG", raising=False)
    return url
