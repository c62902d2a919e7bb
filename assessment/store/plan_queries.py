"""Queries of plans on a page (one per round) and of decisions logs (one per initiative). Never commits."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from assessment.store.models import Decision, Plan, PlanText, Round

_NO_SYNC = {"synchronize_session": False}


def plan_of(session: Session, *, round_id: int) -> tuple[Plan, dict[str, str]] | None:
    """A round's plan and its hand-written texts by section; None when the round has no plan yet."""
    plan = session.get(Plan, round_id)
    if plan is None:
        return None
    texts = session.scalars(select(PlanText).where(PlanText.round_id == round_id))
    return plan, {row.section: row.text for row in texts}


def latest_earlier_plan(session: Session, *, initiative_id: int, before: Round) -> Plan | None:
    """The plan of the latest round of the initiative dated before ``before`` (ties: created before it)."""
    query = (
        select(Plan)
        .join(Round, Round.id == Plan.round_id)
        .where(Round.initiative_id == initiative_id, Round.id != before.id)
        .where((Round.date < before.date) | ((Round.date == before.date) & (Round.id < before.id)))
        .order_by(Round.date.desc(), Round.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def save_plan(
    session: Session,
    *,
    round_id: int,
    agenda: str,
    sections: tuple[str, ...],
    texts: dict[str, str],
    contact: str,
    now: datetime,
) -> None:
    """Write a round's plan, its texts replaced by ``texts``."""
    plan = session.get(Plan, round_id)
    if plan is None:
        plan = Plan(round_id=round_id)
        session.add(plan)
    plan.agenda, plan.sections, plan.contact, plan.updated_at = agenda, ",".join(sections), contact, now
    session.flush()
    session.execute(delete(PlanText).where(PlanText.round_id == round_id), execution_options=_NO_SYNC)
    session.add_all(PlanText(round_id=round_id, section=s, text=text) for s, text in texts.items())


def delete_plans(session: Session, *, round_ids) -> None:
    """Delete the plans of the rounds ``round_ids`` (ids or a subquery of ids), texts first."""
    session.execute(delete(PlanText).where(PlanText.round_id.in_(round_ids)), execution_options=_NO_SYNC)
    session.execute(delete(Plan).where(Plan.round_id.in_(round_ids)), execution_options=_NO_SYNC)


def decisions_of(
    session: Session, *, initiative_id: int, start: date | None = None, end: date | None = None
) -> list[Decision]:
    """An initiative's decisions by day, then in the order they were logged; only within [start, end] if given."""
    query = select(Decision).where(Decision.initiative_id == initiative_id)
    if start is not None:
        query = query.where(Decision.day >= start)
    if end is not None:
        query = query.where(Decision.day <= end)
    return list(session.scalars(query.order_by(Decision.day, Decision.id)))
