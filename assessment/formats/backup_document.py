"""The backup document (format ``impact-readiness-backup``, version 4): its shape, and reading one.

The document holds each initiative with its rounds (instrument snapshot as stored), every response set
(drafts too) with its answers and dimension comments, and its actions. Version 2 adds to each round its
pacing and archiving, its parts (opened, shown on the projector), its closing reflections and the entries
hidden by the facilitator; a version 1 document reads as rounds without any of these. Version 3 adds each
round's plan on a page and each initiative's decisions log; earlier documents read as having none. Version 4 adds
the networks (formats/backup_networks.py): a whole-database backup holds every network with all its members, a
backup of one initiative the networks it belongs to with that one member; earlier documents hold none. Access tokens
(facilitator sessions, presenter links) are never in a backup. Timestamps are naive UTC, as
stored, to the microsecond. Reading validates the whole document, snapshots included, before anything
is written; no database is involved here.

Every text people typed goes through the same cleaning and the same limits as on the screens and in an
import (domain/text.py, domain/vocabulary.py), so whatever the app stored restores unchanged, and a
document the app could not have written is refused with the path of its first fault.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationError, model_validator

from assessment.domain import plan as plan_rules
from assessment.domain.errors import UserError
from assessment.domain.instrument import FORMS, ROLES, SECTORS, Instrument, InstrumentError, instrument_from_snapshot
from assessment.domain.text import clean_line, clean_text
from assessment.domain.vocabulary import (
    ACTION_STATUSES,
    MAX_CODE,
    MAX_DISPLAY_NAME,
    MAX_REFLECTION,
    MAX_REFLECTIONS,
    MAX_TEXT,
    RESPONSE_STATUSES,
    ROUND_STATUSES,
    check_file_size,
)
from assessment.formats.backup_fields import (
    Day,
    Doc,
    Id,
    Line,
    Name,
    Text,
    Timestamp,
    Token,
    encodable,
    limited,
    unique,
)
from assessment.formats.backup_networks import NetworkDoc, check_networks

FORMAT = "impact-readiness-backup"
VERSION = 4
SUPPORTED_VERSIONS = (1, 2, 3, 4)


class BackupRefused(UserError):
    """A backup file that cannot be restored (unreadable, of another format, or clashing with the database);
    ``key`` is one of the ``error.restore_*`` catalog keys."""


# ----- the document's shape --------------------------------------------------------------------------


# The allowed values are the models' and the instrument's own tuples, so the two never drift apart.
Sector = Literal[SECTORS]  # type: ignore[valid-type]
Role = Literal[ROLES]  # type: ignore[valid-type]
ResponseStatus = Literal[RESPONSE_STATUSES]  # type: ignore[valid-type]
RoundStatus = Literal[ROUND_STATUSES]  # type: ignore[valid-type]
Form = Literal[FORMS]  # type: ignore[valid-type]
ActionStatus = Literal[ACTION_STATUSES]  # type: ignore[valid-type]


class AnswerDoc(Doc):
    item_id: Id
    dimension_id: Id
    score: Annotated[int, Field(ge=1, le=5)] | None
    comment: Text | None


class CommentDoc(Doc):
    dimension_id: Id
    text: Text


class ResponseSetDoc(Doc):
    token: Token
    display_name: Annotated[str, limited(clean_line, MAX_DISPLAY_NAME, 0)] | None
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
        unique((a.item_id for a in self.answers), "item_id")
        unique((c.dimension_id for c in self.comments), "dimension_id")
        return self


class PartDoc(Doc):
    part: Id
    opened: bool
    shown: bool


class ReflectionDoc(Doc):
    contributor: Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")]
    position: Annotated[int, Field(ge=0, lt=MAX_REFLECTIONS)]
    text: Annotated[str, limited(clean_line, MAX_REFLECTION, 1)]
    created_at: Timestamp
    response_set: Token | None  # the participant's token; None: paper


class PlanDoc(Doc):
    """A round's plan on a page; checked by the same rules as on the screen (sections, lengths, lines)."""

    agenda: str
    sections: list[str]
    texts: dict[str, str]
    contact: str
    updated_at: Timestamp

    @model_validator(mode="after")
    def _valid_plan(self) -> PlanDoc:
        try:
            checked = plan_rules.check_plan(
                agenda=self.agenda, sections=self.sections, texts=self.texts, contact=self.contact
            )
        except UserError as error:  # a fault of the document: said like every other one, with its place
            raise ValueError(f"plan: {error}") from None
        if (checked.agenda, checked.texts, checked.contact) != (self.agenda, self.texts, self.contact):
            raise ValueError("plan texts are not as the app stores them (cleaned, no empty section)")
        if list(checked.sections) != self.sections:
            raise ValueError("plan sections are not in the page's order")
        return self


class DecisionDoc(Doc):
    day: date
    text: Annotated[str, Field(min_length=1, max_length=plan_rules.MAX_DECISION)]
    decided_by: Annotated[str, Field(max_length=plan_rules.MAX_DECIDED_BY)]
    created_at: Timestamp


class RoundDoc(Doc):
    label: Name
    date: Day
    status: RoundStatus
    form: Form
    join_code: Annotated[str, Field(min_length=1, max_length=MAX_CODE, pattern=r"^[A-Z0-9]+$")]
    results_revealed: bool
    instrument_version: Annotated[str, limited(clean_line, 50, 1)]
    instrument_snapshot: Annotated[str, Field(min_length=2), AfterValidator(encodable)]
    created_at: Timestamp
    response_sets: list[ResponseSetDoc]
    # Version 2; absent from version 1 documents.
    paced: bool = False
    archived_at: Timestamp | None = None
    parts: list[PartDoc] = []
    reflections: list[ReflectionDoc] = []
    hidden_reflections: list[Annotated[str, limited(clean_line, 200, 1)]] = []
    # Version 3; absent from earlier documents.
    plan: PlanDoc | None = None

    @model_validator(mode="after")
    def _consistent_live_parts(self) -> RoundDoc:
        unique((p.part for p in self.parts), "part")
        unique((f"{r.contributor}#{r.position}" for r in self.reflections), "reflection")
        unique(self.hidden_reflections, "hidden_reflections")
        tokens = {rs.token for rs in self.response_sets}
        for r in self.reflections:
            if r.response_set is not None and r.response_set not in tokens:
                raise ValueError(f"reflection of {r.response_set!r}: no such response set in the round")
        return self


class ActionDoc(Doc):
    dimension_id: Id
    what: Annotated[str, limited(clean_text, MAX_TEXT, 1)]
    owner: Line
    due: Day | None
    status: ActionStatus
    note: Text
    created_at: Timestamp
    updated_at: Timestamp


class InitiativeDoc(Doc):
    name: Name
    description: Text
    created_at: Timestamp
    rounds: list[RoundDoc]
    actions: list[ActionDoc]
    decisions: list[DecisionDoc] = []  # version 3

    @model_validator(mode="after")
    def _unique_labels(self) -> InitiativeDoc:
        unique((r.label for r in self.rounds), "label")
        return self


class BackupDoc(Doc):
    format: Literal["impact-readiness-backup"]
    version: Literal[SUPPORTED_VERSIONS]  # type: ignore[valid-type]
    generated_at: Timestamp
    initiatives: list[InitiativeDoc]
    networks: list[NetworkDoc] = []  # version 4; earlier documents read as having none

    @model_validator(mode="after")
    def _unique_keys(self) -> BackupDoc:
        unique((i.name for i in self.initiatives), "name")
        unique((r.join_code for i in self.initiatives for r in i.rounds), "join_code")
        unique((rs.token for i in self.initiatives for r in i.rounds for rs in r.response_sets), "token")
        if self.networks and self.version < 4:
            raise ValueError(f"networks are in version 4 documents, not in version {self.version}")
        check_networks(self.networks, {i.name for i in self.initiatives})
        return self


# ----- reading a document ---------------------------------------------------------------------------


def _where(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(document)"


def read_backup(document: str | bytes) -> BackupDoc:
    """Parse and validate a whole backup document; raises BackupRefused saying what is wrong with it."""
    check_file_size(len(document))
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
    except RecursionError:  # nested deeper than any backup: not one of ours
        raise BackupRefused("restore_not_json", line=1, column=1, detail="nested too deeply") from None
    except json.JSONDecodeError as error:
        # The text stops in the middle of a value (an unterminated string runs to the end, or the file ends inside
        # null, true or false, which the decoder reports where the word starts): a cut-off file.
        rest = document[error.pos :].rstrip()
        cut_word = bool(rest) and any(word.startswith(rest) for word in ("null", "true", "false"))
        if error.pos >= len(document.rstrip()) or error.msg.startswith("Unterminated string") or cut_word:
            raise BackupRefused("restore_truncated") from None
        raise BackupRefused("restore_not_json", line=error.lineno, column=error.colno, detail=error.msg) from None
    except ValueError as error:  # a number of thousands of digits (Python's limit on int conversion)
        raise BackupRefused("restore_not_json", line=1, column=1, detail=str(error).split(";")[0]) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupRefused("restore_wrong_format")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version not in SUPPORTED_VERSIONS:
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


def _snapshot_instrument(snapshot: str, where: str, parsed: dict[str, Instrument]) -> Instrument:
    instrument = parsed.get(snapshot)
    if instrument is None:
        try:
            instrument = parsed[snapshot] = instrument_from_snapshot(snapshot)
        except (InstrumentError, ValueError) as error:
            detail = str(error).splitlines()[0].removeprefix("<round snapshot>: ")
            where = f"{where}.instrument_snapshot"
            raise BackupRefused("restore_invalid", where=where, detail=detail, count=1) from None
    return instrument


def _check_response_set(instrument: Instrument, rs: ResponseSetDoc, where: str) -> None:
    of_item = instrument.dimension_of_item
    for j, a in enumerate(rs.answers):
        if of_item.get(a.item_id) != a.dimension_id:
            detail = (
                f"item {a.item_id!r} is not in the round's instrument"
                if a.item_id not in of_item
                else f"item {a.item_id!r} belongs to {of_item[a.item_id]!r}, not {a.dimension_id!r}"
            )
            raise BackupRefused("restore_invalid", where=f"{where}.answers[{j}]", detail=detail, count=1)
    for j, c in enumerate(rs.comments):
        if c.dimension_id not in instrument.dimensions:
            raise BackupRefused(
                "restore_invalid",
                where=f"{where}.comments[{j}]",
                detail=f"dimension {c.dimension_id!r} is not in the round's instrument",
                count=1,
            )


def _check_against_snapshots(document: BackupDoc) -> None:
    """Every round's snapshot is a valid instrument, and every answer and comment names its items and
    dimensions (the app reads them through the snapshot)."""
    parsed: dict[str, Instrument] = {}
    for n, i in enumerate(document.initiatives):
        for m, r in enumerate(i.rounds):
            where = f"initiatives[{n}].rounds[{m}]"
            instrument = _snapshot_instrument(r.instrument_snapshot, where, parsed)
            for k, rs in enumerate(r.response_sets):
                _check_response_set(instrument, rs, f"{where}.response_sets[{k}]")
