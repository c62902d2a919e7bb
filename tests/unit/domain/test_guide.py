"""The framework guide file: it loads, covers every dimension in both languages, follows French
typography, names file, path and fault when malformed, and links into the guide page."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from assessment.domain.guide import (
    DEFAULT_GUIDE_PATH,
    DIMENSION_IDS,
    GuideError,
    guide_anchor,
    guide_query,
    load_guide,
    parse_guide,
)
from assessment.domain.instrument import FRAMEWORK
from tests.unit.present.test_i18n import BAD_AFTER, BAD_BEFORE

GUIDE = load_guide()
RAW = yaml.safe_load(DEFAULT_GUIDE_PATH.read_text(encoding="utf-8"))


def body(section_id: str, lang: str) -> str:
    return GUIDE.section(section_id).body.get(lang)


def every_text(lang: str) -> list[str]:
    texts = [t for s in GUIDE.sections for t in (s.title.get(lang), s.body.get(lang))]
    return texts + [entry.body.get(lang) for entry in GUIDE.dimensions.values()]


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "guide.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


# ---- the real guide ------------------------------------------------------------------------------------
def test_the_guide_covers_every_topic_of_the_framework_under_a_stable_anchor():
    assert [s.id for s in GUIDE.sections] == [
        "definition",
        "what-it-is",
        "three-preconditions",
        "five-conditions",
        "eight-principles",
        "backbone",
        "backbone-leaders",
        "backbone-misconceptions",
        "governance",
        "governance-structure",
        "funding",
        "one-page-plan",
        "strategy-map",
        "progress-report",
        "shared-values",
        "lessons",
    ]


def test_every_dimension_of_the_instrument_has_its_own_entry_in_both_languages():
    assert list(GUIDE.dimensions) == [d for dims in FRAMEWORK.values() for d in dims]
    assert len(GUIDE.dimensions) == 19
    for dimension_id, entry in GUIDE.dimensions.items():
        fr, en = entry.body.fr, entry.body.en
        assert len(fr) > 200 and len(en) > 200, dimension_id
        assert fr != en, dimension_id
        assert "**" in fr and "**" in en  # the three parts are in bold: what it means, signs, moving forward


def test_the_five_conditions_come_with_their_keywords_in_each_language():
    en, fr = body("five-conditions", "en"), body("five-conditions", "fr")
    for keyword in ("diverse voices", "track progress", "trust · transparency", "facilitate · convene"):
        assert keyword in en
    for keyword in ("diversité des voix", "suivre les progrès", "confiance · transparence", "faciliter · rassembler"):
        assert keyword in fr
    assert len(re.findall(r"^\*\*\d\. ", en, flags=re.M)) == 5


def test_the_principles_the_backbone_roles_and_the_misconceptions_are_all_there():
    assert len(re.findall(r"^\d\. ", body("eight-principles", "en"), flags=re.M)) == 8
    assert len(re.findall(r"^\d\. ", body("backbone", "fr"), flags=re.M)) == 6
    assert len(re.findall(r"^\| (?!-|Misconception)", body("backbone-misconceptions", "en"), flags=re.M)) == 5
    assert len(re.findall(r"^- \*\*", body("backbone-leaders", "en"), flags=re.M)) == 7


def test_shared_values_give_the_list_and_the_statement_pattern():
    en, fr = body("shared-values", "en"), body("shared-values", "fr")
    assert "We will ensure that equity stays at the centre of our work." in en
    assert "Nous veillerons à ce que l’équité reste au centre de notre travail." in fr
    (line,) = [line for line in en.splitlines() if line.startswith("**The values:** ")]
    values = line.removeprefix("**The values:** ").removesuffix(".").split(" · ")
    assert len(values) == 20
    assert {"Equity", "Inclusion", "Courage", "Consistency", "Service to others"} <= set(values)
    (ligne,) = [line for line in fr.splitlines() if line.startswith("**Les valeurs\u00a0:** ")]
    assert len(ligne.split(" · ")) == 20 and "Ouverture d’esprit" in ligne


def test_governance_lists_overview_documents_technical_agreements_and_areas_of_action():
    en = body("governance", "en")
    for heading in ("**Overview documents**", "**Technical agreements**", "**Areas of action**"):
        assert heading in en
    assert "memorandum of understanding" in en and "conflict resolution procedure" in en


def test_the_french_text_uses_no_break_spaces_where_french_typography_wants_them():
    faults = [t for t in every_text("fr") if BAD_BEFORE.search(t) or BAD_AFTER.search(t)]
    assert faults == []
    assert "\u202f?" in GUIDE.section("definition").title.fr  # literal characters in the file, not placeholders
    assert "{nbsp}" not in DEFAULT_GUIDE_PATH.read_text(encoding="utf-8")


def test_the_english_text_has_no_space_before_punctuation():
    assert [t for t in every_text("en") if re.search(r"[ \u00a0\u202f][:;!?]", t)] == []


def test_no_body_uses_markup_that_streamlit_would_turn_into_maths_or_colours():
    for text in every_text("fr") + every_text("en"):
        assert "$" not in text and ":red[" not in text and "~" not in text


# ---- a malformed file ----------------------------------------------------------------------------------
def test_a_missing_dimension_entry_is_named_with_its_path(tmp_path):
    data = copy.deepcopy(RAW)
    del data["dimensions"]["equity"]
    with pytest.raises(GuideError) as caught:
        load_guide(write(tmp_path, data))
    assert str(caught.value) == f"{tmp_path / 'guide.yaml'}: dimensions: missing entries for the dimensions equity"


def test_an_unknown_dimension_is_refused():
    data = copy.deepcopy(RAW)
    data["dimensions"]["courage"] = data["dimensions"]["equity"]
    with pytest.raises(GuideError, match=r"^data/guide.yaml: dimensions: unknown dimensions courage"):
        parse_guide(data, "data/guide.yaml")


def test_a_missing_translation_names_the_section_and_the_language(tmp_path):
    data = copy.deepcopy(RAW)
    del data["sections"][2]["body"]["en"]
    data["dimensions"]["urgency"]["body"]["fr"] = "   "
    with pytest.raises(GuideError) as caught:
        load_guide(write(tmp_path, data))
    assert str(caught.value).splitlines() == [
        f"{tmp_path / 'guide.yaml'}: sections[2].body.en: Field required",
        f"{tmp_path / 'guide.yaml'}: dimensions.urgency.body.fr: must not be blank",
    ]


def test_a_link_or_see_also_to_a_missing_anchor_is_refused_with_its_path():
    data = copy.deepcopy(RAW)
    data["dimensions"]["resources"]["see_also"] = ["funding", "fundraising"]
    data["sections"][0]["body"]["fr"] += "\n\nVoir [ailleurs](#nowhere)."
    with pytest.raises(GuideError) as caught:
        parse_guide(data, "g.yaml")
    assert str(caught.value).splitlines() == [
        "g.yaml: dimensions.resources.see_also[1]: unknown section 'fundraising'",
        "g.yaml: sections[0].body.fr: link to unknown anchor '#nowhere'",
    ]


@pytest.mark.parametrize(
    ("section_id", "fault"),
    [
        ("lessons", "duplicate section id 'lessons'"),
        ("equity", "section id 'equity' is taken by a dimension or a group of dimensions"),
        ("dimensions-fit", "section id 'dimensions-fit' is taken by a dimension or a group of dimensions"),
    ],
)
def test_section_anchors_must_be_unique_on_the_page(section_id, fault):
    data = copy.deepcopy(RAW)
    data["sections"][0]["id"] = section_id
    with pytest.raises(GuideError, match=re.escape(f"g.yaml: sections: {fault}")):
        parse_guide(data, "g.yaml")


def test_an_anchor_must_be_usable_in_a_url():
    data = copy.deepcopy(RAW)
    data["sections"][1]["id"] = "What It Is"
    with pytest.raises(GuideError, match=r"g.yaml: sections\[1\]\.id: String should match pattern"):
        parse_guide(data, "g.yaml")


def test_broken_yaml_a_missing_file_and_an_unknown_field_are_reported_with_the_file(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("sections: [\n  - id: x\n", encoding="utf-8")
    with pytest.raises(GuideError, match=rf"^{re.escape(str(broken))}: not valid YAML at line \d+, column \d+"):
        load_guide(broken)
    with pytest.raises(GuideError, match=r"nothing\.yaml: file not found$"):
        load_guide(tmp_path / "nothing.yaml")
    data = copy.deepcopy(RAW)
    data["sections"][0]["summary"] = "?"
    with pytest.raises(GuideError, match=r"sections\[0\]\.summary: Extra inputs are not permitted"):
        parse_guide(data, "g.yaml")


# ---- links into the guide ------------------------------------------------------------------------------
def test_a_dimension_links_to_its_own_part_of_the_guide_page():
    assert guide_anchor("common_agenda") == "common_agenda"
    assert guide_query("equity") == {"dimension": "equity"}
    assert {guide_anchor(d) for d in DIMENSION_IDS} <= GUIDE.anchors


def test_an_unknown_dimension_has_no_link():
    with pytest.raises(ValueError, match="unknown dimension 'courage'"):
        guide_anchor("courage")
    with pytest.raises(ValueError):
        guide_query("")
