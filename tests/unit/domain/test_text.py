"""User text and dates at every entry point (domain/text.py): one cleaning, one range of dates."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessment.domain.text import clean_line, clean_text, in_date_range, naive_utc
from assessment.domain.vocabulary import MAX_DATE, MIN_DATE


def test_a_line_loses_nul_and_other_controls_and_turns_separators_into_spaces():
    assert clean_line("  Ana\x00 \x1b[31mRed\x7f\x9b ") == "Ana [31mRed"
    assert clean_line("Ana\tBen\nCarl\r\nDina\u2028Eve") == "Ana Ben Carl Dina Eve"


def test_a_text_keeps_its_line_breaks_as_newlines_only():
    assert clean_text("one\r\ntwo\rthree\u2029four\x00\tfive\n") == "one\ntwo\nthree\nfour five"


def test_a_lone_surrogate_which_no_utf8_file_or_database_holds_is_removed():
    assert clean_line("a\ud800b") == "ab"
    assert clean_text("a\udfffb") == "ab"


def test_accents_emoji_and_no_break_spaces_are_kept():
    assert clean_line("Léa 🌱 «\u00a0oui\u00a0» \u202f!") == "Léa 🌱 «\u00a0oui\u00a0» \u202f!"


@settings(derandomize=True, max_examples=300)
@given(st.text())
def test_cleaning_twice_gives_what_cleaning_once_gives(text):
    """So whatever the app stored comes back unchanged from a backup, which cleans the same way."""
    assert clean_line(clean_line(text)) == clean_line(text)
    assert clean_text(clean_text(text)) == clean_text(text)
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in clean_line(text))
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in clean_text(text) if c != "\n")


def test_dates_outside_1900_to_2999_are_refused():
    assert in_date_range(MIN_DATE) and in_date_range(MAX_DATE)
    assert not in_date_range(date(1899, 12, 31)) and not in_date_range(date(3000, 1, 1))
    assert not in_date_range(datetime(1, 1, 1))


def test_a_timestamp_with_a_time_zone_at_the_edge_of_python_is_refused_not_overflowed():
    with pytest.raises(ValueError):
        naive_utc(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))))
    with pytest.raises(ValueError):
        naive_utc(datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5))))
    assert naive_utc(datetime(2026, 3, 1, 10, tzinfo=timezone(timedelta(hours=2)))) == datetime(2026, 3, 1, 8)
    assert naive_utc(datetime(2026, 3, 1, 10)) == datetime(2026, 3, 1, 10)
