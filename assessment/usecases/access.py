"""Facilitator passcode: where it comes from and constant-time checking (failures are limited per client
address in the database: usecases/limits.py)."""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from assessment.settings import get_settings

SECRETS_KEY = "facilitator_passcode"


def passcode_matches(expected: str, attempt: str) -> bool:
    """Compare in constant time (no early exit that would leak how much matched)."""
    return hmac.compare_digest(expected.encode("utf-8"), attempt.encode("utf-8"))


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
