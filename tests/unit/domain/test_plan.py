"""The plan on a page's rules: four known sections in the page's order, lengths and lines, clean text, periods,
overdue actions."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessment.domain import plan as rules
from assessment.domain.errors import Invalid


def test_four_distinct_sections_come_back_in_the_pages_order():
    chosen = ["get_involved", "key_data", "theory_of_change", "results"]
    assert rules.check_sections(chosen) == ("theory_of_change", "key_data", "results", "get_involved")


@pytest.mark.parametrize(
    ("chosen", "key"),
    [
        (["key_data", "results", "research"], "invalid_plan_sections"),
        (["key_data", "results", "research", "partners", "get_involved"], "invalid_plan_sections"),
        (["key_data", "key_data", "research", "partners"], "invalid_plan_sections"),
        (["key_data", "results", "research", "budget"], "invalid_plan_section"),
    ],
)
def test_anything_but_four_distinct_known_sections_is_refused(chosen, key):
    with pytest.raises(Invalid) as caught:
        rules.check_sections(chosen)
    assert caught.value.key == key


def test_sections_typed_on_the_command_line_are_split_on_commas_and_trimmed():
    assert rules.parse_sections(" results, key_data ,research,partners,") == (
        "key_data",
        "research",
        "partners",
        "results",
    )


def test_control_characters_are_removed_but_line_breaks_and_tabs_kept():
    assert rules.clean_text("  a\x00b\x07c\r\nd\te  ") == "abc\nd\te"


@given(st.text())
def test_clean_text_never_leaves_a_control_character_but_newline_and_tab(text):
    cleaned = rules.clean_text(text)
    assert all(c in "\n\t" or ord(c) >= 32 and not 127 <= ord(c) < 160 for c in cleaned)


def plan(**changes):
    values = dict(agenda="Agenda", sections=rules.DEFAULT_SECTIONS, texts={}, contact="a@b.ca") | changes
    return rules.check_plan(**values)


def test_a_plan_at_every_limit_is_accepted_and_empty_texts_are_dropped():
    lines = "\n".join(["x" * 10] * rules.MAX_SECTION_LINES)
    checked = plan(
        agenda="a" * rules.MAX_AGENDA,
        texts={"key_data": "  ", "research": lines, "partners": "p" * rules.MAX_SECTION_TEXT},
        contact="c" * rules.MAX_CONTACT,
    )
    assert checked.texts == {"research": lines, "partners": "p" * rules.MAX_SECTION_TEXT}


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"agenda": "a" * (rules.MAX_AGENDA + 1)}, "invalid_plan_agenda"),
        ({"agenda": "a\n" * rules.MAX_AGENDA_LINES + "a"}, "invalid_plan_lines"),
        ({"texts": {"research": "r" * (rules.MAX_SECTION_TEXT + 1)}}, "invalid_plan_text"),
        ({"texts": {"research": "r\n" * rules.MAX_SECTION_LINES + "r"}}, "invalid_plan_lines"),
        ({"texts": {"budget": "b"}}, "invalid_plan_section"),
        ({"contact": "c" * (rules.MAX_CONTACT + 1)}, "invalid_plan_contact"),
    ],
)
def test_a_text_too_long_or_of_too_many_lines_for_one_page_is_refused(changes, key):
    with pytest.raises(Invalid) as caught:
        plan(**changes)
    assert caught.value.key == key


def test_a_decision_needs_a_text_and_a_name_of_reasonable_length():
    assert rules.check_decision("  Adopt  ", " Table ") == ("Adopt", "Table")
    for text, who in (("", "x"), ("d" * (rules.MAX_DECISION + 1), ""), ("ok", "w" * (rules.MAX_DECIDED_BY + 1))):
        with pytest.raises(Invalid):
            rules.check_decision(text, who)


def test_a_period_runs_forward_and_includes_both_ends():
    rules.check_period(date(2026, 1, 1), date(2026, 1, 1))
    with pytest.raises(Invalid) as caught:
        rules.check_period(date(2026, 2, 1), date(2026, 1, 1))
    assert caught.value.key == "invalid_period"
    assert rules.in_period(date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 31))
    assert rules.in_period(date(2026, 1, 31), date(2026, 1, 1), date(2026, 1, 31))
    assert not rules.in_period(date(2026, 2, 1), date(2026, 1, 1), date(2026, 1, 31))
    assert not rules.in_period(None, date(2026, 1, 1), date(2026, 1, 31))


@pytest.mark.parametrize(
    ("status", "due", "overdue"),
    [
        ("planned", date(2026, 1, 9), True),
        ("in_progress", date(2026, 1, 9), True),
        ("done", date(2026, 1, 9), False),
        ("dropped", date(2026, 1, 9), False),
        ("planned", date(2026, 1, 10), False),  # due on the day itself: not late yet
        ("planned", None, False),
    ],
)
def test_an_action_is_overdue_when_due_before_the_day_and_neither_done_nor_dropped(status, due, overdue):
    assert rules.is_overdue(status=status, due=due, on=date(2026, 1, 10)) is overdue
