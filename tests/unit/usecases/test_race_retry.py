"""A use case whose transaction lost a race runs again; anything else is raised at once (usecases/base.py)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from assessment.store.engine import lost_a_race
from assessment.usecases.base import RACE_ATTEMPTS, ServicesBase


class PgError(Exception):
    """Stands for a psycopg error: what matters is its SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def unique_race() -> IntegrityError:
    return IntegrityError("INSERT …", {}, PgError("23505"))


class Flaky(ServicesBase):
    def __init__(self, failures: list[Exception]) -> None:  # no database needed
        self.failures = failures
        self.calls = 0

    def create(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "created"

    def outer(self) -> str:
        return self.create()


@pytest.mark.parametrize(
    ("error", "race"),
    [
        (unique_race(), True),
        (OperationalError("…", {}, PgError("40P01")), True),  # deadlock detected
        (OperationalError("…", {}, PgError("40001")), True),  # serialization failure
        (IntegrityError("…", {}, PgError("23514")), False),  # a check constraint: the input, not a race
        (IntegrityError("…", {}, sqlite3.IntegrityError("UNIQUE constraint failed: initiatives.name")), True),
        (IntegrityError("…", {}, sqlite3.IntegrityError("CHECK constraint failed: answer_score_range")), False),
        (OperationalError("…", {}, sqlite3.OperationalError("database is locked")), False),
        (ValueError("not a database error"), False),
    ],
)
def test_only_a_lost_race_counts_as_one(error, race):
    assert lost_a_race(error) is race


def test_a_call_that_lost_a_race_runs_again_and_returns_what_the_new_attempt_returns():
    flaky = Flaky([unique_race()])
    assert flaky.create() == "created" and flaky.calls == 2


def test_a_call_losing_every_race_is_raised_after_the_last_attempt():
    flaky = Flaky([unique_race() for _ in range(RACE_ATTEMPTS + 1)])
    with pytest.raises(IntegrityError):
        flaky.create()
    assert flaky.calls == RACE_ATTEMPTS


def test_a_fault_that_is_not_a_race_is_raised_at_once():
    flaky = Flaky([IntegrityError("…", {}, PgError("23514"))])
    with pytest.raises(IntegrityError):
        flaky.create()
    assert flaky.calls == 1


def test_a_race_lost_in_a_nested_call_is_retried_there_only():
    flaky = Flaky([unique_race() for _ in range(RACE_ATTEMPTS)])
    with pytest.raises(IntegrityError):
        flaky.outer()
    assert flaky.calls == RACE_ATTEMPTS  # not RACE_ATTEMPTS squared
