"""Loading and validating the instrument file: a malformed file stops with a message naming the
file, the path inside it and the fault (PRODUCT.md, "The framework")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assessment.domain.instrument import (
    DEFAULT_INSTRUMENT_PATH,
    FRAMEWORK,
    LANGUAGES,
    LEVELS,
    InstrumentError,
    instrument_from_snapshot,
    load_instrument,
    parse_instrument,
)
from tests.factories import ALL_DIMENSIONS, dimension_in, instrument_dict, item_dict, tiny_instrument


def write_yaml(tmp_path: Path, data: object, name: str = "instrument.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(InstrumentError) as caught:
        load_instrument(path)
    return str(caught.value)


# ----- a valid file ----------------------------------------------------------------------------


def test_a_valid_yaml_file_loads(tmp_path):
    instrument = load_instrument(write_yaml(tmp_path, instrument_dict()))
    assert [s.id for s in instrument.sections] == list(FRAMEWORK)
    assert list(instrument.dimensions) == list(ALL_DIMENSIONS)
    assert len(instrument.item_ids("full")) == 38
    assert instrument.item_ids("short") == [f"{d}_1" for d in ALL_DIMENSIONS]
    assert instrument.dimension_of_item["equity_2"] == "equity"
    assert instrument.section_of_dimension["equity"] == "principles"


def test_a_json_file_loads_too(tmp_path):
    path = tmp_path / "instrument.json"
    path.write_text(tiny_instrument().to_json(), encoding="utf-8")
    assert load_instrument(path) == tiny_instrument()


def test_texts_are_given_in_the_language_asked_for_and_french_otherwise():
    instrument = tiny_instrument()
    item = instrument.items["equity_1"]
    assert item.text.get("en") == "item equity_1 (en)"
    assert item.text.get("fr") == "item equity_1 (fr)"
    assert item.text.get("de") == "item equity_1 (fr)"
    assert instrument.scale_label(5, "en") == "point 5 (en)"
    assert instrument.scale_label(None, "fr") == "don't know (fr)"


def test_a_round_snapshot_rebuilds_the_same_instrument():
    instrument = tiny_instrument()
    _ = instrument.items, instrument.dimensions  # cached look-ups must not leak into the snapshot
    again = instrument_from_snapshot(instrument.to_json())
    assert again == instrument
    assert again.item_ids("short") == instrument.item_ids("short")


# ----- malformed files -------------------------------------------------------------------------


def test_an_item_text_without_english_names_file_path_and_fault(tmp_path):
    data = instrument_dict()
    del dimension_in(data, "champions")["items"][1]["text"]["en"]
    path = write_yaml(tmp_path, data)
    message = load_error(path)
    assert str(path) in message
    assert "sections[1].dimensions[0].items[1].text.en" in message
    assert "required" in message.lower()


def test_a_blank_french_text_is_refused(tmp_path):
    data = instrument_dict()
    dimension_in(data, "equity")["next_step"]["fr"] = "   "
    path = write_yaml(tmp_path, data)
    message = load_error(path)
    assert str(path) in message
    assert "sections[3].dimensions[0].next_step.fr" in message


def test_a_duplicate_item_id_names_file_path_and_id(tmp_path):
    data = instrument_dict()
    dimension_in(data, "urgency")["items"][1]["id"] = "champions_2"
    path = write_yaml(tmp_path, data)
    message = load_error(path)
    assert str(path) in message
    assert "duplicate item id 'champions_2'" in message
    # The path inside the file must point at the duplicate, not at "(top level)".
    assert re.search(r"sections\[1\]\.dimensions\[1\]\.items\[1\]", message), message


def test_an_unknown_section_names_file_path_and_fault(tmp_path):
    data = instrument_dict()
    data["sections"][2]["id"] = "enablers"
    path = write_yaml(tmp_path, data)
    message = load_error(path)
    assert str(path) in message
    assert "sections[2].id" in message
    assert "unknown section 'enablers'" in message


def test_sections_out_of_order_are_refused(tmp_path):
    data = instrument_dict()
    data["sections"][1], data["sections"][2] = data["sections"][2], data["sections"][1]
    message = load_error(write_yaml(tmp_path, data))
    assert "sections must be fit, preconditions, conditions, principles in that order" in message


def test_a_missing_dimension_is_refused(tmp_path):
    data = instrument_dict()
    del data["sections"][1]["dimensions"][2]  # resources
    message = load_error(write_yaml(tmp_path, data))
    assert "sections[1]" in message
    assert "champions, urgency, resources" in message


@pytest.mark.parametrize("thresholds", [{"strength": 3.0, "borderline": 3.0}, {"strength": 3.0, "borderline": 4.0}])
def test_a_borderline_threshold_not_below_strength_names_file_path_and_fault(tmp_path, thresholds):
    path = write_yaml(tmp_path, instrument_dict(thresholds=thresholds))
    message = load_error(path)
    assert str(path) in message
    assert "thresholds" in message
    assert "borderline must be lower than strength" in message


def test_a_threshold_off_the_scale_is_refused(tmp_path):
    message = load_error(write_yaml(tmp_path, instrument_dict(thresholds={"strength": 6, "borderline": 3})))
    assert "thresholds.strength" in message


def test_two_short_items_in_a_dimension_name_file_path_and_fault(tmp_path):
    data = instrument_dict()
    dimension_in(data, "data_learning")["items"][1]["short"] = True
    path = write_yaml(tmp_path, data)
    message = load_error(path)
    assert str(path) in message
    assert "sections[3].dimensions[3]" in message
    assert "exactly one item short (found 2)" in message


def test_no_short_item_in_a_dimension_is_refused(tmp_path):
    data = instrument_dict()
    dimension_in(data, "complexity")["items"][0]["short"] = False
    message = load_error(write_yaml(tmp_path, data))
    assert "sections[0].dimensions[0]" in message
    assert "found 0" in message


def test_a_dimension_with_one_item_names_file_path_and_fault(tmp_path):
    data = instrument_dict()
    del dimension_in(data, "urgency")["items"][1]
    path = write_yaml(tmp_path, data)
    message = load_error(path)
    assert str(path) in message
    assert "sections[1].dimensions[1].items" in message
    assert "at least 2" in message


def test_a_dimension_with_five_items_is_refused(tmp_path):
    data = instrument_dict()
    dimension_in(data, "urgency")["items"] += [item_dict(f"urgency_{n}") for n in (3, 4, 5)]
    message = load_error(write_yaml(tmp_path, data))
    assert "sections[1].dimensions[1].items" in message
    assert "at most 4" in message


def test_an_unknown_key_is_refused(tmp_path):
    data = instrument_dict()
    dimension_in(data, "equity")["itmes"] = []
    message = load_error(write_yaml(tmp_path, data))
    assert "sections[3].dimensions[0].itmes" in message


def test_a_missing_level_description_is_refused(tmp_path):
    data = instrument_dict()
    del dimension_in(data, "equity")["levels"]["mature"]
    message = load_error(write_yaml(tmp_path, data))
    assert "sections[3].dimensions[0].levels.mature" in message


def test_invalid_yaml_names_file_line_and_fault(tmp_path):
    path = tmp_path / "instrument.yaml"
    path.write_text('version: "1"\nsections:\n  - id: fit\n    title: [unclosed\n', encoding="utf-8")
    message = load_error(path)
    assert str(path) in message
    assert "not valid YAML" in message
    assert re.search(r"line \d+, column \d+", message)


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "instrument.yaml"
    path.write_bytes("version: pr\xe9vu\n".encode("latin-1"))
    message = load_error(path)
    assert str(path) in message
    assert "UTF-8" in message


def test_a_missing_file_names_the_file(tmp_path):
    path = tmp_path / "nowhere" / "instrument.yaml"
    message = load_error(path)
    assert str(path) in message
    assert "file not found" in message


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "instrument.yaml"
    path.write_text("", encoding="utf-8")
    message = load_error(path)
    assert str(path) in message


def test_parse_instrument_names_its_source():
    data = instrument_dict(min_group_size=0)
    with pytest.raises(InstrumentError, match=r"^source\.yaml: min_group_size: "):
        parse_instrument(data, "source.yaml")


# ----- the real instrument file ---------------------------------------------------------------


def test_the_instrument_file_of_the_app_is_complete_in_both_languages():
    instrument = load_instrument(DEFAULT_INSTRUMENT_PATH)
    assert [s.id for s in instrument.sections] == list(FRAMEWORK)
    assert len(instrument.dimensions) == 19
    for section in instrument.sections:
        assert tuple(d.id for d in section.dimensions) == FRAMEWORK[section.id]
    assert len(instrument.item_ids("short")) == 19
    assert len(set(instrument.items)) == len(instrument.item_ids("full"))
    for section in instrument.sections:
        for lang in LANGUAGES:
            assert section.title.get(lang).strip() and section.intro.get(lang).strip()
        for dimension in section.dimensions:
            assert 2 <= len(dimension.items) <= 4, dimension.id
            assert sum(item.short for item in dimension.items) == 1, dimension.id
            texts = [dimension.title, dimension.description, dimension.next_step]
            texts += [dimension.levels.get(level) for level in LEVELS]
            texts += [item.text for item in dimension.items]
            for t in texts:
                for lang in LANGUAGES:
                    assert getattr(t, lang).strip(), f"{dimension.id}: empty {lang} text"
            # French and English are really two languages, not one copied twice.
            assert any(item.text.fr != item.text.en for item in dimension.items), dimension.id
    assert [p.value for p in instrument.scale] == [1, 2, 3, 4, 5]
