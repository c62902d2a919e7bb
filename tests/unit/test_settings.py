"""The one settings object: read from the environment once per distinct environment, defaults in the project."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assessment.settings import ENVIRONMENT, ROOT, get_settings


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_without_environment_the_database_is_the_sqlite_file_in_data(clean_env):
    settings = get_settings()
    assert settings.database_url == f"sqlite:///{ROOT / 'data' / 'impact_readiness.sqlite3'}"
    assert settings.facilitator_passcode is None and settings.cli_locale == ""


def test_paths_are_absolute_and_point_into_the_project(clean_env):
    settings = get_settings()
    assert settings.root == ROOT == Path(__file__).resolve().parents[2]
    assert settings.instrument_path == ROOT / "data" / "instrument.yaml" and settings.instrument_path.is_file()
    assert settings.secrets_path == ROOT / ".streamlit" / "secrets.toml"


def test_database_url_comes_from_the_environment(clean_env):
    clean_env.setenv("DATABASE_URL", "postgresql+psycopg://u:p@db/impact")
    assert get_settings().database_url == "postgresql+psycopg://u:p@db/impact"


def test_the_passcode_is_stripped_and_a_blank_one_is_none(clean_env):
    clean_env.setenv("IMPACT_FACILITATOR_PASSCODE", "  open sesame ")
    assert get_settings().facilitator_passcode == "open sesame"
    clean_env.setenv("IMPACT_FACILITATOR_PASSCODE", "   ")
    assert get_settings().facilitator_passcode is None


def test_the_command_line_locale_is_impact_lang_else_lang(clean_env):
    clean_env.setenv("LANG", "fr_CA.UTF-8")
    assert get_settings().cli_locale == "fr_CA.UTF-8"
    clean_env.setenv("IMPACT_LANG", "en")
    assert get_settings().cli_locale == "en"
    clean_env.setenv("IMPACT_LANG", "")
    assert get_settings().cli_locale == "fr_CA.UTF-8"


def test_the_same_environment_gives_the_same_object_and_a_changed_one_a_new_one(clean_env, tmp_path):
    clean_env.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/a.sqlite3")
    first = get_settings()
    assert get_settings() is first
    clean_env.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/b.sqlite3")
    assert get_settings().database_url.endswith("b.sqlite3")


def test_settings_cannot_be_changed_once_read(clean_env):
    with pytest.raises(dataclasses.FrozenInstanceError):
        get_settings().database_url = "sqlite:///elsewhere"  # type: ignore[misc]
