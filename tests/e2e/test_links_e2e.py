"""Every shared link and bookmark opens its screen in a real browser, with no "Page not found" dialog."""

from __future__ import annotations

import pytest

from assessment.present.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(120)]


def no_page_not_found_dialog(page) -> None:
    from playwright.sync_api import expect

    page.wait_for_timeout(500)  # the dialog, when there is one, follows the page's first run
    expect(page.get_by_role("dialog")).to_have_count(0)


@pytest.mark.parametrize(("lang", "locale"), [("fr", "fr-CA"), ("en", "en-CA")])
def test_the_join_link_and_qr_code_open_the_join_screen_with_the_code(app_server, new_context, lang, locale):
    from playwright.sync_api import expect

    page = new_context(locale=locale, viewport={"width": 390, "height": 844}).new_page()
    page.goto(f"{app_server.base_url}/join?code={app_server.join_code}")
    expect(page.get_by_role("heading", name=t("page.join", lang))).to_be_visible()
    expect(page.get_by_role("textbox", name=t("join.code", lang))).to_have_value(app_server.join_code)
    no_page_not_found_dialog(page)
    page.get_by_role("button", name=t("join.submit", lang), exact=True).click()
    expect(page.get_by_role("heading", name=t("q.profile", lang))).to_be_visible()


@pytest.mark.parametrize("path", ["join", "questionnaire", "my-results", "guide", "facilitator", ""])
def test_every_participant_screen_address_works_as_a_bookmark(app_server, new_context, path):
    from playwright.sync_api import expect

    page = new_context(locale="en-CA").new_page()
    page.goto(f"{app_server.base_url}/{path}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    no_page_not_found_dialog(page)


def test_a_facilitator_bookmark_asks_for_the_passcode_then_opens_that_screen(app_server, new_context):
    from playwright.sync_api import expect

    page = new_context(locale="en-CA").new_page()
    page.goto(f"{app_server.base_url}/compare")
    expect(page.get_by_role("heading", name=t("page.facilitator", "en"))).to_be_visible()
    no_page_not_found_dialog(page)
    page.get_by_label(t("gate.passcode", "en")).fill(app_server.passcode)
    page.get_by_role("button", name=t("gate.submit", "en"), exact=True).click()
    expect(page.get_by_role("heading", name=t("page.compare", "en"))).to_be_visible()
    expect(page).to_have_url(f"{app_server.base_url}/compare")
