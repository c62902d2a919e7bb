"""The facilitator pages are behind a passcode; participants never reach them."""

from __future__ import annotations

import pytest

from assessment.present.i18n import format_wait
from tests.app.conftest import PASSCODE, button, healthy, new_app, shown, title, tr


def facilitator_page(lang: str = "en", **secrets: str):
    at = new_app(lang)
    for key, value in secrets.items():
        at.secrets[key] = value
    at.run()
    return at.switch_page("views/facilitator.py").run()


def sign_in(at, attempt: str, lang: str = "en"):
    at.text_input[0].input(attempt)
    return button(at, tr("gate.submit", lang)).click().run()


def signed_in(at) -> bool:
    return "facilitator" in at.session_state and bool(at.session_state["facilitator"])


def reaches(at, page: str) -> bool:
    """True when ``page`` is in the session's navigation and shows its own title."""
    try:
        at.switch_page(page)
    except ValueError:  # AppTest: not a page of this session's st.navigation
        return False
    at.run()
    name = page.removeprefix("views/").removesuffix(".py")
    return healthy(at) and any(tr(f"page.{name}", lang) in title(at) for lang in ("fr", "en"))


def test_a_participant_session_has_no_rounds_or_results_page(demo) -> None:
    at = new_app("en").run()
    for page, key in (("views/rounds.py", "page.rounds"), ("views/results.py", "page.results")):
        assert not reaches(at, page)
        at.run()
        assert tr(key, "en") not in title(at)
        assert not shown(at, demo[-1].join_code)


def test_a_participant_session_cannot_sign_itself_in_through_the_address_bar(demo) -> None:
    at = new_app("en", facilitator="1").run()
    assert not signed_in(at)
    assert not reaches(at, "views/rounds.py")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wrong_passcode_is_refused(lang: str, monkeypatch) -> None:
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", PASSCODE)
    at = facilitator_page(lang)
    sign_in(at, "guess", lang)
    assert [e.value for e in at.error] == [tr("gate.wrong", lang)]
    assert not signed_in(at)
    assert not reaches(at, "views/rounds.py")


def test_after_three_wrong_passcodes_even_the_right_one_must_wait(monkeypatch) -> None:
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", PASSCODE)
    at = facilitator_page()
    for _ in range(3):
        sign_in(at, "guess")
        assert [e.value for e in at.error] == [tr("gate.wrong", "en")]

    sign_in(at, PASSCODE)  # the clock is frozen: the 2 s wait after the third failure has not passed

    assert [e.value for e in at.error] == [tr("error.too_many_attempts", "en", wait=format_wait(2, "en"))]
    assert not shown(at, tr("gate.signed_in", "en"))
    assert not signed_in(at)
    assert not reaches(at, "views/rounds.py")


def test_the_passcode_from_the_environment_signs_in_and_opens_rounds_and_results(monkeypatch, demo) -> None:
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", f"  {PASSCODE}\n")  # surrounding blanks are ignored
    at = facilitator_page()
    sign_in(at, PASSCODE)
    assert healthy(at)
    assert shown(at, tr("gate.signed_in", "en"))

    assert reaches(at, "views/rounds.py")
    assert title(at) == [tr("page.rounds", "en")]
    assert reaches(at, "views/results.py")
    assert title(at) == [tr("page.results", "en")]


def test_the_passcode_from_the_secrets_signs_in(demo) -> None:
    at = facilitator_page("fr", facilitator_passcode=PASSCODE)
    sign_in(at, PASSCODE, "fr")
    assert shown(at, tr("gate.signed_in", "fr"))
    assert reaches(at, "views/rounds.py")
    assert title(at) == [tr("page.rounds", "fr")]


def test_the_environment_passcode_wins_over_the_secrets(monkeypatch) -> None:
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", PASSCODE)
    at = facilitator_page(facilitator_passcode="from-secrets")
    sign_in(at, "from-secrets")
    assert [e.value for e in at.error] == [tr("gate.wrong", "en")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_with_no_passcode_configured_the_gate_says_so_and_offers_no_form(lang: str) -> None:
    at = facilitator_page(lang)
    assert [w.value for w in at.warning] == [tr("gate.not_configured", lang)]
    assert not at.text_input
    assert not reaches(at, "views/rounds.py")


def test_signing_out_closes_the_facilitator_pages(monkeypatch) -> None:
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", PASSCODE)
    at = facilitator_page()
    sign_in(at, PASSCODE)
    button(at, tr("gate.sign_out", "en")).click().run()
    assert not signed_in(at)
    assert not reaches(at, "views/rounds.py")
    assert not reaches(at, "views/results.py")
