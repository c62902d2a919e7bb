"""Facilitator passcode: where it comes from, constant-time checking, and slowing repeated failures."""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from pathlib import Path

from assessment.settings import get_settings

SECRETS_KEY = "facilitator_passcode"
FREE_FAILURES = 3  # failures allowed before the wait starts
MAX_WAIT_SECONDS = 300


class TooManyAttempts(Exception):
    """Raised while failures are being slowed down; ``wait`` is the seconds left."""

    def __init__(self, wait: int) -> None:
        super().__init__(f"wait {wait} s")
        self.wait = wait


def passcode_matches(expected: str, attempt: str) -> bool:
    """Compare in constant time (no early exit that would leak how much matched)."""
    return hmac.compare_digest(expected.encode("utf-8"), attempt.encode("utf-8"))


class PasscodeGate:
    """Counts consecutive failures across every session of the process; after FREE_FAILURES, each
    further failure doubles the wait before the next attempt is even compared (2, 4, 8 … s, capped)."""

    def __init__(self, clock=time.monotonic) -> None:
        self._lock = threading.Lock()
        self._failures = 0
        self._locked_until = 0.0
        self._clock = clock

    def check(self, expected: str, attempt: str) -> bool:
        """True when ``attempt`` is right; raises TooManyAttempts while failures are slowed down."""
        with self._lock:
            now = self._clock()
            if now < self._locked_until:
                raise TooManyAttempts(int(self._locked_until - now) + 1)
            if passcode_matches(expected, attempt):
                self._failures = 0
                return True
            self._failures += 1
            if self._failures >= FREE_FAILURES:
                wait = min(2 ** (self._failures - FREE_FAILURES + 1), MAX_WAIT_SECONDS)
                self._locked_until = now + wait
            return False


GATE = PasscodeGate()


def configured_passcode(secrets_value: str | None = None) -> str | None:
    """The passcode: the environment first, then the app's secrets; None when neither sets one."""
    value = get_settings().facilitator_passcode or secrets_value
    return value.strip() if value and value.strip() else None


def _read_secrets(path: Path) -> str | None:
    if not path.exists():
        return None
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    value = data.get(SECRETS_KEY)
    return value if isinstance(value, str) and value.strip() else None


def ensure_passcode(path: Path | None = None) -> tuple[str, str]:
    """The passcode to use and where it comes from ('env', 'secrets' or 'generated').

    When none is configured, a new one is written to the (git-ignored) secrets file (default: the settings').
    """
    settings = get_settings()
    if settings.facilitator_passcode:
        return settings.facilitator_passcode, "env"
    path = path or settings.secrets_path
    existing = _read_secrets(path)
    if existing:
        return existing.strip(), "secrets"
    passcode = "-".join(secrets.token_hex(2) for _ in range(3))
    path.parent.mkdir(parents=True, exist_ok=True)
    previous = path.read_text(encoding="utf-8") if path.exists() else ""
    # Created readable by its owner only from the first byte (no chmod after the fact, no window), and an
    # existing file is tightened before the passcode goes in.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(previous.rstrip("\n") + ("\n" if previous.strip() else ""))
        handle.write(f'{SECRETS_KEY} = "{passcode}"\n')
    return passcode, "generated"
