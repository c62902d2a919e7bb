"""The participant's journey: join with a code, profile, answers and comments, submit, own results."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime

from assessment.domain import scoring
from assessment.domain.codes import normalise_code
from assessment.domain.errors import AlreadySubmitted, Invalid, RoundNotOpen, UnknownCode, UnknownToken, UserError
from assessment.domain.instrument import ROLES, SECTORS, Instrument
from assessment.domain.limits import DRAFT, JOIN, address_key
from assessment.domain.text import clean_line, clean_text
from assessment.domain.vocabulary import MAX_DISPLAY_NAME, MAX_TEXT
from assessment.store import live_queries as live
from assessment.store import repository as repo
from assessment.store import save_queries
from assessment.store.engine import Session
from assessment.store.models import Comment, ResponseSet, Round
from assessment.usecases.base import utcnow
from assessment.usecases.limits import Attempts
from assessment.usecases.records import ParticipantResults, ParticipantState, RoundInfo
from assessment.usecases.results import Results


def _check_answers(instrument: Instrument, form: str, answers: Mapping[str, int | None]) -> None:
    allowed = set(instrument.item_ids(form))
    for item_id, score in answers.items():
        if item_id not in allowed:
            raise Invalid("item", item_id)
        if score is not None and (not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5):
            raise Invalid("score", score)


def _check_comments(instrument: Instrument, comments: Mapping[str, str | None]) -> None:
    for dimension_id, text in comments.items():
        if dimension_id not in instrument.dimensions:
            raise Invalid("dimension", dimension_id)
        if text is not None and len(clean_text(text)) > MAX_TEXT:
            raise Invalid("comment", len(clean_text(text)))


def _check_open(r: Round) -> None:
    """RoundNotOpen unless the round accepts answers: open, and not archived (refused like a closed round)."""
    _check_accepting(r.label, r.status, r.archived_at)


def _check_accepting(label: str, status: str, archived_at: datetime | None) -> None:
    if archived_at is not None:
        raise RoundNotOpen(label, "closed")
    if status != "open":
        raise RoundNotOpen(label, status)


def _check_paced(instrument: Instrument, opened: set[str], answers: Mapping, comments: Mapping) -> None:
    """In a paced round, answers and comments only in the sections the facilitator opened."""
    of_dimension = instrument.section_of_dimension
    dimensions = [instrument.dimension_of_item[i] for i in answers] + list(comments)
    for section_id in dict.fromkeys(of_dimension[d] for d in dimensions):
        if section_id not in opened:
            raise UserError("section_not_open", section=section_id)


def _open_sections(session: Session, instrument: Instrument, r) -> tuple[str, ...] | None:
    """The sections opened so far in a paced round (``r``: a Round or a row with its id and paced), in order;
    None when the round is self-paced."""
    if not r.paced:
        return None
    opened = live.opened_sections(session, round_id=r.id)
    return tuple(s.id for s in instrument.sections if s.id in opened)


class Participation(Results, Attempts):
    """What a participant does, found by the resume token ``join`` gives."""

    def join(self, *, code: str, address: str | None = None) -> str:
        """Start a response set in the open round with this join code; returns its resume token.

        ``address`` is the client's IP address: a wrong code counts against it, and while it (or every
        address) has failed too often the code is not even looked up (TooManyAttempts). Drafts made with a
        valid code count against it too (kind DRAFT), so that a valid code cannot fill the database. None
        (the command line, imports, benchmarks on this machine) is not limited."""
        code = normalise_code(code)
        key = address_key(address) if address is not None else None
        with self._write() as session:
            now = self._admit(session, kind=JOIN, address=key) if key is not None else utcnow()
            r = repo.round_by_code(session, code=code) if code else None
            if r is None:
                if key is not None:
                    self._failed(session, kind=JOIN, address=key, now=now)
            else:
                _check_open(r)
                if key is not None:
                    self._admit(session, kind=DRAFT, address=key)
                    self._failed(session, kind=DRAFT, address=key, now=now)  # counted like a failure
                token = secrets.token_urlsafe(24)
                session.add(ResponseSet(round_id=r.id, token=token, status="draft", created_at=now, updated_at=now))
                return token
        raise UnknownCode(code)  # after the block: the failure it recorded is committed

    @staticmethod
    def _response_set(session: Session, token: str, *, lock: bool = False) -> ResponseSet:
        rs = repo.response_set_by_token(session, token=token, lock=lock) if token else None
        if rs is None:
            raise UnknownToken()
        return rs

    def participant_state(self, *, token: str) -> ParticipantState:
        """A participant's round, profile, answers and comments, found by resume token (three plain reads:
        every step of the questionnaire asks for it)."""
        with self._read() as session:
            found = save_queries.participant_rows(session, token=token) if token else None
            if found is None:
                raise UnknownToken()
            head, answers, comments = found
            instrument = self.instrument_by_digest(session, head.snapshot_digest)
            return ParticipantState(
                token=token,
                round=RoundInfo.of(head, head.initiative_name),
                instrument=instrument,
                display_name=head.display_name,
                sector=head.sector,
                role=head.role,
                status=head.set_status,
                answers={a.item_id: a.score for a in answers},
                comments={c.dimension_id: c.text for c in comments},
                submitted_at=head.submitted_at,
                open_sections=_open_sections(session, instrument, head),
            )

    def _editable(self, session: Session, token: str) -> ResponseSet:
        """The response set, locked until the transaction ends, if it may still change: a draft in an open round."""
        rs = self._response_set(session, token, lock=True)
        if rs.status == "submitted":
            raise AlreadySubmitted()
        _check_open(rs.round)
        return rs

    def update_profile(self, *, token: str, display_name: str | None, sector: str | None, role: str | None) -> None:
        """Save the optional name, sector and role."""
        name = clean_line(display_name or "") or None
        if name is not None and len(name) > MAX_DISPLAY_NAME:
            raise Invalid("display_name", name[:20] + "…")
        if sector is not None and sector not in SECTORS:
            raise Invalid("sector", sector)
        if role is not None and role not in ROLES:
            raise Invalid("role", role)
        with self._write() as session:
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
        """Save answers (item -> 1–5, None = don't know) and dimension comments (empty text removes one).

        The response set is locked from the first read to the commit, so a save never lands after a
        submission. Answers alone (every tap on a phone) take one read and two statements, no ORM objects."""
        answers = dict(answers or {})
        comments = dict(comments or {})
        with self._write() as session:
            target = save_queries.locked_for_saving(session, token=token) if token else None
            if target is None:
                raise UnknownToken()
            if target.status == "submitted":
                raise AlreadySubmitted()
            _check_accepting(target.round_label, target.round_status, target.archived_at)
            instrument = self.instrument_by_digest(session, target.snapshot_digest)
            _check_answers(instrument, target.form, answers)
            _check_comments(instrument, comments)
            if target.paced:
                _check_paced(instrument, live.opened_sections(session, round_id=target.round_id), answers, comments)
            if answers:
                of_item = instrument.dimension_of_item
                rows = [(item_id, of_item[item_id], score) for item_id, score in answers.items()]
                save_queries.upsert_answers(session, response_set_id=target.id, answers=rows)
            if comments:
                self._store_comments(session, target.id, comments)
            save_queries.touch_response_set(session, response_set_id=target.id, when=utcnow())

    @staticmethod
    def _store_comments(session: Session, response_set_id: int, comments: Mapping[str, str | None]) -> None:
        current = repo.comments_of(session, response_set_id=response_set_id)
        for dimension_id, text in comments.items():
            text = clean_text(text or "")
            comment = current.get(dimension_id)
            if not text:
                if comment is not None:
                    session.delete(comment)
            elif comment is None:
                session.add(Comment(response_set_id=response_set_id, dimension_id=dimension_id, text=text))
            else:
                comment.text = text

    def submit(self, *, token: str) -> datetime:
        """Submit the response set; submitting again changes nothing and returns the first submission time."""
        with self._write() as session:
            rs = self._response_set(session, token, lock=True)
            if rs.status == "submitted":
                return rs.submitted_at  # type: ignore[return-value]
            _check_open(rs.round)
            repo.mark_submitted(session, response_set_id=rs.id, when=utcnow())
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
