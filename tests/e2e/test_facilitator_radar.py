"""A facilitator on a desktop, in English: sign in, open the round results, see the radar drawn."""

from __future__ import annotations

import re

import pytest

from assessment.present.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

DESKTOP = dict(viewport={"width": 1400, "height": 1000}, locale="en-US")


def en(key: str, **params: object) -> str:
    """The English catalog text the app renders for ``key``."""
    return t(key, "en", **params)


def test_facilitator_sees_the_round_radar(app_server, new_context, artifacts) -> None:
    from playwright.sync_api import expect  # imported after the fixtures: a clean skip without playwright

    dimensions = len(app_server.services().current_instrument().dimensions)
    page = new_context(**DESKTOP).new_page()
    page.goto(f"{app_server.base_url}/facilitator")
    expect(page.get_by_role("heading", name=en("page.facilitator"))).to_be_visible()
    page.get_by_label(en("gate.passcode"), exact=True).fill(app_server.passcode)
    page.get_by_role("button", name=en("gate.submit")).click()
    expect(page.get_by_text(en("gate.signed_in"))).to_be_visible()

    page.get_by_test_id("stSidebarNav").get_by_role("link", name=en("page.results")).click()
    expect(page).to_have_url(re.compile(r"/results"))
    expect(page.get_by_role("heading", name=en("page.results"))).to_be_visible()
    expect(page.get_by_text(en("results.index"), exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name=en("results.radar"))).to_be_visible()  # "The 19 dimensions"

    # The radar: a Plotly chart with one polar subplot, its trace drawn, one angular label per dimension.
    radar = page.locator(".st-key-radar .js-plotly-plot")
    expect(radar).to_be_visible()
    polar = radar.locator(".polarlayer .polar")
    expect(polar).to_have_count(1)
    expect(polar).to_be_visible()
    expect(polar.locator(".scatterlayer .trace path.js-line").first).to_be_visible()
    expect(polar.locator(".angularaxistick text")).to_have_count(dimensions)

    page.screenshot(path=artifacts("facilitator_radar.png"), full_page=True)
