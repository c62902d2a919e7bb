"""HTML sections both reports show: the verdict block, bands gained and lost, comparison notes and the
action plan. The words come from present/ (the same as on the screens); here they become escaped markup."""

from __future__ import annotations

from collections.abc import Sequence

from assessment.domain import scoring
from assessment.domain.compare import Comparison
from assessment.domain.instrument import Instrument
from assessment.domain.reflections import ReflectionSummary
from assessment.present import sentences
from assessment.present.i18n import format_day, format_score, t
from assessment.present.reflections import side_by_side
from assessment.present.tables import Action, actions_table
from assessment.reports.html import Html, e, h3, p, section, table, ul


def _metrics(result: scoring.RoundResult, lang: str) -> Html:
    """Participants, index and fit, side by side."""
    metrics = [
        (t("results.participants", lang), str(result.participants)),
        (t("results.index", lang), format_score(result.index, lang, 0)),
        (t("results.fit", lang), format_score(result.section("fit").score, lang, 2)),
    ]
    cells = "".join(
        f'<div class="metric"><div class="label">{e(label)}</div><div class="value">{e(value)}</div></div>'
        for label, value in metrics
    )
    return Html(f'<div class="metrics">{cells}</div>')


def verdict_block(instrument: Instrument, result: scoring.RoundResult, lang: str) -> Html:
    """Verdict with its reasons, the index, the number of participants and the fit flag."""
    parts = [_metrics(result, lang)]
    if not result.participants:
        return Html(parts[0] + p(t("results.empty", lang), "note"))
    v = sentences.verdict(instrument, result, lang)
    parts.append(
        Html(
            f'<div class="verdict {v.code}"><strong>{e(t("exports.verdict", lang, verdict=v.name))}</strong> — '
            f"{e(v.help)}</div>"
        )
    )
    parts += [p(t("results.why", lang)), ul(v.reasons), p(v.fit, "flag" if v.fit_concern else "")]
    return Html("".join(parts))


def band_changes(comparison: Comparison, instrument: Instrument, lang: str, only: int | None = None) -> list[Html]:
    """Bands gained and lost between consecutive rounds, one heading per step (only the step into ``only``)."""
    return [
        Html(
            h3(step.heading)
            + (ul([line.text for line in step.lines]) if step.lines else p(t("compare.no_band_change", lang), "note"))
        )
        for step in sentences.band_changes(comparison, instrument, lang, only=only)
    ]


def comparison_notes(comparison: Comparison, instrument: Instrument, lang: str) -> list[Html]:
    """The comparison's caveats, each a note."""
    return [p(note.text, "note") for note in sentences.comparison_notes(comparison, instrument, lang)]


def actions_section(actions: Sequence[Action], instrument: Instrument, lang: str) -> Html:
    """The action plan as a table (without the dimension id column), or a note that there is none."""
    if not actions:
        return section(t("exports.actions", lang), p(t("exports.no_actions", lang), "note"))
    plan = actions_table(actions, instrument, lang)
    rows = [
        [title, what, owner, format_day(due, lang) if due else t("actions.no_due", lang), status, note]
        for title, _id, what, owner, due, status, note in plan.rows
    ]
    return section(t("exports.actions", lang), table([plan.headers[0], *plan.headers[2:]], rows))


def reflections_section(by_round: Sequence[tuple[str, ReflectionSummary]], lang: str) -> Html:
    """Each round's closing reflections side by side (one column per round), hidden entries left out."""
    shown = side_by_side(by_round, lang)
    if shown is None:
        return section(t("reflections.title", lang), p(t("reflections.none", lang), "note"))
    return section(
        t("reflections.title", lang), p(t("reflections.intro", lang), "note"), table(shown.headers, shown.rows)
    )
