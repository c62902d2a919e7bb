"""The one settings object: read from the environment once per distinct environment, defaults in the project."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from assessment.cli.main import main
from assessment.settings import ENVIRONMENT, LIMIT_DEFAULTS, LIMIT_ENVS, ROOT, SettingsError, get_settings


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


def test_the_limits_of_failed_attempts_and_the_trusted_proxies_have_defaults(clean_env):
    settings = get_settings()
    assert settings.trusted_proxies == 0
    assert settings.limits == LIMIT_DEFAULTS
    assert settings.limits["join"]["per_address"] >= 2 * 300  # a room of 300 phones behind one NAT mistyping twice


def test_each_limit_and_the_trusted_proxies_come_from_the_environment(clean_env):
    clean_env.setenv("IMPACT_JOIN_CEILING", " 250 ")
    clean_env.setenv("IMPACT_PASSCODE_WINDOW", "60")
    clean_env.setenv("IMPACT_TRUSTED_PROXIES", "2")
    settings = get_settings()
    assert settings.limits["join"]["ceiling"] == 250 and settings.limits["passcode"]["window"] == 60
    assert settings.limits["join"]["per_address"] == LIMIT_DEFAULTS["join"]["per_address"]
    assert settings.trusted_proxies == 2


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("IMPACT_JOIN_CEILING", "lots"),
        ("IMPACT_PASSCODE_PER_ADDRESS", "0"),
        ("IMPACT_JOIN_WINDOW", "-5"),
        ("IMPACT_JOIN_MAX_WAIT", "1.5"),
        ("IMPACT_TRUSTED_PROXIES", "yes"),
        ("IMPACT_PASSCODE_CEILING", "١٢"),
    ],
)
def test_a_limit_that_is_not_a_whole_number_is_refused_with_its_name(clean_env, name, value):
    clean_env.setenv(name, value)
    with pytest.raises(SettingsError, match=name):
        get_settings()


def test_the_command_line_says_a_bad_setting_in_one_line_and_exits_2(clean_env, capsys, tmp_path):
    clean_env.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/untouched.sqlite3")
    clean_env.setenv("IMPACT_JOIN_CEILING", "lots")
    assert main(["demo"]) == 2
    err = capsys.readouterr().err
    assert err == "Settings error: IMPACT_JOIN_CEILING must be a whole number of at least 1, not 'lots'\n"
    assert not (tmp_path / "untouched.sqlite3").exists()


def test_zero_trusted_proxies_is_allowed(clean_env):
    clean_env.setenv("IMPACT_TRUSTED_PROXIES", "0")
    assert get_settings().trusted_proxies == 0


def test_the_readme_gives_every_limit_with_its_default():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = {name: int(value) for name, value in re.findall(r"`(IMPACT_[A-Z_]+)` = (\d+)", text)}
    expected = {
        f"IMPACT_{kind}_{field}".upper(): value
        for kind, fields in LIMIT_DEFAULTS.items()
        for field, value in fields.items()
    }
    assert documented == expected
    assert set(LIMIT_ENVS) == set(expected) and "`IMPACT_TRUSTED_PROXIES`" in text
