"""The closing reflections as the room sees them: a cloud of words sized by count, and the phrases listed."""

from __future__ import annotations

from dataclasses import dataclass

from assessment.domain.reflections import MergedEntry, ReflectionSummary

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
