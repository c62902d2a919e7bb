"""The pieces of the backup document's shape that its parts share (formats/backup_document.py,
formats/backup_networks.py): the strict base model, timestamps and days as the app stores them, and text
cleaned and limited as every entry point cleans and limits it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from assessment.domain.text import clean_line, clean_text, in_date_range, naive_utc
from assessment.domain.vocabulary import MAX_NAME, MAX_TEXT


class Doc(BaseModel):
    # strict: a number where a text is expected (or "4" for a score) is a fault, not a guess
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _day(value: date) -> date:
    if not in_date_range(value):
        raise ValueError(f"{value.isoformat()} is outside the dates the app accepts")
    return value


def limited(clean: Callable[[str], str], most: int, least: int) -> AfterValidator:
    """Text cleaned as every entry point cleans it, then held to the same limits (in characters)."""

    def check(value: str) -> str:
        value = clean(value)
        if not least <= len(value) <= most:
            raise ValueError(f"{len(value)} characters once cleaned; {least} to {most} allowed")
        return value

    return AfterValidator(check)


def encodable(value: str) -> str:
    """Text stored as given (an instrument snapshot) must be valid Unicode: no lone surrogate."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("not valid Unicode text") from None
    return value


Timestamp = Annotated[datetime, AfterValidator(naive_utc)]
Day = Annotated[date, AfterValidator(_day)]
Id = Annotated[str, Field(min_length=1, max_length=80, pattern=r"^[a-z][a-z0-9_]*$")]
Token = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
Name = Annotated[str, limited(clean_line, MAX_NAME, 1)]
Line = Annotated[str, limited(clean_line, MAX_NAME, 0)]
Text = Annotated[str, limited(clean_text, MAX_TEXT, 0)]


def timestamp_text(value: datetime | None) -> str | None:
    """A timestamp as a backup writes it (ISO 8601, read back by Timestamp); None stays None."""
    return None if value is None else value.isoformat()


def unique(values: Iterable[str], field: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{field} {value!r} appears twice")
        seen.add(value)
