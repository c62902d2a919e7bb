"""One vocabulary of statuses and limits, used by every entry point (screens, import, restore, command line)."""

from __future__ import annotations

ROUND_STATUSES: tuple[str, ...] = ("draft", "open", "closed")
RESPONSE_STATUSES: tuple[str, ...] = ("draft", "submitted")
ACTION_STATUSES: tuple[str, ...] = ("planned", "in_progress", "done", "dropped")

# Lengths in characters.
MAX_NAME = 200  # an initiative's name, a round's label, an action's owner
MAX_DISPLAY_NAME = 100  # a participant's name or pseudonym
MAX_TEXT = 2000  # a comment, an action's description or note
MAX_CODE = 12  # what the join field accepts before normalising (spaces, dashes)

# Join codes: no 0/O, 1/I, since codes are read aloud and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6

# The closing reflection: entries per participant, characters per entry.
MAX_REFLECTIONS = 3
MAX_REFLECTION = 60

# What the presenter view shows besides the sections, each hidden until the facilitator shows it.
PRESENTER_ACTIVITIES: tuple[str, ...] = ("disagreements", "comparison", "reflections")

# Signed-in facilitators and presenter links: how long one lasts by default, and at most (hours).
ACCESS_HOURS = 12.0
MAX_ACCESS_HOURS = 24.0 * 30
