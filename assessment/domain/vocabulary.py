"""One vocabulary of statuses and limits, used by every entry point (screens, import, restore, command line)."""

from __future__ import annotations

from datetime import date

from assessment.domain.errors import FileTooLarge

ROUND_STATUSES: tuple[str, ...] = ("draft", "open", "closed")
RESPONSE_STATUSES: tuple[str, ...] = ("draft", "submitted")
ACTION_STATUSES: tuple[str, ...] = ("planned", "in_progress", "done", "dropped")

# Lengths in characters.
MAX_NAME = 200  # an initiative's name, a round's label, an action's owner
MAX_DISPLAY_NAME = 100  # a participant's name or pseudonym
MAX_TEXT = 2000  # a comment, an action's description or note
MAX_CODE = 12  # what the join field accepts before normalising (spaces, dashes)
# Control characters in all of these are handled by domain/text.py, the same way everywhere.

# Dates and timestamps the app accepts (a round's date, an action's due date, an answer's submission time).
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2999, 12, 31)

# The largest file an import or a restore reads: Streamlit's own upload limit (server.maxUploadSize, 200 MB).
MAX_FILE_MB = 200
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024

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


def check_file_size(size: int) -> None:
    """FileTooLarge when a file of ``size`` bytes is more than an import or a restore reads."""
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(size, MAX_FILE_BYTES)
