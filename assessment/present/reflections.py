"""The closing reflections as the room sees them: a cloud of words sized by count, and the phrases listed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assessment.domain.reflections import MergedEntry, ReflectionSummary
from assessment.present.i18n import t
from assessment.present.tables import Table

SMALLEST_EM = 1.0  # font size of the least frequent word, in em
LARGEST_EM = 3.2  # of the most frequent


@dataclass(frozen=True)
class CloudWord:
    text: str
    count: int
    size_em: float  # grows with the square root of the count, so one word does not crowd out the rest


def cloud(summary: ReflectionSummary) -> tuple[list[CloudWord], list[MergedEntry]]:
    """The single words as a cloud (most frequent first) and the phrases as a list; only what the room may see."""
    visible = summary.visible()
    words = [e for e in visible if not e.is_phrase]
    phrases = [e for e in visible if e.is_phrase]
    if not words:
        return [], phrases
    top = max(e.count for e in words) ** 0.5
    low = min(e.count for e in words) ** 0.5
    span = (top - low) or 1.0
    sized = [
        CloudWord(e.text, e.count, round(SMALLEST_EM + (LARGEST_EM - SMALLEST_EM) * (e.count**0.5 - low) / span, 2))
        for e in words
    ]
    return sized, phrases


def _lines(summary: ReflectionSummary, lang: str) -> list[str]:
    """A round's visible entries as "text (count)", or why there are none."""
    if not summary.shown:
        return [t("reflections.too_few", lang, count=summary.contributors)] if summary.contributors else []
    return [f"{entry.text} ({entry.count})" for entry in summary.visible()]


def side_by_side(by_round: Sequence[tuple[str, ReflectionSummary]], lang: str) -> Table | None:
    """Each round's closing reflections in a column of its own (hidden entries left out); None when no round
    has any. The comparison screen and the reports show this same table."""
    columns = [_lines(summary, lang) for _, summary in by_round]
    if not any(columns):
        return None
    depth = max(len(lines) for lines in columns)
    rows: list[list[object]] = [[lines[n] if n < len(lines) else "" for lines in columns] for n in range(depth)]
    return Table([name for name, _ in by_round], rows)
