"""The plan on a page and the progress report: pure rules (sections, lengths, periods, what is done or overdue).

The plan on a page (seed 000) is a banner (the initiative's name and its common agenda), four of the seven
central sections chosen by the coordinator, and a contact footer. Its texts are limited in length so that the
whole page, at the longest, still prints on one A4 or Letter page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from assessment.domain.compare import BAND_ORDER, Comparison, RoundChange
from assessment.domain.errors import Invalid
from assessment.domain.instrument import Instrument
from assessment.domain.scoring import RoundResult

#: The seven central sections of a plan on a page, in the order the page shows them.
PLAN_SECTIONS: tuple[str, ...] = (
    "theory_of_change",
    "key_data",
    "research",
    "partners",
    "progress_measures",
    "results",
    "get_involved",
)
#: The sections the app can pre-fill from its own data (latest round, comparison, actions).
DATA_SECTIONS: frozenset[str] = frozenset({"key_data", "progress_measures", "results"})
#: A new plan's choice: the three the app fills in, and how to get involved.
DEFAULT_SECTIONS: tuple[str, ...] = ("key_data", "progress_measures", "results", "get_involved")
SECTIONS_ON_A_PAGE = 4

# Lengths in characters, chosen so the longest plan still prints on one page (tests/e2e/test_plan_print.py).
MAX_AGENDA = 400  # the common agenda statement in the banner
MAX_SECTION_TEXT = 700  # one section's text
MAX_CONTACT = 200  # the contact footer
MAX_DECISION = 500  # one decision of the log
MAX_DECIDED_BY = 200  # who decided
# Lines (line breaks + 1) each text may have: a text of many short lines is as long on paper as a long one.
MAX_AGENDA_LINES = 4
MAX_SECTION_LINES = 12
MAX_CONTACT_LINES = 2


@dataclass(frozen=True)
class PlanTexts:
    """What the coordinator wrote for one round's plan: agenda, chosen sections, their texts, contact.

    ``texts`` holds only the sections written by hand; a data section without text is filled from the app."""

    agenda: str
    sections: tuple[str, ...]
    texts: dict[str, str]
    contact: str


def clean_text(text: str) -> str:
    """``text`` without control characters (line breaks and tabs kept) and without surrounding spaces."""
    kept = (c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    return "".join(kept).replace("\r", "").strip()


def check_sections(sections: Iterable[str]) -> tuple[str, ...]:
    """Exactly four distinct known sections, returned in the page's order; Invalid otherwise."""
    chosen = list(sections)
    unknown = [s for s in chosen if s not in PLAN_SECTIONS]
    if unknown:
        raise Invalid("plan_section", unknown[0])
    if len(set(chosen)) != SECTIONS_ON_A_PAGE or len(chosen) != SECTIONS_ON_A_PAGE:
        raise Invalid("plan_sections", len(set(chosen)))
    return tuple(s for s in PLAN_SECTIONS if s in chosen)


def parse_sections(text: str) -> tuple[str, ...]:
    """``a,b,c,d`` (as typed on the command line) as a checked choice of sections."""
    return check_sections(part.strip() for part in text.split(",") if part.strip())


def _limited(text: str, limit: int, field: str, lines: int | None = None) -> str:
    """``text`` cleaned; Invalid(field) when longer than ``limit`` characters, Invalid(plan_lines) when it has
    more than ``lines`` lines."""
    cleaned = clean_text(text)
    if len(cleaned) > limit:
        raise Invalid(field, len(cleaned))
    if lines is not None and cleaned.count("\n") >= lines:
        raise Invalid("plan_lines", lines)
    return cleaned


def check_plan(*, agenda: str, sections: Sequence[str], texts: dict[str, str], contact: str) -> PlanTexts:
    """A plan's texts cleaned and checked (lengths, sections); empty section texts are dropped (filled from data
    or left blank)."""
    chosen = check_sections(sections)
    written: dict[str, str] = {}
    for section, text in texts.items():
        if section not in PLAN_SECTIONS:
            raise Invalid("plan_section", section)
        cleaned = _limited(text, MAX_SECTION_TEXT, "plan_text", MAX_SECTION_LINES)
        if cleaned:
            written[section] = cleaned
    return PlanTexts(
        agenda=_limited(agenda, MAX_AGENDA, "plan_agenda", MAX_AGENDA_LINES),
        sections=chosen,
        texts=written,
        contact=_limited(contact, MAX_CONTACT, "plan_contact", MAX_CONTACT_LINES),
    )


def check_decision(text: str, decided_by: str) -> tuple[str, str]:
    """A decision's text (required) and who decided, cleaned and checked."""
    text = _limited(text, MAX_DECISION, "decision")
    if not text:
        raise Invalid("decision", 0)
    return text, _limited(decided_by, MAX_DECIDED_BY, "decided_by")


def check_period(start: date, end: date) -> None:
    """A period runs forward: Invalid when it ends before it starts."""
    if end < start:
        raise Invalid("period", f"{start.isoformat()} → {end.isoformat()}")


def in_period(day: date | None, start: date, end: date) -> bool:
    """Whether ``day`` falls within the period, both ends included."""
    return day is not None and start <= day <= end


def is_overdue(*, status: str, due: date | None, on: date) -> bool:
    """An action is overdue on ``on`` when it was due before that day and is neither done nor dropped."""
    return due is not None and due < on and status in ("planned", "in_progress")


@dataclass(frozen=True)
class DecisionEntry:
    """One decision of the log: the day it was taken, what was decided, who decided (may be empty)."""

    id: int
    day: date
    text: str
    decided_by: str


@dataclass(frozen=True)
class DoneAction:
    """An action marked done, as the plan's "results so far" lists it."""

    dimension_id: str
    what: str


@dataclass(frozen=True)
class PlanFacts:
    """What the app knows for one round's plan: its scores, the sectors that answered, the comparison with the
    baseline, the dimensions that have actions (followed) and the actions done."""

    initiative: str
    round_label: str
    round_date: date
    instrument: Instrument
    result: RoundResult
    sectors: tuple[str, ...]
    change: RoundChange | None  # None when the round is the baseline itself or the only round
    baseline_label: str
    shared_dimensions: tuple[str, ...]
    followed: tuple[str, ...]
    done: tuple[DoneAction, ...]
    baseline_bands: dict[str, str | None] = field(default_factory=dict)  # each shared dimension's band then

    def bands_gained(self) -> list[tuple[str, str | None, str | None]]:
        """(dimension, band at the baseline, band now) of every shared dimension whose band rose since the
        baseline."""
        if self.change is None:
            return []
        gained = []
        for d in self.shared_dimensions:
            before, after = self._baseline_band(d), self.result.dimension(d).band
            if BAND_ORDER.get(after or "", -1) > BAND_ORDER.get(before or "", -1):
                gained.append((d, before, after))
        return gained

    def _baseline_band(self, dimension_id: str) -> str | None:
        return self.baseline_bands.get(dimension_id)


@dataclass(frozen=True)
class ProgressFacts:
    """What a progress report shows for a period: decisions taken in it, actions done and overdue, the latest
    round dated within it or before (``current``) against the baseline and the previous round, the next steps,
    and everything the strategy map places in time."""

    initiative: str
    start: date
    end: date
    comparison: Comparison
    current: RoundChange | None
    instrument: Instrument
    decisions: tuple[DecisionEntry, ...]  # every decision of the initiative (the period's are picked out)
    actions: tuple  # every action of the initiative (usecases' ActionInfo)

    def decisions_in_period(self) -> list[DecisionEntry]:
        return [d for d in self.decisions if in_period(d.day, self.start, self.end)]

    def overdue(self) -> list:
        """Actions due before the end of the period and neither done nor dropped, by due date."""
        return [a for a in self.actions if is_overdue(status=a.status, due=a.due, on=self.end)]

    def done(self) -> list:
        """Actions done whose due date falls in the period, or that are undated."""
        return [
            a for a in self.actions if a.status == "done" and (a.due is None or in_period(a.due, self.start, self.end))
        ]

    def next_steps(self) -> list:
        """Actions still planned or in progress that are not overdue: what comes next, by due date (undated last)."""
        return [
            a
            for a in self.actions
            if a.status in ("planned", "in_progress") and not is_overdue(status=a.status, due=a.due, on=self.end)
        ]
