"""HTML primitives of the standalone reports: escaping, tables, sections, paragraphs, lists, band badges,
Plotly figures inlined (the library once), and the page shell with its CSS.

Every text put in a page is escaped unless it is markup built here (``Html``): user text can never
become markup. Nothing is fetched: the page works offline and prints on A4.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

import plotly.graph_objects as go

from assessment.present.chart_text import ChartText
from assessment.present.i18n import format_when, t

CHART_WIDTH = 680  # px: 180 mm, the width of an A4 page with 15 mm margins at 96 dpi
CHART_TEMPLATE = "plotly_white"  # coloured traces on white: the same on screen, on paper and in any process


class Html(str):
    """Markup built here from escaped parts; anything else put in the page is escaped."""


def e(value: object) -> str:
    """``value`` as page text: escaped, unless it is markup built here."""
    return value if isinstance(value, Html) else escape(str(value))


CSS = """
:root { --strength: #1d3557; --borderline: #d9690b; --concern: #a8324f; --none: #7b8794; --ink: #1f2933; }
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
.band.strength { background: var(--strength); } .band.borderline { background: var(--borderline); color: #000; }
.band.none { color: #1f2933; background: #cfd8dc; }
.band.concern { background: var(--concern); }
.flag { color: var(--concern); font-weight: 600; }
.chart { margin: 8px 0 16px; } figcaption { font-size: 12.5px; margin: 4px 0; }
details summary { cursor: pointer; color: #1f6f8b; font-size: 12.5px; }
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


class Charts:
    """Plotly figures as HTML: the library inlined with the first figure only, sized for A4; each a figure whose
    caption (its accessible name) says what it shows, with the data behind it one click away."""

    def __init__(self, lang: str) -> None:
        self.count = 0
        self.lang = lang

    def __call__(self, fig: go.Figure, words: ChartText) -> Html:
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
        data = table(words.table.headers, words.table.rows)
        return Html(
            f'<figure class="chart">{markup}<figcaption>{e(words.summary)}</figcaption>'
            f"<details><summary>{e(t('chart.data', self.lang))}</summary>{data}</details></figure>"
        )


def page_radar(fig: go.Figure) -> go.Figure:
    """A radar narrowed to the page: room on both sides for the dimension titles."""
    fig.update_layout(margin=dict(l=160, r=160, t=40, b=40), height=560)
    fig.update_polars(angularaxis_tickfont_size=10)
    return fig


def table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: Sequence[int] = (), strong: Sequence[int] = ()
) -> Html:
    """A table of escaped cells; columns in ``numeric`` right-aligned, rows in ``strong`` in bold."""

    def cell(tag: str, n: int, value: object) -> str:
        return f'<{tag} class="num">{e(value)}</{tag}>' if n in numeric else f"<{tag}>{e(value)}</{tag}>"

    head = "".join(cell("th", n, h) for n, h in enumerate(headers))
    body = "".join(
        ('<tr class="strong">' if r in strong else "<tr>")
        + "".join(cell("td", n, v) for n, v in enumerate(row))
        + "</tr>"
        for r, row in enumerate(rows)
    )
    return Html(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def band(code: str | None, lang: str) -> Html:
    """A band's name on its colour."""
    code = code or "none"
    return Html(f'<span class="band {code}">{e(t(f"band.{code}", lang))}</span>')


def section(heading: str, *parts: object, level: int = 2) -> Html:
    return Html(f"<section><h{level}>{e(heading)}</h{level}>" + "".join(e(p) for p in parts) + "</section>")


def h3(text: object) -> Html:
    return Html(f"<h3>{e(text)}</h3>")


def p(text: object, css: str = "") -> Html:
    return Html(f'<p class="{css}">{e(text)}</p>' if css else f"<p>{e(text)}</p>")


def ul(items: Sequence[object]) -> Html:
    return Html("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")


def blockquote(text: object) -> Html:
    return Html(f"<blockquote>{e(text)}</blockquote>")


def page(title: str, subtitle: str, scope: str, generated_at: datetime, lang: str, body: Sequence[object]) -> str:
    """The whole document: head with the CSS, a header (title, initiative, scope, date), then ``body``."""
    generated = t("exports.generated", lang, when=format_when(generated_at, lang))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)} — {e(subtitle)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>{e(title)}</h1><p class="initiative">{e(subtitle)}</p>'
        f'<p class="meta">{e(scope)} · {e(generated)}</p></header>\n'
        + "\n".join(e(part) for part in body)
        + "\n</body>\n</html>\n"
    )
