"""Backup and restore: one initiative, or the whole database, as one JSON document.

The document (format ``impact-readiness-backup``, version 1) holds each initiative with its rounds
(instrument snapshot as stored), every response set (drafts too) with its answers and dimension
comments, and its actions. Timestamps are naive UTC, as stored, to the microsecond. Initiatives are
ordered by name; rounds, response sets, answers, comments and actions by id, and a restore inserts
them in that order, so a restored database exports byte-identical responses CSV.

A restore validates the whole document before it writes anything, then writes it in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from assessment.domain.errors import NotFound, UserError
from assessment.domain.instrument import FORMS, ROLES, SECTORS, InstrumentError, instrument_from_snapshot
from assessment.domain.vocabulary import (
    ACTION_STATUSES,
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_DISPLAY_NAME,
    MAX_NAME,
    RESPONSE_STATUSES,
    ROUND_STATUSES,
)
from assessment.store import repository as repo
from assessment.store.models import (
    Action,
    Answer,
    Comment,
    Initiative,
    ResponseSet,
    Round,
)
from assessment.usecases.services import Services, utcnow

FORMAT = "impact-readiness-backup"
VERSION = 1
_CHUNK = 500  # ids or tokens per IN (...) list: well under every database's limit on parameters


class BackupRefused(UserError):
    """A backup file that cannot be restored (unreadable, of another format, or clashing with the database);
    ``key`` is one of the ``error.restore_*`` catalog keys."""


# ----- the document's shape --------------------------------------------------------------------------


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo is not None else value


Timestamp = Annotated[datetime, AfterValidator(_naive_utc)]


Id = Annotated[str, Field(min_length=1, max_length=80)]
Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
# The allowed values are the models' and the instrument's own tuples, so the two never drift apart.
Sector = Literal[SECTORS]  # type: ignore[valid-type]
Role = Literal[ROLES]  # type: ignore[valid-type]
ResponseStatus = Literal[RESPONSE_STATUSES]  # type: ignore[valid-type]
RoundStatus = Literal[ROUND_STATUSES]  # type: ignore[valid-type]
Form = Literal[FORMS]  # type: ignore[valid-type]
ActionStatus = Literal[ACTION_STATUSES]  # type: ignore[valid-type]


class _Doc(BaseModel):
    # strict: a number where a text is expected (or "4" for a score) is a fault, not a guess
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class AnswerDoc(_Doc):
    item_id: Id
    dimension_id: Id
    score: Annotated[int, Field(ge=1, le=5)] | None
    comment: str | None


class CommentDoc(_Doc):
    dimension_id: Id
    text: str


class ResponseSetDoc(_Doc):
    token: Annotated[str, Field(min_length=1, max_length=64)]
    display_name: Annotated[str, Field(max_length=MAX_DISPLAY_NAME)] | None
    sector: Sector | None
    role: Role | None
    status: ResponseStatus
    created_at: Timestamp
    updated_at: Timestamp
    submitted_at: Timestamp | None
    answers: list[AnswerDoc]
    comments: list[CommentDoc]

    @model_validator(mode="after")
    def _one_answer_per_item(self) -> ResponseSetDoc:
        _unique((a.item_id for a in self.answers), "item_id")
        _unique((c.dimension_id for c in self.comments), "dimension_id")
        return self


class RoundDoc(_Doc):
    label: Name
    date: date
    status: RoundStatus
    form: Form
    join_code: Annotated[str, Field(min_length=1, max_length=12)]
    results_revealed: bool
    instrument_version: Annotated[str, Field(min_length=1, max_length=50)]
    instrument_snapshot: Annotated[str, Field(min_length=2)]
    created_at: Timestamp
    response_sets: list[ResponseSetDoc]


class ActionDoc(_Doc):
    dimension_id: Id
    what: Annotated[str, Field(min_length=1)]
    owner: Annotated[str, Field(max_length=MAX_NAME)]
    due: date | None
    status: ActionStatus
    note: str
    created_at: Timestamp
    updated_at: Timestamp


class InitiativeDoc(_Doc):
    name: Name
    description: str
    created_at: Timestamp
    rounds: list[RoundDoc]
    actions: list[ActionDoc]

    @model_validator(mode="after")
    def _unique_labels(self) -> InitiativeDoc:
        _unique((r.label for r in self.rounds), "label")
        return self


class BackupDoc(_Doc):
    format: Literal["impact-readiness-backup"]
    version: Literal[1]
    generated_at: Timestamp
    initiatives: list[InitiativeDoc]

    @model_validator(mode="after")
    def _unique_keys(self) -> BackupDoc:
        _unique((i.name for i in self.initiatives), "name")
        _unique((r.join_code for i in self.initiatives for r in i.rounds), "join_code")
        _unique((rs.token for i in self.initiatives for r in i.rounds for rs in r.response_sets), "token")
        return self


def _unique(values: Iterable[str], field: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{field} {value!r} appears twice")
        seen.add(value)


# ----- backup ----------------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _initiative_doc(session: Session, i: Initiative) -> dict:
    rounds = list(session.scalars(select(Round).where(Round.initiative_id == i.id).order_by(Round.id)))
    round_docs = []
    for r in rounds:
        sets = session.execute(
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
            .where(ResponseSet.round_id == r.id)
            .order_by(ResponseSet.id)
        ).all()
        answers: dict[int, list[dict]] = {s.id: [] for s in sets}
        for set_id, item_id, dimension_id, score, comment in session.execute(
            select(Answer.response_set_id, Answer.item_id, Answer.dimension_id, Answer.score, Answer.comment)
            .join(ResponseSet, ResponseSet.id == Answer.response_set_id)
            .where(ResponseSet.round_id == r.id)
            .order_by(Answer.id)
        ):
            answers[set_id].append(
                {"item_id": item_id, "dimension_id": dimension_id, "score": score, "comment": comment}
            )
        comments: dict[int, list[dict]] = {s.id: [] for s in sets}
        for set_id, dimension_id, text in session.execute(
            select(Comment.response_set_id, Comment.dimension_id, Comment.text)
            .join(ResponseSet, ResponseSet.id == Comment.response_set_id)
            .where(ResponseSet.round_id == r.id)
            .order_by(Comment.id)
        ):
            comments[set_id].append({"dimension_id": dimension_id, "text": text})
        round_docs.append(
            {
                "label": r.label,
                "date": r.date.isoformat(),
                "status": r.status,
                "form": r.form,
                "join_code": r.join_code,
                "results_revealed": r.results_revealed,
                "instrument_version": r.instrument_version,
                "instrument_snapshot": r.instrument_snapshot,
                "created_at": _iso(r.created_at),
                "response_sets": [
                    {
                        "token": s.token,
                        "display_name": s.display_name,
                        "sector": s.sector,
                        "role": s.role,
                        "status": s.status,
                        "created_at": _iso(s.created_at),
                        "updated_at": _iso(s.updated_at),
                        "submitted_at": _iso(s.submitted_at),
                        "answers": answers[s.id],
                        "comments": comments[s.id],
                    }
                    for s in sets
                ],
            }
        )
    actions = session.scalars(select(Action).where(Action.initiative_id == i.id).order_by(Action.id))
    return {
        "name": i.name,
        "description": i.description,
        "created_at": _iso(i.created_at),
        "rounds": round_docs,
        "actions": [
            {
                "dimension_id": a.dimension_id,
                "what": a.what,
                "owner": a.owner,
                "due": a.due.isoformat() if a.due else None,
                "status": a.status,
                "note": a.note,
                "created_at": _iso(a.created_at),
                "updated_at": _iso(a.updated_at),
            }
            for a in actions
        ],
    }


def backup(*, services: Services, initiative: str | None = None) -> dict:
    """The backup document of one initiative (by name) or, without one, of the whole database."""
    with services.reads() as session:
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
            "initiatives": [_initiative_doc(session, i) for i in initiatives],
        }


def backup_json(*, services: Services, initiative: str | None = None) -> str:
    """The backup document as JSON text (UTF-8 when written; compact, one trailing newline)."""
    document = backup(services=services, initiative=initiative)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


# ----- reading a document ---------------------------------------------------------------------------


def _where(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(document)"


def read_backup(document: str | bytes) -> BackupDoc:
    """Parse and validate a whole backup document; raises BackupRefused saying what is wrong with it."""
    if isinstance(document, bytes):
        try:
            document = document.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise BackupRefused("restore_encoding", position=error.start) from None
    else:
        document = document.removeprefix("\ufeff")
    if not document.strip():
        raise BackupRefused("restore_empty")
    try:
        raw = json.loads(document)
    except json.JSONDecodeError as error:
        # The text stops in the middle of a value (an unterminated string runs to the end): a cut-off file.
        if error.pos >= len(document.rstrip()) or error.msg.startswith("Unterminated string"):
            raise BackupRefused("restore_truncated") from None
        raise BackupRefused("restore_not_json", line=error.lineno, column=error.colno, detail=error.msg) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupRefused("restore_wrong_format")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != VERSION:
        raise BackupRefused("restore_version", version=str(version), supported=VERSION)
    try:
        parsed = BackupDoc.model_validate_json(document)
    except ValidationError as error:
        errors = error.errors(include_url=False)
        first = errors[0]
        raise BackupRefused(
            "restore_invalid",
            where=_where(first["loc"]),
            detail=first["msg"].removeprefix("Value error, "),
            count=len(errors),
        ) from None
    _check_against_snapshots(parsed)
    return parsed


def _check_against_snapshots(document: BackupDoc) -> None:
    """Every round's snapshot is a valid instrument, and every answer and comment names its items and
    dimensions (the app reads them through the snapshot)."""
    parsed: dict[str, object] = {}
    for n, i in enumerate(document.initiatives):
        for m, r in enumerate(i.rounds):
            where = f"initiatives[{n}].rounds[{m}]"
            instrument = parsed.get(r.instrument_snapshot)
            if instrument is None:
                try:
                    instrument = parsed[r.instrument_snapshot] = instrument_from_snapshot(r.instrument_snapshot)
                except (InstrumentError, ValueError) as error:
                    detail = str(error).splitlines()[0].removeprefix("<round snapshot>: ")
                    raise BackupRefused(
                        "restore_invalid", where=f"{where}.instrument_snapshot", detail=detail, count=1
                    ) from None
            of_item = instrument.dimension_of_item  # type: ignore[attr-defined]
            dimensions = instrument.dimensions  # type: ignore[attr-defined]
            for k, rs in enumerate(r.response_sets):
                for j, a in enumerate(rs.answers):
                    if of_item.get(a.item_id) != a.dimension_id:
                        detail = (
                            f"item {a.item_id!r} is not in the round's instrument"
                            if a.item_id not in of_item
                            else f"item {a.item_id!r} belongs to {of_item[a.item_id]!r}, not {a.dimension_id!r}"
                        )
                        raise BackupRefused(
                            "restore_invalid", where=f"{where}.response_sets[{k}].answers[{j}]", detail=detail, count=1
                        )
                for j, c in enumerate(rs.comments):
                    if c.dimension_id not in dimensions:
                        raise BackupRefused(
                            "restore_invalid",
                            where=f"{where}.response_sets[{k}].comments[{j}]",
                            detail=f"dimension {c.dimension_id!r} is not in the round's instrument",
                            count=1,
                        )


# ----- what a document holds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class InitiativeContents:
    name: str
    rounds: int
    participants: int
    answers: int
    actions: int
    exists: bool  # an initiative of this name is already in the database


@dataclass(frozen=True)
class BackupContents:
    generated_at: datetime
    initiatives: tuple[InitiativeContents, ...]

    @property
    def existing(self) -> list[str]:
        return [i.name for i in self.initiatives if i.exists]


def _existing_names(session: Session, names: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(list(names)):
        found.update(session.scalars(select(Initiative.name).where(Initiative.name.in_(chunk))))
    return found


def inspect_backup(*, services: Services, document: str | bytes) -> BackupContents:
    """What a backup file holds, and which of its initiatives the database already has; writes nothing."""
    parsed = read_backup(document)
    with services.reads() as session:
        existing = _existing_names(session, [i.name for i in parsed.initiatives])
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
    )


# ----- restore -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewCode:
    """A round whose join code was already used by another initiative's round, and got a new one."""

    initiative: str
    round: str
    old: str
    new: str


@dataclass(frozen=True)
class RestoreSummary:
    initiatives: tuple[str, ...]
    replaced: tuple[str, ...]
    rounds: int
    participants: int
    answers: int
    actions: int
    new_codes: tuple[NewCode, ...]


def _delete_initiative(session: Session, initiative_id: int) -> None:
    """Delete an initiative and everything under it, bottom-up in a few statements."""
    rounds = select(Round.id).where(Round.initiative_id == initiative_id).scalar_subquery()
    sets = select(ResponseSet.id).where(ResponseSet.round_id.in_(rounds)).scalar_subquery()
    no_sync = {"synchronize_session": False}
    session.execute(delete(Answer).where(Answer.response_set_id.in_(sets)), execution_options=no_sync)
    session.execute(delete(Comment).where(Comment.response_set_id.in_(sets)), execution_options=no_sync)
    session.execute(delete(ResponseSet).where(ResponseSet.round_id.in_(rounds)), execution_options=no_sync)
    session.execute(delete(Round).where(Round.initiative_id == initiative_id), execution_options=no_sync)
    session.execute(delete(Action).where(Action.initiative_id == initiative_id), execution_options=no_sync)
    session.execute(delete(Initiative).where(Initiative.id == initiative_id), execution_options=no_sync)


def _taken(session: Session, column, values: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(list(values)):
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _fresh_code(session: Session, avoid: set[str]) -> str:
    """A join code used neither in the database nor in ``avoid`` (the document's codes); added to ``avoid``."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in avoid and not repo.code_taken(session, code=code):
            avoid.add(code)
            return code


def restore(*, services: Services, document: str | bytes, replace: bool = False) -> RestoreSummary:
    """Restore a backup document in one transaction: all of it, or nothing.

    An initiative whose name the database already has is refused (``restore_exists``) unless
    ``replace``, which deletes it first. A join code already used by another initiative's round gets a
    new code (listed in the summary); a participant token already in the database refuses the file.
    """
    parsed = read_backup(document)
    names = [i.name for i in parsed.initiatives]
    with services.sessions.begin() as session:
        existing: dict[str, int] = {}
        for chunk in _chunks(names):
            existing.update(
                session.execute(select(Initiative.name, Initiative.id).where(Initiative.name.in_(chunk))).tuples().all()
            )
        if existing and not replace:
            raise BackupRefused("restore_exists", names=", ".join(sorted(existing)), count=len(existing))
        for initiative_id in existing.values():
            _delete_initiative(session, initiative_id)
        session.expunge_all()

        tokens = [rs.token for i in parsed.initiatives for r in i.rounds for rs in r.response_sets]
        clashing_tokens = _taken(session, ResponseSet.token, tokens)
        if clashing_tokens:
            raise BackupRefused("restore_token_taken", count=len(clashing_tokens))
        codes = [r.join_code for i in parsed.initiatives for r in i.rounds]
        clashing_codes = _taken(session, Round.join_code, codes)
        avoid = set(codes) | clashing_codes

        new_codes: list[NewCode] = []
        totals = {"rounds": 0, "participants": 0, "answers": 0, "actions": 0}
        for doc in parsed.initiatives:
            initiative = Initiative(name=doc.name, description=doc.description, created_at=doc.created_at)
            session.add(initiative)
            session.flush()
            for round_doc in doc.rounds:
                code = round_doc.join_code
                if code in clashing_codes:
                    code = _fresh_code(session, avoid)
                    new_codes.append(NewCode(doc.name, round_doc.label, round_doc.join_code, code))
                _insert_round(session, initiative.id, round_doc, code)
                totals["rounds"] += 1
                totals["participants"] += len(round_doc.response_sets)
                totals["answers"] += sum(len(rs.answers) for rs in round_doc.response_sets)
            if doc.actions:
                session.execute(
                    insert(Action.__table__),
                    [
                        {
                            "initiative_id": initiative.id,
                            "dimension_id": a.dimension_id,
                            "what": a.what,
                            "owner": a.owner,
                            "due": a.due,
                            "status": a.status,
                            "note": a.note,
                            "created_at": a.created_at,
                            "updated_at": a.updated_at,
                        }
                        for a in doc.actions
                    ],
                )
            totals["actions"] += len(doc.actions)
        return RestoreSummary(
            initiatives=tuple(names),
            replaced=tuple(n for n in names if n in existing),
            new_codes=tuple(new_codes),
            **totals,
        )


def _insert_round(session: Session, initiative_id: int, doc: RoundDoc, join_code: str) -> None:
    r = Round(
        initiative_id=initiative_id,
        label=doc.label,
        date=doc.date,
        status=doc.status,
        join_code=join_code,
        form=doc.form,
        results_revealed=doc.results_revealed,
        instrument_version=doc.instrument_version,
        instrument_snapshot=doc.instrument_snapshot,
        snapshot_digest=hashlib.sha256(doc.instrument_snapshot.encode("utf-8")).hexdigest(),
        created_at=doc.created_at,
    )
    session.add(r)
    session.flush()
    if not doc.response_sets:
        return
    # Response sets go in in the document's order, so their ids keep the original order (the export's).
    # Core inserts on the tables: the ORM's bulk insert leaves out None values, so rows with a "don't know"
    # or no display name would break the batch into thousands of statements.
    set_ids = session.scalars(
        insert(ResponseSet.__table__).returning(ResponseSet.__table__.c.id, sort_by_parameter_order=True),
        [
            {
                "round_id": r.id,
                "token": rs.token,
                "display_name": rs.display_name,
                "sector": rs.sector,
                "role": rs.role,
                "status": rs.status,
                "created_at": rs.created_at,
                "updated_at": rs.updated_at,
                "submitted_at": rs.submitted_at,
            }
            for rs in doc.response_sets
        ],
    ).all()
    answers = [
        {
            "response_set_id": set_id,
            "item_id": a.item_id,
            "dimension_id": a.dimension_id,
            "score": a.score,
            "comment": a.comment,
        }
        for set_id, rs in zip(set_ids, doc.response_sets, strict=True)
        for a in rs.answers
    ]
    if answers:
        session.execute(insert(Answer.__table__), answers)
    comments = [
        {"response_set_id": set_id, "dimension_id": c.dimension_id, "text": c.text}
        for set_id, rs in zip(set_ids, doc.response_sets, strict=True)
        for c in rs.comments
    ]
    if comments:
        session.execute(insert(Comment.__table__), comments)
