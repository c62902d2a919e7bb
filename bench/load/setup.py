"""Everything the load generator knows about the app's internals, in one place.

When ``assessment/`` moves (services, tables), only this module changes. It imports the app's
use cases read-only to prepare a round and its participants, and reads stored answers with a
plain SQL query over the tables ``response_sets`` and ``answers``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import create_engine, text

#: The page the participants' links open and the widgets a phone looks for there.
QUESTIONNAIRE_PAGE = "questionnaire"
ANSWER_KEY_PREFIX = "a_"  # radios keyed a_<item_id>
NEXT_KEY = "next"  # the step's "Next" button
SUBMIT_KEY = "submit"  # the review step's "Submit" button
ANSWER_OPTIONS = 5  # the first five options are the scores 1–5 (the sixth is "don't know")
#: The presenter view (``/presenter?token=…``): its live counts are a ``run_every`` fragment.
PRESENTER_PAGE = "presenter"
SUBMITTED_LABEL_KEY = "presenter.submitted"  # catalog key of the "submitted" metric's label


@dataclass(frozen=True)
class PreparedRound:
    """An open short-form round with one resume token per phone."""

    round_id: int
    join_code: str
    tokens: list[str]
    items: int  # short-form items a participant answers


def prepare_round(database_url: str, *, phones: int, label: str) -> PreparedRound:
    """Create an initiative and an open short-form round, and join it once per phone (a token each)."""
    from assessment.usecases import Services  # the app's use cases: imported here only

    services = Services(url=database_url)
    initiative = services.create_initiative(name=f"Load test {label}")
    created = services.create_round(initiative_id=initiative.id, label=label, on=date.today(), form="short")
    services.set_round_status(round_id=created.id, status="open")
    tokens = [services.join(code=created.join_code) for _ in range(phones)]
    items = len(services.current_instrument().item_ids("short"))
    return PreparedRound(created.id, created.join_code, tokens, items)


def presenter_token(database_url: str, *, round_id: int) -> str:
    """A presenter link's token for the round (what the facilitator projects)."""
    from assessment.usecases import Services

    return Services(url=database_url).create_presenter_link(round_id=round_id)


def submitted_labels() -> set[str]:
    """The "submitted" metric's label in every language of the catalog (the session's language may vary)."""
    from assessment.present.catalogs.presenter import CATALOG

    return set(CATALOG[SUBMITTED_LABEL_KEY].values())


def stored_answers(database_url: str, *, round_id: int) -> dict[tuple[str, str], int | None]:
    """(token, item_id) -> stored score (None: don't know) for every answer of the round."""
    engine = create_engine(_read_only(database_url))
    query = text(
        "SELECT rs.token, a.item_id, a.score FROM answers a "
        "JOIN response_sets rs ON rs.id = a.response_set_id WHERE rs.round_id = :round_id"
    )
    try:
        with engine.connect() as connection:
            return {(t, i): s for t, i, s in connection.execute(query, {"round_id": round_id})}
    finally:
        engine.dispose()


def submitted_count(database_url: str, *, round_id: int) -> int:
    """How many of the round's response sets are submitted."""
    engine = create_engine(_read_only(database_url))
    query = text("SELECT COUNT(*) FROM response_sets WHERE round_id = :round_id AND status = 'submitted'")
    try:
        with engine.connect() as connection:
            return int(connection.execute(query, {"round_id": round_id}).scalar_one())
    finally:
        engine.dispose()


def _read_only(database_url: str) -> str:
    """A SQLite URL opened read-only (other databases: unchanged; the queries only read)."""
    if database_url.startswith("sqlite:///") and "?" not in database_url:
        return f"sqlite:///file:{database_url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    return database_url
