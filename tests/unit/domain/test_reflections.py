"""Closing reflections: merging, spelling shown, counts, hiding and the group-size threshold."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from assessment.domain.errors import UserError
from assessment.domain.reflections import (
    STOP_WORDS,
    Reflection,
    clean_entries,
    merge,
    merge_key,
)


def entries(*pairs: tuple[object, str]) -> list[Reflection]:
    return [Reflection(contributor=c, text=t) for c, t in pairs]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Confiance", "confiance"),
        ("Équité", "equite"),
        ("la confiance", "Confiance !"),
        ("l’engagement", "Engagement"),
        ("l'engagement", "engagement."),
        ("the shared agenda", "Shared  agenda"),
        ("Un programme commun", "programme commun…"),
        ("trust, and", "TRUST"),
        ("voix des jeunes", "Voix des jeunes"),
    ],
)
def test_entries_that_differ_only_by_case_accents_punctuation_spaces_or_end_stop_words_merge(a, b):
    assert merge_key(a) == merge_key(b)


@pytest.mark.parametrize(("a", "b"), [("confiance", "méfiance"), ("voix des jeunes", "voix jeunes"), ("a", "b")])
def test_different_words_stay_apart(a, b):
    assert merge_key(a) != merge_key(b)


def test_an_entry_of_stop_words_only_keeps_them():
    assert merge_key("The") == "the"


def test_most_frequent_spelling_is_shown_and_ties_go_to_the_first_given():
    summary = merge(
        entries((1, "confiance"), (2, "Confiance"), (3, "Confiance"), (4, "Équité"), (5, "équité")),
        min_group_size=3,
    )
    assert [(e.text, e.count) for e in summary.entries] == [("Confiance", 3), ("Équité", 2)]


def test_one_contributor_writing_one_word_twice_counts_once():
    summary = merge(entries((1, "trust"), (1, "Trust!"), (2, "trust"), (3, "voice")), min_group_size=3)
    assert [(e.key, e.count) for e in summary.entries] == [("trust", 2), ("voice", 1)]


def test_nothing_is_shown_below_the_group_size():
    summary = merge(entries((1, "trust"), (2, "trust")), min_group_size=3)
    assert (summary.shown, summary.entries, summary.contributors) == (False, (), 2)
    assert summary.visible() == []


def test_a_hidden_entry_is_kept_but_not_visible():
    summary = merge(entries((1, "trust"), (2, "voice"), (3, "voice")), hidden_keys={"trust"}, min_group_size=3)
    assert [e.key for e in summary.entries] == ["voice", "trust"]
    assert [e.key for e in summary.visible()] == ["voice"]


def test_phrases_are_told_from_words():
    summary = merge(entries((1, "trust"), (2, "shared agenda"), (3, "x")), min_group_size=3)
    assert {e.key: e.is_phrase for e in summary.entries} == {"trust": False, "shared agenda": True, "x": False}


def test_clean_entries_drops_blanks_trims_and_keeps_one_of_a_pair_that_merges():
    assert clean_entries(["  Trust  ", "", None, "trust!", "shared   agenda"]) == ["Trust", "shared agenda"]


@pytest.mark.parametrize(
    ("texts", "key"),
    [(["x" * 61], "reflection_too_long"), (["a", "b", "c", "d"], "reflection_too_many"), (["?!"], "reflection_empty")],
)
def test_clean_entries_refuses_what_cannot_be_stored(texts, key):
    with pytest.raises(UserError) as caught:
        clean_entries(texts)
    assert caught.value.key == key


words = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=20)


@given(st.lists(st.tuples(st.integers(0, 9), words), max_size=40))
def test_merging_never_loses_or_invents_a_contributor(pairs):
    summary = merge(entries(*pairs), min_group_size=1)
    keyed = {(c, merge_key(t)) for c, t in pairs if merge_key(t)}
    assert sum(e.count for e in summary.entries) == len(keyed)
    assert len({e.key for e in summary.entries}) == len(summary.entries)
    counts = [e.count for e in summary.entries]
    assert counts == sorted(counts, reverse=True)


@given(words, st.sampled_from(sorted(STOP_WORDS)), st.sampled_from(["", " ", "  ", "!", "…", "."]))
def test_case_accents_punctuation_and_end_stop_words_never_split_an_entry(text, stop, punct):
    key = merge_key(text)
    assume(key and not all(w in STOP_WORDS for w in key.split()))
    assume(text.upper().casefold() == text.casefold())  # not so for a few letters, e.g. the dotless ı
    assert merge_key(f"{stop} {text.upper()}{punct}") == key
    assert merge_key(f"{text}{punct} {stop}") == key


@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["Trust", "trust", "TRUST", "Voice", "voice"]))))
def test_the_spelling_shown_is_one_that_was_given(pairs):
    summary = merge(entries(*pairs), min_group_size=1)
    given_texts = {t for _, t in pairs}
    assert all(e.text in given_texts for e in summary.entries)
