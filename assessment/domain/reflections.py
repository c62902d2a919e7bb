"""The closing reflection (seed 002: "one word or phrase that sums up what you take away").

After submitting, a participant gives up to ``MAX_REFLECTIONS`` entries of at most
``MAX_REFLECTION`` characters each. Entries that differ only by case, accents, punctuation,
spaces or leading and trailing French or English stop words are one entry, shown in its most
frequent spelling (ties: the one given first). An entry counts its contributors, not its copies:
one person writing the same word twice counts once. Nothing is shown below ``min_group_size``
contributors, and nothing says who wrote what.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assessment.domain.errors import UserError
from assessment.domain.text import clean_line
from assessment.domain.vocabulary import MAX_REFLECTION, MAX_REFLECTIONS

#: Articles, prepositions and conjunctions dropped at either end of an entry before comparing.
#: Elided forms (l', d', qu') become "l", "d", "qu" once the apostrophe is read as a space.
STOP_WORDS: frozenset[str] = frozenset(
    "le la les l un une des de du d au aux a en et ou pour par sur dans avec"  # French
    " the a an of to and or in on at by for with".split()  # English
)


def _fold(text: str) -> str:
    """Lower case, without accents; punctuation and symbols read as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category == "Mn":  # a combining accent
            continue
        kept.append(" " if category[0] in "PSZC" else char)
    return "".join(kept)


def merge_key(text: str) -> str:
    """What two entries share when they are one: folded words without stop words at either end.

    An entry made only of stop words keeps them all (so "The" stays an entry of its own)."""
    words = _fold(text).split()
    start, end = 0, len(words)
    while start < end and words[start] in STOP_WORDS:
        start += 1
    while end > start and words[end - 1] in STOP_WORDS:
        end -= 1
    return " ".join(words[start:end] or words)


def spelling(text: str) -> str:
    """An entry as shown: its own characters, with runs of spaces made one and the ends trimmed."""
    return " ".join(text.split())


def clean_entries(texts: Iterable[str | None]) -> list[str]:
    """A participant's entries ready to store: blanks dropped, each checked; raises UserError.

    At most MAX_REFLECTIONS entries of at most MAX_REFLECTION characters; an entry with nothing to
    compare (only punctuation) is refused; two entries of one person that merge into one are kept once.
    """
    entries: list[str] = []
    keys: set[str] = set()
    for text in texts:
        shown = spelling(clean_line(text or ""))
        if not shown:
            continue
        if len(shown) > MAX_REFLECTION:
            raise UserError("reflection_too_long", max=MAX_REFLECTION, text=shown)
        key = merge_key(shown)
        if not key:
            raise UserError("reflection_empty", text=shown)
        if key not in keys:
            keys.add(key)
            entries.append(shown)
    if len(entries) > MAX_REFLECTIONS:
        raise UserError("reflection_too_many", max=MAX_REFLECTIONS)
    return entries


@dataclass(frozen=True)
class Reflection:
    """One entry as given: who gave it (an opaque id, never shown) and its text, in the order given."""

    contributor: object
    text: str


@dataclass(frozen=True)
class MergedEntry:
    key: str
    text: str  # the most frequent spelling
    count: int  # contributors
    hidden: bool = False

    @property
    def is_phrase(self) -> bool:
        return " " in self.key


@dataclass(frozen=True)
class ReflectionSummary:
    contributors: int
    shown: bool  # False below min_group_size contributors: then ``entries`` is empty
    entries: tuple[MergedEntry, ...]

    def visible(self) -> list[MergedEntry]:
        """The entries the room may see: shown, not hidden by the facilitator."""
        return [e for e in self.entries if not e.hidden] if self.shown else []


def merge(
    reflections: Sequence[Reflection], *, hidden_keys: Iterable[str] = (), min_group_size: int
) -> ReflectionSummary:
    """Entries merged and counted, most contributors first (ties: the entry given first)."""
    contributors = {r.contributor for r in reflections}
    if len(contributors) < min_group_size:
        return ReflectionSummary(contributors=len(contributors), shown=False, entries=())
    hidden = set(hidden_keys)
    first_seen: dict[str, int] = {}
    people: dict[str, set[object]] = {}
    spellings: dict[str, dict[str, int]] = {}  # key -> spelling -> copies, in the order first given
    for position, r in enumerate(reflections):
        key = merge_key(r.text)
        if not key:
            continue
        first_seen.setdefault(key, position)
        people.setdefault(key, set()).add(r.contributor)
        counts = spellings.setdefault(key, {})
        shown = spelling(r.text)
        counts[shown] = counts.get(shown, 0) + 1
    entries = [
        MergedEntry(
            key=key,
            text=max(spellings[key], key=spellings[key].__getitem__),  # max keeps the first of equals
            count=len(people[key]),
            hidden=key in hidden,
        )
        for key in sorted(first_seen, key=lambda k: (-len(people[k]), first_seen[k]))
    ]
    return ReflectionSummary(contributors=len(contributors), shown=True, entries=tuple(entries))
