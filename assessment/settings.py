"""The one settings object: every value the app takes from its environment or from where it is installed.

Read once per environment: ``get_settings()`` is cached on the values of the variables it reads, so a test
that sets DATABASE_URL (monkeypatch.setenv) gets settings for its own database, and a running process reads
its environment once. The domain layer never imports this module; the layers above pass values down.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the project folder: assessment/settings.py -> ..
DATABASE_ENV = "DATABASE_URL"
PASSCODE_ENV = "IMPACT_FACILITATOR_PASSCODE"
LANG_ENVS = ("IMPACT_LANG", "LANG")  # the command line's language: the first one set
PROXIES_ENV = "IMPACT_TRUSTED_PROXIES"  # how many proxies of ours stand in front of the app (0: none trusted)

# Failed attempts, per kind: (field, default). Each is read from IMPACT_<KIND>_<FIELD>, a whole number ≥ 1.
# Passcode: 3 failures per address, then doubling waits up to 5 min; one address records at most about
# 22 failures in an hour, so the ceiling (100 an hour) takes at least 5 addresses.
# Join: a room of 300 phones behind one NAT address may all mistype, even a wrong code written on the
# board twice each (600 failures): 1000 per address per 10 min, 5000 for every address together.
# Draft: drafts created with a valid code (a join that gives a resume token). A room of 300 phones behind one
# NAT address, each joining twice (a lost tab), makes 600: 1000 per address per hour, then a wait doubling up
# to 1 min; 10,000 an hour for every address together. A valid code cannot fill the database.
LIMIT_DEFAULTS: dict[str, dict[str, int]] = {
    "passcode": {"per_address": 3, "window": 3600, "max_wait": 300, "ceiling": 100},
    "join": {"per_address": 1000, "window": 600, "max_wait": 60, "ceiling": 5000},
    "draft": {"per_address": 1000, "window": 3600, "max_wait": 60, "ceiling": 10000},
}
LIMIT_ENVS = tuple(f"IMPACT_{kind}_{field}".upper() for kind, fields in LIMIT_DEFAULTS.items() for field in fields)
ENVIRONMENT = (DATABASE_ENV, PASSCODE_ENV, *LANG_ENVS, PROXIES_ENV, *LIMIT_ENVS)


class SettingsError(ValueError):
    """A variable of the environment holds a value the app cannot use; the message names it."""


@dataclass(frozen=True)
class Settings:
    """Where the data lives and who may facilitate; paths are absolute."""

    root: Path
    database_url: str  # any SQLAlchemy URL; default: the SQLite file data/impact_readiness.sqlite3
    instrument_path: Path  # the instrument new rounds use
    secrets_path: Path  # Streamlit's secrets file, where a generated passcode is kept (git-ignored)
    facilitator_passcode: str | None  # from IMPACT_FACILITATOR_PASSCODE, stripped; None when unset or blank
    cli_locale: str  # IMPACT_LANG, else LANG ("" when neither is set): 'fr…' means French
    trusted_proxies: int  # proxies of ours in front (X-Forwarded-For believed that far); 0: the socket's address
    limits: dict[str, dict[str, int]]  # attempts by kind ('passcode', 'join', 'draft'): see LIMIT_DEFAULTS


def get_settings() -> Settings:
    """The settings of the current environment (built once per distinct environment)."""
    return _settings(tuple(os.environ.get(name) for name in ENVIRONMENT))


@lru_cache(maxsize=32)
def _settings(environment: tuple[str | None, ...]) -> Settings:
    env = dict(zip(ENVIRONMENT, environment, strict=True))
    data = ROOT / "data"
    passcode = (env[PASSCODE_ENV] or "").strip()
    return Settings(
        root=ROOT,
        database_url=env[DATABASE_ENV] or f"sqlite:///{data / 'impact_readiness.sqlite3'}",
        instrument_path=data / "instrument.yaml",
        secrets_path=ROOT / ".streamlit" / "secrets.toml",
        facilitator_passcode=passcode or None,
        cli_locale=next((env[name] for name in LANG_ENVS if env[name]), ""),
        trusted_proxies=_whole(env, PROXIES_ENV, 0, minimum=0),
        limits={
            kind: {field: _whole(env, f"IMPACT_{kind}_{field}".upper(), default) for field, default in fields.items()}
            for kind, fields in LIMIT_DEFAULTS.items()
        },
    )


def _whole(env: dict[str, str | None], name: str, default: int, minimum: int = 1) -> int:
    """The whole number in variable ``name`` (``default`` when unset or blank); SettingsError otherwise."""
    text = (env[name] or "").strip()
    if not text:
        return default
    if not text.isascii() or not text.isdigit() or int(text) < minimum:
        raise SettingsError(f"{name} must be a whole number of at least {minimum}, not {text!r}")
    return int(text)
