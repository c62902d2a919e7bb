"""Use cases of the app and the command line. Each public method owns one transaction."""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from assessment.domain import compare, scoring
from assessment.domain.errors import (
    AlreadySubmitted,
    Duplicate,
    ImportRejected,
    Invalid,
    NotFound,
    RoundNotOpen,
    UnknownCode,
    UnknownToken,
)
from assessment.domain.instrument import (
    FORMS,
    FRAMEWORK,
    ROLES,
    SECTORS,
    Instrument,
    instrument_from_snapshot,
    load_instrument,
)
from assessment.domain.vocabulary import (
    ACTION_STATUSES,
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_DISPLAY_NAME,
    MAX_NAME,
    MAX_TEXT,
)
from assessment.formats.responses_csv import ParsedParticipant, parse_csv, write_csv
from assessment.settings import get_settings
from assessment.store import repository as repo
from assessment.store.engine import read_session_factory, session_factory
from assessment.store.models import Action, Answer, Comment, Initiative, ResponseSet, Round
from assessment.usecases import demo

FRAMEWORK_DIMENSIONS = frozenset(d for dims in FRAMEWORK.values() for d in dims)


def utcnow() -> datetime:
    """Now, as naive UTC (how every timestamp is stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


# Parsed instruments by snapshot digest; snapshots never change, so entries never go stale.
_INSTRUMENTS: dict[str, Instrument] = {}


def normalise_code(code: str) -> str:
    """A join code as typed (any case, spaces, dashes) in its stored form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


@dataclass(frozen=True)
class RoundInfo:
    id: int
    initiative_id: int
    initiative: str
    label: str
    date: date
    status: str
    form: str
    join_code: str
    results_revealed: bool
    instrument_version: str

    @classmethod
    def of(cls, r: Round, initiative_name: str) -> RoundInfo:
        return cls(
            r.id,
            r.initiative_id,
            initiative_name,
            r.label,
            r.date,
            r.status,
            r.form,
            r.join_code,
            r.results_revealed,
            r.instrument_version,
        )


@dataclass(frozen=True)
class InitiativeInfo:
    id: int
    name: str
    description: str


@dataclass(frozen=True)
class ActionInfo:
    id: int
    initiative_id: int
    dimension_id: str
    what: str
    owner: str
    due: date | None
    status: str
    note: str

    @classmethod
    def of(cls, a: Action) -> ActionInfo:
        return cls(a.id, a.initiative_id, a.dimension_id, a.what, a.owner, a.due, a.status, a.note)


@dataclass(frozen=True)
class ParticipantState:
    """What a participant sees of their own response set."""

    token: str
    round: RoundInfo
    instrument: Instrument
    display_name: str | None
    sector: str | None
    role: str | None
    status: str
    answers: dict[str, int | None]
    comments: dict[str, str]
    submitted_at: datetime | None

    @property
    def item_ids(self) -> list[str]:
        return self.instrument.item_ids(self.round.form)

    @property
    def resume_step(self) -> int:
        """Where to resume the questionnaire: 0 the profile, 1–4 the first section with an unanswered
        item, 5 the review; a participant who has done nothing yet starts at the profile."""
        if not self.answers and not (self.display_name or self.sector or self.role):
            return 0
        missing = set(self.unanswered)
        for number, section in enumerate(self.instrument.sections, start=1):
            if any(i.id in missing for d in section.dimensions for i in d.items_for(self.round.form)):
                return number
        return len(self.instrument.sections) + 1

    @property
    def unanswered(self) -> list[str]:
        """Items of the round's form with no answer yet (don't know counts as an answer)."""
        return [i for i in self.item_ids if i not in self.answers]


@dataclass(frozen=True)
class RoundReport:
    """Everything the round results screen shows."""

    round: RoundInfo
    instrument: Instrument
    result: scoring.RoundResult
    items: list[scoring.ItemResult]
    comments: list[tuple[str, str, str | None]]
    drafts: int

    @property
    def concerns(self) -> list[scoring.DimensionResult]:
        return [d for d in self.result.dimensions if d.band == "concern"]

    @property
    def disagreements(self) -> list[scoring.DimensionResult]:
        return [d for d in self.result.dimensions if d.discuss]


@dataclass(frozen=True)
class ParticipantResults:
    own: dict[str, float]
    group: scoring.RoundResult | None
    group_hidden_reason: str | None  # 'not_revealed' | 'too_few' | None


@dataclass(frozen=True)
class ImportSummary:
    initiative: str
    round: str
    participants: int
    answers: int
    created_round: bool


class Services:
    """The app's use cases over one database."""

    def __init__(self, sessions: sessionmaker[Session] | None = None, *, url: str | None = None) -> None:
        self.sessions = sessions or session_factory(url)
        self.reads = sessions or read_session_factory(url)

    # ----- instrument ---------------------------------------------------------------------------
    @staticmethod
    def current_instrument() -> Instrument:
        """The instrument new rounds use (data/instrument.yaml)."""
        return _current_instrument()

    @staticmethod
    def instrument_of(r: Round) -> Instrument:
        """The instrument a round was created with (parsed once per process per snapshot)."""
        cached = _INSTRUMENTS.get(r.snapshot_digest)
        if cached is None:
            cached = _INSTRUMENTS[r.snapshot_digest] = instrument_from_snapshot(r.instrument_snapshot)
        return cached

    @staticmethod
    def _get(session: Session, model, key: int, what: str):
        """The row of ``model`` with primary key ``key``; NotFound (named ``what``) when there is none."""
        row = session.get(model, key)
        if row is None:
            raise NotFound(what, str(key))
        return row

    # ----- initiatives and rounds ---------------------------------------------------------------
    def create_initiative(self, *, name: str, description: str = "") -> InitiativeInfo:
        name = name.strip()
        if not name or len(name) > MAX_NAME:
            raise Invalid("initiative_name", name)
        with self.sessions.begin() as session:
            if repo.initiative_by_name(session, name=name):
                raise Duplicate("initiative", name)
            initiative = Initiative(name=name, description=description.strip(), created_at=utcnow())
            session.add(initiative)
            session.flush()
            return InitiativeInfo(initiative.id, initiative.name, initiative.description)

    def list_initiatives(self) -> list[InitiativeInfo]:
        with self.reads() as session:
            return [InitiativeInfo(i.id, i.name, i.description) for i in repo.initiatives(session)]

    def initiative(self, *, name: str) -> InitiativeInfo:
        with self.reads() as session:
            i = repo.initiative_by_name(session, name=name)
            if i is None:
                raise NotFound("initiative", name)
            return InitiativeInfo(i.id, i.name, i.description)

    def _new_code(self, session: Session) -> str:
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if not repo.code_taken(session, code=code):
                return code

    def _add_round(
        self, session: Session, initiative: Initiative, *, label: str, on: date, form: str, instrument: Instrument
    ) -> Round:
        label = label.strip()
        if not label or len(label) > MAX_NAME:
            raise Invalid("round_label", label)
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
            join_code=self._new_code(session),
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
        with self.sessions.begin() as session:
            initiative = self._get(session, Initiative, initiative_id, "initiative")
            r = self._add_round(
                session, initiative, label=label, on=on, form=form, instrument=instrument or self.current_instrument()
            )
            return RoundInfo.of(r, initiative.name)

    def list_rounds(self, *, initiative_id: int) -> list[RoundInfo]:
        """An initiative's rounds, oldest first."""
        with self.reads() as session:
            initiative = session.get(Initiative, initiative_id)
            if initiative is None:
                return []
            return [RoundInfo.of(r, initiative.name) for r in repo.rounds_of(session, initiative_id=initiative_id)]

    def get_round(self, *, round_id: int) -> RoundInfo:
        with self.reads() as session:
            r = self._get(session, Round, round_id, "round")
            return RoundInfo.of(r, r.initiative.name)

    def find_round(self, *, initiative: str, label: str) -> RoundInfo:
        with self.reads() as session:
            i = repo.initiative_by_name(session, name=initiative)
            if i is None:
                raise NotFound("initiative", initiative)
            r = repo.round_by_label(session, initiative_id=i.id, label=label)
            if r is None:
                raise NotFound("round", label)
            return RoundInfo.of(r, i.name)

    def set_round_status(self, *, round_id: int, status: str) -> RoundInfo:
        if status not in ("draft", "open", "closed"):
            raise Invalid("status", status)
        with self.sessions.begin() as session:
            r = self._get(session, Round, round_id, "round")
            r.status = status
            return RoundInfo.of(r, r.initiative.name)

    def set_results_revealed(self, *, round_id: int, revealed: bool) -> RoundInfo:
        with self.sessions.begin() as session:
            r = self._get(session, Round, round_id, "round")
            r.results_revealed = revealed
            return RoundInfo.of(r, r.initiative.name)

    def response_counts(self, *, round_id: int) -> dict[str, int]:
        with self.reads() as session:
            return repo.response_counts(session, round_id=round_id)

    # ----- participant journey --------------------------------------------------------------------
    def join(self, *, code: str) -> str:
        """Start a response set in the open round with this join code; returns its resume token."""
        code = normalise_code(code)
        with self.sessions.begin() as session:
            r = repo.round_by_code(session, code=code) if code else None
            if r is None:
                raise UnknownCode(code)
            if r.status != "open":
                raise RoundNotOpen(r.label, r.status)
            now = utcnow()
            token = secrets.token_urlsafe(24)
            session.add(ResponseSet(round_id=r.id, token=token, status="draft", created_at=now, updated_at=now))
            return token

    def _response_set(self, session: Session, token: str) -> ResponseSet:
        rs = repo.response_set_by_token(session, token=token) if token else None
        if rs is None:
            raise UnknownToken()
        return rs

    def participant_state(self, *, token: str) -> ParticipantState:
        """A participant's round, profile, answers and comments, found by resume token."""
        with self.reads() as session:
            rs = self._response_set(session, token)
            r = rs.round
            return ParticipantState(
                token=token,
                round=RoundInfo.of(r, r.initiative.name),
                instrument=self.instrument_of(r),
                display_name=rs.display_name,
                sector=rs.sector,
                role=rs.role,
                status=rs.status,
                answers={a.item_id: a.score for a in repo.answers_of(session, response_set_id=rs.id).values()},
                comments={c.dimension_id: c.text for c in repo.comments_of(session, response_set_id=rs.id).values()},
                submitted_at=rs.submitted_at,
            )

    def _editable(self, session: Session, token: str) -> ResponseSet:
        rs = self._response_set(session, token)
        if rs.status == "submitted":
            raise AlreadySubmitted()
        if rs.round.status != "open":
            raise RoundNotOpen(rs.round.label, rs.round.status)
        return rs

    def update_profile(self, *, token: str, display_name: str | None, sector: str | None, role: str | None) -> None:
        """Save the optional name, sector and role."""
        name = (display_name or "").strip() or None
        if name is not None and len(name) > MAX_DISPLAY_NAME:
            raise Invalid("display_name", name[:20] + "…")
        if sector is not None and sector not in SECTORS:
            raise Invalid("sector", sector)
        if role is not None and role not in ROLES:
            raise Invalid("role", role)
        with self.sessions.begin() as session:
            rs = self._editable(session, token)
            rs.display_name, rs.sector, rs.role = name, sector, role
            rs.updated_at = utcnow()

    def save_answers(
        self,
        *,
        token: str,
        answers: Mapping[str, int | None] | None = None,
        comments: Mapping[str, str | None] | None = None,
    ) -> None:
        """Save answers (item -> 1–5, None = don't know) and dimension comments (empty text removes one)."""
        answers = dict(answers or {})
        comments = dict(comments or {})
        with self.sessions.begin() as session:
            rs = self._editable(session, token)
            instrument = self.instrument_of(rs.round)
            allowed = set(instrument.item_ids(rs.round.form))
            for item_id, score in answers.items():
                if item_id not in allowed:
                    raise Invalid("item", item_id)
                if score is not None and (not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5):
                    raise Invalid("score", score)
            for dimension_id, text in comments.items():
                if dimension_id not in instrument.dimensions:
                    raise Invalid("dimension", dimension_id)
                if text is not None and len(text) > MAX_TEXT:
                    raise Invalid("comment", len(text))
            existing = repo.answers_of(session, response_set_id=rs.id) if answers else {}
            for item_id, score in answers.items():
                answer = existing.get(item_id)
                if answer is None:
                    session.add(
                        Answer(
                            response_set_id=rs.id,
                            item_id=item_id,
                            dimension_id=instrument.dimension_of_item[item_id],
                            score=score,
                        )
                    )
                elif answer.score != score:
                    answer.score = score
            if comments:
                current = repo.comments_of(session, response_set_id=rs.id)
                for dimension_id, text in comments.items():
                    text = (text or "").strip()
                    comment = current.get(dimension_id)
                    if not text:
                        if comment is not None:
                            session.delete(comment)
                    elif comment is None:
                        session.add(Comment(response_set_id=rs.id, dimension_id=dimension_id, text=text))
                    else:
                        comment.text = text
            rs.updated_at = utcnow()

    def submit(self, *, token: str) -> datetime:
        """Submit the response set; submitting again changes nothing and returns the first submission time."""
        with self.sessions.begin() as session:
            rs = self._response_set(session, token)
            if rs.status == "submitted":
                return rs.submitted_at  # type: ignore[return-value]
            if rs.round.status != "open":
                raise RoundNotOpen(rs.round.label, rs.round.status)
            now = utcnow()
            repo.mark_submitted(session, response_set_id=rs.id, when=now)
            session.refresh(rs)
            return rs.submitted_at  # type: ignore[return-value]

    def participant_results(self, *, token: str) -> ParticipantResults:
        """The participant's own dimension scores, and the group's when revealed and large enough."""
        state = self.participant_state(token=token)
        own = scoring.participant_dimension_scores(state.instrument, state.answers)
        if not state.round.results_revealed:
            return ParticipantResults(own, None, "not_revealed")
        result = self.round_result(round_id=state.round.id)
        if result.participants < state.instrument.min_group_size:
            return ParticipantResults(own, None, "too_few")
        return ParticipantResults(own, result, None)

    # ----- results ---------------------------------------------------------------------------------
    def round_result(self, *, round_id: int) -> scoring.RoundResult:
        """The round's group scores, index, verdict and flags from submitted responses only."""
        with self.reads() as session:
            r = self._get(session, Round, round_id, "round")
            return self._score(session, r)

    def _score(self, session: Session, r: Round) -> scoring.RoundResult:
        stats, submitted = repo.dimension_stats(session, round_id=r.id)
        return scoring.score_dimension_stats(self.instrument_of(r), stats, submitted)

    def round_report(self, *, round_id: int) -> RoundReport:
        """Scores, item distributions and comments of a round, for the results screen."""
        with self.reads() as session:
            r = self._get(session, Round, round_id, "round")
            instrument = self.instrument_of(r)
            counts = repo.response_counts(session, round_id=r.id)
            stats, submitted = repo.dimension_stats(session, round_id=r.id)
            result = scoring.score_dimension_stats(instrument, stats, submitted)
            items = scoring.item_results(
                instrument, repo.item_distribution(session, round_id=r.id), instrument.item_ids(r.form)
            )
            return RoundReport(
                round=RoundInfo.of(r, r.initiative.name),
                instrument=instrument,
                result=result,
                items=items,
                comments=repo.submitted_comments(session, round_id=r.id),
                drafts=counts["draft"],
            )

    def comparison(self, *, initiative: str, baseline: str | None = None) -> compare.Comparison:
        """Every round of an initiative scored and compared with the baseline and the previous round."""
        with self.reads() as session:
            i = repo.initiative_by_name(session, name=initiative)
            if i is None:
                raise NotFound("initiative", initiative)
            rounds = repo.rounds_of(session, initiative_id=i.id)
            if not rounds:
                raise NotFound("round", initiative)
            baseline_id = None
            if baseline is not None:
                baseline_id = next((r.id for r in rounds if r.label == baseline), None)
                if baseline_id is None:
                    raise NotFound("round", baseline)
            scored = [
                compare.ScoredRound(
                    id=r.id,
                    label=r.label,
                    date=r.date,
                    status=r.status,
                    form=r.form,
                    instrument_version=r.instrument_version,
                    result=self._score(session, r),
                    dimension_ids=tuple(self.instrument_of(r).dimensions),
                )
                for r in rounds
            ]
            return compare.compare_rounds(i.name, scored, baseline_id)

    def item_means_by_round(self, *, initiative: str) -> dict[int, dict[str, float]]:
        """Round id -> item id -> mean score of submitted answers (items nobody scored are absent)."""
        with self.reads() as session:
            i = repo.initiative_by_name(session, name=initiative)
            if i is None:
                raise NotFound("initiative", initiative)
            means: dict[int, dict[str, float]] = {}
            for r in repo.rounds_of(session, initiative_id=i.id):
                instrument = self.instrument_of(r)
                distribution = repo.item_distribution(session, round_id=r.id)
                results = scoring.item_results(
                    instrument, distribution, [i for i in distribution if i in instrument.items]
                )
                means[r.id] = {item.id: item.mean for item in results if item.mean is not None}
            return means

    def instrument_of_round(self, *, round_id: int) -> Instrument:
        """The instrument snapshot of one round."""
        with self.reads() as session:
            r = self._get(session, Round, round_id, "round")
            return self.instrument_of(r)

    def scores(self, *, initiative: str, label: str) -> dict:
        """The JSON document of `python -m assessment scores` (PRODUCT.md)."""
        info = self.find_round(initiative=initiative, label=label)
        result = self.round_result(round_id=info.id)
        return {"initiative": info.initiative, "round": info.label, **result.to_dict()}

    # ----- import and export ------------------------------------------------------------------------
    def import_responses(self, *, data: bytes, initiative: str, label: str, on: date | None = None) -> ImportSummary:
        """Import a responses CSV into a round (both created when missing); all or nothing."""
        initiative = initiative.strip()
        with self.sessions.begin() as session:
            i = repo.initiative_by_name(session, name=initiative)
            r = repo.round_by_label(session, initiative_id=i.id, label=label.strip()) if i else None
            instrument = self.instrument_of(r) if r else self.current_instrument()
            parsed = parse_csv(data, instrument, r.form if r else "full")
            created = r is None
            if i is None:
                if not initiative or len(initiative) > MAX_NAME:
                    raise Invalid("initiative_name", initiative)
                i = Initiative(name=initiative, description="", created_at=utcnow())
                session.add(i)
                session.flush()
            if r is None:
                r = self._add_round(session, i, label=label, on=on or date.today(), form="full", instrument=instrument)
                r.status = "closed"
            else:
                taken = {rs.display_name for rs in r.response_sets}
                clashes = [
                    (p.first_row, "participant_exists", {"participant": p.name}) for p in parsed if p.name in taken
                ]
                if clashes:
                    raise ImportRejected(clashes)
            answers = self._add_participants(session, r, instrument, parsed)
            return ImportSummary(i.name, r.label, len(parsed), answers, created)

    @staticmethod
    def _add_participants(session: Session, r: Round, instrument: Instrument, parsed: list[ParsedParticipant]) -> int:
        now = utcnow()
        count = 0
        for p in parsed:
            when = p.submitted_at or now
            rs = ResponseSet(
                round_id=r.id,
                token=secrets.token_urlsafe(24),
                display_name=p.name,
                sector=p.sector,
                role=p.role,
                status="submitted",
                created_at=when,
                updated_at=when,
                submitted_at=when,
            )
            session.add(rs)
            session.flush()
            session.add_all(
                Answer(
                    response_set_id=rs.id,
                    item_id=item_id,
                    dimension_id=instrument.dimension_of_item[item_id],
                    score=score,
                    comment=p.comments.get(item_id),
                )
                for item_id, score in p.answers.items()
            )
            count += len(p.answers)
        try:
            session.flush()
        except IntegrityError as error:  # a constraint the parser should have caught: refuse the whole file
            raise ImportRejected([(0, "database", {"detail": str(error.orig)})]) from None
        return count

    def export_rows(self, *, initiative: str, label: str | None = None) -> list[dict[str, object]]:
        """The responses CSV rows of an initiative (or one round): submitted answers, instrument order."""
        with self.reads() as session:
            i = repo.initiative_by_name(session, name=initiative)
            if i is None:
                raise NotFound("initiative", initiative)
            rounds = repo.rounds_of(session, initiative_id=i.id)
            if label is not None:
                rounds = [r for r in rounds if r.label == label]
                if not rounds:
                    raise NotFound("round", label)
            rows: list[dict[str, object]] = []
            for r in rounds:
                instrument = self.instrument_of(r)
                order = {item_id: n for n, item_id in enumerate(instrument.items)}
                response_sets = repo.submitted_response_sets(session, round_id=r.id)
                answers = repo.answers_of_round(session, round_id=r.id)
                comments = repo.comments_of_round(session, round_id=r.id)
                for rs, name in zip(response_sets, _export_names(response_sets), strict=True):
                    pending = dict(comments.get(rs.id, {}))
                    for a in sorted(answers.get(rs.id, []), key=lambda a: order.get(a.item_id, len(order))):
                        texts = [t for t in (pending.pop(a.dimension_id, None), a.comment) if t]
                        rows.append(
                            {
                                "initiative": i.name,
                                "round": r.label,
                                "round_date": r.date.isoformat(),
                                "participant": name,
                                "sector": rs.sector,
                                "role": rs.role,
                                "section": instrument.section_of_dimension.get(a.dimension_id, ""),
                                "dimension": a.dimension_id,
                                "item_id": a.item_id,
                                "score": a.score,
                                "comment": "\n".join(texts) or None,
                                "submitted_at": rs.submitted_at.isoformat(timespec="seconds")
                                if rs.submitted_at
                                else None,
                            }
                        )
            return rows

    # ----- action plan -----------------------------------------------------------------------------
    @staticmethod
    def _check_action(dimension_id: str, what: str, owner: str, status: str, note: str) -> tuple[str, str, str]:
        if dimension_id not in FRAMEWORK_DIMENSIONS:
            raise Invalid("dimension", dimension_id)
        what, owner, note = what.strip(), owner.strip(), note.strip()
        if not what or len(what) > MAX_TEXT:
            raise Invalid("action_what", what[:20])
        if len(owner) > MAX_NAME:
            raise Invalid("action_owner", owner[:20] + "…")
        if status not in ACTION_STATUSES:
            raise Invalid("action_status", status)
        if len(note) > MAX_TEXT:
            raise Invalid("comment", len(note))
        return what, owner, note

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
        what, owner, note = self._check_action(dimension_id, what, owner, status, note)
        with self.sessions.begin() as session:
            self._get(session, Initiative, initiative_id, "initiative")
            action = _new_action(initiative_id, dimension_id, what, owner, due, status, note)
            session.add(action)
            session.flush()
            return ActionInfo.of(action)

    def update_action(
        self, *, action_id: int, what: str, owner: str, due: date | None, status: str, note: str
    ) -> ActionInfo:
        """Change an action; its dimension stays."""
        with self.sessions.begin() as session:
            action = self._get(session, Action, action_id, "action")
            action.what, action.owner, action.note = self._check_action(action.dimension_id, what, owner, status, note)
            action.due, action.status, action.updated_at = due, status, utcnow()
            return ActionInfo.of(action)

    def delete_action(self, *, action_id: int) -> None:
        with self.sessions.begin() as session:
            action = self._get(session, Action, action_id, "action")
            session.delete(action)

    def list_actions(self, *, initiative_id: int, dimension_id: str | None = None) -> list[ActionInfo]:
        """An initiative's actions, by due date (undated last)."""
        with self.reads() as session:
            return [
                ActionInfo.of(a)
                for a in repo.actions_of(session, initiative_id=initiative_id, dimension_id=dimension_id)
            ]

    # ----- demonstration data -------------------------------------------------------------------------
    def load_demo(self) -> bool:
        """Store the demonstration initiative; False (and nothing written) when it is already there."""
        instrument = self.current_instrument()
        with self.sessions.begin() as session:
            if repo.initiative_by_name(session, name=demo.DEMO_INITIATIVE):
                return False
            initiative = Initiative(name=demo.DEMO_INITIATIVE, description=demo.DEMO_DESCRIPTION, created_at=utcnow())
            session.add(initiative)
            session.flush()
            for seed, spec in enumerate(demo.ROUNDS):
                r = self._add_round(
                    session, initiative, label=spec.label, on=spec.on, form="full", instrument=instrument
                )
                r.status, r.results_revealed = spec.status, True
                self._add_participants(session, r, instrument, demo.demo_participants(instrument, spec, seed))
            session.add_all(_new_action(initiative.id, *action) for action in demo.ACTIONS)
            return True

    def export_responses(self, *, initiative: str, label: str | None = None) -> bytes:
        """The responses CSV file (UTF-8 with BOM)."""
        return write_csv(self.export_rows(initiative=initiative, label=label))


def _new_action(
    initiative_id: int, dimension_id: str, what: str, owner: str, due: date | None, status: str, note: str
) -> Action:
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


def _export_names(response_sets: list[ResponseSet]) -> list[str]:
    """The participant column: the display name when it is unique in the round, else a pseudonym
    (participant-N, by order of submission) that no other participant of the round uses."""
    counts = Counter(rs.display_name for rs in response_sets)
    taken = {name for name, n in counts.items() if name and n == 1}
    names = []
    for number, rs in enumerate(response_sets, start=1):
        if rs.display_name and counts[rs.display_name] == 1:
            names.append(rs.display_name)
            continue
        name, suffix = f"participant-{number}", 1
        while name in taken:
            suffix += 1
            name = f"participant-{number}-{suffix}"
        taken.add(name)
        names.append(name)
    return names


@lru_cache(maxsize=1)
def _current_instrument() -> Instrument:
    return load_instrument(get_settings().instrument_path)
