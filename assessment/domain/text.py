"""User text and dates at every entry point: one way to clean them, one set of limits (domain/vocabulary.py).

Screens, the CSV and Excel import, a restore and the command line all pass what people typed through
``clean_line`` (names, labels, owners, reflections) or ``clean_text`` (comments, descriptions, notes), then
check its length against the same ``MAX_*`` limit. The rule for control characters, everywhere:

- a control character that separates words (tab, line breaks, form feed …) becomes a space in a line, and
  a line break in a text (``\\r\\n`` and ``\\r`` become ``\\n``; a tab becomes a space);
- every other control character (NUL, escape, DEL, the C1 controls) and every lone surrogate (which no
  UTF-8 file or database can hold) is removed;
- the ends are trimmed.

Cleaning twice gives what cleaning once gives, so whatever the app stored comes back unchanged from a backup.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

from assessment.domain.vocabulary import MAX_DATE, MIN_DATE

_LINE_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = "\t\x1f"


def _without_controls(text: str, keep: str = "") -> str:
    """``text`` without control characters (category Cc) but those in ``keep``, and without lone surrogates."""
    if text.isprintable():  # the common case, in C: no control character at all
        return text
    return "".join(char for char in text if char in keep or unicodedata.category(char) not in ("Cc", "Cs"))


def clean_line(text: str) -> str:
    """One line of user text: controls that separate words become spaces, others are removed, ends trimmed."""
    text = _LINE_BREAKS.sub(" ", text)
    for space in _SPACES:
        text = text.replace(space, " ")
    return _without_controls(text).strip()


def clean_text(text: str) -> str:
    """User text of several lines: line breaks become ``\\n``, tabs spaces, other controls removed, ends trimmed."""
    text = _LINE_BREAKS.sub("\n", text)
    for space in _SPACES:
        text = text.replace(space, " ")
    return _without_controls(text, keep="\n").strip()


def in_date_range(value: date) -> bool:
    """Whether a date (or a timestamp's date) lies within MIN_DATE … MAX_DATE, the dates the app accepts."""
    day = value.date() if isinstance(value, datetime) else value
    return MIN_DATE <= day <= MAX_DATE


def naive_utc(value: datetime) -> datetime:
    """A timestamp as stored (naive UTC); ValueError when it lies outside MIN_DATE … MAX_DATE.

    The range is checked before converting, so a time zone at the edge of what Python can hold
    (0001-01-01T00:00+05:00) is a refused value, never an overflow."""
    if not in_date_range(value):
        raise ValueError(f"{value.isoformat()} is outside {MIN_DATE.isoformat()} … {MAX_DATE.isoformat()}")
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo is not None else value
