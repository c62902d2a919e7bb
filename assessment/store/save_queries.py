"""The statements of a phone's tap (one locked read, one upsert, one update) and of the participant's page
(three reads); built once per process.

A tap on an answer is the app's most frequent write (a room of 300 phones makes thousands), and every step
of the questionnaire reads the participant's state. Building a SQLAlchemy statement costs more than running
it, so these are built once with bound parameters, and no ORM object is loaded: the use cases read plain rows.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Row, bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from assessment.store.models import Answer, Comment, Initiative, ResponseSet, Round

# The round's columns the participant's page needs (named as on Round, so that a row reads like one).
ROUND_COLUMNS = (
    "id", "initiative_id", "label", "date", "status", "form", "join_code", "results_revealed",
    "instrument_version", "paced", "archived_at", "snapshot_digest",
)  # fmt: skip

# The dialects whose INSERT has ``on_conflict_do_update``: the two the app supports.
INSERTS = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}


def locked_for_saving(session: Session, *, token: str) -> Row | None:
    """What a save checks, in one read that locks the response set until the transaction ends (FOR UPDATE on
    PostgreSQL; on SQLite a writing transaction holds the database's write lock from its start): the set's
    id and status, and its round's id, label, status, archive time, form, pacing and instrument digest."""
    return session.execute(_statements().locked_for_saving, {"token": token}).one_or_none()


def snapshot_by_digest(session: Session, *, digest: str) -> str | None:
    """An instrument snapshot (the same text for every round with this digest)."""
    return session.scalar(select(Round.instrument_snapshot).where(Round.snapshot_digest == digest).limit(1))


def upsert_answers(session: Session, *, response_set_id: int, answers: list[tuple[str, str, int | None]]) -> None:
    """Store (item, dimension, score) answers: a new item is added, a known one rescored, in one statement
    (INSERT … ON CONFLICT DO UPDATE on the (response set, item) unique key), so that two saves of the same
    new item never collide."""
    rows = [{"set_id": response_set_id, "item": i, "dimension": d, "score": s} for i, d, s in answers]
    session.execute(_statements().upsert_answer[session.get_bind().dialect.name], rows)


def participant_rows(session: Session, *, token: str) -> tuple[Row, list[Row], list[Row]] | None:
    """A participant's response set with its round and initiative's name (one row), their answers
    (item_id, score) and comments (dimension_id, text); None for an unknown token."""
    statements = _statements()
    head = session.execute(statements.participant, {"token": token}).one_or_none()
    if head is None:
        return None
    answers = session.execute(statements.answers, {"set_id": head.set_id}).all()
    comments = session.execute(statements.comments, {"set_id": head.set_id}).all()
    return head, answers, comments


def touch_response_set(session: Session, *, response_set_id: int, when) -> None:
    session.execute(_statements().touch, {"set_id": response_set_id, "when": when})


class _Statements:
    def __init__(self) -> None:
        self.locked_for_saving = (
            select(
                ResponseSet.id,
                ResponseSet.status,
                Round.id.label("round_id"),
                Round.label.label("round_label"),
                Round.status.label("round_status"),
                Round.archived_at,
                Round.form,
                Round.paced,
                Round.snapshot_digest,
            )
            .join(Round, Round.id == ResponseSet.round_id)
            .where(ResponseSet.token == bindparam("token"))
            .with_for_update(of=ResponseSet)
        )
        self.participant = (
            select(
                ResponseSet.id.label("set_id"),
                ResponseSet.display_name,
                ResponseSet.sector,
                ResponseSet.role,
                ResponseSet.status.label("set_status"),
                ResponseSet.submitted_at,
                Initiative.name.label("initiative_name"),
                *(getattr(Round, column) for column in ROUND_COLUMNS),
            )
            .join(Round, Round.id == ResponseSet.round_id)
            .join(Initiative, Initiative.id == Round.initiative_id)
            .where(ResponseSet.token == bindparam("token"))
        )
        self.answers = select(Answer.item_id, Answer.score).where(Answer.response_set_id == bindparam("set_id"))
        self.comments = select(Comment.dimension_id, Comment.text).where(Comment.response_set_id == bindparam("set_id"))
        sets = ResponseSet.__table__
        self.touch = update(sets).where(sets.c.id == bindparam("set_id")).values(updated_at=bindparam("when"))
        self.upsert_answer = {name: _upsert_answer(insert) for name, insert in INSERTS.items()}


def _upsert_answer(insert):
    table = Answer.__table__
    statement = insert(table).values(
        response_set_id=bindparam("set_id"),
        item_id=bindparam("item"),
        dimension_id=bindparam("dimension"),
        score=bindparam("score"),
    )
    return statement.on_conflict_do_update(
        index_elements=[table.c.response_set_id, table.c.item_id], set_={"score": statement.excluded.score}
    )


@lru_cache(maxsize=1)
def _statements() -> _Statements:
    return _Statements()
