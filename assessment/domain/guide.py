"""The framework guide: Pydantic models of the guide file, loading, validation and links into it.

The file (``data/guide.yaml``) holds bilingual Markdown sections, each with a stable anchor id, and
one entry per dimension of the instrument, keyed by the dimension id. The guide page shows each
under a heading with that anchor, so ``guide#<anchor>`` opens the right part. Like the instrument, a
malformed file raises an error naming the file, the path inside it and the fault.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assessment.domain.instrument import FRAMEWORK, Text, read_yaml

DEFAULT_GUIDE_PATH = Path(__file__).resolve().parents[2] / "data" / "guide.yaml"
DIMENSION_IDS: tuple[str, ...] = tuple(d for dims in FRAMEWORK.values() for d in dims)
#: Anchors of the headings that group the dimensions by section of the instrument.
GROUP_ANCHORS: dict[str, str] = {section: f"dimensions-{section}" for section in FRAMEWORK}
_LINK = re.compile(r"\]\(#([^)\s]*)\)")


class GuideError(Exception):
    """The guide file is missing, unreadable or malformed; the message names file, path and fault."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GuideSection(_Strict):
    """One part of the guide: a title and a Markdown body in both languages, under a stable anchor."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: Text
    body: Text


class DimensionEntry(_Strict):
    """What the guide says about one dimension, and the sections to read next."""

    body: Text
    see_also: tuple[str, ...] = ()


class Guide(_Strict):
    """The whole guide; immutable once loaded."""

    version: str = Field(min_length=1)
    sections: tuple[GuideSection, ...] = Field(min_length=1)
    dimensions: dict[str, DimensionEntry]

    @field_validator("sections")
    @classmethod
    def _unique_anchors(cls, value: tuple[GuideSection, ...]) -> tuple[GuideSection, ...]:
        seen: set[str] = set()
        reserved = set(DIMENSION_IDS) | set(GROUP_ANCHORS.values())
        for section in value:
            if section.id in seen:
                raise ValueError(f"duplicate section id '{section.id}'")
            if section.id in reserved:
                raise ValueError(f"section id '{section.id}' is taken by a dimension or a group of dimensions")
            seen.add(section.id)
        return value

    @field_validator("dimensions")
    @classmethod
    def _every_dimension_once(cls, value: dict[str, DimensionEntry]) -> dict[str, DimensionEntry]:
        missing = [d for d in DIMENSION_IDS if d not in value]
        unknown = [d for d in value if d not in DIMENSION_IDS]
        if missing:
            raise ValueError(f"missing entries for the dimensions {', '.join(missing)}")
        if unknown:
            raise ValueError(f"unknown dimensions {', '.join(unknown)} (expected the ids of the instrument)")
        return {d: value[d] for d in DIMENSION_IDS}  # in the order participants see them

    @property
    def anchors(self) -> set[str]:
        """Every anchor of the guide page: sections, dimensions and groups of dimensions."""
        return {s.id for s in self.sections} | set(DIMENSION_IDS) | set(GROUP_ANCHORS.values())

    def section(self, section_id: str) -> GuideSection:
        """One section by anchor id."""
        return next(s for s in self.sections if s.id == section_id)


def _cross_reference_faults(guide: Guide) -> list[str]:
    """Paths and faults of see-also entries and Markdown links that name no anchor of the guide."""
    faults = []
    section_ids = {s.id for s in guide.sections}
    anchors = guide.anchors
    for dimension_id, entry in guide.dimensions.items():
        for i, target in enumerate(entry.see_also):
            if target not in section_ids:
                faults.append(f"dimensions.{dimension_id}.see_also[{i}]: unknown section '{target}'")
    bodies = [(f"sections[{i}].body", s.body) for i, s in enumerate(guide.sections)]
    bodies += [(f"dimensions.{d}.body", entry.body) for d, entry in guide.dimensions.items()]
    for where, body in bodies:
        for lang in ("fr", "en"):
            for target in _LINK.findall(getattr(body, lang)):
                if target not in anchors:
                    faults.append(f"{where}.{lang}: link to unknown anchor '#{target}'")
    return faults


def _location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def parse_guide(data: object, source: str = "<guide>") -> Guide:
    """Validate already-parsed data; raises GuideError naming source, path and fault (one per line)."""
    try:
        guide = Guide.model_validate(data)
    except ValidationError as error:
        lines = [
            f"{source}: {_location(tuple(e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
            for e in error.errors(include_url=False)
        ]
        raise GuideError("\n".join(lines)) from None
    faults = _cross_reference_faults(guide)
    if faults:
        raise GuideError("\n".join(f"{source}: {fault}" for fault in faults))
    return guide


def load_guide(path: str | Path = DEFAULT_GUIDE_PATH) -> Guide:
    """Read and validate a guide file (YAML)."""
    return parse_guide(read_yaml(path, GuideError), str(path))


@lru_cache(maxsize=1)
def current_guide() -> Guide:
    """The guide of data/guide.yaml, read once per process."""
    return load_guide()


def guide_anchor(dimension_id: str) -> str:
    """The anchor of a dimension's part of the guide; ValueError for an id the framework lacks."""
    if dimension_id not in DIMENSION_IDS:
        raise ValueError(f"unknown dimension '{dimension_id}'")
    return dimension_id


def guide_query(dimension_id: str) -> dict[str, str]:
    """The query parameters that make the guide page open on a dimension (st.page_link keeps the
    session, and so the language, but cannot carry an anchor)."""
    return {"dimension": guide_anchor(dimension_id)}
