"""The action plan: actions recorded on dimensions of an initiative."""

from __future__ import annotations

from datetime import date

from assessment.domain.errors import Invalid
from assessment.domain.instrument import FRAMEWORK
from assessment.domain.text import clean_line, clean_text, in_date_range
from assessment.domain.vocabulary import ACTION_STATUSES, MAX_NAME, MAX_TEXT
from assessment.store import repository as repo
from assessment.store.models import Action, Initiative
from assessment.usecases.base import ServicesBase, utcnow
from assessment.usecases.records import ActionInfo

FRAMEWORK_DIMENSIONS = frozenset(d for dims in FRAMEWORK.values() for d in dims)


def new_action(
    initiative_id: int, dimension_id: str, what: str, owner: str, due: date | None, status: str, note: str
) -> Action:
    """A new action row, created and updated now."""
    now = utcnow()
    return Action(
        initiative_id=initiative_id,
        dimension_id=dimension_id,
        what=what,
        owner=owner,
        due=due,
        status=status,
        note=note,
        created_at=now,
        updated_at=now,
    )


def _check_action(dimension_id: str, what: str, owner: str, status: str, note: str) -> tuple[str, str, str]:
    if dimension_id not in FRAMEWORK_DIMENSIONS:
        raise Invalid("dimension", dimension_id)
    what, owner, note = clean_text(what), clean_line(owner), clean_text(note)
    if not what or len(what) > MAX_TEXT:
        raise Invalid("action_what", what[:20])
    if len(owner) > MAX_NAME:
        raise Invalid("action_owner", owner[:20] + "…")
    if status not in ACTION_STATUSES:
        raise Invalid("action_status", status)
    if len(note) > MAX_TEXT:
        raise Invalid("comment", len(note))
    return what, owner, note


def _checked_due(due: date | None) -> date | None:
    """An action's due date; Invalid outside the dates the app accepts."""
    if due is not None and not in_date_range(due):
        raise Invalid("date", due.isoformat())
    return due


class Actions(ServicesBase):
    """An initiative's action plan."""

    def add_action(
        self,
        *,
        initiative_id: int,
        dimension_id: str,
        what: str,
        owner: str = "",
        due: date | None = None,
        status: str = "planned",
        note: str = "",
    ) -> ActionInfo:
        """Record an action on one dimension (what, owner, due date, status, note)."""
        what, owner, note = _check_action(dimension_id, what, owner, status, note)
        due = _checked_due(due)
        with self._write() as session:
            self._get(session, Initiative, initiative_id, "initiative")
            action = new_action(initiative_id, dimension_id, what, owner, due, status, note)
            session.add(action)
            session.flush()
            return ActionInfo.of(action)

    def update_action(
        self, *, action_id: int, what: str, owner: str, due: date | None, status: str, note: str
    ) -> ActionInfo:
        """Change an action; its dimension stays."""
        with self._write() as session:
            action = self._get(session, Action, action_id, "action")
            action.what, action.owner, action.note = _check_action(action.dimension_id, what, owner, status, note)
            action.due, action.status, action.updated_at = _checked_due(due), status, utcnow()
            return ActionInfo.of(action)

    def delete_action(self, *, action_id: int) -> None:
        with self._write() as session:
            action = self._get(session, Action, action_id, "action")
            session.delete(action)

    def list_actions(self, *, initiative_id: int, dimension_id: str | None = None) -> list[ActionInfo]:
        """An initiative's actions, by due date (undated last)."""
        with self._read() as session:
            return [
                ActionInfo.of(a)
                for a in repo.actions_of(session, initiative_id=initiative_id, dimension_id=dimension_id)
            ]
