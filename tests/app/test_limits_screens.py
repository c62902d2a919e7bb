"""The gate and the join screen under the limits of failed attempts: counted per client address (the
socket's, or the one our proxy forwarded when it is trusted), a clear message of when to try again."""

from __future__ import annotations

import contextlib

import pytest
from streamlit.runtime.context import ContextProxy, StreamlitHeaders

from assessment.domain.errors import TooManyAttempts, UnknownCode
from assessment.present.i18n import format_wait
from assessment.usecases import Services
from tests.app.conftest import PASSCODE, button, healthy, new_app, title, tr

ATTACKER, FACILITATOR = "203.0.113.66", "198.51.100.7"


def connect_from(monkeypatch: pytest.MonkeyPatch, peer: str | None, **headers: str) -> None:
    """Every AppTest run of this test sees a connection from ``peer`` with these request headers."""
    pairs = [(name.replace("_", "-"), value) for name, value in headers.items()]
    monkeypatch.setattr(ContextProxy, "ip_address", property(lambda self: peer))
    monkeypatch.setattr(ContextProxy, "headers", property(lambda self: StreamlitHeaders(pairs)))


def gate(lang: str):
    at = new_app(lang).run()
    return at.switch_page("views/facilitator.py").run()


def sign_in(at, attempt: str, lang: str):
    at.text_input[0].input(attempt)
    return button(at, tr("gate.submit", lang)).click().run()


def signed_in(at) -> bool:
    return bool(at.session_state["facilitator"]) if "facilitator" in at.session_state else False


def join(at, code: str, lang: str):
    at.text_input[0].input(code)
    return button(at, tr("join.submit", lang)).click().run()


def errors(at) -> list[str]:
    return [e.value for e in at.error]


@pytest.fixture
def passcode(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", PASSCODE)
    return PASSCODE


# ---- the facilitator gate ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_after_three_wrong_passcodes_the_gate_says_when_to_try_again(lang: str, passcode, monkeypatch) -> None:
    connect_from(monkeypatch, FACILITATOR)
    at = gate(lang)
    for _ in range(3):
        sign_in(at, "guess", lang)
        assert errors(at) == [tr("gate.wrong", lang)]
    sign_in(at, passcode, lang)  # the clock is frozen: the 2 s wait has not passed
    assert healthy(at)
    assert errors(at) == [tr("error.too_many_attempts", lang, wait=format_wait(2, lang))]
    assert not signed_in(at)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_flood_from_another_address_does_not_lock_the_facilitator_out(
    lang: str, passcode, svc: Services, monkeypatch
) -> None:
    for _ in range(40):  # refused ones included: the attacker stays below the ceiling
        with contextlib.suppress(TooManyAttempts):
            svc.check_passcode(expected=passcode, attempt="guess", address=ATTACKER)
    connect_from(monkeypatch, FACILITATOR)
    at = sign_in(gate(lang), passcode, lang)
    assert healthy(at) and not errors(at)
    assert signed_in(at)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_when_every_address_together_failed_too_often_the_gate_says_so(lang: str, passcode, svc, monkeypatch) -> None:
    for n in range(50):
        for _ in range(2):
            svc.check_passcode(expected=passcode, attempt="guess", address=f"192.0.2.{n}")
    connect_from(monkeypatch, FACILITATOR)
    at = sign_in(gate(lang), passcode, lang)
    assert errors(at) == [tr("error.too_many_attempts_everywhere", lang, wait=format_wait(3600, lang))]
    assert not signed_in(at)


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted_not_the_proxys(passcode, svc, monkeypatch) -> None:
    for _ in range(3):
        svc.check_passcode(expected=passcode, attempt="guess", address=ATTACKER)
    monkeypatch.setenv("IMPACT_TRUSTED_PROXIES", "1")
    # The attacker writes the facilitator's address first; nginx appends the address it really saw.
    connect_from(monkeypatch, None, X_Forwarded_For=f"{FACILITATOR}, {ATTACKER}", X_Real_IP=ATTACKER)
    at = sign_in(gate("en"), passcode, "en")
    assert errors(at) == [tr("error.too_many_attempts", "en", wait=format_wait(2, "en"))]
    connect_from(monkeypatch, None, X_Forwarded_For=FACILITATOR, X_Real_IP=FACILITATOR)
    at = sign_in(gate("en"), passcode, "en")
    assert signed_in(at)


def test_without_trusting_the_proxy_its_headers_are_ignored(passcode, svc, monkeypatch) -> None:
    for _ in range(3):
        svc.check_passcode(expected=passcode, attempt="guess", address=ATTACKER)
    connect_from(monkeypatch, ATTACKER, X_Forwarded_For=FACILITATOR, X_Real_IP=FACILITATOR)
    at = sign_in(gate("en"), passcode, "en")
    assert errors(at) == [tr("error.too_many_attempts", "en", wait=format_wait(2, "en"))]


# ---- joining -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_too_many_wrong_codes_from_one_address_get_a_wait_even_for_the_right_code(
    lang: str, open_round, monkeypatch
) -> None:
    monkeypatch.setenv("IMPACT_JOIN_PER_ADDRESS", "2")
    connect_from(monkeypatch, ATTACKER)
    at = new_app(lang).run()
    for code in ("ZZZ999", "ZZZ998"):
        join(at, code, lang)
        assert errors(at) == [tr("error.unknown_code", lang, code=code)]
    join(at, open_round.join_code, lang)
    assert healthy(at)
    assert errors(at) == [tr("error.too_many_attempts", lang, wait=format_wait(2, lang))]
    assert "token" not in at.session_state and title(at) == [tr("page.join", lang)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_phone_at_another_address_joins_while_one_address_is_stopped(
    lang: str, open_round, svc: Services, monkeypatch
) -> None:
    monkeypatch.setenv("IMPACT_JOIN_PER_ADDRESS", "2")
    for code in ("ZZZ999", "ZZZ998"):
        with pytest.raises(UnknownCode):
            svc.join(code=code, address=ATTACKER)
    connect_from(monkeypatch, "2001:db8:5::20")
    at = join(new_app(lang).run(), open_round.join_code, lang)
    assert healthy(at) and not errors(at)
    assert svc.participant_state(token=at.session_state["token"]).round.id == open_round.id
