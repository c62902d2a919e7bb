"""The backbone's documents: the plan on a page of each round (kept per round), the decisions log of each
initiative, and the progress report of a period with its strategy map.

A round's plan that was never saved starts from the plan of the latest earlier round (agenda, sections,
contact and the texts of sections the app cannot fill), else from the initiative's description; the sections
the app can fill (key data, progress measures, results so far) start from its data, in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from assessment.domain import plan as rules
from assessment.store import plan_queries
from assessment.store import repository as repo
from assessment.store.models import Decision, Initiative, Round
from assessment.usecases.base import utcnow
from assessment.usecases.reports import Reports


@dataclass(frozen=True)
class PlanDraft:
    """A round's plan as it stands (``saved``: written for this round, else the starting point) with the facts
    its data sections are filled from."""

    round_id: int
    texts: rules.PlanTexts
    saved: bool
    facts: rules.PlanFacts


def _entry(d: Decision) -> rules.DecisionEntry:
    return rules.DecisionEntry(id=d.id, day=d.day, text=d.text, decided_by=d.decided_by)


class Plans(Reports):
    """Plans on a page, decisions logs and progress reports."""

    # ---- the plan on a page ---------------------------------------------------------------------------
    def plan_of_round(self, *, round_id: int) -> PlanDraft:
        """The round's saved plan, or where a new one starts (see the module's docstring)."""
        with self._read() as session:
            r = self._get(session, Round, round_id, "round")
            stored = plan_queries.plan_of(session, round_id=r.id)
            saved = stored is not None
            if stored is None:
                earlier = plan_queries.latest_earlier_plan(session, initiative_id=r.initiative_id, before=r)
                stored = plan_queries.plan_of(session, round_id=earlier.round_id) if earlier else None
                if stored is not None:  # texts the app would fill come from this round's data, not the earlier's
                    stored = stored[0], {s: x for s, x in stored[1].items() if s not in rules.DATA_SECTIONS}
            if stored is None:
                texts = rules.PlanTexts(r.initiative.description.strip(), rules.DEFAULT_SECTIONS, {}, "")
            else:
                plan, written = stored
                texts = rules.PlanTexts(plan.agenda, tuple(plan.sections.split(",")), written, plan.contact)
            initiative, label = r.initiative.name, r.label
        return PlanDraft(round_id, texts, saved, self._plan_facts(initiative, label))

    def _plan_facts(self, initiative: str, label: str) -> rules.PlanFacts:
        """What the app knows for the plan of round ``label`` (scores, sectors, comparison, actions)."""
        comparison = self.comparison(initiative=initiative)
        change = next(c for c in comparison.rounds if c.round.label == label)
        info = self.initiative(name=initiative)
        actions = self.list_actions(initiative_id=info.id)
        with self._read() as session:
            profiles = repo.participants_by_profile(session, round_id=change.round.id)
        sectors = tuple(sorted({sector for sector, _ in profiles if sector}))
        baseline = comparison.baseline
        return rules.PlanFacts(
            initiative=initiative,
            round_label=label,
            round_date=change.round.date,
            instrument=self.instrument_of_round(round_id=change.round.id),
            result=change.round.result,
            sectors=sectors,
            change=None if baseline.id == change.round.id else change,
            baseline_label=baseline.label,
            shared_dimensions=comparison.shared_dimensions,
            followed=tuple(dict.fromkeys(a.dimension_id for a in actions)),
            done=tuple(rules.DoneAction(a.dimension_id, a.what) for a in actions if a.status == "done"),
            baseline_bands={d: baseline.result.dimension(d).band for d in comparison.shared_dimensions},
        )

    def save_plan(
        self, *, round_id: int, agenda: str, sections: Sequence[str], texts: Mapping[str, str], contact: str
    ) -> PlanDraft:
        """Write the round's plan (checked: four known sections, lengths); an empty text leaves a data section to
        be filled from the app's data. Earlier rounds' plans are untouched."""
        checked = rules.check_plan(agenda=agenda, sections=sections, texts=dict(texts), contact=contact)
        with self._write() as session:
            self._get(session, Round, round_id, "round")
            plan_queries.save_plan(
                session,
                round_id=round_id,
                agenda=checked.agenda,
                sections=checked.sections,
                texts=checked.texts,
                contact=checked.contact,
                now=utcnow(),
            )
        return self.plan_of_round(round_id=round_id)

    def _plan_round(self, initiative: str, round_label: str | None) -> int:
        """The round of a plan: the one named, else the latest with answers, else the latest."""
        initiative_id = self._require_rounds(initiative)
        if round_label is not None:
            return self.find_round(initiative=initiative, label=round_label).id
        latest = self.latest_scores(initiative_id=initiative_id).round
        return latest.id if latest else self.list_rounds(initiative_id=initiative_id, include_archived=True)[-1].id

    def plan_on_a_page(
        self,
        *,
        initiative: str,
        round_label: str | None = None,
        sections: Sequence[str] | None = None,
        lang: str,
        generated_at: datetime | None = None,
    ) -> str:
        """The printable plan on a page (HTML) of a round, in ``lang``; ``sections`` overrides the saved choice."""
        from assessment.reports.plan_page import plan_page_html

        draft = self.plan_of_round(round_id=self._plan_round(initiative, round_label))
        texts = draft.texts
        if sections is not None:
            texts = rules.PlanTexts(texts.agenda, rules.check_sections(sections), texts.texts, texts.contact)
        when = generated_at or datetime.now().replace(microsecond=0)
        return plan_page_html(texts=texts, facts=draft.facts, lang=lang, generated_at=when)

    # ---- the decisions log ----------------------------------------------------------------------------
    def add_decision(self, *, initiative_id: int, day: date, text: str, decided_by: str = "") -> rules.DecisionEntry:
        """Log a decision of the initiative: the day it was taken, what, and who decided."""
        text, decided_by = rules.check_decision(text, decided_by)
        with self._write() as session:
            self._get(session, Initiative, initiative_id, "initiative")
            row = Decision(initiative_id=initiative_id, day=day, text=text, decided_by=decided_by, created_at=utcnow())
            session.add(row)
            session.flush()
            return _entry(row)

    def delete_decision(self, *, decision_id: int) -> None:
        with self._write() as session:
            session.delete(self._get(session, Decision, decision_id, "decision"))

    def list_decisions(
        self, *, initiative_id: int, start: date | None = None, end: date | None = None
    ) -> list[rules.DecisionEntry]:
        """An initiative's decisions by day (within [start, end] when given)."""
        with self._read() as session:
            rows = plan_queries.decisions_of(session, initiative_id=initiative_id, start=start, end=end)
            return [_entry(d) for d in rows]

    # ---- the progress report --------------------------------------------------------------------------
    def progress_facts(self, *, initiative: str, start: date, end: date) -> rules.ProgressFacts:
        """Everything the progress report of [start, end] shows (see ProgressFacts)."""
        rules.check_period(start, end)
        initiative_id = self._require_rounds(initiative)
        comparison = self.comparison(initiative=initiative)
        dated = [c for c in comparison.rounds if c.round.date <= end and c.round.result.participants]
        current = dated[-1] if dated else None
        instrument_round = (current or comparison.rounds[-1]).round.id
        return rules.ProgressFacts(
            initiative=comparison.initiative,
            start=start,
            end=end,
            comparison=comparison,
            current=current,
            instrument=self.instrument_of_round(round_id=instrument_round),
            decisions=tuple(self.list_decisions(initiative_id=initiative_id)),
            actions=tuple(self.list_actions(initiative_id=initiative_id)),
        )

    def progress_report(
        self, *, initiative: str, start: date, end: date, lang: str, generated_at: datetime | None = None
    ) -> str:
        """The progress report of [start, end] with its strategy map (HTML, two or three printed pages)."""
        from assessment.reports.progress_report import progress_report_html

        facts = self.progress_facts(initiative=initiative, start=start, end=end)
        when = generated_at or datetime.now().replace(microsecond=0)
        return progress_report_html(facts=facts, lang=lang, generated_at=when)
