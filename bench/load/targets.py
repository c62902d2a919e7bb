"""The two pages a scenario can load: the app's questionnaire and the minimal page to compare with."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bench.load import setup
from bench.load.phone import Behaviour


@dataclass(frozen=True)
class Prepared:
    """Tokens for the phones (one spare for warming the servers up) and how to find their answers."""

    tokens: list[str]
    warmup_token: str
    items: int
    round_id: int = 0
    presenter_token: str = ""  # the round's presenter link ('' : the page has no presenter view)


class AppTarget:
    """The app's short-form questionnaire, on the database at ``database_url``."""

    name = "app"
    script = "app.py"

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.behaviour = Behaviour(
            page=setup.QUESTIONNAIRE_PAGE,
            answer_prefix=setup.ANSWER_KEY_PREFIX,
            options=setup.ANSWER_OPTIONS,
            next_key=setup.NEXT_KEY,
            submit_key=setup.SUBMIT_KEY,
        )

    def env(self) -> dict[str, str]:
        return {"DATABASE_URL": self.database_url}

    def prepare(self, phones: int, label: str) -> Prepared:
        prepared = setup.prepare_round(self.database_url, phones=phones + 1, label=label)
        presenter = setup.presenter_token(self.database_url, round_id=prepared.round_id)
        return Prepared(prepared.tokens[:-1], prepared.tokens[-1], prepared.items, prepared.round_id, presenter)

    def stored(self, prepared: Prepared) -> dict[tuple[str, str], int | None]:
        return setup.stored_answers(self.database_url, round_id=prepared.round_id)

    def submitted(self, prepared: Prepared) -> int:
        return setup.submitted_count(self.database_url, round_id=prepared.round_id)


class MinimalTarget:
    """``minimal_app.py``: 19 radios on one page, one SQLite row per change."""

    name = "minimal"
    script = "bench/load/minimal_app.py"
    items = 19

    def __init__(self, database_path: Path) -> None:
        self.database_path = database_path
        self.behaviour = Behaviour(page="", answer_prefix="a_", options=5)

    def env(self) -> dict[str, str]:
        return {"BENCH_MINIMAL_DB": str(self.database_path)}

    def prepare(self, phones: int, label: str) -> Prepared:
        tokens = [f"{label}-{number}" for number in range(phones)]
        return Prepared(tokens, f"{label}-warmup", self.items)

    def stored(self, prepared: Prepared) -> dict[tuple[str, str], int | None]:
        if not self.database_path.exists():
            return {}
        wanted = set(prepared.tokens)
        with sqlite3.connect(f"file:{self.database_path}?mode=ro", uri=True) as connection:
            try:
                rows = connection.execute("SELECT token, item_id, score FROM answers").fetchall()
            except sqlite3.OperationalError:  # no table: no click reached the page
                return {}
        return {(t, i): s for t, i, s in rows if t in wanted}

    def submitted(self, prepared: Prepared) -> int | None:
        return None  # the minimal page has no submission
