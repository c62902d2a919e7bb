"""A coordinator opens the demo's comparison, downloads the HTML report, and the report opens offline with
its charts drawn (issue 3: "a browser test in which a coordinator … downloads the HTML report")."""

from __future__ import annotations

import re

import pytest

from assessment.present.i18n import t
from tests.e2e.conftest import DEMO_INITIATIVE

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

DESKTOP = dict(viewport={"width": 1400, "height": 1000}, locale="en-US")
PLOTLY_BUNDLE_HEADER = "* plotly.js v"


def en(key: str, **params: object) -> str:
    """The English catalog text the app renders for ``key``."""
    return t(key, "en", **params)


def choose_demo(page) -> None:
    """Make sure the page's initiative picker shows the demo initiative (other tests may add initiatives)."""
    from playwright.sync_api import expect

    picker = page.get_by_role("combobox", name=en("rounds.initiative"), exact=True)
    expect(picker).to_be_visible()
    if picker.input_value() != DEMO_INITIATIVE:
        picker.click()
        page.get_by_role("option", name=DEMO_INITIATIVE, exact=True).click()
    expect(picker).to_have_value(DEMO_INITIATIVE)


def test_the_downloaded_report_opens_offline_with_its_charts_drawn(app_server, new_context, artifacts, tmp_path):
    from playwright.sync_api import expect  # imported after the fixtures: a clean skip without playwright

    page = new_context(**DESKTOP).new_page()
    page.goto(f"{app_server.base_url}/facilitator")
    page.get_by_label(en("gate.passcode"), exact=True).fill(app_server.passcode)
    page.get_by_role("button", name=en("gate.submit")).click()
    expect(page.get_by_text(en("gate.signed_in"))).to_be_visible()

    # The comparison of the demo initiative.
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name=en("page.compare")).click()
    expect(page).to_have_url(re.compile(r"/compare"))
    expect(page.get_by_role("heading", name=en("page.compare"))).to_be_visible()
    choose_demo(page)
    expect(page.get_by_role("heading", name=en("compare.summary"))).to_be_visible()
    expect(page.get_by_role("heading", name=en("compare.bands"))).to_be_visible()

    # The report of the whole initiative, downloaded from the reports page.
    nav.get_by_role("link", name=en("page.reports")).click()
    expect(page).to_have_url(re.compile(r"/reports"))
    expect(page.get_by_role("heading", name=en("page.reports"))).to_be_visible()
    choose_demo(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name=en("exports.html")).click()
    download = download_info.value
    assert download.suggested_filename.endswith("-en.html")
    report = tmp_path / "report.html"
    download.save_as(report)
    html = report.read_text(encoding="utf-8")
    assert html.count(PLOTLY_BUNDLE_HEADER) == 1 and DEMO_INITIATIVE in html

    # Opened from disk in a new context with the network cut: every chart is drawn by the inlined library.
    offline = new_context(viewport={"width": 900, "height": 1200}, locale="en-US")
    offline.set_offline(True)
    reader = offline.new_page()
    fetched: list[str] = []
    reader.on("request", lambda request: fetched.append(request.url))
    reader.goto(report.as_uri())
    expect(reader.get_by_role("heading", name=en("exports.report_title"))).to_be_visible()
    plots = reader.locator(".js-plotly-plot")
    expect(plots.first.locator(".main-svg").first).to_be_visible()
    expect(plots).to_have_count(8)  # sections, overlay, one trend per section (4), heat map, sd heat map
    assert reader.locator(".js-plotly-plot .main-svg").count() >= 2
    lines = plots.first.locator(".scatterlayer .trace path.js-line")
    expect(lines.first).to_be_visible()  # the section trends are drawn, one line per section, each its colour
    colours = {lines.nth(n).evaluate("e => getComputedStyle(e).stroke") for n in range(lines.count())}
    assert len(colours) == 4, colours
    expect(reader.locator(".js-plotly-plot .polarlayer .polar")).to_have_count(1)  # the radar overlay
    assert [url for url in fetched if not url.startswith("file:")] == []
    reader.screenshot(path=artifacts("report_offline.png"), full_page=True)
