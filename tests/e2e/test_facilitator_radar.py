"""A facilitator on a desktop, in English: sign in, open the round results, see the radar drawn."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import artifact_path

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

DESKTOP = dict(viewport={"width": 1400, "height": 1000}, locale="en-US")


def test_facilitator_sees_the_round_radar(app_server, new_context) -> None:
    from playwright.sync_api import expect  # after the fixtures: skipped cleanly when playwright is absent

    page = new_context(**DESKTOP).new_page()
    page.goto(f"{app_server.base_url}/facilitator")
    expect(page.get_by_role("heading", name="Facilitator access")).to_be_visible()
    page.get_by_label("Passcode", exact=True).fill(app_server.passcode)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("You are signed in as a facilitator.")).to_be_visible()

    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Round results").click()
    expect(page).to_have_url(re.compile(r"/results"))
    expect(page.get_by_role("heading", name="Round results")).to_be_visible()
    expect(page.get_by_text("Readiness index", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="The 19 dimensions")).to_be_visible()

    # The radar: a Plotly chart with one polar subplot and its trace drawn as a closed line.
    radar = page.locator(".st-key-radar .js-plotly-plot")
    expect(radar).to_be_visible()
    polar = radar.locator(".polarlayer .polar")
    expect(polar).to_have_count(1)
    expect(polar).to_be_visible()
    expect(polar.locator(".scatterlayer .trace path.js-line").first).to_be_visible()
    expect(radar.locator(".angularaxistick")).to_have_count(19)

    page.screenshot(path=artifact_path("facilitator_radar.png"), full_page=True)
