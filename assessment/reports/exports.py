"""Exports of an initiative: an Excel workbook and a standalone HTML report (issue 3, point 4).

Pure builders (results in, bytes or text out) and two use cases that gather the results through the
services. Scores are on the 1–5 scale, the index on 0–100; the workbook keeps them unrounded.
The HTML report is one offline file: Plotly's JavaScript is inlined once, nothing is fetched, and every
text, user-typed or not, is HTML-escaped.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go
import xlsxwriter

from assessment.domain import scoring
from assessment.domain.compare import Comparison, RoundChange
from assessment.domain.instrument import Instrument
from assessment.formats.responses_csv import EXPORT_COLUMNS
from assessment.present import charts
from assessment.present.i18n import format_score, t

if TYPE_CHECKING:
    from assessment.usecases.records import ActionInfo, RoundReport

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHART_WIDTH = 680  # px: 180 mm, the width of an A4 page with 15 mm margins at 96 dpi
CHART_TEMPLATE = "plotly_white"  # coloured traces on white: the same on screen, on paper and in any process
SHEET_NAME_MAX = 31  # Excel's limit
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# A text cell starting with one of these is read as a formula by a spreadsheet program on input.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# ---- shared helpers -----------------------------------------------------------------------------------
def file_stem(initiative: str, round_label: str | None = None) -> str:
    """An ASCII file name stem from the initiative name and the round label (no extension)."""
    text = f"{initiative} {round_label}" if round_label else initiative
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80] or "export"


def signed(value: float | None, lang: str, digits: int = 2) -> str:
    """A change with its sign (+0.42 / −, in French +0,42); an em dash for none."""
    if value is None:
        return "—"
    text = f"{value:+.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def _round_name(change: RoundChange, lang: str) -> str:
    """A round's label, marked when it is still open."""
    label = change.round.label
    return f"{label} ({t('compare.in_progress', lang)})" if change.in_progress else label


def _reasons(instrument: Instrument, result: scoring.RoundResult, lang: str) -> list[str]:
    """Why the verdict is what it is, in words (scoring.verdict_reasons)."""
    return [
        t(
            f"reason.{code}",
            lang,
            dimension=instrument.dimensions[d].title.get(lang) if d else "",
            score=format_score(result.dimension(d).score, lang, 2) if d else "",
        )
        for code, d in scoring.verdict_reasons(instrument, result)
    ]


def _title(instrument: Instrument, dimension_id: str, lang: str) -> str:
    dimension = instrument.dimensions.get(dimension_id)
    return dimension.title.get(lang) if dimension else dimension_id


# ---- Excel workbook --------------------------------------------------------------------------------------
def sheet_name(label: str, taken: set[str]) -> str:
    """A valid, unique sheet name for ``label``: forbidden characters replaced, 31 characters at most."""
    base = _SHEET_FORBIDDEN.sub("_", label).strip("' ") or "_"
    name, n = base[:SHEET_NAME_MAX], 1
    while name.lower() in taken:
        n += 1
        suffix = f" ({n})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(name.lower())
    return name


def _summary_frames(
    change: RoundChange, instrument: Instrument, initiative: str, lang: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A round's summary: (field/value block, one row per dimension)."""
    r, result = change.round, change.round.result
    fields = [
        (t("rounds.initiative", lang), initiative),
        (t("results.round", lang), r.label),
        (t("rounds.date", lang), r.date),
        (t("exports.status", lang), t(f"status.{r.status}", lang)),
        (t("rounds.form", lang), t(f"form.{r.form}", lang)),
        (t("results.participants", lang), result.participants),
        (t("results.index", lang), result.index),
        (t("results.verdict", lang), t(f"verdict.{result.verdict or 'none'}", lang)),
        (t("results.fit", lang), t("flag.fit_concern" if "fit_concern" in result.flags else "flag.fit_ok", lang)),
    ]
    fields += [(section.title.get(lang), result.section(section.id).score) for section in instrument.sections]
    block = pd.DataFrame(fields, columns=[t("exports.field", lang), t("exports.value", lang)])
    rows = [
        [
            instrument.section(s.id).title.get(lang),
            _title(instrument, d.id, lang),
            d.id,
            d.score,
            d.n,
            d.sd,
            d.dont_know,
            t(f"band.{d.band or 'none'}", lang),
            t("exports.yes", lang) if d.discuss else "",
        ]
        for s in result.sections
        for d in s.dimensions
    ]
    columns = [
        t("exports.col_section", lang),
        t("col.dimension", lang),
        t("exports.col_id", lang),
        t("col.score", lang),
        t("col.n", lang),
        t("col.sd", lang),
        t("exports.col_dont_know", lang),
        t("exports.col_band", lang),
        t("exports.col_discuss", lang),
    ]
    return block, pd.DataFrame(rows, columns=columns)


def _comparison_frame(comparison: Comparison, instrument: Instrument, lang: str) -> pd.DataFrame:
    """Index, sections and dimensions × rounds: scores, then the change of each later round vs the baseline."""
    rounds = comparison.rounds
    later = [c for c in rounds if c.round.id != comparison.baseline.id]
    columns = [t("exports.col_level", lang), t("exports.col_name", lang), t("exports.col_id", lang)]
    columns += [_round_name(c, lang) for c in rounds]
    columns += [t("exports.delta_column", lang, round=c.round.label, baseline=comparison.baseline.label) for c in later]
    rows: list[list[object]] = [
        [t("exports.level_index", lang), t("results.index", lang), "index"]
        + [c.round.result.index for c in rounds]
        + [c.index_delta_baseline for c in later]
    ]
    for section in instrument.sections:
        rows.append(
            [t("exports.level_section", lang), section.title.get(lang), section.id]
            + [_section_score(c, section.id) for c in rounds]
            + [c.section_delta_baseline.get(section.id) for c in later]
        )
    for d in comparison.shared_dimensions:
        rows.append(
            [t("exports.level_dimension", lang), _title(instrument, d, lang), d]
            + [c.round.result.dimension(d).score for c in rounds]
            + [c.delta_baseline[d] for c in later]
        )
    return pd.DataFrame(rows, columns=columns)


def _section_score(change: RoundChange, section_id: str) -> float | None:
    return next((s.score for s in change.round.result.sections if s.id == section_id), None)


def _actions_frame(actions: Sequence[ActionInfo], instrument: Instrument, lang: str) -> pd.DataFrame:
    """The action plan as a table (dimension title and id, what, owner, due date, status, note): the
    workbook's Actions sheet, and the report's actions section without the id column."""
    rows = [
        [
            _title(instrument, a.dimension_id, lang),
            a.dimension_id,
            a.what,
            a.owner,
            a.due,
            t(f"action_status.{a.status}", lang),
            a.note,
        ]
        for a in actions
    ]
    columns = [
        t("col.dimension", lang),
        t("exports.col_id", lang),
        t("exports.col_what", lang),
        t("exports.col_owner", lang),
        t("exports.col_due", lang),
        t("exports.status", lang),
        t("exports.col_note", lang),
    ]
    return pd.DataFrame(rows, columns=columns)


class _Sheet:
    """One worksheet being written cell by cell, with readable column widths."""

    def __init__(self, book, name: str) -> None:
        self.sheet = book.add_worksheet(name)
        self.formats = {
            "header": book.add_format({"bold": True, "bg_color": "#eef2f5", "text_wrap": True}),
            "score": book.add_format({"num_format": "0.00"}),
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
            # Text starting with = + - @ stays text even when the cell is edited: quote-prefixed.
            "quoted": book.add_format({"quote_prefix": True}),
        }
        self.widths: dict[int, int] = {}

    def _width(self, column: int, text: str) -> None:
        self.widths[column] = max(self.widths.get(column, 0), min(60, len(text)))

    def cell(self, row: int, column: int, value: object) -> None:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return
        sheet, formats = self.sheet, self.formats
        if isinstance(value, bool):
            sheet.write_boolean(row, column, value)
        elif isinstance(value, int):
            sheet.write_number(row, column, value)
        elif isinstance(value, float):
            sheet.write_number(row, column, value, formats["score"])
        elif isinstance(value, datetime):
            sheet.write_datetime(row, column, value, formats["datetime"])
        elif isinstance(value, date):
            sheet.write_datetime(row, column, datetime.combine(value, datetime.min.time()), formats["date"])
        else:
            text = str(value)
            sheet.write_string(row, column, text, formats["quoted"] if text.startswith(FORMULA_STARTS) else None)
            self._width(column, text)
            return
        self._width(column, f"{value}")

    def frame(self, frame: pd.DataFrame, startrow: int = 0) -> None:
        """A table: its header row in bold, then its rows."""
        for column, name in enumerate(frame.columns):
            self.sheet.write_string(startrow, column, str(name), self.formats["header"])
            self._width(column, str(name))
        for row, values in enumerate(frame.itertuples(index=False, name=None), start=startrow + 1):
            for column, value in enumerate(values):
                self.cell(row, column, value)

    def finish(self, header_row: int) -> None:
        """Column widths from the content; rows above and including ``header_row`` (1-based) frozen."""
        for column, width in self.widths.items():
            self.sheet.set_column(column, column, max(8, width + 2))
        self.sheet.freeze_panes(header_row, 0)


def workbook_bytes(
    *,
    initiative: str,
    comparison: Comparison,
    instruments: Mapping[int, Instrument],
    actions: Sequence[ActionInfo],
    rows: Sequence[Mapping[str, object]],
    lang: str,
) -> bytes:
    """The .xlsx file: a summary sheet per round, the comparison, the actions and the raw answers.

    ``instruments`` maps each round id to its instrument snapshot. The raw answers keep the responses
    CSV's columns (ids, not translated), so the sheet can be imported back. Written with XlsxWriter,
    which never turns a string into a formula.
    """
    latest = instruments[comparison.rounds[-1].round.id]
    taken = {t(f"exports.sheet_{s}", lang).lower() for s in ("comparison", "actions", "responses")}
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    for change in comparison.rounds:
        block, dimensions = _summary_frames(change, instruments[change.round.id], initiative, lang)
        sheet = _Sheet(book, sheet_name(change.round.label, taken))
        sheet.frame(block)
        sheet.frame(dimensions, startrow=len(block) + 2)
        sheet.finish(header_row=len(block) + 3)
    for key, frame in (
        ("comparison", _comparison_frame(comparison, latest, lang)),
        ("actions", _actions_frame(actions, latest, lang)),
    ):
        sheet = _Sheet(book, t(f"exports.sheet_{key}", lang))
        sheet.frame(frame)
        sheet.finish(header_row=1)
    # The raw answers, straight from the rows (150,000 of them for 10 rounds of 300): no DataFrame.
    responses = _Sheet(book, t("exports.sheet_responses", lang))
    for column, name in enumerate(EXPORT_COLUMNS):
        responses.sheet.write_string(0, column, name, responses.formats["header"])
    for number, row in enumerate(rows, start=1):
        for column, name in enumerate(EXPORT_COLUMNS):
            responses.cell(number, column, row.get(name))
    responses.finish(header_row=1)
    book.close()
    return buffer.getvalue()


# ---- HTML report -----------------------------------------------------------------------------------------
class _Html(str):
    """Markup built here from escaped parts; anything else put in the page is escaped."""


def _e(value: object) -> str:
    return value if isinstance(value, _Html) else escape(str(value))


CSS = """
:root { --strength: #2e7d32; --borderline: #f0a202; --concern: #c62828; --none: #9e9e9e; --ink: #1f2933; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); max-width: 760px; margin: 24px auto; padding: 0 16px; line-height: 1.45; font-size: 14px; }
header { border-bottom: 3px solid var(--ink); margin-bottom: 16px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid #cfd8dc; padding-bottom: 2px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.initiative { font-size: 17px; font-weight: 600; margin: 0; }
.meta, .note { color: #52606d; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 12.5px; }
th, td { border: 1px solid #cfd8dc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eceff1; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.strong td { font-weight: 600; background: #f5f7f8; }
.metrics { display: flex; gap: 12px; margin: 8px 0; }
.metric { flex: 1; border: 1px solid #cfd8dc; border-radius: 6px; padding: 6px 10px; }
.metric .label { font-size: 12px; color: #52606d; }
.metric .value { font-size: 22px; font-weight: 600; }
.verdict { border-left: 6px solid var(--none); background: #f5f7f8; padding: 8px 12px; margin: 8px 0; }
.verdict.ready { border-color: var(--strength); } .verdict.emerging { border-color: var(--borderline); }
.verdict.not_ready { border-color: var(--concern); }
.band { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 11.5px;
  background: var(--none); }
.band.strength { background: var(--strength); } .band.borderline { background: var(--borderline); color: #1f2933; }
.band.concern { background: var(--concern); }
.flag { color: var(--concern); font-weight: 600; }
.chart { margin: 8px 0 16px; }
blockquote { margin: 4px 0 4px 0; padding: 4px 10px; border-left: 3px solid #b0bec5; white-space: pre-wrap; }
ul { margin: 4px 0 8px; padding-left: 20px; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11.5px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, .chart, table, tr, blockquote, .metrics, .verdict { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
"""


class _Charts:
    """Plotly figures as HTML: the library inlined with the first figure only, sized for A4."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, fig: go.Figure) -> _Html:
        # An explicit template: inside the app, Streamlit's default template leaves colours to its frontend.
        fig.update_layout(template=CHART_TEMPLATE, width=CHART_WIDTH, autosize=False)
        fig.update_xaxes(automargin=True)
        markup = fig.to_html(
            full_html=False,
            include_plotlyjs=self.count == 0,
            div_id=f"chart-{self.count}",
            config={"displayModeBar": False, "responsive": False},
        )
        self.count += 1
        return _Html(f'<div class="chart">{markup}</div>')


def _radar(fig: go.Figure) -> go.Figure:
    """A radar narrowed to the page: room on both sides for the dimension titles."""
    fig.update_layout(margin=dict(l=160, r=160, t=40, b=40), height=560)
    fig.update_polars(angularaxis_tickfont_size=10)
    return fig


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: Sequence[int] = (), strong=()) -> _Html:
    """A table of escaped cells; columns in ``numeric`` right-aligned, rows in ``strong`` in bold."""

    def cell(tag: str, n: int, value: object) -> str:
        return f'<{tag} class="num">{_e(value)}</{tag}>' if n in numeric else f"<{tag}>{_e(value)}</{tag}>"

    head = "".join(cell("th", n, h) for n, h in enumerate(headers))
    body = "".join(
        ('<tr class="strong">' if r in strong else "<tr>")
        + "".join(cell("td", n, v) for n, v in enumerate(row))
        + "</tr>"
        for r, row in enumerate(rows)
    )
    return _Html(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _band(band: str | None, lang: str) -> _Html:
    code = band or "none"
    return _Html(f'<span class="band {code}">{_e(t(f"band.{code}", lang))}</span>')


def _section(heading: str, *parts: object, level: int = 2) -> _Html:
    return _Html(f"<section><h{level}>{_e(heading)}</h{level}>" + "".join(_e(p) for p in parts) + "</section>")


def _p(text: object, css: str = "") -> _Html:
    return _Html(f'<p class="{css}">{_e(text)}</p>' if css else f"<p>{_e(text)}</p>")


def _ul(items: Sequence[object]) -> _Html:
    return _Html("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>")


def _verdict_block(instrument: Instrument, result: scoring.RoundResult, lang: str) -> _Html:
    """Verdict with its reasons, the index, the number of participants and the fit flag."""
    verdict = result.verdict or "none"
    metrics = [
        (t("results.participants", lang), str(result.participants)),
        (t("results.index", lang), format_score(result.index, lang, 0)),
        (t("results.fit", lang), format_score(result.section("fit").score, lang, 2)),
    ]
    metric_html = "".join(
        f'<div class="metric"><div class="label">{_e(label)}</div><div class="value">{_e(value)}</div></div>'
        for label, value in metrics
    )
    parts = [_Html(f'<div class="metrics">{metric_html}</div>')]
    if result.participants:
        parts.append(
            _Html(
                f'<div class="verdict {verdict}"><strong>'
                f"{_e(t('exports.verdict', lang, verdict=t(f'verdict.{verdict}', lang)))}</strong> — "
                f"{_e(t(f'verdict.{verdict}.help', lang))}</div>"
            )
        )
        parts += [_p(t("results.why", lang)), _ul(_reasons(instrument, result, lang))]
        fit_concern = "fit_concern" in result.flags
        parts.append(_p(t("flag.fit_concern" if fit_concern else "flag.fit_ok", lang), "flag" if fit_concern else ""))
    else:
        parts.append(_p(t("results.empty", lang), "note"))
    return _Html("".join(parts))


def _actions_section(actions: Sequence[ActionInfo], instrument: Instrument, lang: str) -> _Html:
    if not actions:
        return _section(t("exports.actions", lang), _p(t("exports.no_actions", lang), "note"))
    frame = _actions_frame(actions, instrument, lang).drop(columns=t("exports.col_id", lang))
    due = t("exports.col_due", lang)
    frame[due] = [d.isoformat() if d else t("actions.no_due", lang) for d in frame[due]]
    return _section(t("exports.actions", lang), _table(list(frame.columns), frame.values.tolist()))


def _band_changes(comparison: Comparison, instrument: Instrument, lang: str, only: int | None = None) -> list[_Html]:
    """Bands gained and lost between consecutive rounds, in words (only the step into round ``only``)."""
    parts: list[_Html] = []
    for previous, change in zip(comparison.rounds, comparison.rounds[1:], strict=False):
        if only is not None and change.round.id != only:
            continue
        lines = [
            t(
                "compare.band_gained" if moved.gained else "compare.band_lost",
                lang,
                dimension=_title(instrument, moved.dimension_id, lang),
                before=t(f"band.{moved.before}", lang),
                after=t(f"band.{moved.after}", lang),
            )
            for moved in change.bands_vs_previous
        ]
        parts.append(
            _Html(
                f"<h3>{_e(t('compare.between', lang, before=previous.round.label, after=change.round.label))}</h3>"
                + (_ul(lines) if lines else _p(t("compare.no_band_change", lang), "note"))
            )
        )
    return parts


def _comparison_notes(comparison: Comparison, instrument: Instrument, lang: str) -> list[_Html]:
    notes = []
    if any(c.in_progress for c in comparison.rounds):
        notes.append(_p(t("compare.in_progress_note", lang), "note"))
    if comparison.mixed_forms:
        notes.append(_p(t("compare.mixed_forms", lang), "note"))
    if comparison.mixed_versions:
        versions = ", ".join(dict.fromkeys(c.round.instrument_version for c in comparison.rounds))
        notes.append(_p(t("compare.mixed_versions", lang, versions=versions), "note"))
    if comparison.not_comparable:
        titles = ", ".join(_title(instrument, d, lang) for d in comparison.not_comparable)
        notes.append(_p(t("compare.not_comparable", lang, dimensions=titles), "note"))
    return notes


def _page(title: str, subtitle: str, scope: str, generated_at: datetime, lang: str, body: Sequence[object]) -> str:
    generated = t("exports.generated", lang, when=generated_at.strftime("%Y-%m-%d %H:%M"))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)} — {_e(subtitle)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>{_e(title)}</h1><p class="initiative">{_e(subtitle)}</p>'
        f'<p class="meta">{_e(scope)} · {_e(generated)}</p></header>\n'
        + "\n".join(_e(part) for part in body)
        + "\n</body>\n</html>\n"
    )


def round_report_html(
    *,
    report: RoundReport,
    comparison: Comparison,
    actions: Sequence[ActionInfo],
    lang: str,
    generated_at: datetime,
) -> str:
    """The standalone report of one round: verdict, index, charts, disagreements, comparison, actions, comments."""
    instrument, result, info = report.instrument, report.result, report.round
    chart = _Charts()
    body: list[object] = [_section(t("results.verdict", lang), _verdict_block(instrument, result, lang))]
    if result.participants:
        body.append(
            _section(
                t("exports.charts", lang),
                _Html(f"<h3>{_e(t('results.radar', lang))}</h3>"),
                chart(_radar(charts.round_radar(instrument, lang, result, info.label))),
                _Html(f"<h3>{_e(t('results.bars', lang))}</h3>"),
                _p(t("results.bars_caption", lang), "note"),
                chart(charts.dimension_bars(instrument, lang, result)),
            )
        )
        # Disagreements: dimensions, then items, as on the results screen.
        flagged_items = [i for i in report.items if i.discuss]
        if report.disagreements or flagged_items:
            rows = [
                [_title(instrument, d.id, lang), "", format_score(d.score, lang, 2), format_score(d.sd, lang, 2), d.n]
                for d in report.disagreements
            ] + [
                [
                    _title(instrument, i.dimension_id, lang),
                    instrument.items[i.id].text.get(lang),
                    format_score(i.mean, lang, 2),
                    format_score(i.sd, lang, 2),
                    i.n,
                ]
                for i in flagged_items
            ]
            headers = [t(k, lang) for k in ("col.dimension", "col.item", "col.score", "col.sd", "col.n")]
            content: list[object] = [
                _p(t("results.disagreements_intro", lang, sd=format_score(instrument.disagreement.sd, lang))),
                _table(headers, rows, numeric=(2, 3, 4)),
            ]
        else:
            content = [_p(t("results.no_disagreements", lang))]
        body.append(_section(t("results.disagreements", lang), *content))
        if report.concerns:
            steps = [
                _Html(
                    f"<h3>{_e(_title(instrument, d.id, lang))} — {_e(format_score(d.score, lang, 2))}</h3>"
                    + _p(instrument.dimensions[d.id].next_step.get(lang))
                )
                for d in report.concerns
            ]
            body.append(_section(t("results.next_steps", lang), _p(t("results.next_steps_intro", lang)), *steps))
    body.append(_section(t("exports.comparison", lang), *_round_comparison(comparison, info.id, instrument, lang)))
    body.append(_actions_section(actions, instrument, lang))
    if result.participants:
        body.append(_comments_section(report, lang))
    scope = t("exports.scope_round", lang, round=info.label, date=info.date.isoformat())
    return _page(t("exports.report_title", lang), info.initiative, scope, generated_at, lang, body)


def _round_comparison(comparison: Comparison, round_id: int, instrument: Instrument, lang: str) -> list[object]:
    """One round against the baseline and the previous round: index and every shared dimension."""
    if len(comparison.rounds) < 2:
        return [_p(t("exports.only_round", lang), "note")]
    change = next(c for c in comparison.rounds if c.round.id == round_id)
    result = change.round.result
    headers = [
        t("col.dimension", lang),
        t("col.score", lang),
        t("exports.col_band", lang),
        t("exports.delta_baseline", lang),
        t("exports.delta_previous", lang),
    ]
    rows: list[list[object]] = [
        [
            t("results.index", lang),
            format_score(result.index, lang, 0),
            "",
            signed(change.index_delta_baseline, lang, 0),
            signed(change.index_delta_previous, lang, 0),
        ]
    ]
    rows += [
        [
            _title(instrument, d, lang),
            format_score(result.dimension(d).score, lang, 2),
            _band(result.dimension(d).band, lang),
            signed(change.delta_baseline[d], lang),
            signed(change.delta_previous[d], lang),
        ]
        for d in comparison.shared_dimensions
    ]
    return [
        _p(t("exports.baseline_is", lang, round=comparison.baseline.label)),
        _table(headers, rows, numeric=(1, 3, 4), strong=(0,)),
        *_band_changes(comparison, instrument, lang, only=round_id),
        *_comparison_notes(comparison, instrument, lang),
    ]


def _comments_section(report: RoundReport, lang: str) -> _Html:
    if not report.comments:
        return _section(t("results.comments", lang), _p(t("results.no_comments", lang), "note"))
    by_dimension: dict[str, list[str]] = {}
    for dimension_id, text, _item in report.comments:
        by_dimension.setdefault(dimension_id, []).append(text)
    parts = [
        _Html(
            f"<h3>{_e(_title(report.instrument, d, lang))} ({len(by_dimension[d])})</h3>"
            + "".join(f"<blockquote>{_e(text)}</blockquote>" for text in by_dimension[d])
        )
        for d in report.instrument.dimensions
        if d in by_dimension
    ]
    return _section(t("results.comments", lang), *parts)


def initiative_report_html(
    *,
    comparison: Comparison,
    instrument: Instrument,
    actions: Sequence[ActionInfo],
    lang: str,
    generated_at: datetime,
) -> str:
    """The standalone report of a whole initiative: rounds compared, the latest verdict, trends, overlay,
    heat maps, disagreement over time and the action plan. ``instrument`` is the latest round's."""
    rounds = comparison.rounds
    names = [_round_name(c, lang) for c in rounds]
    chart = _Charts()
    body: list[object] = []

    summary_rows = [
        [
            name,
            c.round.date.isoformat(),
            c.round.result.participants,
            format_score(c.round.result.index, lang, 0),
            signed(c.index_delta_baseline, lang, 0) if c.round.id != comparison.baseline.id else "",
            signed(c.index_delta_previous, lang, 0) if c.index_delta_previous is not None else "",
            t(f"verdict.{c.round.result.verdict or 'none'}", lang),
        ]
        for name, c in zip(names, rounds, strict=True)
    ]
    headers = [
        t(k, lang)
        for k in (
            "compare.col_round",
            "compare.col_date",
            "results.participants",
            "results.index",
            "compare.col_vs_baseline",
            "compare.col_vs_previous",
            "results.verdict",
        )
    ]
    body.append(
        _section(
            t("compare.summary", lang),
            _p(t("exports.baseline_is", lang, round=comparison.baseline.label)),
            _table(headers, summary_rows, numeric=(1, 2, 3, 4, 5)),
            *_comparison_notes(comparison, instrument, lang),
        )
    )

    latest = rounds[-1]
    body.append(
        _section(
            t("exports.latest", lang, round=latest.round.label),
            _verdict_block(instrument, latest.round.result, lang),
        )
    )
    if len(rounds) > 1:
        body.append(_section(t("compare.bands", lang), *_band_changes(comparison, instrument, lang)))

    # Charts: sections over time, the baseline and the latest round overlaid, every dimension over time.
    section_series = {s.title.get(lang): [_section_score(c, s.id) for c in rounds] for s in instrument.sections}
    by_id = {c.round.id: c for c in rounds}
    overlay = {
        by_id[i].round.label: {d: by_id[i].round.result.dimension(d).score for d in comparison.shared_dimensions}
        for i in dict.fromkeys([comparison.baseline.id, latest.round.id])
    }
    parts: list[object] = [
        _Html(f"<h3>{_e(t('compare.sections', lang))}</h3>"),
        chart(charts.trend(instrument, lang, names, section_series)),
        _Html(f"<h3>{_e(t('compare.radar', lang))}</h3>"),
        chart(_radar(charts.readiness_radar(instrument, lang, overlay))),
    ]
    for section in instrument.sections:
        series = {
            _title(instrument, d.id, lang): [
                c.round.result.dimension(d.id).score if d.id in comparison.shared_dimensions else None for c in rounds
            ]
            for d in section.dimensions
        }
        parts += [
            _Html(f"<h3>{_e(t('compare.dimensions', lang))} — {_e(section.title.get(lang))}</h3>"),
            chart(charts.trend(instrument, lang, names, series)),
        ]
    dimension_titles = [_title(instrument, d, lang) for d in comparison.shared_dimensions]
    parts += [
        _Html(f"<h3>{_e(t('compare.heat_map', lang))}</h3>"),
        chart(
            charts.heat_map(
                lang,
                dimension_titles,
                names,
                [[c.round.result.dimension(d).score for c in rounds] for d in comparison.shared_dimensions],
                zmin=1,
                zmax=5,
                colorscale=charts.score_scale(instrument),
            )
        ),
    ]
    body.append(_section(t("exports.charts", lang), *parts))

    # The comparison table: every score, with its change against the baseline.
    def cell(c: RoundChange, value: float | None, delta: float | None, digits: int) -> str:
        shown = format_score(value, lang, digits)
        if c.round.id == comparison.baseline.id or delta is None:
            return shown
        return f"{shown} ({signed(delta, lang, digits)})"

    table_rows: list[list[object]] = [
        [t("results.index", lang)] + [cell(c, c.round.result.index, c.index_delta_baseline, 0) for c in rounds]
    ]
    table_rows += [
        [s.title.get(lang)] + [cell(c, _section_score(c, s.id), c.section_delta_baseline.get(s.id), 2) for c in rounds]
        for s in instrument.sections
    ]
    table_rows += [
        [_title(instrument, d, lang)]
        + [cell(c, c.round.result.dimension(d).score, c.delta_baseline[d], 2) for c in rounds]
        for d in comparison.shared_dimensions
    ]
    strong = tuple(range(1 + len(instrument.sections)))
    body.append(
        _section(
            t("exports.comparison_table", lang),
            _p(t("exports.comparison_table_intro", lang, baseline=comparison.baseline.label), "note"),
            _table(
                [t("col.dimension", lang), *names], table_rows, numeric=tuple(range(1, len(rounds) + 1)), strong=strong
            ),
        )
    )

    # Disagreement over time: the sd per dimension and round, and the dimensions flagged in each round.
    flagged = [
        [
            name,
            _title(instrument, d.id, lang),
            format_score(d.score, lang, 2),
            format_score(d.sd, lang, 2),
            d.n,
        ]
        for name, c in zip(names, rounds, strict=True)
        for d in c.round.result.dimensions
        if d.discuss
    ]
    disagreement: list[object] = [
        _p(t("compare.disagreement_intro", lang, sd=format_score(instrument.disagreement.sd, lang)), "note"),
        chart(
            charts.heat_map(
                lang,
                dimension_titles,
                names,
                [[c.round.result.dimension(d).sd for c in rounds] for d in comparison.shared_dimensions],
                zmin=0,
                zmax=max(2.0, instrument.disagreement.sd * 2),
                colorscale="Purples",
                digits=2,
            )
        ),
    ]
    if flagged:
        headers = [t(k, lang) for k in ("compare.col_round", "col.dimension", "col.score", "col.sd", "col.n")]
        disagreement.append(_table(headers, flagged, numeric=(2, 3, 4)))
    else:
        disagreement.append(_p(t("results.no_disagreements", lang)))
    body.append(_section(t("compare.disagreement", lang), *disagreement))
    body.append(_actions_section(actions, instrument, lang))

    scope = t("exports.scope_all", lang, count=len(rounds))
    return _page(t("exports.report_title", lang), comparison.initiative, scope, generated_at, lang, body)
