"""The facilitator passcode: constant-time check, generated when missing (its failures: test_limits.py)."""

from assessment.settings import PASSCODE_ENV
from assessment.usecases import access as security
from assessment.usecases.access import configured_passcode, ensure_passcode


def test_the_comparison_is_constant_time(monkeypatch):
    calls = []
    real = security.hmac.compare_digest
    monkeypatch.setattr(security.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    assert security.passcode_matches("abc", "abd") is False
    assert calls == [(b"abc", b"abd")]


def test_the_environment_wins_over_the_secrets_file(monkeypatch):
    monkeypatch.setenv(PASSCODE_ENV, " env-code ")
    assert configured_passcode("from-secrets") == "env-code"
    monkeypatch.delenv(PASSCODE_ENV)
    assert configured_passcode("from-secrets") == "from-secrets"
    assert configured_passcode("   ") is None
    assert configured_passcode(None) is None


def test_a_missing_passcode_is_generated_once_kept_private_and_reused(tmp_path, monkeypatch):
    monkeypatch.delenv(PASSCODE_ENV, raising=False)
    path = tmp_path / ".streamlit" / "secrets.toml"
    passcode, source = ensure_passcode(path)
    assert source == "generated" and len(passcode) >= 12
    assert f'facilitator_passcode = "{passcode}"' in path.read_text()
    assert path.stat().st_mode & 0o077 == 0
    assert ensure_passcode(path) == (passcode, "secrets")


def test_an_existing_secrets_file_keeps_its_other_settings(tmp_path, monkeypatch):
    monkeypatch.delenv(PASSCODE_ENV, raising=False)
    path = tmp_path / "secrets.toml"
    path.write_text('other = "kept"\n')
    passcode, _ = ensure_passcode(path)
    text = path.read_text()
    assert 'other = "kept"' in text and passcode in text
