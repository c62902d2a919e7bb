"""The words and tables that screens and reports share: computed once, plain data, in either language.

Fixtures are those of the exports tests: a baseline of three participants at 3 everywhere (common agenda
1, 5 and 3: sd 2.0) and an open follow-up of two at 4 everywhere (common agenda 4.5).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from assessment.domain.compare import compare_rounds
from assessment.present import sentences, tables
from tests.unit.reports.test_reports import ACTIONS, COMPARISON, INSTRUMENT, ROUND_1, ROUND_2, SCRIPT, report

NB = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "first_reason", "fit"),
    [
        (
            "en",
            "The precondition “title champions (en)” is not yet a strength (3.00 < 4).",
            "The approach seems to fit.",
        ),
        (
            "fr",
            f"La condition préalable «{NB}title champions (fr){NB}» n’est pas encore une force (3,00 < 4).",
            "L’approche semble pertinente.",
        ),
    ],
)
def test_the_verdict_says_why_with_two_decimal_scores(lang, first_reason, fit):
    verdict = sentences.verdict(INSTRUMENT, ROUND_1.result, lang)
    assert verdict.code == "emerging"
    assert verdict.name == {"en": "Emerging", "fr": "En émergence"}[lang]
    # Every precondition (champions, urgency, resources) at 3.0: emerging, three reasons.
    assert len(verdict.reasons) == 3 and verdict.reasons[0] == first_reason
    assert list(verdict.reasons) == sentences.verdict_reasons(INSTRUMENT, ROUND_1.result, lang)
    assert not verdict.fit_concern and verdict.fit == fit


def test_changes_carry_their_sign_in_each_language():
    assert sentences.signed(0.25, "fr") == "+0,25"
    assert sentences.signed(-1.0, "en", 1) == "-1.0"
    assert sentences.signed(25.83, "en", 0) == "+26"
    assert sentences.signed(None, "fr") == "—"


@pytest.mark.parametrize(("lang", "mark"), [("en", "in progress"), ("fr", "en cours")])
def test_an_open_round_is_named_as_in_progress(lang, mark):
    assert sentences.round_names(COMPARISON, lang) == ["Baseline", f'=HYPERLINK("http://x") ({mark})']


@pytest.mark.parametrize(
    ("lang", "heading", "line"),
    [
        ("en", 'From Baseline to =HYPERLINK("http://x")', "title equity (en) moved from Borderline to Strength."),
        (
            "fr",
            'De Baseline à =HYPERLINK("http://x")',
            f"«{NB}title equity (fr){NB}» passe de «{NB}À discuter{NB}» à «{NB}Force{NB}».",
        ),
    ],
)
def test_band_changes_are_written_per_step_between_rounds(lang, heading, line):
    # Every dimension goes from 3.0 (borderline, 3.0 <= s < 4.0) to 4.0 or 4.5 (strength).
    [step] = sentences.band_changes(COMPARISON, INSTRUMENT, lang)
    assert step.heading == heading and step.round_id == 2
    assert len(step.lines) == 19 and all(moved.gained for moved in step.lines)
    assert line in [moved.text for moved in step.lines]
    assert sentences.band_changes(COMPARISON, INSTRUMENT, lang, only=1) == []


def test_a_comparison_notes_open_rounds_other_forms_other_versions_and_missing_dimensions():
    assert [n.kind for n in sentences.comparison_notes(COMPARISON, INSTRUMENT, "en")] == ["in_progress"]
    short = replace(ROUND_1, id=3, label="Short", date=date(2027, 1, 1), form="short", instrument_version="test-2")
    lacking = replace(short, dimension_ids=tuple(d for d in ROUND_1.dimension_ids if d != "equity"))
    notes = sentences.comparison_notes(compare_rounds("X", [ROUND_1, lacking]), INSTRUMENT, "en")
    assert [n.kind for n in notes] == ["mixed_forms", "mixed_versions", "not_comparable"]
    assert "(test-1, test-2)" in notes[1].text
    assert notes[2].text == "Missing from some rounds, so not compared: title equity (en)."
    french = sentences.comparison_notes(compare_rounds("X", [ROUND_1, lacking]), INSTRUMENT, "fr")
    assert french[2].text == f"Absentes de certains cycles, donc non comparées{NB}: title equity (fr)."


def test_comments_are_grouped_by_dimension_in_instrument_order_and_kept_as_typed():
    comments = [("equity", "=1+1", None), ("common_agenda", SCRIPT, "common_agenda_1"), ("equity", "b", None)]
    groups = sentences.comments_by_dimension(INSTRUMENT, comments, "fr")
    # common_agenda (conditions) comes before equity (principles) in the framework.
    assert [(g.dimension_id, g.heading, g.texts) for g in groups] == [
        ("common_agenda", "title common_agenda (fr) (1)", (SCRIPT,)),
        ("equity", "title equity (fr) (2)", ("=1+1", "b")),
    ]
    assert sentences.comments_by_dimension(INSTRUMENT, [], "en") == []


def test_a_next_step_names_the_dimension_its_score_and_what_to_do():
    [step] = sentences.next_steps(INSTRUMENT, [ROUND_1.result.dimension("equity")], "fr")
    assert step == sentences.NextStep("equity", "title equity (fr)", "3,00", "next step equity (fr)")


@pytest.mark.parametrize(("lang", "sd"), [("en", "1.0"), ("fr", "1,0")])
def test_disagreement_intros_name_the_flagging_threshold(lang, sd):
    assert f"≥ {sd})" in sentences.disagreement_intro(INSTRUMENT, lang)
    assert sd in sentences.disagreement_intro(INSTRUMENT, lang, over_time=True)


@pytest.mark.parametrize(("lang", "sd_header"), [("en", "Std. dev."), ("fr", "Écart type")])
def test_the_disagreement_table_lists_flagged_dimensions_then_flagged_items(lang, sd_header):
    r = report()
    table = tables.disagreement_table(INSTRUMENT, r.disagreements, r.items, lang)
    assert table.headers[3] == sd_header
    two = "2.00" if lang == "en" else "2,00"
    three = "3.00" if lang == "en" else "3,00"
    # Common agenda: 1, 5 and 3 -> mean 3, sd 2 over n 3; its first item the same. The second item
    # (1, 5 and "don't know") has n 2, under the instrument's min_n of 3: not flagged.
    assert table.rows == [
        [f"title common_agenda ({lang})", "", three, two, 3],
        [f"title common_agenda ({lang})", f"item common_agenda_1 ({lang})", three, two, 3],
    ]
    assert tables.disagreement_table(INSTRUMENT, [], [], lang).rows == []


def test_the_rounds_summary_shows_index_changes_in_whole_points_and_none_for_the_baseline():
    summary = tables.rounds_summary(COMPARISON, "fr")
    assert summary.headers[0] == "Cycle" and summary.headers[-1] == "Verdict"
    # Index: 50 at the baseline, 75.83 at the follow-up: +25.83 -> "+26".
    assert summary.rows == [
        ["Baseline", "1 mars 2025", 3, "50", "", "", "En émergence"],
        ['=HYPERLINK("http://x") (en cours)', "1 mars 2026", 2, "76", "+26", "+26", "Prêt"],
    ]
    assert tables.rounds_summary(COMPARISON, "en").rows[1][1:2] == ["Mar 1, 2026"]
    assert tables.rounds_summary(COMPARISON, "en").rows[1][-1] == "Ready"


def test_the_actions_table_keeps_dates_and_user_text_as_they_are():
    table = tables.actions_table(ACTIONS, INSTRUMENT, "en")
    assert table.headers[:2] == ["Dimension", "Id"]
    assert table.rows == [
        [
            "title common_agenda (en)",
            "common_agenda",
            "<img src=x onerror=alert(1)>",
            "@owner",
            date(2026, 6, 1),
            "Planned",
            "-note",
        ]
    ]


def test_section_scores_and_dimension_titles_fall_back_when_missing():
    change = COMPARISON.rounds[1]
    assert tables.section_score(change, "conditions") == pytest.approx((4.5 + 4 * 4) / 5)
    assert tables.section_score(change, "nowhere") is None
    assert sentences.dimension_title(INSTRUMENT, "gone", "en") == "gone"
    assert ROUND_2.result.dimension("common_agenda").score == pytest.approx(4.5)
