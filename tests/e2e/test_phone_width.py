"""At 390 px (a phone), nothing on the participant screens scrolls sideways, and the guide's lists of links are
targets of at least 24 px."""

from __future__ import annotations

from typing import Any

import pytest

from assessment.present.i18n import t
from tests.e2e.settle import settled

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

PHONE = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="fr-CA")

# What scrolls sideways: the page itself, any box of the main area that scrolls (or would) horizontally, and
# anything drawn past the screen's right edge.
SIDEWAYS = """() => {
  const root = document.documentElement;
  const found = [];
  if (root.scrollWidth > root.clientWidth) found.push(`the page: ${root.scrollWidth} px wide`);
  for (const element of document.querySelectorAll('[data-testid="stMain"] *')) {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (box.width === 0 || style.visibility === "hidden") continue;
    const what = `${element.tagName} ${element.getAttribute("data-testid") || ""} ${element.className}`.slice(0, 90);
    if (["auto", "scroll"].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${what}: scrolls ${element.scrollWidth} px in ${element.clientWidth} px`);
    } else if (box.right > window.innerWidth + 1) {
      found.push(`${what}: ends at ${Math.round(box.right)} px`);
    }
  }
  return found;
}"""


def fr(key: str, **params: object) -> str:
    return t(key, "fr", **params)


def test_no_participant_screen_scrolls_sideways_at_390_px(app_server, new_context) -> None:
    from playwright.sync_api import expect

    services = app_server.services()
    fresh, done = services.join(code=app_server.join_code), services.join(code=app_server.join_code)
    services.save_answers(token=done, answers=dict.fromkeys(services.participant_state(token=done).item_ids, 4))
    services.submit(token=done)
    page = new_context(**PHONE).new_page()
    sideways: dict[str, list[str]] = {}

    def look(screen: str, ready: Any) -> None:
        expect(ready).to_be_visible()
        settled(page, 300)
        if found := page.evaluate(SIDEWAYS):
            sideways[screen] = found

    page.goto(f"{app_server.base_url}/join?code={app_server.join_code}")
    look("join", page.get_by_role("heading", name=fr("page.join")))
    page.goto(f"{app_server.base_url}/questionnaire?token={fresh}")
    expect(page.get_by_role("heading", name=fr("q.profile"))).to_be_visible()
    page.get_by_text(fr("q.resume")).click()  # the resume link's box, opened
    look("questionnaire: about you, resume link open", page.get_by_test_id("stCode"))
    page.get_by_role("button", name=fr("q.next")).click()
    expect(page.get_by_role("heading", name=services.current_instrument().sections[0].title.get("fr"))).to_be_visible()
    page.get_by_text(fr("q.levels")).first.click()  # what each level means, opened
    look("questionnaire: first section, levels open", page.get_by_test_id("stExpanderDetails").first)
    page.goto(f"{app_server.base_url}/my-results?token={done}")
    look("my results", page.get_by_role("heading", name=fr("page.my_results")))
    page.goto(f"{app_server.base_url}/guide")
    look("guide", page.get_by_role("heading", name=fr("page.guide")))
    assert not sideways, sideways

    heights = page.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stMarkdownContainer"] li > a')]
            .map((a) => [a.textContent, a.getBoundingClientRect().height])"""
    )
    assert len(heights) > 30  # the contents: every part of the framework and every dimension
    assert [(text, height) for text, height in heights if height < 24] == []
