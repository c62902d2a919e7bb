"""The equity lens in the round's standalone HTML report: the same words, chart and tables as the results screen,
in the language chosen, with plotly inlined once and hidden groups carrying no number."""

from __future__ import annotations

from html import escape

import pytest

from assessment.present import equity_charts
from assessment.present.i18n import t
from assessment.reports.round_report import round_report_html
from tests.unit.present.test_equity_charts import round_with_gaps, round_with_hidden_youth
from tests.unit.reports.test_reports import ACTIONS, COMPARISON, INSTRUMENT, PLOTLY_BUNDLE_HEADER, WHEN, report


def html(lang: str, lens) -> str:
    return round_report_html(
        report=report(), comparison=COMPARISON, actions=ACTIONS, equity=lens, lang=lang, generated_at=WHEN
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_round_report_ends_with_the_equity_lens_in_the_language_chosen(lang):
    lens = round_with_gaps()
    page = html(lang, lens)
    equity = page[page.index(f"<h2>{escape(t('equity.title', lang))}</h2>") :]
    for key in ("equity.gaps", "equity.who", "equity.structures", "equity.prompts"):
        assert f"<h3>{escape(t(key, lang))}</h3>" in equity, key
    words = equity_charts.gap_text(INSTRUMENT, lang, lens)
    assert f"<figcaption>{escape(words.summary)}</figcaption>" in equity
    for prompt in equity_charts.prompts(INSTRUMENT, lens, lang):
        assert f"<li>{escape(prompt)}</li>" in equity
    for row in equity_charts.structures_table(lens, lang).rows:
        assert escape(str(row[2])) in equity
    assert page.count(PLOTLY_BUNDLE_HEADER) == 1  # the gap chart reuses the library inlined by the first chart


def test_a_hidden_group_shows_why_and_no_number_in_the_report():
    page = html("en", round_with_hidden_youth())
    equity = page[page.index("<h2>Equity lens</h2>") :]
    assert "<li>Youth: fewer than 3</li>" in equity
    assert "<td>Youth</td><td>fewer than 3</td><td>fewer than 3</td>" in equity
    assert '<td>Youth</td><td class="num">fewer than 3</td>' in equity  # who answered, by sector


def test_without_a_lens_the_report_has_no_equity_section():
    assert "Equity lens" not in html("en", None)
