"""The first request a freshly started server receives may be a participant's resume link (a bookmark,
a phone reconnecting after a restart). In a real browser it must find the participant, in their language.

Regression test for the `pages/` folder that made Streamlit run the page file without app.py until a
first session had opened the root URL (the screens now live in views/; see tests/app/test_cold_start.py).
"""

from __future__ import annotations

import pytest

from assessment.present.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]


def test_a_resume_link_is_the_first_request_after_a_server_start(cold_app_server, new_context, artifacts) -> None:
    from playwright.sync_api import expect  # imported after the fixtures: a clean skip without playwright

    services = cold_app_server.services()
    token = services.join(code=cold_app_server.join_code)
    services.update_profile(token=token, display_name="Alex", sector=None, role=None)
    steps = 2 + len(services.current_instrument().sections)

    page = new_context(viewport={"width": 1280, "height": 900}, locale="en-US").new_page()
    page.goto(f"{cold_app_server.base_url}/questionnaire?token={token}")

    # The profile is filled in and nothing is answered yet: the session resumes at the first section.
    fit = services.current_instrument().section("fit").title.get("en")
    progress = page.get_by_test_id("stProgress")  # the bar's text, not the screen reader's announcement
    expect(progress.get_by_text(t("q.step", "en", n=2, total=steps, title=fit), exact=True)).to_be_visible()
    page.get_by_role("button", name=t("q.back", "en")).click()
    expect(page.get_by_role("textbox", name=t("q.display_name", "en"))).to_have_value("Alex")
    expect(page.get_by_role("radiogroup", name=t("app.language", "en"))).to_be_visible()  # app.py ran
    expect(page.get_by_text(t("q.no_session", "en"))).to_have_count(0)
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_role("link", name=t("page.facilitator", "en"))).to_be_visible()
    expect(nav.get_by_role("link")).to_have_count(5)  # the app's menu (join, questionnaire, my results, guide,
    # facilitator access), not one entry per file
    page.screenshot(path=artifacts("fresh_server_resume_link.png"), full_page=True)
