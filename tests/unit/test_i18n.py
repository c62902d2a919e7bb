"""The catalog is complete in both languages and French typography is right."""

import re
import string

import pytest

from assessment.domain.errors import ImportRejected, UnknownCode
from assessment.domain.instrument import load_instrument
from assessment.present.i18n import CATALOG, LANGS, NBSP, NNBSP, detect_language, error_message, fault_lines, plain, t

FILLERS = {
    "code": "ABC123",
    "round": "R",
    "n": 3,
    "total": 6,
    "title": "T",
    "done": 2,
    "when": "2026-01-01",
    "section": "S",
    "dimension": "D",
    "name": "N",
    "label": "L",
    "submitted": 1,
    "drafts": 0,
    "seconds": 4,
    "sd": "1,0",
    "score": "2,5",
    "value": "v",
    "initiative": "I",
    "count": 2,
    "row": 3,
    "message": "m",
    "position": 5,
    "columns": "c",
    "detail": "d",
    "item": "i",
    "participant": "p",
    "field": "f",
    "verdict": "V",
    "help": "H",
    "dimensions": "D1, D2",
    "before": "B",
    "after": "A",
}
# A space that is not a no-break space before : ; ! ? or », or after «, is a French typography fault.
# A colon between digits (10:30) or inside a URL is not punctuation of the sentence.
BAD_BEFORE = re.compile(r"[^\u00a0\u202f](?<!\d)[;!?»]|(?<![\u00a0\u202f\d/]):(?![\d/])")
BAD_AFTER = re.compile(r"«(?![\u00a0\u202f])")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def filled(key: str) -> dict[str, object]:
    """A value for every placeholder of the entry (a plain word where FILLERS has none)."""
    names = (placeholders(CATALOG[key]["fr"]) | placeholders(CATALOG[key]["en"])) - {"nbsp", "nnbsp"}
    return {name: FILLERS.get(name, "X") for name in names}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_catalog_entry_exists_in_both_languages_with_the_same_placeholders(key):
    entry = CATALOG[key]
    assert set(entry) == set(LANGS)
    assert all(entry[lang].strip() for lang in LANGS)
    assert placeholders(entry["fr"]) - {"nbsp", "nnbsp"} == placeholders(entry["en"]) - {"nbsp", "nnbsp"}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_french_strings_put_no_break_spaces_where_french_typography_wants_them(key):
    text = t(key, "fr", **filled(key))
    assert not BAD_BEFORE.search(text), f"{key}: {text!r}"
    assert not BAD_AFTER.search(text), f"{key}: {text!r}"


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_english_strings_have_no_space_before_punctuation(key):
    text = t(key, "en", **filled(key))
    assert not re.search(r"[ \u00a0\u202f][:;!?]", text), f"{key}: {text!r}"


def test_the_instrument_follows_french_typography_too():
    instrument = load_instrument()
    texts = [instrument.dont_know.fr, *(p.label.fr for p in instrument.scale)]
    for section in instrument.sections:
        texts += [section.title.fr, section.intro.fr]
        for d in section.dimensions:
            texts += [d.title.fr, d.description.fr, d.next_step.fr, *(i.text.fr for i in d.items)]
            texts += [d.levels.get(level).fr for level in ("absent", "emerging", "established", "mature")]
    faults = [text for text in texts if BAD_BEFORE.search(text) or BAD_AFTER.search(text)]
    assert not faults


def test_browser_locales_pick_french_only_for_french():
    assert [detect_language(x) for x in ("fr-CA", "fr", "FR-fr", "en-US", "de", None, "")] == [
        "fr",
        "fr",
        "fr",
        "en",
        "en",
        "en",
        "en",
    ]


def test_errors_read_as_sentences_in_each_language():
    assert error_message(UnknownCode("XYZ"), "en") == "The code “XYZ” matches no round. Check it with your facilitator."
    assert error_message(UnknownCode("XYZ"), "fr").startswith(f"Le code «{NBSP}XYZ{NBSP}»")


def test_import_faults_are_listed_by_row_number():
    error = ImportRejected([(3, "score_range", {"value": "7"}), (0, "empty_file", {})])
    assert fault_lines(error, "en") == [
        "row 3: score 7 is off the scale (1 to 5, or empty for “Don't know”)",
        "file: the file holds no answers",
    ]
    assert fault_lines(error, "fr")[0].startswith(f"ligne 3{NBSP}: note 7")


def test_plain_escapes_markup_so_user_text_shows_as_typed():
    escaped = plain("<img src=x onerror=alert(1)> **bold** [link](http://x)")
    assert "\\<img" in escaped and "\\*\\*" in escaped and "\\]\\(" in escaped
    assert escaped.replace("\\", "") == "<img src=x onerror=alert(1)> **bold** [link](http://x)"


def test_unknown_keys_fall_back_to_the_key_itself_never_crash():
    assert t("no.such.key", "fr") == "no.such.key"
    assert NNBSP in t("q.submitted", "fr")
