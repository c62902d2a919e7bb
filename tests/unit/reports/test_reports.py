"""Exports as pure builders: the Excel workbook and the standalone HTML report, from scored rounds."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

import plotly.io as pio
import pytest
from openpyxl import load_workbook

from assessment.domain.compare import ScoredRound, compare_rounds
from assessment.domain.scoring import Response, item_distribution, item_results, score_responses
from assessment.formats.responses_csv import EXPORT_COLUMNS
from assessment.present.files import file_stem
from assessment.present.i18n import t
from assessment.present.sentences import signed
from assessment.reports.html import CHART_TEMPLATE, CHART_WIDTH
from assessment.reports.initiative_report import initiative_report_html
from assessment.reports.round_report import round_report_html
from assessment.reports.workbook import sheet_name, workbook_bytes
from assessment.usecases.records import ActionInfo, RoundInfo, RoundReport
from tests.factories import full_items, tiny_instrument

INSTRUMENT = tiny_instrument()
IDS = tuple(INSTRUMENT.dimensions)
INITIATIVE = "Quartier <Vivant> & Co"
SCRIPT = "<script>alert(1)</script>"
WHEN = datetime(2026, 5, 1, 9, 30)
PLOTLY_BUNDLE_HEADER = "* plotly.js v"  # the first line of the inlined plotly.min.js


def answers(default: int | None, **overrides: int | None) -> dict[str, int | None]:
    """Every full-form item answered ``default``, except the items named."""
    return {item: overrides.get(item, default) for item in full_items()}


# Baseline: three participants. Common agenda: participant scores (1+1)/2 = 1, (5+5)/2 = 5 and 3 (one
# "don't know") -> mean 3.0, sample sd 2.0, n 3, 1 don't know, flagged for discussion; every other
# dimension 3 x 3.0 -> 3.0, sd 0.0.
BASELINE = [
    Response("a", answers(3, common_agenda_1=1, common_agenda_2=1)),
    Response("b", answers(3, common_agenda_1=5, common_agenda_2=5)),
    Response("c", answers(3, common_agenda_2=None)),
]
# Follow-up: two participants at 4 everywhere, common agenda 4 and 5 -> 4.5.
FOLLOW_UP = [
    Response("d", answers(4)),
    Response("e", answers(4, common_agenda_1=5, common_agenda_2=5)),
]


def scored(rid: int, label: str, on: date, responses: list[Response], status: str = "closed") -> ScoredRound:
    return ScoredRound(rid, label, on, status, "full", "test-1", score_responses(INSTRUMENT, responses), IDS)


ROUND_1 = scored(1, "Baseline", date(2025, 3, 1), BASELINE)
ROUND_2 = scored(2, '=HYPERLINK("http://x")', date(2026, 3, 1), FOLLOW_UP, status="open")
COMPARISON = compare_rounds(INITIATIVE, [ROUND_1, ROUND_2])
ACTIONS = [
    ActionInfo(1, 1, "common_agenda", "<img src=x onerror=alert(1)>", "@owner", date(2026, 6, 1), "planned", "-note"),
]


def report(lang_rows: list[Response] = BASELINE) -> RoundReport:
    info = RoundInfo(1, 1, INITIATIVE, "Baseline", date(2025, 3, 1), "closed", "full", "ABC234", True, "test-1")
    items = item_results(INSTRUMENT, item_distribution(lang_rows), INSTRUMENT.item_ids("full"))
    return RoundReport(
        round=info,
        instrument=INSTRUMENT,
        result=ROUND_1.result,
        items=items,
        comments=[("common_agenda", SCRIPT, None), ("equity", "=1+1", None)],
        drafts=0,
    )


def rows() -> list[dict[str, object]]:
    """Two responses CSV rows, one with a comment that looks like a formula."""
    base = {c: None for c in EXPORT_COLUMNS} | {"initiative": INITIATIVE, "round": "Baseline", "dimension": "equity"}
    return [
        base | {"participant": "a", "item_id": "equity_1", "score": 3, "comment": "=1+1"},
        base | {"participant": "+b", "item_id": "equity_1", "score": None, "comment": "@SUM(A1)"},
    ]


def workbook(lang: str = "en") -> bytes:
    return workbook_bytes(
        initiative=INITIATIVE,
        comparison=COMPARISON,
        instruments={1: INSTRUMENT, 2: INSTRUMENT},
        actions=ACTIONS,
        rows=rows(),
        lang=lang,
    )


def dimension_table(sheet) -> dict[str, dict[str, object]]:
    """The per-dimension table of a round's summary sheet: dimension id -> header -> value."""
    values = list(sheet.iter_rows(values_only=True))
    start = next(n for n, row in enumerate(values) if row[2] == t("exports.col_id", "en"))
    header = values[start]
    return {row[2]: dict(zip(header, row, strict=True)) for row in values[start + 1 :] if row[2]}


# ---- the workbook ------------------------------------------------------------------------------------------
def test_the_workbook_has_a_summary_sheet_per_round_then_comparison_actions_reflections_and_responses():
    book = load_workbook(io.BytesIO(workbook("en")))
    rounds = ["Baseline", '=HYPERLINK("http___x")']
    assert book.sheetnames == [*rounds, "Comparison", "Actions", "Reflections", "Responses"]
    french = load_workbook(io.BytesIO(workbook("fr")))
    assert french.sheetnames[2:] == ["Comparaison", "Actions", "Mots de la fin", "Réponses"]


def test_a_round_sheet_holds_the_scores_of_the_round_unrounded():
    sheet = load_workbook(io.BytesIO(workbook("en")))["Baseline"]
    fields = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert fields[t("results.participants", "en")] == 3
    assert fields[t("results.index", "en")] == pytest.approx(ROUND_1.result.index)
    assert fields[t("results.verdict", "en")] == t(f"verdict.{ROUND_1.result.verdict}", "en")
    table = dimension_table(sheet)
    assert list(table) == list(IDS)
    agenda = table["common_agenda"]
    assert agenda[t("col.score", "en")] == pytest.approx(3.0)  # (1 + 5 + 3) / 3
    assert agenda[t("col.n", "en")] == 3
    assert agenda[t("col.sd", "en")] == pytest.approx(2.0)  # sqrt(((1-3)^2 + (5-3)^2 + 0) / 2)
    assert agenda[t("exports.col_dont_know", "en")] == 1
    assert agenda[t("exports.col_band", "en")] == "Borderline"
    assert agenda[t("exports.col_discuss", "en")] == "yes"
    assert table["equity"][t("col.sd", "en")] == pytest.approx(0.0)
    # Every dimension matches the scores document (the `scores` command's JSON) of the round.
    document = {d["id"]: d for s in ROUND_1.result.to_dict()["sections"] for d in s["dimensions"]}
    for dimension_id, row in table.items():
        assert row[t("col.score", "en")] == pytest.approx(document[dimension_id]["score"])
        assert row[t("col.n", "en")] == document[dimension_id]["n"]
        assert row[t("exports.col_dont_know", "en")] == document[dimension_id]["dont_know"]


def test_the_comparison_sheet_gives_every_score_and_its_change_against_the_baseline():
    sheet = load_workbook(io.BytesIO(workbook("en")))["Comparison"]
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    assert header[3:5] == ("Baseline", '=HYPERLINK("http://x") (in progress)')
    assert header[5] == t("exports.delta_column", "en", round='=HYPERLINK("http://x")', baseline="Baseline")
    by_id = {row[2]: row for row in values[1:]}
    assert by_id["common_agenda"][3:] == pytest.approx((3.0, 4.5, 1.5))  # 4.5 - 3.0
    assert by_id["equity"][3:] == pytest.approx((3.0, 4.0, 1.0))
    # index = 25 x (mean of the three sections - 1): 3.0 everywhere -> 50; 4.0 and conditions 4.1 -> 75.8333
    assert by_id["index"][3:] == pytest.approx((50.0, 25 * ((4 + 4.1 + 4) / 3 - 1), 25 * ((4 + 4.1 + 4) / 3 - 1) - 50))
    assert by_id["conditions"][3:5] == pytest.approx((3.0, 4.1))  # (4.5 + 4 x 4) / 5


def test_the_actions_and_responses_sheets_hold_the_rows_as_given():
    book = load_workbook(io.BytesIO(workbook("fr")))
    actions = list(book["Actions"].iter_rows(values_only=True))
    assert actions[1][2:4] == ("<img src=x onerror=alert(1)>", "@owner")
    assert actions[1][5] == t("action_status.planned", "fr")
    responses = list(book["Réponses"].iter_rows(values_only=True))
    assert responses[0] == EXPORT_COLUMNS  # the CSV's own columns, so the sheet can be imported back
    assert [r[EXPORT_COLUMNS.index("comment")] for r in responses[1:]] == ["=1+1", "@SUM(A1)"]


def test_text_that_looks_like_a_formula_stays_text():
    data = workbook("en")
    sheet = load_workbook(io.BytesIO(data))["Responses"]
    comment = sheet.cell(row=2, column=EXPORT_COLUMNS.index("comment") + 1)
    assert comment.value == "=1+1" and comment.data_type == "s" and comment.quotePrefix
    participant = sheet.cell(row=3, column=EXPORT_COLUMNS.index("participant") + 1)
    assert participant.value == "+b" and participant.quotePrefix
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(name).decode() for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert sheets and not any("<f>" in xml or "<f " in xml for xml in sheets)  # not one formula in the file


def test_a_number_is_not_quoted_even_when_negative():
    # Against the follow-up as baseline, the first round's common agenda changes by 3.0 - 4.5 = -1.5.
    data = workbook_bytes(
        initiative=INITIATIVE,
        comparison=compare_rounds(INITIATIVE, [ROUND_1, ROUND_2], baseline_id=2),
        instruments={1: INSTRUMENT, 2: INSTRUMENT},
        actions=[],
        rows=[],
        lang="en",
    )
    sheet = load_workbook(io.BytesIO(data))["Comparison"]
    agenda = next(row for row in sheet.iter_rows() if row[2].value == "common_agenda")
    assert agenda[5].value == pytest.approx(-1.5)
    assert agenda[5].data_type == "n" and not agenda[5].quotePrefix


def test_sheet_names_are_valid_and_unique():
    taken = {"comparison"}
    assert sheet_name("2025/26 [Q1]: baseline?", taken) == "2025_26 _Q1__ baseline_"
    assert sheet_name("Comparison", taken) == "Comparison (2)"
    long = "A" * 40
    assert sheet_name(long, taken) == "A" * 31
    assert sheet_name(long, taken) == "A" * 27 + " (2)"


def test_file_names_are_plain_ascii():
    assert file_stem("Quartier Évolué & Co", "Été 2026") == "quartier-evolue-co-ete-2026"
    assert file_stem("***") == "export"


# ---- the HTML report --------------------------------------------------------------------------------------
def round_html(lang: str) -> str:
    return round_report_html(report=report(), comparison=COMPARISON, actions=ACTIONS, lang=lang, generated_at=WHEN)


def initiative_html(lang: str) -> str:
    return initiative_report_html(
        comparison=COMPARISON, instrument=INSTRUMENT, actions=ACTIONS, lang=lang, generated_at=WHEN
    )


REPORTS = {"round": round_html, "initiative": initiative_html}


def outside_scripts(html: str) -> str:
    """The page's own markup: every script tag kept, its body left out."""
    return re.sub(r"(<script\b[^>]*>).*?(</script>)", r"\1\2", html, flags=re.S | re.I)


@pytest.mark.parametrize("kind", REPORTS)
def test_the_report_inlines_plotly_once_and_fetches_nothing(kind):
    html = REPORTS[kind]("en")
    assert html.count(PLOTLY_BUNDLE_HEADER) == 1
    assert html.count("Plotly.newPlot(") >= 2  # every chart drawn by the one inlined library
    markup = outside_scripts(html)  # the library's code holds inert URL strings
    assert markup.count("<script") == html.count("<script")
    assert not re.search(r"<script[^>]*\ssrc\s*=", markup, re.I)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", markup, re.I)
    assert "<link" not in markup and "@import" not in markup and "@font-face" not in markup
    assert "cdn" not in markup.lower() and "https://" not in markup


@pytest.mark.parametrize("kind", REPORTS)
def test_user_text_is_escaped_in_the_report(kind):
    html = REPORTS[kind]("en")
    assert "Quartier &lt;Vivant&gt; &amp; Co" in html and INITIATIVE not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img src=x" not in html


def test_a_comment_with_markup_shows_as_text():
    html = round_html("en")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT not in html


def test_the_round_report_says_verdict_why_index_fit_disagreements_comparison_and_actions():
    html = round_html("en")
    assert t("exports.verdict", "en", verdict=t("verdict.emerging", "en")) in html
    # Every precondition at 3.0: emerging, each one "not yet a strength".
    assert "The precondition “title champions (en)” is not yet a strength (3.00 &lt; 4)." in html
    assert t("flag.fit_ok", "en") in html
    assert ">50<" in html  # the index, 25 x (3 - 1)
    assert t("results.disagreements", "en") in html and "title common_agenda (en)" in html
    assert t("exports.comparison", "en") in html and t("exports.actions", "en") in html
    assert "@owner" in html and "Jun 1, 2026" in html  # dates as English readers write them (Babel)
    assert "Generated on May 1, 2026, 9:30\u202fa.m." in html or "Generated on May 1, 2026, 9:30 a.m." in html
    french = round_html("fr")
    assert "1 juin 2026" in french and "1 mai 2026, 09 h 30" in french


def test_the_initiative_report_compares_the_rounds_with_their_changes():
    html = initiative_html("en")
    assert "All rounds (2)" in html
    assert "4.50 (+1.50)" in html  # common agenda: 4.5 at the follow-up, 3.0 at the baseline
    assert "=HYPERLINK(&quot;http://x&quot;) (in progress)" in html
    assert t("compare.band_gained", "en", dimension="title equity (en)", before="Borderline", after="Strength") in html


@pytest.mark.parametrize("kind", REPORTS)
def test_the_report_is_written_in_the_language_chosen(kind):
    french, english = REPORTS[kind]("fr"), REPORTS[kind]("en")
    assert '<html lang="fr">' in french and '<html lang="en">' in english
    assert t("exports.report_title", "fr") in french and t("exports.report_title", "en") not in french
    assert t("exports.report_title", "en") in english
    text = outside_scripts(french)
    assert t("exports.actions", "fr") in text and "3,00" in text and "3.00" not in text
    assert "title common_agenda (fr)" in french and "title common_agenda (en)" not in french


def test_the_report_prints_on_a4_without_breaking_sections():
    html = round_html("en")
    assert "@page { size: A4" in html and "@media print" in html
    assert re.search(r"section[^{}]*\{[^}]*break-inside: avoid", html)
    assert f'"width":{CHART_WIDTH}' in html


def test_the_charts_carry_their_own_colours_whatever_the_default_template(monkeypatch):
    # Streamlit makes its own template the default, whose colours come from its frontend: a report built
    # inside the app would otherwise draw grey charts once opened outside it.
    monkeypatch.setattr(pio.templates, "default", "none")
    html = round_html("en")
    colourway = pio.templates[CHART_TEMPLATE].layout.colorway[0]
    assert html.count(f'"colorway":["{colourway}"') == html.count("Plotly.newPlot(") >= 2


def test_a_round_alone_has_nothing_to_compare_yet():
    alone = compare_rounds(INITIATIVE, [ROUND_1])
    html = round_report_html(report=report(), comparison=alone, actions=[], lang="en", generated_at=WHEN)
    assert t("exports.only_round", "en") in html
    assert t("exports.no_actions", "en") in html


def test_changes_are_written_with_their_sign():
    assert signed(1.5, "en") == "+1.50"
    assert signed(-0.26, "fr", 1) == "-0,3"
    assert signed(None, "en") == "—"
