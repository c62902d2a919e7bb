"""Join codes: how a fresh one is drawn and how a typed one is normalised (alphabet and length in vocabulary)."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from assessment.domain.vocabulary import CODE_ALPHABET, CODE_LENGTH


def normalise_code(code: str) -> str:
    """A join code as typed (any case, spaces, dashes) in its stored form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def fresh_code(taken: Callable[[str], bool]) -> str:
    """A random join code (CODE_LENGTH characters of CODE_ALPHABET, from a cryptographic source) for which
    ``taken`` is false."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not taken(code):
            return code
