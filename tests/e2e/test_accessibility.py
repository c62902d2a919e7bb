"""axe-core on every screen, in French and in English, on a desktop and at 390 px, in real Chromium.

One server, one browser, one context per language; each screen is loaded once and checked at both widths.
The test fails on any critical or serious finding the app controls; Streamlit's own are listed one by one
in tests/e2e/axe.py (STREAMLIT_KNOWN). A summary per screen is written to test-artifacts/axe-summary.json.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from assessment.present.i18n import t
from tests.e2e.axe import STREAMLIT_KNOWN, Finding, blocking_own, counts, run_axe
from tests.e2e.conftest import artifact_path
from tests.e2e.settle import settled
from views.style import streamlit_words

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
FACILITATOR_PAGES = (
    "rounds",
    "console",
    "results",
    "compare",
    "actions",
    "breakdown",
    "plan",
    "network",
    "data",
    "reports",
)


# Streamlit's own English words left in the page (labels for screen readers, placeholders, text).
ENGLISH_LEFT = """(words) => {
  const english = new Set(words);
  const left = [];
  for (const name of ["aria-label", "placeholder", "title"]) {
    for (const element of document.querySelectorAll(`[${name}]`)) {
      if (english.has(element.getAttribute(name))) left.push(`${name}=${element.getAttribute(name)}`);
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (english.has(node.data.trim())) left.push(`text: ${node.data.trim()}`);
  }
  return left;
}"""


class Walk:
    """Checks screens one after another in one page, and keeps every finding."""

    def __init__(self, page: Any, lang: str) -> None:
        self.page, self.lang = page, lang
        self.findings: dict[str, list[Finding]] = {}
        self.languages: dict[str, str] = {}
        self.english: dict[str, list[str]] = {}

    def heading(self, key: str, **params: object) -> Any:
        return self.page.get_by_role("heading", name=t(key, self.lang, **params), exact=True)

    def check(self, screen: str, ready: Callable[[], Any]) -> None:
        from playwright.sync_api import expect

        expect(ready()).to_be_visible()
        for width, viewport in (("desktop", DESKTOP), ("390", PHONE)):
            self.page.set_viewport_size(viewport)
            settled(self.page, 400)
            self.findings[f"{self.lang} {screen} {width}"] = run_axe(self.page)
            self.languages[f"{self.lang} {screen} {width}"] = self.page.evaluate("document.documentElement.lang")
            if self.lang == "fr":
                english = [pair[0] for pair in streamlit_words()["exact"]]
                self.english[f"{screen} {width}"] = self.page.evaluate(ENGLISH_LEFT, english)
        self.page.set_viewport_size(DESKTOP)


def participant_tokens(services, join_code: str) -> tuple[str, str]:
    """A participant who has just joined, and one who has answered everything and submitted."""
    fresh = services.join(code=join_code)
    done = services.join(code=join_code)
    state = services.participant_state(token=done)
    services.save_answers(token=done, answers={i: 3 for i in state.item_ids})
    services.submit(token=done)
    return fresh, done


def walk_participant(walk: Walk, base: str, server) -> None:
    page, lang = walk.page, walk.lang
    services = server.services()
    fresh, done = participant_tokens(services, server.join_code)
    page.goto(f"{base}/join")
    walk.check("join", lambda: walk.heading("page.join"))
    buttons = page.locator(".st-key-lang button")
    assert [buttons.nth(n).get_attribute("lang") for n in range(buttons.count())] == ["fr", "en"]
    page.goto(f"{base}/guide")
    walk.check("guide", lambda: walk.heading("page.guide"))
    page.goto(f"{base}/questionnaire?token={fresh}")
    walk.check("questionnaire-profile", lambda: walk.heading("q.profile"))
    for number, section in enumerate(services.current_instrument().sections):
        page.get_by_role("button", name=t("q.next", lang)).click()
        heading = page.get_by_role("heading", name=section.title.get(lang), exact=True)
        if number == 0:
            walk.check("questionnaire-section", lambda heading=heading: heading)
        else:
            heading.wait_for()
    page.get_by_role("button", name=t("q.next", lang)).click()
    walk.check("questionnaire-review", lambda: walk.heading("q.review"))
    page.goto(f"{base}/my-results?token={done}")
    walk.check("my-results", lambda: walk.heading("page.my_results"))
    presenter = services.create_presenter_link(round_id=server.round_id)
    page.goto(f"{base}/presenter?token={presenter}")
    walk.check("presenter", lambda: page.get_by_text(server.join_code, exact=True))


def walk_facilitator(walk: Walk, base: str, passcode: str) -> None:
    page, lang = walk.page, walk.lang
    page.goto(f"{base}/facilitator")
    walk.check("facilitator-gate", lambda: walk.heading("page.facilitator"))
    page.get_by_label(t("gate.passcode", lang), exact=True).fill(passcode)
    page.get_by_role("button", name=t("gate.submit", lang)).click()
    walk.check("facilitator-signed-in", lambda: page.get_by_text(t("gate.signed_in", lang)))
    for _ in range(100):  # the browser writes the session cookie on the run after signing in
        if any(c["name"] == "ir_facilitator" for c in page.context.cookies()):
            break
        page.wait_for_timeout(100)
    for name in FACILITATOR_PAGES:
        page.goto(f"{base}/{name}")
        walk.check(name, lambda name=name: walk.heading(f"page.{name}"))


def summary(walks: list[Walk]) -> dict[str, Any]:
    rows = {}
    for walk in walks:
        for screen, findings in walk.findings.items():
            rows[screen] = {
                "all": counts(findings),
                "own": counts([f for f in findings if f.known < 0]),
                "lang": walk.languages[screen],
                "own_findings": sorted({f.line() for f in findings if f.known < 0}),
            }
    return rows


def test_every_screen_in_both_languages_has_no_critical_or_serious_finding_of_the_app(app_server, new_context) -> None:
    walks = []
    for lang, locale in (("fr", "fr-CA"), ("en", "en-CA")):
        page = new_context(viewport=DESKTOP, locale=locale).new_page()
        walk = Walk(page, lang)
        walk_participant(walk, app_server.base_url, app_server)
        walk_facilitator(walk, app_server.base_url, app_server.passcode)
        walks.append(walk)
    rows = summary(walks)
    artifact_path("axe-summary.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")

    wrong_language = {screen: found for screen, found in rows.items() if found["lang"] != screen[:2]}
    assert not wrong_language, f"<html lang> is not the screen's language: {wrong_language}"
    english_left = {screen: left for screen, left in walks[0].english.items() if left}
    assert not english_left, f"Streamlit's English left on French screens: {english_left}"
    matched = {f.known for walk in walks for findings in walk.findings.values() for f in findings}
    stale = [known for n, known in enumerate(STREAMLIT_KNOWN) if n not in matched]
    assert not stale, f"known Streamlit findings no longer seen (remove them from tests/e2e/axe.py): {stale}"
    blocking = {
        screen: sorted({f.line() for f in blocking_own(findings)})
        for walk in walks
        for screen, findings in walk.findings.items()
        if blocking_own(findings)
    }
    assert not blocking, json.dumps(blocking, indent=1, ensure_ascii=False)
