"""Shared builders for tests: a small valid instrument (raw dict and parsed), answers and CSV files.

The instrument built here has the framework's 4 sections and 19 dimensions, each with exactly two
items ``<dimension>_1`` (short) and ``<dimension>_2``, placeholder bilingual texts, thresholds
strength 4.0 / borderline 3.0, disagreement sd 1.0 / min_n 3 and min_group_size 3. Tests never
depend on the wording of data/instrument.yaml.
"""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Iterable, Mapping

from assessment.domain.instrument import FRAMEWORK, LEVELS, Instrument, parse_instrument

ALL_DIMENSIONS: tuple[str, ...] = tuple(d for dims in FRAMEWORK.values() for d in dims)


def text(label: str) -> dict[str, str]:
    """A placeholder sentence in both languages."""
    return {"fr": f"{label} (fr)", "en": f"{label} (en)"}


def item_dict(item_id: str, *, short: bool = False) -> dict:
    return {"id": item_id, "short": short, "text": text(f"item {item_id}")}


def dimension_dict(dimension_id: str, items: list[dict] | None = None) -> dict:
    if items is None:
        items = [item_dict(f"{dimension_id}_1", short=True), item_dict(f"{dimension_id}_2")]
    return {
        "id": dimension_id,
        "title": text(f"title {dimension_id}"),
        "description": text(f"description {dimension_id}"),
        "levels": {level: text(f"{dimension_id} {level}") for level in LEVELS},
        "next_step": text(f"next step {dimension_id}"),
        "items": items,
    }


def section_dict(section_id: str) -> dict:
    return {
        "id": section_id,
        "title": text(f"section {section_id}"),
        "intro": text(f"intro {section_id}"),
        "dimensions": [dimension_dict(d) for d in FRAMEWORK[section_id]],
    }


def instrument_dict(**overrides: object) -> dict:
    """The raw data of a valid instrument; top-level keys can be replaced by keyword arguments.

    The result is a fresh deep structure, so a test can break one thing in it at a time.
    """
    data: dict = {
        "version": "test-1",
        "min_group_size": 3,
        "thresholds": {"strength": 4.0, "borderline": 3.0},
        "disagreement": {"sd": 1.0, "min_n": 3},
        "scale": [{"value": v, "label": text(f"point {v}")} for v in range(1, 6)],
        "dont_know": text("don't know"),
        "level_labels": {level: text(level) for level in LEVELS},
        "sections": [section_dict(s) for s in FRAMEWORK],
    }
    data.update(copy.deepcopy(overrides))
    return data


def dimension_in(data: dict, dimension_id: str) -> dict:
    """The raw dimension ``dimension_id`` inside an instrument dict (to break it in place)."""
    for section in data["sections"]:
        for dimension in section["dimensions"]:
            if dimension["id"] == dimension_id:
                return dimension
    raise KeyError(dimension_id)


def tiny_instrument(**overrides: object) -> Instrument:
    """A valid Instrument (see the module docstring); keyword arguments replace top-level keys."""
    return parse_instrument(instrument_dict(**overrides), "<tiny instrument>")


def short_items() -> list[str]:
    """The short form's item ids of the tiny instrument, in order."""
    return [f"{d}_1" for d in ALL_DIMENSIONS]


def full_items() -> list[str]:
    """The full form's item ids of the tiny instrument, in order."""
    return [f"{d}_{n}" for d in ALL_DIMENSIONS for n in (1, 2)]


def all_dimensions(value: float, **overrides: float) -> dict[str, float]:
    """One participant's dimension scores: ``value`` everywhere except the dimensions named."""
    unknown = set(overrides) - set(ALL_DIMENSIONS)
    if unknown:
        raise KeyError(unknown)
    return {d: overrides.get(d, value) for d in ALL_DIMENSIONS}


def csv_bytes(
    rows: Iterable[Mapping[str, object]],
    columns: Iterable[str] = ("participant", "item_id", "score"),
    *,
    delimiter: str = ",",
    bom: bool = False,
) -> bytes:
    """A responses CSV file in UTF-8 (optionally with BOM) from rows of column -> value."""
    columns = list(columns)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in columns})
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")
