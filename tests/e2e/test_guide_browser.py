"""The framework guide in a real browser: /guide#<dimension> lands on that dimension, and a dimension of
concern in the round results opens the guide on it, in the session's language."""

from __future__ import annotations

import re

import pytest

from assessment.present.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

DESKTOP = dict(viewport={"width": 1400, "height": 900}, locale="en-US")


def test_an_anchor_in_the_address_scrolls_the_guide_to_that_dimension(app_server, new_context, artifacts) -> None:
    from playwright.sync_api import expect  # imported after the fixtures: a clean skip without playwright

    title = app_server.services().current_instrument().dimensions["equity"].title.get("en")
    page = new_context(**DESKTOP).new_page()
    page.goto(f"{app_server.base_url}/guide#equity")
    expect(page.get_by_role("heading", name=t("page.guide", "en"))).to_be_attached()
    heading = page.locator("#equity")
    expect(heading).to_contain_text(title)
    expect(heading).to_be_in_viewport()  # the guide is long: without the anchor it would be far below
    # The misconceptions about the backbone are drawn as a table, not as Markdown source.
    expect(page.get_by_role("table").filter(has_text="It imposes the solutions.")).to_have_count(1)
    page.screenshot(path=artifacts("guide_anchor.png"))


def test_a_concern_in_the_results_opens_the_guide_on_it_in_the_same_language(
    app_server, new_context, artifacts
) -> None:
    from playwright.sync_api import expect

    title = app_server.services().current_instrument().dimensions["equity"].title.get("fr")
    page = new_context(**DESKTOP).new_page()
    page.goto(f"{app_server.base_url}/facilitator")
    page.get_by_role("radiogroup", name=t("app.language", "en")).get_by_text("Français").click()
    expect(page.get_by_role("heading", name=t("page.facilitator", "fr"))).to_be_visible()
    page.get_by_label(t("gate.passcode", "fr"), exact=True).fill(app_server.passcode)
    page.get_by_role("button", name=t("gate.submit", "fr")).click()
    expect(page.get_by_text(t("gate.signed_in", "fr"))).to_be_visible()
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=t("page.results", "fr")).click()

    # The latest round of the demo: equity is of concern (2.84), with a link to the guide under its next step.
    page.get_by_role("link", name=t("guide.read_about", "fr", dimension=title)).click()
    expect(page).to_have_url(re.compile(r"/guide\?dimension=equity"))
    expect(page.get_by_role("heading", name=t("page.guide", "fr"))).to_be_visible()
    expect(page.get_by_text(t("guide.focus", "fr"))).to_be_visible()
    expect(page.get_by_role("heading", name=title).first).to_be_in_viewport()
    page.screenshot(path=artifacts("guide_from_results.png"))
