"""Initiatives and rounds: creating them, finding them, opening and closing rounds, revealing results."""

from __future__ import annotations

import hashlib
from datetime import date

from assessment.domain.codes import fresh_code
from assessment.domain.errors import Duplicate, Invalid, NotFound, UserError
from assessment.domain.instrument import FORMS, Instrument
from assessment.domain.text import clean_line, clean_text, in_date_range
from assessment.domain.vocabulary import MAX_NAME, MAX_TEXT, ROUND_STATUSES
from assessment.store import live_queries as live
from assessment.store import repository as repo
from assessment.store.engine import Session
from assessment.store.models import Initiative, Round
from assessment.usecases.base import ServicesBase, utcnow
from assessment.usecases.records import InitiativeInfo, RoundInfo


def checked_name(name: str) -> str:
    """An initiative's name, cleaned (domain/text.py); Invalid when empty or longer than MAX_NAME."""
    name = clean_line(name)
    if not name or len(name) > MAX_NAME:
        raise Invalid("initiative_name", name)
    return name


def checked_label(label: str) -> str:
    """A round's label, cleaned (domain/text.py); Invalid when empty or longer than MAX_NAME."""
    label = clean_line(label)
    if not label or len(label) > MAX_NAME:
        raise Invalid("round_label", label)
    return label


def checked_description(description: str) -> str:
    """An initiative's description, cleaned (domain/text.py); Invalid when longer than MAX_TEXT."""
    description = clean_text(description)
    if len(description) > MAX_TEXT:
        raise Invalid("description", len(description))
    return description


def checked_date(on: date) -> date:
    """A round's date; Invalid outside the dates the app accepts (vocabulary.MIN_DATE … MAX_DATE)."""
    if not in_date_range(on):
        raise Invalid("date", on.isoformat())
    return on


class Rounds(ServicesBase):
    """Initiatives and their rounds."""

    def create_initiative(self, *, name: str, description: str = "") -> InitiativeInfo:
        name, description = checked_name(name), checked_description(description)
        with self._write() as session:
            if repo.initiative_by_name(session, name=name):
                raise Duplicate("initiative", name)
            initiative = self._add_initiative(session, name, description)
            return InitiativeInfo(initiative.id, initiative.name, initiative.description)

    def list_initiatives(self) -> list[InitiativeInfo]:
        with self._read() as session:
            return [InitiativeInfo(i.id, i.name, i.description) for i in repo.initiatives(session)]

    def initiative(self, *, name: str) -> InitiativeInfo:
        with self._read() as session:
            i = self._initiative_named(session, name)
            return InitiativeInfo(i.id, i.name, i.description)

    @staticmethod
    def _initiative_named(session: Session, name: str) -> Initiative:
        """The initiative called ``name`` as a user types it (cleaned as when it was created); NotFound else."""
        i = repo.initiative_by_name(session, name=clean_line(name))
        if i is None:
            raise NotFound("initiative", name)
        return i

    @staticmethod
    def _add_initiative(session: Session, name: str, description: str = "") -> Initiative:
        initiative = Initiative(name=name, description=description, created_at=utcnow())
        session.add(initiative)
        session.flush()
        return initiative

    @staticmethod
    def _add_round(
        session: Session, initiative: Initiative, *, label: str, on: date, form: str, instrument: Instrument
    ) -> Round:
        label, on = checked_label(label), checked_date(on)
        if form not in FORMS:
            raise Invalid("form", form)
        if repo.round_by_label(session, initiative_id=initiative.id, label=label):
            raise Duplicate("round", label)
        snapshot = instrument.to_json()
        r = Round(
            initiative_id=initiative.id,
            label=label,
            date=on,
            status="draft",
            form=form,
            join_code=fresh_code(lambda code: repo.code_taken(session, code=code)),
            results_revealed=False,
            instrument_version=instrument.version,
            instrument_snapshot=snapshot,
            snapshot_digest=hashlib.sha256(snapshot.encode("utf-8")).hexdigest(),
            created_at=utcnow(),
        )
        session.add(r)
        session.flush()
        return r

    def create_round(
        self, *, initiative_id: int, label: str, on: date, form: str = "full", instrument: Instrument | None = None
    ) -> RoundInfo:
        """A new round in draft, with a fresh join code and a snapshot of the current instrument."""
        with self._write() as session:
            initiative = self._get(session, Initiative, initiative_id, "initiative")
            r = self._add_round(
                session, initiative, label=label, on=on, form=form, instrument=instrument or self.current_instrument()
            )
            return RoundInfo.of(r, initiative.name)

    def create_round_in(
        self, *, initiative: str, label: str, on: date, form: str = "full", status: str = "draft"
    ) -> RoundInfo:
        """A new round of the initiative named ``initiative``, created too when missing (one transaction)."""
        name = checked_name(initiative)
        if status not in ROUND_STATUSES:
            raise Invalid("status", status)
        with self._write() as session:
            i = repo.initiative_by_name(session, name=name) or self._add_initiative(session, name)
            r = self._add_round(session, i, label=label, on=on, form=form, instrument=self.current_instrument())
            r.status = status
            return RoundInfo.of(r, i.name)

    def list_rounds(self, *, initiative_id: int, include_archived: bool = False) -> list[RoundInfo]:
        """An initiative's rounds, oldest first; archived rounds only with ``include_archived``."""
        with self._read() as session:
            initiative = session.get(Initiative, initiative_id)
            if initiative is None:
                return []
            rounds = repo.rounds_of(session, initiative_id=initiative_id)
            return [RoundInfo.of(r, initiative.name) for r in rounds if include_archived or r.archived_at is None]

    def get_round(self, *, round_id: int) -> RoundInfo:
        with self._read() as session:
            r = self._get(session, Round, round_id, "round")
            return RoundInfo.of(r, r.initiative.name)

    def find_round(self, *, initiative: str, label: str) -> RoundInfo:
        with self._read() as session:
            i = self._initiative_named(session, initiative)
            r = repo.round_by_label(session, initiative_id=i.id, label=clean_line(label))
            if r is None:
                raise NotFound("round", label)
            return RoundInfo.of(r, i.name)

    def set_round_status(self, *, round_id: int, status: str) -> RoundInfo:
        if status not in ROUND_STATUSES:
            raise Invalid("status", status)
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            r.status = status
            return RoundInfo.of(r, r.initiative.name)

    def set_results_revealed(self, *, round_id: int, revealed: bool) -> RoundInfo:
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            r.results_revealed = revealed
            return RoundInfo.of(r, r.initiative.name)

    def response_counts(self, *, round_id: int) -> dict[str, int]:
        with self._read() as session:
            return repo.response_counts(session, round_id=round_id)

    def rename_initiative(self, *, initiative_id: int, name: str) -> InitiativeInfo:
        """A new name, checked as at creation; Duplicate when another initiative has it."""
        name = checked_name(name)
        with self._write() as session:
            i = self._get(session, Initiative, initiative_id, "initiative")
            if live.initiative_named_elsewhere(session, name=name, initiative_id=i.id):
                raise Duplicate("initiative", name)
            i.name = name
            return InitiativeInfo(i.id, i.name, i.description)

    def rename_round(self, *, round_id: int, label: str) -> RoundInfo:
        """A new label, checked as at creation; Duplicate when another round of the initiative has it."""
        label = checked_label(label)
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            other = repo.round_by_label(session, initiative_id=r.initiative_id, label=label)
            if other is not None and other.id != r.id:
                raise Duplicate("round", label)
            r.label = label
            return RoundInfo.of(r, r.initiative.name)

    def set_round_form(self, *, round_id: int, form: str) -> RoundInfo:
        """The full or short form; refused (``round_has_answers``) once anyone has answered in the round."""
        if form not in FORMS:
            raise Invalid("form", form)
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            if r.form != form and live.round_has_answers(session, round_id=r.id):
                raise UserError("round_has_answers", round=r.label)
            r.form = form
            return RoundInfo.of(r, r.initiative.name)

    def archive_round(self, *, round_id: int, archived: bool) -> RoundInfo:
        """Archive (kept, hidden from lists, closed to participants) or bring back a round."""
        with self._write() as session:
            r = self._get(session, Round, round_id, "round")
            if archived and r.archived_at is None:
                r.archived_at = utcnow()
            elif not archived:
                r.archived_at = None
            return RoundInfo.of(r, r.initiative.name)

    def delete_round(self, *, round_id: int) -> None:
        """Delete a round with everything of it: participants, answers, comments, reflections, links."""
        with self._write() as session:
            self._get(session, Round, round_id, "round")
            live.delete_round(session, round_id=round_id)
