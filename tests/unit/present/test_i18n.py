"""The catalog is complete in both languages, each key has one home and is used, and French typography is right."""

import ast
import re
import string
from pathlib import Path

import pytest

from assessment.domain.errors import ImportRejected, TooManyAttempts, UnknownCode
from assessment.domain.instrument import load_instrument
from assessment.present import catalogs
from assessment.present.catalogs import feature_catalogs
from assessment.present.i18n import (
    CATALOG,
    LANGS,
    NBSP,
    NNBSP,
    WORD_JOINER,
    detect_language,
    error_message,
    fault_lines,
    format_wait,
    plain,
    plain_chart,
    t,
)

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
    assert (
        escaped.replace("\\", "").replace(WORD_JOINER, "") == "<img src=x onerror=alert(1)> **bold** [link](http://x)"
    )


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("https://evil.example/x", "https\\:" + WORD_JOINER + "//"),  # bare URL: no autolink
        ("WWW.evil.example", "WWW" + WORD_JOINER + "\\."),
        ("a@evil.example", "a\\@" + WORD_JOINER + "evil"),  # e-mail address: no autolink
        (":smile: :material/home:", "\\:" + WORD_JOINER + "smile\\: \\:" + WORD_JOINER + "material"),  # no emoji, icon
        ("Note: 10:30", "Note\\: 10\\:" + WORD_JOINER + "30"),  # prose keeps its colon as is
        (":red[x]", "\\:" + WORD_JOINER + "red\\[x\\]"),  # no colour directive
        ("$x^2$", "\\$x\\^2\\$"),  # no LaTeX
        ("    code", "\u00a0" * 4 + "code"),  # no code block
        ("a\r\nb", "a  \nb"),  # line breaks kept as hard breaks
    ],
)
def test_plain_defeats_what_streamlit_does_to_text_after_parsing_it(text, breaks):
    assert breaks in plain(text)
    assert plain(text).replace("\\", "").replace(WORD_JOINER, "").replace("\u00a0", " ").replace("  \n", "\n") == (
        text.replace("\r\n", "\n")
    )


def test_plain_chart_makes_plotly_markup_and_placeholders_literal():
    assert plain_chart("<a href='x'>R1</a> & %{y}") == "&lt;a href='x'&gt;R1&lt;/a&gt; &amp; %\u200b{y}"


def test_unknown_keys_fall_back_to_the_key_itself_never_crash():
    assert t("no.such.key", "fr") == "no.such.key"
    assert NNBSP in t("q.submitted", "fr")


# ---- one home per string -------------------------------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[3]
CATALOGS = feature_catalogs()


def code_files() -> list[Path]:
    """Every Python file that may show a catalog string: the app, the screens and the package, catalogs aside."""
    package = [path for path in (ROOT / "assessment").rglob("*.py") if "catalogs" not in path.parts]
    return [ROOT / "app.py", *sorted((ROOT / "views").rglob("*.py")), *sorted(package)]


def code_strings() -> set[str]:
    """Every string literal of the code, the literal parts of f-strings included."""
    strings = set()
    for path in code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
    return strings


STRINGS = code_strings()

# Keys the code builds at run time as <prefix><value>. Such a key counts as used when the code builds its
# prefix and its value (less a final ".help") is a string of the code: the value's own definition.
DYNAMIC_PREFIXES = {
    "band.": 'f"band.{...}", labeller("band"): the bands of Instrument.band',
    "verdict.": 'f"verdict.{verdict}" and f"verdict.{verdict}.help": the verdicts of scoring',
    "reason.": 'f"reason.{code}": the codes of scoring.verdict_reasons',
    "sector.": 'labeller("sector"), f"{by}.{group_id}" in breakdown_charts: instrument.SECTORS',
    "role.": 'labeller("role"), f"{by}.{group_id}" in breakdown_charts: instrument.ROLES',
    "form.": 'f"form.{...}", labeller("form"): instrument.FORMS',
    "status.": 'f"status.{...}": vocabulary.ROUND_STATUSES',
    "action_status.": 'f"action_status.{...}", labeller("action_status"): vocabulary.ACTION_STATUSES',
    "compare.rows.": 'labeller("compare.rows"): the kinds of rows of the heat map',
    "breakdown.by.": 'labeller("breakdown.by"): a breakdown by sector or by role',
    "q.": 'f"q.{field}": the profile fields, sector and role',
    "exports.sheet_": 'f"exports.sheet_{...}": the workbook sheets',
    "fault.": 'fault_lines, f"fault.{key}": the fault keys of the responses file readers',
    "console.activity.": 'f"console.activity.{a}": vocabulary.PRESENTER_ACTIVITIES',
    "error.": 'error_message, f"error.{error.key}": UserError keys, see ERROR_FAMILIES',
    "chart.count_": 'tn(f"chart.count_{band}", ...): the count of each band in words',
}
# UserError keys built from a word: Invalid("comment") is error.invalid_comment, NotFound("round")
# error.round_not_found, Duplicate("initiative") error.duplicate_initiative.
ERROR_FAMILIES = (re.compile(r"invalid_(\w+)"), re.compile(r"(\w+)_not_found"), re.compile(r"duplicate_(\w+)"))


# A counted text has one entry per plural category (i18n.tn): "<key>.one", "<key>.other", perhaps "<key>.many".
PLURAL = re.compile(r"\.(zero|one|two|few|many|other)$")


def built_at_run_time(key: str) -> bool:
    if PLURAL.search(key):
        stem = PLURAL.sub("", key)
        return stem in STRINGS or built_at_run_time(stem)
    for prefix in DYNAMIC_PREFIXES:
        if key.startswith(prefix):
            value = key.removeprefix(prefix).removesuffix(".help")
            if value in STRINGS:
                return True
            if prefix == "error.":
                return any((m := family.fullmatch(value)) and m.group(1) in STRINGS for family in ERROR_FAMILIES)
    return False


def test_every_catalog_module_has_both_languages_for_every_key():
    for name, catalog in CATALOGS.items():
        incomplete = [key for key, entry in catalog.items() if set(entry) != set(LANGS) or not all(entry.values())]
        assert not incomplete, f"catalogs/{name}.py: {incomplete}"


def test_no_key_is_defined_in_two_catalog_modules():
    homes: dict[str, list[str]] = {}
    for name, catalog in CATALOGS.items():
        for key in catalog:
            homes.setdefault(key, []).append(name)
    assert {key: names for key, names in homes.items() if len(names) > 1} == {}


def test_the_catalog_is_every_module_merged_and_nothing_else():
    assert len(CATALOG) == sum(len(catalog) for catalog in CATALOGS.values())
    assert all(CATALOG[key] == entry for catalog in CATALOGS.values() for key, entry in catalog.items())


def test_a_key_defined_twice_stops_the_merge_naming_both_modules(monkeypatch):
    twice = {"join": {"join.code": {"fr": "a", "en": "a"}}, "rounds": {"join.code": {"fr": "b", "en": "b"}}}
    monkeypatch.setattr(catalogs, "feature_catalogs", lambda: twice)
    with pytest.raises(RuntimeError, match=r"rounds\.py redefines join\.code \(also in join\.py\)"):
        catalogs.merged_catalog()


def test_every_dynamic_prefix_is_still_built_by_the_code():
    assert [p for p in DYNAMIC_PREFIXES if p not in STRINGS and p.rstrip("._") not in STRINGS] == []


@pytest.mark.parametrize("name", sorted(CATALOGS))
def test_every_key_of_a_catalog_module_is_used_by_the_code(name):
    unused = [key for key in CATALOGS[name] if key not in STRINGS and not built_at_run_time(key)]
    assert not unused, f"catalogs/{name}.py: no code shows {unused}"


def literal_keys() -> set[str]:
    """The keys the code names whole: the first argument of t(...) and tr(...) when it is a plain string."""
    keys = set()
    for path in code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("t", "tr"):
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    keys.add(node.args[0].value)
    return keys


def test_every_key_the_code_names_is_in_a_catalog_module():
    assert sorted(literal_keys() - set(CATALOG)) == []


@pytest.mark.parametrize(
    ("seconds", "fr", "en"),
    [
        (1, "dans 1 seconde", "in 1 second"),
        (45, "dans 45 secondes", "in 45 seconds"),
        (60, "dans 1 minute", "in 1 minute"),
        (61, "dans 2 minutes", "in 2 minutes"),  # never sooner than true
        (300, "dans 5 minutes", "in 5 minutes"),
        (3541, "dans 1 heure", "in 1 hour"),
        (3600, "dans 1 heure", "in 1 hour"),
        (3601, "dans 2 heures", "in 2 hours"),
    ],
)
def test_a_wait_is_said_in_words_rounded_up(seconds, fr, en):
    assert (format_wait(seconds, "fr"), format_wait(seconds, "en")) == (fr, en)


@pytest.mark.parametrize("everywhere", [False, True])
def test_too_many_attempts_says_when_to_try_again_in_both_languages(everywhere):
    error = TooManyAttempts(90, everywhere=everywhere)
    assert error_message(error, "fr").endswith("Réessayez dans 2 minutes.")
    assert error_message(error, "en").endswith("Try again in 2 minutes.")
    assert ("toutes connexions" in error_message(error, "fr")) is everywhere


# ---- numbers, dates and plurals through Babel (issue 9, point 5) ----------------------------------------------------
def test_numbers_are_written_the_way_each_language_writes_them():
    from assessment.present.i18n import format_number, format_score, format_signed, number_separators

    assert format_score(3.456, "fr", 2) == "3,46" and format_score(3.456, "en", 2) == "3.46"
    assert format_number(1234.5, "fr", 1) == f"1{NBSP}234,5" and format_number(1234.5, "en", 1) == "1,234.5"
    assert format_signed(-0.3, "fr") == "-0,30" and format_signed(0.42, "en") == "+0.42"
    assert format_signed(-0.001, "en", 0) == "+0"  # no negative zero
    assert format_score(None, "fr") == "—"
    assert format_score(2.675, "en", 2) == f"{2.675:.2f}"  # rounded as every figure was computed
    assert number_separators("fr") == f",{NBSP}" and number_separators("en") == ".,"


def test_days_are_written_in_words_in_each_language():
    from datetime import date

    from assessment.present.i18n import format_day

    assert format_day(date(2025, 2, 12), "fr") == "12 févr. 2025"
    assert format_day(date(2025, 2, 12), "en") == "Feb 12, 2025"


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("fr", 0, f"0{NBSP}préoccupation"),  # French counts 0 and 1 in the singular
        ("fr", 1, f"1{NBSP}préoccupation"),
        ("fr", 2, f"2{NBSP}préoccupations"),
        ("fr", 1000000, f"1{NBSP}000{NBSP}000{NBSP}préoccupations"),  # CLDR's "many" falls back to "other"
        ("en", 0, "0 concerns"),
        ("en", 1, "1 concern"),
        ("en", 1200, "1,200 concerns"),
    ],
)
def test_counted_words_take_the_plural_each_language_wants(lang, count, expected):
    from assessment.present.i18n import tn

    assert tn("chart.count_concern", lang, count) == expected


def test_every_counted_text_has_an_other_form_in_the_catalog():
    stems = {PLURAL.sub("", key) for key in CATALOG if PLURAL.search(key)}
    assert stems and all(f"{stem}.other" in CATALOG for stem in stems)


# "question(s)", « personne(s) participante(s) », "inscrit(e)s": a count is said in the plural form it wants (tn).
PARENTHESISED_PLURAL = re.compile(r"\w\((?:s|e|es|x)\)")  # "(e)s" starts with "(e)"


def test_no_catalog_string_writes_a_plural_in_parentheses():
    found = [
        f"{key} ({lang}): {text}"
        for key, entry in CATALOG.items()
        for lang, text in entry.items()
        if PARENTHESISED_PLURAL.search(text)
    ]
    assert found == []
    assert PARENTHESISED_PLURAL.search("question(s)") and PARENTHESISED_PLURAL.search("inscrit(e)s")


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("fr", 0, f"Fichier refusé{NBSP}: 0{NBSP}erreur. Rien n’a été enregistré."),
        ("fr", 1, f"Fichier refusé{NBSP}: 1{NBSP}erreur. Rien n’a été enregistré."),
        ("fr", 2, f"Fichier refusé{NBSP}: 2{NBSP}erreurs. Rien n’a été enregistré."),
        ("en", 1, "File refused: 1 fault. Nothing was saved."),
        ("en", 1500, "File refused: 1,500 faults. Nothing was saved."),
    ],
)
def test_an_error_with_a_count_takes_the_plural_its_count_wants(lang, count, expected):
    from assessment.domain.errors import UserError

    assert error_message(UserError("import_rejected", count=count), lang) == expected


def test_a_fault_with_a_count_takes_the_plural_its_count_wants():
    one = ImportRejected([(1, "missing_column", {"columns": "score", "count": 1})])
    two = ImportRejected([(1, "missing_column", {"columns": "item_id, score", "count": 2})])
    assert fault_lines(one, "en") == ["row 1: missing column: score"]
    assert fault_lines(two, "fr") == [f"ligne 1{NBSP}: colonnes manquantes{NBSP}: item_id, score"]


def test_an_error_whose_count_is_not_a_number_or_that_has_no_plural_forms_reads_as_before():
    from assessment.domain.errors import UserError

    assert error_message(UserError("restore_exists", names="A", count=2), "en").startswith(
        "Already in the database: A."
    )


def test_french_calls_a_round_a_cycle_on_every_screen():
    """One word for one thing: the French screens say « cycle » for a round (the sidebar, the rounds screen), so
    no catalog entry may call it « tournée »."""
    found = [key for key, entry in CATALOG.items() if re.search(r"\btourn[ée]e", entry["fr"], re.IGNORECASE)]
    assert found == []
    assert "cycle" in CATALOG["network.col_round"]["fr"].lower()
