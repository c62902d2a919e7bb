"""A network's standalone HTML report and Excel workbook: members side by side (anonymous unless they
consented), their dimension scores, the network's spread per dimension, and the notes on what was left out.
Built only from the NetworkView, so they show exactly what the screen shows."""

from __future__ import annotations

import io
from datetime import datetime

import pandas as pd
import xlsxwriter

from assessment.domain.instrument import Instrument
from assessment.domain.network import NetworkView
from assessment.present import network_charts, network_tables
from assessment.present.i18n import format_score, t, tn
from assessment.present.tables import Table
from assessment.reports.html import Charts, Html, p, page, section, table, ul
from assessment.reports.workbook import _Sheet, sheet_name


def _figures_section(view: NetworkView, instrument: Instrument, lang: str) -> list[Html]:
    if not view.shown or view.index is None:
        return []
    parts = []
    if view.index.shown:
        parts.append(
            p(
                t(
                    "network.index_spread",
                    lang,
                    median=format_score(view.index.median, lang, 1),
                    q1=format_score(view.index.q1, lang, 1),
                    q3=format_score(view.index.q3, lang, 1),
                )
            )
        )
    figure = network_charts.spread_figure(instrument, lang, view)
    parts.append(Charts(lang)(figure, network_charts.spread_text(instrument, lang, view)))
    if step := network_charts.spread_next_step(instrument, lang, view):
        parts.append(p(step))
    spread = network_tables.spread_table((*view.sections, *view.dimensions), instrument, lang)
    scores = network_tables.dimension_scores_table(view, instrument, lang)
    numeric = tuple(range(1, len(scores.headers)))
    return [
        section(t("network.spread", lang), *parts, table(spread.headers, spread.rows, numeric=(1, 2, 3, 4))),
        section(t("network.dimension_scores", lang), table(scores.headers, scores.rows, numeric=numeric)),
    ]


def network_report_html(view: NetworkView, instrument: Instrument, lang: str, generated_at: datetime) -> str:
    """The whole HTML document, in ``lang``."""
    members = network_tables.members_table(view, lang)
    contributing = tn("network.contributing", lang, view.contributing, members=len(view.members))
    notes = network_tables.notes(view.contributing, view.left_out, view.min_initiatives, lang)
    body = [
        section(
            t("network.side_by_side", lang),
            p(contributing),
            table(members.headers, members.rows, numeric=(4, 5)),
            *([ul(notes)] if notes else []),
            p(t("network.rule", lang, n=view.min_initiatives, m=instrument.min_group_size), "note"),
        ),
        *_figures_section(view, instrument, lang),
    ]
    return page(t("network.report_title", lang), view.name, contributing, generated_at, lang, body)


def _frame(data: Table) -> pd.DataFrame:
    return pd.DataFrame(data.rows, columns=data.headers)


def network_workbook_bytes(view: NetworkView, instrument: Instrument, lang: str) -> bytes:
    """The .xlsx file: initiatives, scores by dimension and the spread (when shown), and the notes."""
    frames = [(t("network.sheet_members", lang), _frame(network_tables.members_table(view, lang, raw=True)))]
    if view.shown:
        frames += [
            (
                t("network.sheet_scores", lang),
                _frame(network_tables.dimension_scores_table(view, instrument, lang, raw=True)),
            ),
            (
                t("network.sheet_spread", lang),
                _frame(network_tables.spread_table((*view.sections, *view.dimensions), instrument, lang, raw=True)),
            ),
        ]
    notes = network_tables.notes(view.contributing, view.left_out, view.min_initiatives, lang)
    notes.append(t("network.rule", lang, n=view.min_initiatives, m=instrument.min_group_size))
    frames.append((t("network.sheet_notes", lang), pd.DataFrame({t("network.sheet_notes", lang): notes})))
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    taken: set[str] = set()
    for name, frame in frames:
        sheet = _Sheet(book, sheet_name(name, taken))
        sheet.frame(frame)
        sheet.finish(header_row=1)
    book.close()
    return buffer.getvalue()
