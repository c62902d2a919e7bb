"""The Excel workbook of an initiative: a summary sheet per round, the comparison, the action plan and
the raw answers. Scores stay unrounded (1–5 scale, index 0–100); written with XlsxWriter, which never
turns a string into a formula, and text that a spreadsheet would read as a formula is quote-prefixed."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime

import pandas as pd
import xlsxwriter

from assessment.domain.compare import Comparison, RoundChange
from assessment.domain.instrument import Instrument
from assessment.domain.reflections import ReflectionSummary
from assessment.formats.responses_csv import EXPORT_COLUMNS, FORMULA_STARTS
from assessment.present.i18n import t
from assessment.present.sentences import dimension_title, round_name
from assessment.present.tables import Action, actions_table, section_score

SHEET_NAME_MAX = 31  # Excel's limit
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


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


def _summary_block(change: RoundChange, instrument: Instrument, initiative: str, lang: str) -> pd.DataFrame:
    """A round's summary as field/value pairs: round, status, form, participants, index, verdict, sections."""
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
    return pd.DataFrame(fields, columns=[t("exports.field", lang), t("exports.value", lang)])


def _dimensions_frame(change: RoundChange, instrument: Instrument, lang: str) -> pd.DataFrame:
    """A round's dimensions, one row each: section, title, id, score, n, sd, don't know, band, to discuss."""
    rows = [
        [
            instrument.section(s.id).title.get(lang),
            dimension_title(instrument, d.id, lang),
            d.id,
            d.score,
            d.n,
            d.sd,
            d.dont_know,
            t(f"band.{d.band or 'none'}", lang),
            t("exports.yes", lang) if d.discuss else "",
        ]
        for s in change.round.result.sections
        for d in s.dimensions
    ]
    keys = ("exports.col_section", "col.dimension", "exports.col_id", "col.score", "col.n", "col.sd")
    columns = [t(k, lang) for k in (*keys, "exports.col_dont_know", "exports.col_band", "exports.col_discuss")]
    return pd.DataFrame(rows, columns=columns)


def _comparison_frame(comparison: Comparison, instrument: Instrument, lang: str) -> pd.DataFrame:
    """Index, sections and dimensions × rounds: scores, then the change of each later round vs the baseline."""
    rounds = comparison.rounds
    later = [c for c in rounds if c.round.id != comparison.baseline.id]
    columns = [t("exports.col_level", lang), t("exports.col_name", lang), t("exports.col_id", lang)]
    columns += [round_name(c, lang) for c in rounds]
    columns += [t("exports.delta_column", lang, round=c.round.label, baseline=comparison.baseline.label) for c in later]
    rows: list[list[object]] = [
        [t("exports.level_index", lang), t("results.index", lang), "index"]
        + [c.round.result.index for c in rounds]
        + [c.index_delta_baseline for c in later]
    ]
    for section in instrument.sections:
        rows.append(
            [t("exports.level_section", lang), section.title.get(lang), section.id]
            + [section_score(c, section.id) for c in rounds]
            + [c.section_delta_baseline.get(section.id) for c in later]
        )
    for d in comparison.shared_dimensions:
        rows.append(
            [t("exports.level_dimension", lang), dimension_title(instrument, d, lang), d]
            + [c.round.result.dimension(d).score for c in rounds]
            + [c.delta_baseline[d] for c in later]
        )
    return pd.DataFrame(rows, columns=columns)


def _actions_frame(actions: Sequence[Action], instrument: Instrument, lang: str) -> pd.DataFrame:
    table = actions_table(actions, instrument, lang)
    return pd.DataFrame(table.rows, columns=table.headers)


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


def _round_sheets(book, comparison: Comparison, instruments, initiative: str, lang: str, taken: set[str]) -> None:
    """One sheet per round: its summary block, then its dimensions."""
    for change in comparison.rounds:
        block = _summary_block(change, instruments[change.round.id], initiative, lang)
        sheet = _Sheet(book, sheet_name(change.round.label, taken))
        sheet.frame(block)
        sheet.frame(_dimensions_frame(change, instruments[change.round.id], lang), startrow=len(block) + 2)
        sheet.finish(header_row=len(block) + 3)


def _reflections_frame(reflections: Sequence[tuple[str, ReflectionSummary]], lang: str) -> pd.DataFrame:
    """Round, entry, people: the merged entries each round shows (none below the group size, none hidden)."""
    rows = [(label, e.text, e.count) for label, summary in reflections for e in summary.visible()]
    columns = [t("reflections.col_round", lang), t("reflections.col_entry", lang), t("reflections.col_count", lang)]
    return pd.DataFrame(rows, columns=columns)


def _responses_sheet(book, rows: Sequence[Mapping[str, object]], lang: str) -> None:
    """The raw answers, straight from the rows (150,000 of them for 10 rounds of 300): no DataFrame."""
    responses = _Sheet(book, t("exports.sheet_responses", lang))
    for column, name in enumerate(EXPORT_COLUMNS):
        responses.sheet.write_string(0, column, name, responses.formats["header"])
    for number, row in enumerate(rows, start=1):
        for column, name in enumerate(EXPORT_COLUMNS):
            responses.cell(number, column, row.get(name))
    responses.finish(header_row=1)


def workbook_bytes(
    *,
    initiative: str,
    comparison: Comparison,
    instruments: Mapping[int, Instrument],
    actions: Sequence[Action],
    rows: Sequence[Mapping[str, object]],
    reflections: Sequence[tuple[str, ReflectionSummary]] = (),
    lang: str,
) -> bytes:
    """The .xlsx file: a summary sheet per round, the comparison, the actions, the closing reflections and
    the raw answers.

    ``instruments`` maps each round id to its instrument snapshot; ``reflections`` pairs each round's label
    with its reflection summary. The raw answers keep the responses CSV's columns (ids, not translated), so
    the sheet can be imported back.
    """
    latest = instruments[comparison.rounds[-1].round.id]
    taken = {t(f"exports.sheet_{s}", lang).lower() for s in ("comparison", "actions", "responses")}
    taken.add(t("reflections.sheet", lang).lower())
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    _round_sheets(book, comparison, instruments, initiative, lang, taken)
    for name, frame in (
        (t("exports.sheet_comparison", lang), _comparison_frame(comparison, latest, lang)),
        (t("exports.sheet_actions", lang), _actions_frame(actions, latest, lang)),
        (t("reflections.sheet", lang), _reflections_frame(reflections, lang)),
    ):
        sheet = _Sheet(book, name)
        sheet.frame(frame)
        sheet.finish(header_row=1)
    _responses_sheet(book, rows, lang)
    book.close()
    return buffer.getvalue()
