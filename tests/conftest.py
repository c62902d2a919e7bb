"""Shared fixtures: a fresh SQLite file per test and the services over it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so `pytest` works as well as `python -m pytest`
    sys.path.insert(0, str(ROOT))

from assessment.domain.instrument import Instrument  # noqa: E402
from assessment.usecases import Services, base  # noqa: E402
from tests.factories import tiny_instrument  # noqa: E402


@pytest.fixture
def instrument() -> Instrument:
    """The tiny valid instrument of tests/factories.py."""
    return tiny_instrument()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A SQLite file of its own for each test."""
    return f"sqlite:///{tmp_path}/test.sqlite3"


@pytest.fixture
def services(db_url: str, instrument: Instrument, monkeypatch: pytest.MonkeyPatch) -> Services:
    """Services over the test's database.

    The "current instrument" (used by create_round without an instrument and by imports that
    create a round) is the tiny test instrument, so tests never read data/instrument.yaml.
    """
    monkeypatch.setattr(base, "load_current_instrument", lambda: instrument)
    return Services(url=db_url)
