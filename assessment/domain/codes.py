"""Join codes: how a fresh one is drawn and how a typed one is normalised (alphabet and length in vocabulary)."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from assessment.domain.vocabulary import CODE_ALPHABET, CODE_LENGTH


def normalise_code(code: str) -> str:
    """A join code as typed (any case, spaces, dashes) in its stored form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def random_code() -> str:
    """CODE_LENGTH characters of CODE_ALPHABET, from a cryptographic source."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def fresh_code(taken: Callable[[str], bool]) -> str:
    """A random join code for which ``taken`` is false."""
    while True:
        code = random_code()
        if not taken(code):
            return code
