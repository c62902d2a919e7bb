"""Backup and restore: one initiative, or the whole database, as one JSON document (formats/backup_document).

Initiatives are ordered by name; rounds, response sets, answers, comments and actions by id, and a
restore inserts them in that order, so a restored database exports byte-identical responses CSV.
A restore validates the whole document before it writes anything, then writes it in one transaction.
"""

from __future__ import annotations

import hashlib
import json

from assessment.domain.codes import fresh_code
from assessment.domain.errors import NotFound
from assessment.formats.backup_document import FORMAT, VERSION, BackupDoc, BackupRefused, RoundDoc, read_backup
from assessment.formats.backup_fields import timestamp_text
from assessment.store import backup_queries as queries
from assessment.store import plan_queries
from assessment.store import repository as repo
from assessment.store.engine import Session
from assessment.store.models import (
    Action,
    Answer,
    Comment,
    Decision,
    HiddenReflection,
    Initiative,
    Reflection,
    Round,
    RoundPart,
)
from assessment.usecases.backup_networks import memberships_to_keep, network_documents, restore_networks
from assessment.usecases.base import ServicesBase, utcnow
from assessment.usecases.records import BackupContents, InitiativeContents, NewCode, RestoreSummary

LIVE_LISTS = ("parts", "reflections", "hidden_reflections", "plan")  # a round document's parts that are not columns


def _round_document(session: Session, r: Round) -> dict:
    answers = queries.answers_by_set(session, round_id=r.id)
    comments = queries.comments_by_set(session, round_id=r.id)
    return {
        "label": r.label,
        "date": r.date.isoformat(),
        "status": r.status,
        "form": r.form,
        "join_code": r.join_code,
        "results_revealed": r.results_revealed,
        "instrument_version": r.instrument_version,
        "instrument_snapshot": r.instrument_snapshot,
        "created_at": timestamp_text(r.created_at),
        "paced": bool(r.paced),
        "archived_at": timestamp_text(r.archived_at),
        "parts": queries.parts_by_name(session, round_id=r.id),
        "reflections": [
            {**e, "created_at": timestamp_text(e["created_at"])}
            for e in queries.reflections_by_id(session, round_id=r.id)
        ],
        "hidden_reflections": queries.hidden_reflection_keys(session, round_id=r.id),
        "plan": _plan_document(session, r.id),
        "response_sets": [
            {
                "token": s.token,
                "display_name": s.display_name,
                "sector": s.sector,
                "role": s.role,
                "status": s.status,
                "created_at": timestamp_text(s.created_at),
                "updated_at": timestamp_text(s.updated_at),
                "submitted_at": timestamp_text(s.submitted_at),
                "answers": answers.get(s.id, []),
                "comments": comments.get(s.id, []),
            }
            for s in queries.response_sets_by_id(session, round_id=r.id)
        ],
    }


def _plan_document(session: Session, round_id: int) -> dict | None:
    stored = plan_queries.plan_of(session, round_id=round_id)
    if stored is None:
        return None
    plan, texts = stored
    return {
        "agenda": plan.agenda,
        "sections": plan.sections.split(","),
        "texts": dict(sorted(texts.items())),
        "contact": plan.contact,
        "updated_at": timestamp_text(plan.updated_at),
    }


def _decision_document(d: Decision) -> dict:
    return {
        "day": d.day.isoformat(),
        "text": d.text,
        "decided_by": d.decided_by,
        "created_at": timestamp_text(d.created_at),
    }


def _action_document(a: Action) -> dict:
    return {
        "dimension_id": a.dimension_id,
        "what": a.what,
        "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
        "status": a.status,
        "note": a.note,
        "created_at": timestamp_text(a.created_at),
        "updated_at": timestamp_text(a.updated_at),
    }


def _initiative_document(session: Session, i: Initiative) -> dict:
    return {
        "name": i.name,
        "description": i.description,
        "created_at": timestamp_text(i.created_at),
        "rounds": [_round_document(session, r) for r in queries.rounds_by_id(session, initiative_id=i.id)],
        "actions": [_action_document(a) for a in queries.actions_by_id(session, initiative_id=i.id)],
        "decisions": [_decision_document(d) for d in plan_queries.decisions_of(session, initiative_id=i.id)],
    }


def _insert_round(session: Session, initiative_id: int, doc: RoundDoc, join_code: str) -> None:
    round_id = queries.insert_one(
        session,
        Round,
        {
            **doc.model_dump(exclude={"join_code", "response_sets", *LIVE_LISTS}),
            "initiative_id": initiative_id,
            "join_code": join_code,
            "snapshot_digest": hashlib.sha256(doc.instrument_snapshot.encode("utf-8")).hexdigest(),
        },
    )
    # Response sets go in in the document's order, so their ids keep the original order (the export's).
    set_ids = (
        queries.insert_response_sets(
            session,
            [{"round_id": round_id, **rs.model_dump(exclude={"answers", "comments"})} for rs in doc.response_sets],
        )
        if doc.response_sets
        else []
    )
    pairs = list(zip(set_ids, doc.response_sets, strict=True))
    _insert_live_parts(session, round_id, doc, {rs.token: set_id for set_id, rs in pairs})
    queries.insert_rows(
        session, Answer, [{"response_set_id": set_id, **a.model_dump()} for set_id, rs in pairs for a in rs.answers]
    )
    queries.insert_rows(
        session, Comment, [{"response_set_id": set_id, **c.model_dump()} for set_id, rs in pairs for c in rs.comments]
    )


def _insert_live_parts(session: Session, round_id: int, doc: RoundDoc, set_ids: dict[str, int]) -> None:
    """A round's parts, reflections (tied again to their participants' new ids) and hidden entries."""
    queries.insert_rows(session, RoundPart, [{"round_id": round_id, **p.model_dump()} for p in doc.parts])
    queries.insert_rows(
        session,
        Reflection,
        [
            {
                "round_id": round_id,
                "response_set_id": None if e.response_set is None else set_ids[e.response_set],
                **e.model_dump(exclude={"response_set"}),
            }
            for e in doc.reflections
        ],
    )
    queries.insert_rows(
        session, HiddenReflection, [{"round_id": round_id, "key": key} for key in doc.hidden_reflections]
    )
    if doc.plan is not None:
        plan = doc.plan
        plan_queries.save_plan(
            session,
            round_id=round_id,
            agenda=plan.agenda,
            sections=tuple(plan.sections),
            texts=plan.texts,
            contact=plan.contact,
            now=plan.updated_at,
        )


def _insert_initiatives(session: Session, parsed: BackupDoc, clashing_codes: set[str]) -> list[NewCode]:
    """Insert every initiative of the document; a round whose code is in ``clashing_codes`` gets a fresh one."""
    avoid = {r.join_code for i in parsed.initiatives for r in i.rounds} | clashing_codes
    new_codes: list[NewCode] = []
    for doc in parsed.initiatives:
        fields = doc.model_dump(include={"name", "description", "created_at"})
        initiative_id = queries.insert_one(session, Initiative, fields)
        for round_doc in doc.rounds:
            code = round_doc.join_code
            if code in clashing_codes:
                code = fresh_code(lambda c: c in avoid or repo.code_taken(session, code=c))
                avoid.add(code)
                new_codes.append(NewCode(doc.name, round_doc.label, round_doc.join_code, code))
            _insert_round(session, initiative_id, round_doc, code)
        queries.insert_rows(session, Action, [{"initiative_id": initiative_id, **a.model_dump()} for a in doc.actions])
        queries.insert_rows(
            session, Decision, [{"initiative_id": initiative_id, **d.model_dump()} for d in doc.decisions]
        )
    return new_codes


class Backups(ServicesBase):
    """Whole initiatives to a document and back."""

    def backup(self, *, initiative: str | None = None) -> dict:
        """The backup document of one initiative (by name) or, without one, of the whole database."""
        with self._read() as session:
            if initiative is None:
                initiatives = repo.initiatives(session)  # by name
            else:
                found = repo.initiative_by_name(session, name=initiative)
                if found is None:
                    raise NotFound("initiative", initiative)
                initiatives = [found]
            return {
                "format": FORMAT,
                "version": VERSION,
                "generated_at": utcnow().isoformat(timespec="seconds"),
                "initiatives": [_initiative_document(session, i) for i in initiatives],
                "networks": network_documents(session, initiative_id=None if initiative is None else initiatives[0].id),
            }

    def backup_json(self, *, initiative: str | None = None) -> str:
        """The backup document as JSON text (UTF-8 when written; compact, one trailing newline)."""
        document = self.backup(initiative=initiative)
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"

    def inspect_backup(self, *, document: str | bytes) -> BackupContents:
        """What a backup file holds, and which of its initiatives the database already has; writes nothing."""
        parsed = read_backup(document)
        with self._read() as session:
            existing = queries.initiative_ids(session, names=[i.name for i in parsed.initiatives])
        return BackupContents(
            parsed.generated_at,
            tuple(
                InitiativeContents(
                    i.name,
                    len(i.rounds),
                    sum(len(r.response_sets) for r in i.rounds),
                    sum(len(rs.answers) for r in i.rounds for rs in r.response_sets),
                    len(i.actions),
                    i.name in existing,
                )
                for i in parsed.initiatives
            ),
            tuple(n.name for n in parsed.networks),
        )

    def restore(self, *, document: str | bytes, replace: bool = False) -> RestoreSummary:
        """Restore a backup document in one transaction: all of it, or nothing.

        An initiative whose name the database already has is refused (``restore_exists``) unless
        ``replace``, which deletes it first (its network memberships stay as they were: usecases/backup_networks).
        A join code already used by another initiative's round gets a new code (listed in the summary); a
        participant token already in the database refuses the file. Networks are created or merged.
        """
        parsed = read_backup(document)
        names = [i.name for i in parsed.initiatives]
        rounds = [r for i in parsed.initiatives for r in i.rounds]
        with self._write() as session:
            existing = queries.initiative_ids(session, names=names)
            if existing and not replace:
                raise BackupRefused("restore_exists", names=", ".join(sorted(existing)), count=len(existing))
            kept = memberships_to_keep(session, initiative_ids=list(existing.values()))
            for initiative_id in existing.values():
                queries.delete_initiative(session, initiative_id=initiative_id)
            session.expunge_all()
            clashing_tokens = queries.taken_tokens(session, tokens=[rs.token for r in rounds for rs in r.response_sets])
            if clashing_tokens:
                raise BackupRefused("restore_token_taken", count=len(clashing_tokens))
            clashing_codes = queries.taken_codes(session, codes=[r.join_code for r in rounds])
            new_codes = _insert_initiatives(session, parsed, clashing_codes)
            ids = queries.initiative_ids(session, names=names)
            networks = restore_networks(session, parsed.networks, ids=ids, kept=kept)
            return RestoreSummary(
                initiatives=tuple(names),
                replaced=tuple(n for n in names if n in existing),
                rounds=len(rounds),
                participants=sum(len(r.response_sets) for r in rounds),
                answers=sum(len(rs.answers) for r in rounds for rs in r.response_sets),
                actions=sum(len(i.actions) for i in parsed.initiatives),
                new_codes=tuple(new_codes),
                networks=tuple(networks.networks),
                merged_networks=tuple(networks.merged),
                members=networks.members,
                kept_members=tuple(networks.kept),
                new_aliases=tuple(networks.new_aliases),
            )
