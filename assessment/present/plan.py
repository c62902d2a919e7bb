"""The words of the plan on a page and of the progress report, shared by the screen and the documents: section
titles, the texts the app fills in from its data, and the strategy map's events. No Streamlit, no HTML."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from textwrap import shorten

from assessment.domain.plan import PlanFacts, PlanTexts, ProgressFacts
from assessment.present.i18n import colon, format_day, format_score, t, tn
from assessment.present.sentences import dimension_title, signed

SECTION_TITLES = {
    "theory_of_change": "plan.section.theory_of_change",
    "key_data": "plan.section.key_data",
    "research": "plan.section.research",
    "partners": "plan.section.partners",
    "progress_measures": "plan.section.progress_measures",
    "results": "plan.section.results",
    "get_involved": "plan.section.get_involved",
}
MAX_MEASURES = 6  # dimensions listed under "progress measures": the page has room for no more
MAX_DONE = 4  # actions done listed under "results so far"


def section_title(section: str, lang: str) -> str:
    return t(SECTION_TITLES[section], lang)


def _key_data(facts: PlanFacts, lang: str) -> str:
    result = facts.result
    if not result.participants:
        return t("plan.fill.no_answers", lang, round=facts.round_label)
    lines = [
        t(
            "plan.fill.index",
            lang,
            index=format_score(result.index, lang, 0),
            verdict=t(f"verdict.{result.verdict or 'none'}", lang),
        ),
        tn("plan.fill.participants", lang, result.participants, round=facts.round_label),
    ]
    if facts.sectors:
        names = ", ".join(t(f"sector.{s}", lang) for s in facts.sectors)
        lines.append(tn("plan.fill.sectors", lang, len(facts.sectors), names=names))
    return "\n".join(f"• {line}" for line in lines)


def _progress_measures(facts: PlanFacts, lang: str) -> str:
    followed = [d for d in facts.followed if d in facts.shared_dimensions] or list(facts.shared_dimensions)
    if facts.change is None or not facts.result.participants:
        return t("plan.fill.no_trend", lang, baseline=facts.baseline_label)
    lines = []
    for d in followed[:MAX_MEASURES]:
        score = facts.result.dimension(d).score
        delta = signed(facts.change.delta_baseline.get(d), lang)
        lines.append(
            f"• {dimension_title(facts.instrument, d, lang)}{colon(lang)}{format_score(score, lang, 2)} ({delta})"
        )
    return "\n".join([t("plan.fill.since_baseline", lang, baseline=facts.baseline_label), *lines])


def _results(facts: PlanFacts, lang: str) -> str:
    lines = []
    for d, before, after in facts.bands_gained()[:MAX_MEASURES]:
        title = dimension_title(facts.instrument, d, lang)
        lines.append(
            t(
                "plan.fill.band_gained",
                lang,
                dimension=title,
                before=t(f"band.{before or 'none'}", lang),
                after=t(f"band.{after}", lang),
            )
        )
    if not lines:
        lines.append(t("plan.fill.no_band_gained", lang, baseline=facts.baseline_label))
    lines.append(tn("plan.fill.actions_done", lang, len(facts.done)))
    lines += [f"  – {shorten(' '.join(a.what.split()), 80, placeholder='…')}" for a in facts.done[:MAX_DONE]]
    return "\n".join(line if line.startswith("  ") else f"• {line}" for line in lines)


_FILLERS = {"key_data": _key_data, "progress_measures": _progress_measures, "results": _results}


def filled_text(section: str, facts: PlanFacts, lang: str) -> str:
    """What the app writes in ``section`` from its data ("" for a section it has no data for)."""
    filler = _FILLERS.get(section)
    return filler(facts, lang) if filler else ""


def section_text(texts: PlanTexts, facts: PlanFacts, section: str, lang: str) -> str:
    """A section's text on the page: as written by the coordinator, else filled from the app's data."""
    return texts.texts.get(section) or filled_text(section, facts, lang)


@dataclass(frozen=True)
class MapEvent:
    """One mark of the strategy map: a round (with its index), an action (by its due date) or a decision."""

    kind: str  # "round" | "action" | "decision"
    day: date
    label: str
    detail: str


def map_events(facts: ProgressFacts, lang: str) -> list[MapEvent]:
    """Every dated round, action and decision of the initiative, by day."""
    events = [
        MapEvent(
            "round",
            c.round.date,
            c.round.label,
            t("progress.map.index", lang, index=format_score(c.round.result.index, lang, 0)),
        )
        for c in facts.comparison.rounds
    ]
    events += [
        MapEvent("action", a.due, a.what, t(f"action_status.{a.status}", lang))
        for a in facts.actions
        if a.due is not None
    ]
    events += [MapEvent("decision", d.day, d.text, d.decided_by) for d in facts.decisions]
    return sorted(events, key=lambda e: (e.day, ("round", "decision", "action").index(e.kind)))


def day_range(facts: ProgressFacts, lang: str) -> str:
    return t("progress.period", lang, start=format_day(facts.start, lang), end=format_day(facts.end, lang))
