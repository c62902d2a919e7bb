"""The facilitator passcode: constant-time check, slowed-down failures, generated when missing."""

import pytest

from assessment.settings import PASSCODE_ENV
from assessment.usecases import access as security
from assessment.usecases.access import PasscodeGate, TooManyAttempts, configured_passcode, ensure_passcode


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_right_passcode_opens_and_a_wrong_one_does_not():
    gate = PasscodeGate(clock=Clock())
    assert gate.check("s3cret", "s3cret") is True
    assert gate.check("s3cret", "s3cre") is False
    assert gate.check("s3cret", "") is False


def test_after_three_failures_even_the_right_passcode_waits_and_the_wait_doubles():
    clock = Clock()
    gate = PasscodeGate(clock=clock)
    for _ in range(3):
        assert gate.check("s3cret", "guess") is False
    with pytest.raises(TooManyAttempts) as first:
        gate.check("s3cret", "s3cret")
    assert first.value.wait == 3  # 2 s, rounded up to whole seconds shown
    clock.now += 2.5
    assert gate.check("s3cret", "guess") is False
    with pytest.raises(TooManyAttempts) as second:
        gate.check("s3cret", "s3cret")
    assert second.value.wait == 5  # 4 s now
    clock.now += 4.5
    assert gate.check("s3cret", "s3cret") is True
    assert gate.check("s3cret", "guess") is False  # a success resets the count: no wait after one failure
    assert gate.check("s3cret", "s3cret") is True


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
