"""Responses files in and out: one import pipeline (previewed, then written all or nothing), and the export.

The preview and the import run the same checks (``_checked_import``): names, the file against the round's
instrument and form, participants already in the round. The preview only reads, so the two cannot disagree.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assessment.domain.errors import ImportRejected, NotFound
from assessment.domain.instrument import Instrument
from assessment.domain.text import clean_line
from assessment.formats.responses_csv import ParsedParticipant, write_csv
from assessment.formats.sheet import read_responses
from assessment.store import repository as repo
from assessment.store.engine import IntegrityError, Session
from assessment.store.models import Answer, Initiative, ResponseSet, Round
from assessment.usecases.base import utcnow
from assessment.usecases.records import ImportPreview, ImportSummary, ParticipantPreview
from assessment.usecases.rounds import Rounds, checked_label, checked_name


@dataclass(frozen=True)
class _CheckedImport:
    """A file that passed every check of the import, and where it goes (None: to be created)."""

    kind: str
    initiative: str
    label: str
    existing_initiative: Initiative | None
    existing_round: Round | None
    instrument: Instrument
    participants: list[ParsedParticipant]

    @property
    def form(self) -> str:
        return self.existing_round.form if self.existing_round else "full"


def add_participants(session: Session, r: Round, instrument: Instrument, parsed: Sequence[ParsedParticipant]) -> int:
    """Store parsed participants as submitted response sets of ``r``; returns how many answers were stored."""
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


def _preview_of(p: ParsedParticipant) -> ParticipantPreview:
    dont_know = sum(score is None for score in p.answers.values())
    return ParticipantPreview(p.name, p.sector, p.role, len(p.answers), dont_know, len(p.comments), p.first_row)


class Transfer(Rounds):
    """Importing responses files into rounds, and exporting rounds as responses files."""

    def _checked_import(
        self, session: Session, *, data: bytes, initiative: str, label: str, filename: str
    ) -> _CheckedImport:
        """The one pipeline of the preview and the import: Invalid for a bad name (before the file is read),
        ImportRejected with every fault by row number, else the participants and where they go."""
        initiative, label = checked_name(initiative), checked_label(label)
        i = repo.initiative_by_name(session, name=initiative)
        r = repo.round_by_label(session, initiative_id=i.id, label=label) if i else None
        instrument = self.instrument_of(r) if r else self.current_instrument()
        kind, parsed = read_responses(data, instrument, r.form if r else "full", filename)
        taken = repo.display_names_of_round(session, round_id=r.id) if r else set()
        clashes = [(p.first_row, "participant_exists", {"participant": p.name}) for p in parsed if p.name in taken]
        if clashes:
            raise ImportRejected(clashes)
        return _CheckedImport(kind, initiative, label, i, r, instrument, parsed)

    def preview_import(self, *, data: bytes, initiative: str, label: str, filename: str = "") -> ImportPreview:
        """What importing ``data`` into ``initiative`` / ``label`` would create (both created when missing);
        raises what the import would raise. Nothing is written."""
        with self._read() as session:
            checked = self._checked_import(session, data=data, initiative=initiative, label=label, filename=filename)
        return ImportPreview(
            kind=checked.kind,
            initiative=checked.initiative,
            new_initiative=checked.existing_initiative is None,
            round=checked.label,
            new_round=checked.existing_round is None,
            form=checked.form,
            participants=tuple(_preview_of(p) for p in checked.participants),
        )

    def import_file(
        self, *, data: bytes, initiative: str, label: str, on: date | None = None, filename: str = ""
    ) -> ImportSummary:
        """Import a responses CSV or Excel sheet into a round (both created when missing), all or nothing;
        a created round is closed, with the current instrument and the full form."""
        with self._write() as session:
            checked = self._checked_import(session, data=data, initiative=initiative, label=label, filename=filename)
            i = checked.existing_initiative or self._add_initiative(session, checked.initiative)
            r = checked.existing_round
            if r is None:
                r = self._add_round(
                    session, i, label=checked.label, on=on or date.today(), form="full", instrument=checked.instrument
                )
                r.status = "closed"
            answers = add_participants(session, r, checked.instrument, checked.participants)
            return ImportSummary(i.name, r.label, len(checked.participants), answers, checked.existing_round is None)

    def export_rows(self, *, initiative: str, label: str | None = None) -> list[dict[str, object]]:
        """The responses CSV rows of an initiative (or one round): submitted answers, instrument order."""
        with self._read() as session:
            i = self._initiative_named(session, initiative)
            rounds = repo.rounds_of(session, initiative_id=i.id)
            if label is not None:
                rounds = [r for r in rounds if r.label == clean_line(label)]
                if not rounds:
                    raise NotFound("round", label)
            return [row for r in rounds for row in self._round_rows(session, i, r)]

    def _round_rows(self, session: Session, i: Initiative, r: Round) -> list[dict[str, object]]:
        instrument = self.instrument_of(r)
        order = {item_id: n for n, item_id in enumerate(instrument.items)}
        response_sets = repo.submitted_response_sets(session, round_id=r.id)
        answers = repo.answers_of_round(session, round_id=r.id)
        comments = repo.comments_of_round(session, round_id=r.id)
        rows: list[dict[str, object]] = []
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
                        "submitted_at": rs.submitted_at.isoformat(timespec="seconds") if rs.submitted_at else None,
                    }
                )
        return rows

    def export_responses(self, *, initiative: str, label: str | None = None) -> bytes:
        """The responses CSV file (UTF-8 with BOM)."""
        return write_csv(self.export_rows(initiative=initiative, label=label))


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
