"""Queries over a Session. Functions here never commit: the service layer owns the transaction."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from assessment.domain.scoring import DimensionStats
from assessment.store.models import Action, Answer, Comment, Initiative, ResponseSet, Round


def initiative_by_name(session: Session, *, name: str) -> Initiative | None:
    return session.scalars(select(Initiative).where(Initiative.name == name)).one_or_none()


def initiatives(session: Session) -> list[Initiative]:
    return list(session.scalars(select(Initiative).order_by(Initiative.name)))


def rounds_of(session: Session, *, initiative_id: int) -> list[Round]:
    """An initiative's rounds, oldest first."""
    return list(
        session.scalars(select(Round).where(Round.initiative_id == initiative_id).order_by(Round.date, Round.id))
    )


def round_by_code(session: Session, *, code: str) -> Round | None:
    return session.scalars(select(Round).where(Round.join_code == code)).one_or_none()


def round_by_label(session: Session, *, initiative_id: int, label: str) -> Round | None:
    return session.scalars(
        select(Round).where(Round.initiative_id == initiative_id, Round.label == label)
    ).one_or_none()


def code_taken(session: Session, *, code: str) -> bool:
    return session.scalar(select(func.count()).select_from(Round).where(Round.join_code == code)) > 0


def response_set_by_token(session: Session, *, token: str, lock: bool = False) -> ResponseSet | None:
    """The response set of a resume token; ``lock``: held until the transaction ends (FOR UPDATE on
    PostgreSQL; on SQLite a writing transaction already holds the database's write lock)."""
    query = select(ResponseSet).where(ResponseSet.token == token)
    return session.scalars(query.with_for_update() if lock else query).one_or_none()


def answers_of(session: Session, *, response_set_id: int) -> dict[str, Answer]:
    rows = session.scalars(select(Answer).where(Answer.response_set_id == response_set_id))
    return {a.item_id: a for a in rows}


def comments_of(session: Session, *, response_set_id: int) -> dict[str, Comment]:
    rows = session.scalars(select(Comment).where(Comment.response_set_id == response_set_id))
    return {c.dimension_id: c for c in rows}


def mark_submitted(session: Session, *, response_set_id: int, when) -> bool:
    """Submit a draft; False when it was already submitted (so a double submit changes nothing)."""
    result = session.execute(
        update(ResponseSet)
        .where(ResponseSet.id == response_set_id, ResponseSet.status == "draft")
        .values(status="submitted", submitted_at=when, updated_at=when)
    )
    return result.rowcount == 1


def response_counts(session: Session, *, round_id: int) -> dict[str, int]:
    """How many response sets of a round are drafts and how many are submitted."""
    rows = session.execute(
        select(ResponseSet.status, func.count()).where(ResponseSet.round_id == round_id).group_by(ResponseSet.status)
    )
    counts = {"draft": 0, "submitted": 0}
    counts.update({status: n for status, n in rows})
    return counts


def dimension_stats(session: Session, *, round_id: int) -> tuple[dict[str, DimensionStats], int]:
    """Per dimension, over submitted participants: n, sum and sum of squares of their dimension
    scores (mean of their answered items), and the count of don't-know answers; plus the number
    of submitted participants.

    Both groupings (participant x dimension, then dimension) run in the database in one
    statement: 19 rows come back.
    """
    submitted = (
        select(func.count())
        .select_from(ResponseSet)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
        .scalar_subquery()
    )
    per_participant = (
        select(
            Answer.dimension_id.label("dimension_id"),
            func.avg(Answer.score).label("mean"),
            func.sum(case((Answer.score.is_(None), 1), else_=0)).label("dk"),
        )
        .join(ResponseSet, ResponseSet.id == Answer.response_set_id)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
        .group_by(Answer.response_set_id, Answer.dimension_id)
        .subquery()
    )
    rows = session.execute(
        select(
            per_participant.c.dimension_id,
            func.count(per_participant.c.mean),
            func.sum(per_participant.c.mean),
            func.sum(per_participant.c.mean * per_participant.c.mean),
            func.sum(per_participant.c.dk),
            submitted,
        ).group_by(per_participant.c.dimension_id)
    ).all()
    stats = {
        dimension_id: DimensionStats(int(n), float(total or 0.0), float(total_sq or 0.0), int(dk or 0))
        for dimension_id, n, total, total_sq, dk, _ in rows
    }
    participants = rows[0][5] if rows else session.scalar(select(submitted))
    return stats, int(participants or 0)


def item_distribution(session: Session, *, round_id: int) -> dict[str, dict[int | None, int]]:
    """Per item, how many submitted participants gave each answer (None = don't know)."""
    rows = session.execute(
        select(Answer.item_id, Answer.score, func.count())
        .join(ResponseSet, ResponseSet.id == Answer.response_set_id)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
        .group_by(Answer.item_id, Answer.score)
    )
    distribution: dict[str, dict[int | None, int]] = defaultdict(dict)
    for item_id, score, count in rows:
        distribution[item_id][score] = count
    return dict(distribution)


def submitted_comments(session: Session, *, round_id: int) -> list[tuple[str, str, str | None]]:
    """(dimension id, text, item id or None) of every comment in submitted responses, oldest first."""
    dimension_comments = session.execute(
        select(Comment.dimension_id, Comment.text)
        .join(ResponseSet, ResponseSet.id == Comment.response_set_id)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
        .order_by(ResponseSet.submitted_at, Comment.id)
    )
    item_comments = session.execute(
        select(Answer.dimension_id, Answer.comment, Answer.item_id)
        .join(ResponseSet, ResponseSet.id == Answer.response_set_id)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted", Answer.comment.is_not(None))
        .order_by(ResponseSet.submitted_at, Answer.id)
    )
    return [(d, t, None) for d, t in dimension_comments] + [(d, t, i) for d, t, i in item_comments]


def submitted_response_sets(session: Session, *, round_id: int) -> list[ResponseSet]:
    return list(
        session.scalars(
            select(ResponseSet)
            .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
            .order_by(ResponseSet.id)
        )
    )


def answers_of_round(session: Session, *, round_id: int) -> dict[int, list]:
    """Submitted answers of a round as plain rows (item_id, dimension_id, score, comment), by response set id."""
    rows = session.execute(
        select(Answer.response_set_id, Answer.item_id, Answer.dimension_id, Answer.score, Answer.comment)
        .join(ResponseSet, ResponseSet.id == Answer.response_set_id)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
        .order_by(Answer.response_set_id, Answer.id)
    )
    grouped: dict[int, list] = defaultdict(list)
    for answer in rows:
        grouped[answer.response_set_id].append(answer)
    return dict(grouped)


def comments_of_round(session: Session, *, round_id: int) -> dict[int, dict[str, str]]:
    """Submitted dimension comments of a round: response set id -> dimension id -> text."""
    rows = session.execute(
        select(Comment.response_set_id, Comment.dimension_id, Comment.text)
        .join(ResponseSet, ResponseSet.id == Comment.response_set_id)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
    )
    grouped: dict[int, dict[str, str]] = defaultdict(dict)
    for response_set_id, dimension_id, text in rows:
        grouped[response_set_id][dimension_id] = text
    return dict(grouped)


def actions_of(session: Session, *, initiative_id: int, dimension_id: str | None = None) -> list[Action]:
    """An initiative's actions (of one dimension when given), by due date then creation, undated last."""
    query = select(Action).where(Action.initiative_id == initiative_id)
    if dimension_id is not None:
        query = query.where(Action.dimension_id == dimension_id)
    return list(session.scalars(query.order_by(Action.due.is_(None), Action.due, Action.id)))


def participants_by_profile(session: Session, *, round_id: int) -> dict[tuple[str | None, str | None], int]:
    """Submitted participants of a round per (sector, role); None = not given."""
    rows = session.execute(
        select(ResponseSet.sector, ResponseSet.role, func.count())
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
        .group_by(ResponseSet.sector, ResponseSet.role)
    )
    return {(sector, role): int(n) for sector, role, n in rows}


def dimension_stats_by_profile(
    session: Session, *, round_id: int
) -> dict[tuple[str | None, str | None], dict[str, DimensionStats]]:
    """Per (sector, role) (None = not given) and dimension, over submitted participants: n, sum and sum of
    squares of their dimension scores (mean of their answered items), and the don't-know count.

    The groupings of dimension_stats (participant x dimension, then profile x dimension), in one
    statement in the database.
    """
    per_participant = (
        select(
            ResponseSet.sector.label("sector"),
            ResponseSet.role.label("role"),
            Answer.dimension_id.label("dimension_id"),
            func.avg(Answer.score).label("mean"),
            func.sum(case((Answer.score.is_(None), 1), else_=0)).label("dk"),
        )
        .join(ResponseSet, ResponseSet.id == Answer.response_set_id)
        .where(ResponseSet.round_id == round_id, ResponseSet.status == "submitted")
        .group_by(ResponseSet.id, ResponseSet.sector, ResponseSet.role, Answer.dimension_id)
        .subquery()
    )
    p = per_participant.c
    rows = session.execute(
        select(
            p.sector,
            p.role,
            p.dimension_id,
            func.count(p.mean),
            func.sum(p.mean),
            func.sum(p.mean * p.mean),
            func.sum(p.dk),
        ).group_by(p.sector, p.role, p.dimension_id)
    )
    stats: dict[tuple[str | None, str | None], dict[str, DimensionStats]] = defaultdict(dict)
    for sector, role, dimension_id, n, total, total_sq, dk in rows:
        stats[(sector, role)][dimension_id] = DimensionStats(
            int(n), float(total or 0.0), float(total_sq or 0.0), int(dk or 0)
        )
    return dict(stats)


def display_names_of_round(session: Session, *, round_id: int) -> set[str | None]:
    """The display names of every response set of a round, drafts included (None for those without one)."""
    return set(session.scalars(select(ResponseSet.display_name).where(ResponseSet.round_id == round_id)))
