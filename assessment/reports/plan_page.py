"""The plan on a page: a banner (the initiative's name and its common agenda), four sections on a two-by-two
grid, and a contact footer; on paper, one A4 or Letter page (tests/e2e/test_plan_print.py prints the longest
plan the limits allow, in both languages, and counts the pages).

Every text is escaped; line breaks typed by the coordinator are kept. Nothing is fetched: the page works offline.
"""

from __future__ import annotations

from datetime import datetime

from assessment.domain.plan import PlanFacts, PlanTexts
from assessment.present.i18n import format_day, format_when, t
from assessment.present.plan import section_text, section_title
from assessment.reports.html import e

# Sized for the smaller of A4 (210 × 297 mm) and Letter (216 × 279 mm): no @page size, the printer's paper is used.
PLAN_CSS = """
:root { --ink: #1f2933; --accent: #1d3557; --muted: #52606d; --line: #cfd8dc; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); max-width: 820px; margin: 24px auto; padding: 0 16px; line-height: 1.35; font-size: 14px; }
.banner { background: var(--accent); color: #fff; padding: 12px 16px; border-radius: 6px; }
.banner h1 { font-size: 22px; margin: 0 0 4px; overflow-wrap: anywhere; }
.banner .agenda { margin: 0; font-size: 14px; white-space: pre-line; overflow-wrap: anywhere; }
.banner .meta { margin: 6px 0 0; font-size: 11.5px; opacity: 0.9; }
.agenda-label { font-weight: 600; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 12px 0; }
main section { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 4px;
  padding: 6px 10px; min-width: 0; }
main h2 { font-size: 15px; margin: 0 0 4px; color: var(--accent); }
.text { white-space: pre-line; overflow-wrap: anywhere; margin: 0; }
.empty { color: var(--muted); font-style: italic; }
footer { border-top: 2px solid var(--accent); padding-top: 6px; font-size: 12.5px; overflow-wrap: anywhere; }
footer .contact { white-space: pre-line; }
footer .meta { color: var(--muted); font-size: 11px; margin: 4px 0 0; }
@page { margin: 10mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5px; line-height: 1.3; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .banner { padding: 8px 12px; }
  .banner h1 { font-size: 15px; }
  .banner .agenda { font-size: 10px; }
  .banner .meta { font-size: 8.5px; }
  main { gap: 8px; margin: 8px 0; }
  main h2 { font-size: 11px; }
  main section { break-inside: avoid; padding: 4px 8px; }
  footer { font-size: 9px; } footer .meta { font-size: 8px; }
}
"""


def _section(texts: PlanTexts, facts: PlanFacts, section: str, lang: str) -> str:
    body = section_text(texts, facts, section, lang)
    shown = f'<p class="text">{e(body)}</p>' if body else f'<p class="empty">{e(t("plan.empty_section", lang))}</p>'
    return f'<section id="{section}"><h2>{e(section_title(section, lang))}</h2>{shown}</section>'


def plan_page_html(*, texts: PlanTexts, facts: PlanFacts, lang: str, generated_at: datetime) -> str:
    """The standalone plan on a page of one round, in ``lang``: banner, four sections, contact footer."""
    title = t("plan.document_title", lang)
    scope = t("plan.scope", lang, round=facts.round_label, date=format_day(facts.round_date, lang))
    agenda = (
        f'<p class="agenda"><span class="agenda-label">{e(t("plan.agenda", lang))}</span> {e(texts.agenda)}</p>'
        if texts.agenda
        else ""
    )
    contact = texts.contact or t("plan.no_contact", lang)
    generated = t("exports.generated", lang, when=format_when(generated_at, lang))
    sections = "".join(_section(texts, facts, s, lang) for s in texts.sections)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)} — {e(facts.initiative)}</title>\n<style>{PLAN_CSS}</style>\n</head>\n<body>\n"
        f'<header class="banner"><h1>{e(facts.initiative)}</h1>{agenda}'
        f'<p class="meta">{e(title)} · {e(scope)}</p></header>\n'
        f"<main>{sections}</main>\n"
        f'<footer><strong>{e(t("plan.contact", lang))}</strong> <span class="contact">{e(contact)}</span>'
        f'<p class="meta">{e(generated)}</p></footer>\n</body>\n</html>\n'
    )
