"""What the use cases return: plain frozen records, never database rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from assessment.domain import scoring
from assessment.domain.instrument import Instrument
from assessment.store.models import Action, Round


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
    paced: bool = False  # sections opened one at a time by the facilitator
    archived: bool = False  # kept, hidden from lists, closed to participants

    @classmethod
    def of(cls, r: Round, initiative_name: str) -> RoundInfo:
        """From a Round, or a row with the same column names."""
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
            bool(r.paced),
            r.archived_at is not None,
        )


@dataclass(frozen=True)
class LiveCounts:
    """A round's participants as the presenter view counts them.

    ``joined`` is every response set; ``in_progress`` the drafts with at least one answer, comment or
    profile field; ``empty`` the drafts with nothing at all (joined, then nothing); ``submitted``."""

    joined: int
    in_progress: int
    submitted: int
    empty: int


@dataclass(frozen=True)
class RoundParts:
    """Pacing and projector state of a round: sections opened to participants, parts shown on the projector
    (section ids and PRESENTER_ACTIVITIES)."""

    paced: bool
    opened: frozenset[str]
    shown: frozenset[str]


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
    open_sections: tuple[str, ...] | None = None  # None: self-paced, every section; else the opened ones

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


@dataclass(frozen=True)
class LatestScores:
    """The latest round of an initiative with at least one submitted participant, and its results.

    ``round`` and ``result`` are None when no round has any; ``instrument`` is then the current one."""

    round: RoundInfo | None
    instrument: Instrument
    result: scoring.RoundResult | None


@dataclass(frozen=True)
class ParticipantPreview:
    name: str
    sector: str | None
    role: str | None
    answers: int
    dont_know: int
    comments: int
    first_row: int


@dataclass(frozen=True)
class ImportPreview:
    """What an import would create; nothing is written to compute it."""

    kind: str  # 'csv' | 'xlsx'
    initiative: str
    new_initiative: bool
    round: str
    new_round: bool
    form: str
    participants: tuple[ParticipantPreview, ...]

    @property
    def answers(self) -> int:
        return sum(p.answers for p in self.participants)

    @property
    def dont_know(self) -> int:
        return sum(p.dont_know for p in self.participants)


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
    networks: tuple[str, ...] = ()  # the names of the networks it holds

    @property
    def existing(self) -> list[str]:
        return [i.name for i in self.initiatives if i.exists]


@dataclass(frozen=True)
class NewCode:
    """A round whose join code was already used by another initiative's round, and got a new one."""

    initiative: str
    round: str
    old: str
    new: str


@dataclass(frozen=True)
class NetworkMembership:
    """An initiative in a network; ``alias`` its anonymous alias there, ``old_alias`` the backup's alias when
    another member of that network already had it (the member then got a new one)."""

    network: str
    initiative: str
    alias: str
    old_alias: str | None = None


@dataclass(frozen=True)
class RestoreSummary:
    initiatives: tuple[str, ...]
    replaced: tuple[str, ...]
    rounds: int
    participants: int
    answers: int
    actions: int
    new_codes: tuple[NewCode, ...]
    networks: tuple[str, ...] = ()  # the backup's networks, by name, created or merged
    merged_networks: tuple[str, ...] = ()  # those the database already had: the backup's members were added
    members: int = 0  # memberships of the backup written
    kept_members: tuple[NetworkMembership, ...] = ()  # of replaced initiatives, kept as the database had them
    new_aliases: tuple[NetworkMembership, ...] = ()  # the backup's alias was taken in its network
