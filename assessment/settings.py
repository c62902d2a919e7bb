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
ENVIRONMENT = (DATABASE_ENV, PASSCODE_ENV, *LANG_ENVS)


@dataclass(frozen=True)
class Settings:
    """Where the data lives and who may facilitate; paths are absolute."""

    root: Path
    database_url: str  # any SQLAlchemy URL; default: the SQLite file data/impact_readiness.sqlite3
    instrument_path: Path  # the instrument new rounds use
    secrets_path: Path  # Streamlit's secrets file, where a generated passcode is kept (git-ignored)
    facilitator_passcode: str | None  # from IMPACT_FACILITATOR_PASSCODE, stripped; None when unset or blank
    cli_locale: str  # IMPACT_LANG, else LANG ("" when neither is set): 'fr…' means French


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
    )
