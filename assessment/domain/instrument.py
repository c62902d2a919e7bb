"""The bilingual instrument: Pydantic models of the instrument file, loading and validation.

The file (``data/instrument.yaml``) holds the four sections, the 19 dimensions with their
items, level descriptions and next steps, the answer scale, the band thresholds and the
anonymity threshold. Ids are fixed by the framework (see PRODUCT.md) and never change.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

LANGUAGES: tuple[str, ...] = ("fr", "en")
LEVELS: tuple[str, ...] = ("absent", "emerging", "established", "mature")
FORMS: tuple[str, ...] = ("full", "short")

#: The framework's fixed ids, in the order participants see them.
FRAMEWORK: dict[str, tuple[str, ...]] = {
    "fit": ("complexity", "systems_change", "commitment"),
    "preconditions": ("champions", "urgency", "resources"),
    "conditions": (
        "common_agenda",
        "shared_measurement",
        "mutually_reinforcing_activities",
        "continuous_communication",
        "backbone_support",
    ),
    "principles": (
        "equity",
        "community_members",
        "cross_sector_partners",
        "data_learning",
        "systems_leadership",
        "program_and_system_strategies",
        "relationships_trust_respect",
        "local_context",
    ),
}

SECTORS: tuple[str, ...] = (
    "community_member",
    "youth",
    "nonprofit",
    "government",
    "business",
    "funder",
    "education",
    "health",
    "other",
)
ROLES: tuple[str, ...] = ("leadership_table", "action_team", "backbone_staff", "funder", "partner", "other")

DEFAULT_INSTRUMENT_PATH = Path(__file__).resolve().parents[2] / "data" / "instrument.yaml"


class InstrumentError(Exception):
    """The instrument file is missing, unreadable or malformed; the message names file, path and fault."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A sentence in both languages."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        """The text in ``lang`` ('fr' or 'en'); French when the language is unknown."""
        return self.en if lang == "en" else self.fr

    @field_validator("fr", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()


class ScalePoint(_Strict):
    value: int = Field(ge=1, le=5)
    label: Text


class Thresholds(_Strict):
    """Band thresholds on the 1–5 scale: >= strength is a strength, >= borderline is borderline."""

    strength: float = Field(ge=1, le=5)
    borderline: float = Field(ge=1, le=5)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if not self.borderline < self.strength:
            raise ValueError("borderline must be lower than strength")
        return self


class Disagreement(_Strict):
    """A dimension or item is flagged for discussion when n >= min_n and sd >= sd."""

    sd: float = Field(gt=0, le=4)
    min_n: int = Field(ge=2)


class Item(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    short: bool = False
    text: Text


class Levels(_Strict):
    absent: Text
    emerging: Text
    established: Text
    mature: Text

    def get(self, level: str) -> Text:
        """The description of one level ('absent' … 'mature')."""
        return getattr(self, level)


class Dimension(_Strict):
    id: str
    title: Text
    description: Text
    levels: Levels
    next_step: Text
    items: tuple[Item, ...] = Field(min_length=2, max_length=4)

    @model_validator(mode="after")
    def _one_short_item(self) -> Dimension:
        shorts = [item.id for item in self.items if item.short]
        if len(shorts) != 1:
            raise ValueError(f"dimension '{self.id}' must mark exactly one item short (found {len(shorts)})")
        return self

    def items_for(self, form: str) -> tuple[Item, ...]:
        """The items asked in a form ('full' or 'short')."""
        return tuple(item for item in self.items if form == "full" or item.short)


class Section(_Strict):
    id: str
    title: Text
    intro: Text
    dimensions: tuple[Dimension, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _known_section(cls, value: str) -> str:
        if value not in FRAMEWORK:
            raise ValueError(f"unknown section '{value}' (expected one of: {', '.join(FRAMEWORK)})")
        return value

    @model_validator(mode="after")
    def _framework_dimensions(self) -> Section:
        expected = FRAMEWORK[self.id]
        found = tuple(d.id for d in self.dimensions)
        if found != expected:
            raise ValueError(
                f"section '{self.id}' must hold the dimensions {', '.join(expected)} in that order "
                f"(found {', '.join(found)})"
            )
        return self


class Instrument(_Strict):
    """The whole instrument; immutable once loaded."""

    version: str = Field(min_length=1)
    min_group_size: int = Field(ge=1, le=50)
    thresholds: Thresholds
    disagreement: Disagreement
    scale: tuple[ScalePoint, ...]
    dont_know: Text
    level_labels: dict[Literal["absent", "emerging", "established", "mature"], Text]
    sections: tuple[Section, ...]

    @field_validator("scale")
    @classmethod
    def _five_points(cls, value: tuple[ScalePoint, ...]) -> tuple[ScalePoint, ...]:
        if tuple(p.value for p in value) != (1, 2, 3, 4, 5):
            raise ValueError("the scale must list the points 1, 2, 3, 4, 5 in order")
        return value

    @field_validator("level_labels")
    @classmethod
    def _all_levels(cls, value: dict[str, Text]) -> dict[str, Text]:
        missing = [level for level in LEVELS if level not in value]
        if missing:
            raise ValueError(f"missing level labels: {', '.join(missing)}")
        return value

    @model_validator(mode="after")
    def _sections_and_unique_ids(self) -> Instrument:
        found = tuple(s.id for s in self.sections)
        if found != tuple(FRAMEWORK):
            raise ValueError(f"sections must be {', '.join(FRAMEWORK)} in that order (found {', '.join(found)})")
        seen: dict[str, str] = {}
        for si, section in enumerate(self.sections):
            for di, dimension in enumerate(section.dimensions):
                for ii, item in enumerate(dimension.items):
                    where = f"sections[{si}].dimensions[{di}].items[{ii}].id"
                    if item.id in seen:
                        raise ValueError(f"{where}: duplicate item id '{item.id}' (first at {seen[item.id]})")
                    seen[item.id] = where
        return self

    # Derived look-ups, computed once per (frozen) instance.
    @cached_property
    def dimensions(self) -> dict[str, Dimension]:
        """Every dimension by id, in order."""
        return {d.id: d for s in self.sections for d in s.dimensions}

    @cached_property
    def items(self) -> dict[str, Item]:
        """Every item by id, in order."""
        return {i.id: i for d in self.dimensions.values() for i in d.items}

    @cached_property
    def dimension_of_item(self) -> dict[str, str]:
        """Item id -> dimension id."""
        return {i.id: d.id for d in self.dimensions.values() for i in d.items}

    @cached_property
    def section_of_dimension(self) -> dict[str, str]:
        """Dimension id -> section id."""
        return {d.id: s.id for s in self.sections for d in s.dimensions}

    def section(self, section_id: str) -> Section:
        """One section by id."""
        return next(s for s in self.sections if s.id == section_id)

    def item_ids(self, form: str = "full") -> list[str]:
        """The item ids asked in a form, in the order participants see them."""
        return [i.id for d in self.dimensions.values() for i in d.items_for(form)]

    def scale_label(self, value: int | None, lang: str) -> str:
        """The label of a scale point; None is 'don't know'."""
        if value is None:
            return self.dont_know.get(lang)
        return self.scale[value - 1].label.get(lang)

    def band(self, score: float | None) -> str | None:
        """'strength', 'borderline' or 'concern' for an unrounded score; None for none."""
        if score is None:
            return None
        if score >= self.thresholds.strength:
            return "strength"
        if score >= self.thresholds.borderline:
            return "borderline"
        return "concern"

    def to_json(self) -> str:
        """A JSON snapshot of the whole instrument, stored with each round."""
        return self.model_dump_json()


def _format_location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


def _format_errors(source: str, error: ValidationError) -> str:
    lines = []
    for e in error.errors(include_url=False):
        message = e["msg"].removeprefix("Value error, ")
        lines.append(f"{source}: {_format_location(tuple(e['loc']))}: {message}")
    return "\n".join(lines)


def parse_instrument(data: object, source: str = "<instrument>") -> Instrument:
    """Validate already-parsed data; raises InstrumentError naming source, path and fault."""
    try:
        return Instrument.model_validate(data)
    except ValidationError as error:
        raise InstrumentError(_format_errors(source, error)) from None


def read_yaml(path: str | Path, error: type[Exception]) -> object:
    """The parsed content of a YAML (or JSON) file; ``error`` raised with the file and the fault."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except UnicodeDecodeError as fault:
        raise error(f"{path}: not valid UTF-8 ({fault.reason} at byte {fault.start})") from None
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as fault:
        mark = getattr(fault, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        raise error(f"{path}: not valid YAML at {where}: {getattr(fault, 'problem', fault)}") from None


def load_instrument(path: str | Path = DEFAULT_INSTRUMENT_PATH) -> Instrument:
    """Read and validate an instrument file (YAML or JSON)."""
    return parse_instrument(read_yaml(path, InstrumentError), str(path))


def instrument_from_snapshot(snapshot: str) -> Instrument:
    """Rebuild the instrument a round stored when it was created."""
    return parse_instrument(json.loads(snapshot), "<round snapshot>")
