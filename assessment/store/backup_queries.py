"""Queries of backup and restore: whole initiatives read in id order, checked against the database,
deleted and inserted in bulk. Functions here never commit: the use case owns the transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from assessment.store import plan_queries
from assessment.store.models import (
    Action,
    Answer,
    Comment,
    Decision,
    HiddenReflection,
    Initiative,
    Network,
    NetworkMember,
    Reflection,
    ResponseSet,
    Round,
    RoundPart,
)

_CHUNK = 500  # ids or tokens per IN (...) list: well under every database's limit on parameters


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# ----- reading ------------------------------------------------------------------------------------------


def rounds_by_id(session: Session, *, initiative_id: int) -> list[Round]:
    """An initiative's rounds in the order they were created."""
    return list(session.scalars(select(Round).where(Round.initiative_id == initiative_id).order_by(Round.id)))


def response_sets_by_id(session: Session, *, round_id: int) -> list[Any]:
    """Every response set of a round (drafts too) as plain rows, in id order."""
    return list(
        session.execute(
            select(
                ResponseSet.id,
                ResponseSet.token,
                ResponseSet.display_name,
                ResponseSet.sector,
                ResponseSet.role,
                ResponseSet.status,
                ResponseSet.created_at,
                ResponseSet.updated_at,
                ResponseSet.submitted_at,
            )
            .where(ResponseSet.round_id == round_id)
            .order_by(ResponseSet.id)
        ).all()
    )


def answers_by_set(session: Session, *, round_id: int) -> dict[int, list[dict]]:
    """Response set id -> its answers (item_id, dimension_id, score, comment) in id order, drafts included."""
    grouped: dict[int, list[dict]] = defaultdict(list)
    for set_id, item_id, dimension_id, score, comment in session.execute(
        select(Answer.response_set_id, Answer.item_id, Answer.dimension_id, Answer.score, Answer.comment)
        .join(ResponseSet, ResponseSet.id == Answer.response_set_id)
        .where(ResponseSet.round_id == round_id)
        .order_by(Answer.id)
    ):
        grouped[set_id].append({"item_id": item_id, "dimension_id": dimension_id, "score": score, "comment": comment})
    return dict(grouped)


def comments_by_set(session: Session, *, round_id: int) -> dict[int, list[dict]]:
    """Response set id -> its dimension comments (dimension_id, text) in id order, drafts included."""
    grouped: dict[int, list[dict]] = defaultdict(list)
    for set_id, dimension_id, text in session.execute(
        select(Comment.response_set_id, Comment.dimension_id, Comment.text)
        .join(ResponseSet, ResponseSet.id == Comment.response_set_id)
        .where(ResponseSet.round_id == round_id)
        .order_by(Comment.id)
    ):
        grouped[set_id].append({"dimension_id": dimension_id, "text": text})
    return dict(grouped)


def parts_by_name(session: Session, *, round_id: int) -> list[dict]:
    """A round's parts (part, opened, shown), by part."""
    rows = session.execute(
        select(RoundPart.part, RoundPart.opened, RoundPart.shown)
        .where(RoundPart.round_id == round_id)
        .order_by(RoundPart.part)
    )
    return [{"part": part, "opened": opened, "shown": shown} for part, opened, shown in rows]


def reflections_by_id(session: Session, *, round_id: int) -> list[dict]:
    """A round's reflection entries in id order, each with its participant's token (None: from paper)."""
    rows = session.execute(
        select(Reflection.contributor, Reflection.position, Reflection.text, Reflection.created_at, ResponseSet.token)
        .outerjoin(ResponseSet, ResponseSet.id == Reflection.response_set_id)
        .where(Reflection.round_id == round_id)
        .order_by(Reflection.id)
    )
    return [
        {"contributor": c, "position": p, "text": t, "created_at": when, "response_set": token}
        for c, p, t, when, token in rows
    ]


def hidden_reflection_keys(session: Session, *, round_id: int) -> list[str]:
    query = select(HiddenReflection.key).where(HiddenReflection.round_id == round_id)
    return list(session.scalars(query.order_by(HiddenReflection.key)))


def actions_by_id(session: Session, *, initiative_id: int) -> list[Action]:
    return list(session.scalars(select(Action).where(Action.initiative_id == initiative_id).order_by(Action.id)))


def initiative_ids(session: Session, *, names: Sequence[str]) -> dict[str, int]:
    """Name -> id of the initiatives of ``names`` the database has."""
    found: dict[str, int] = {}
    for chunk in _chunks(list(names)):
        found.update(
            session.execute(select(Initiative.name, Initiative.id).where(Initiative.name.in_(chunk))).tuples().all()
        )
    return found


def _taken(session: Session, column: Any, values: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(list(values)):
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def taken_tokens(session: Session, *, tokens: Sequence[str]) -> set[str]:
    """Those of ``tokens`` that a response set already has."""
    return _taken(session, ResponseSet.token, tokens)


def taken_codes(session: Session, *, codes: Sequence[str]) -> set[str]:
    """Those of ``codes`` that a round already has as join code."""
    return _taken(session, Round.join_code, codes)


def networks_by_name(session: Session, *, initiative_id: int | None = None) -> list[Network]:
    """Every network, or those ``initiative_id`` belongs to, by name."""
    query = select(Network).order_by(Network.name)
    if initiative_id is not None:
        query = query.join(NetworkMember, NetworkMember.network_id == Network.id).where(
            NetworkMember.initiative_id == initiative_id
        )
    return list(session.scalars(query))


def memberships(session: Session, *, initiative_ids: Sequence[int] | None = None) -> list[Any]:
    """Every network membership (or those of ``initiative_ids``) as plain rows: network_id, network,
    initiative (its name), alias, joined_at, consented_at; by network id, then alias."""
    query = (
        select(
            NetworkMember.network_id,
            Network.name.label("network"),
            Initiative.name.label("initiative"),
            NetworkMember.alias,
            NetworkMember.joined_at,
            NetworkMember.consented_at,
        )
        .join(Network, Network.id == NetworkMember.network_id)
        .join(Initiative, Initiative.id == NetworkMember.initiative_id)
        .order_by(NetworkMember.network_id, NetworkMember.alias)
    )
    if initiative_ids is None:
        return list(session.execute(query).all())
    rows: list[Any] = []
    for chunk in _chunks(list(initiative_ids)):
        rows += session.execute(query.where(NetworkMember.initiative_id.in_(chunk))).all()
    return sorted(rows, key=lambda row: (row.network_id, row.alias))


def aliases_of(session: Session, *, network_id: int) -> dict[str, int]:
    """Alias -> initiative id of a network's members."""
    query = select(NetworkMember.alias, NetworkMember.initiative_id).where(NetworkMember.network_id == network_id)
    return dict(session.execute(query).tuples().all())


# ----- writing ------------------------------------------------------------------------------------------


def delete_initiative(session: Session, *, initiative_id: int) -> None:
    """Delete an initiative and everything under it, bottom-up in a few statements."""
    rounds = select(Round.id).where(Round.initiative_id == initiative_id).scalar_subquery()
    sets = select(ResponseSet.id).where(ResponseSet.round_id.in_(rounds)).scalar_subquery()
    no_sync = {"synchronize_session": False}
    for model in (Reflection, RoundPart, HiddenReflection):
        session.execute(delete(model).where(model.round_id.in_(rounds)), execution_options=no_sync)
    plan_queries.delete_plans(session, round_ids=rounds)
    session.execute(delete(Decision).where(Decision.initiative_id == initiative_id), execution_options=no_sync)
    session.execute(delete(Answer).where(Answer.response_set_id.in_(sets)), execution_options=no_sync)
    session.execute(delete(Comment).where(Comment.response_set_id.in_(sets)), execution_options=no_sync)
    session.execute(delete(ResponseSet).where(ResponseSet.round_id.in_(rounds)), execution_options=no_sync)
    session.execute(delete(Round).where(Round.initiative_id == initiative_id), execution_options=no_sync)
    session.execute(delete(Action).where(Action.initiative_id == initiative_id), execution_options=no_sync)
    session.execute(delete(Initiative).where(Initiative.id == initiative_id), execution_options=no_sync)


def insert_one(session: Session, model: Any, values: Mapping[str, Any]) -> int:
    """Insert one row of ``model``; returns its id."""
    row = model(**values)
    session.add(row)
    session.flush()
    return row.id


def insert_response_sets(session: Session, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert response sets in the given order (so their ids keep it); returns their ids in that order."""
    # Core inserts on the tables: the ORM's bulk insert leaves out None values, so rows with a "don't know"
    # or no display name would break the batch into thousands of statements.
    return list(
        session.scalars(
            insert(ResponseSet.__table__).returning(ResponseSet.__table__.c.id, sort_by_parameter_order=True),
            list(rows),
        ).all()
    )


def insert_rows(session: Session, model: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert plain rows of ``model`` (answers, comments, actions) in one statement; nothing when empty."""
    if rows:
        session.execute(insert(model.__table__), list(rows))
