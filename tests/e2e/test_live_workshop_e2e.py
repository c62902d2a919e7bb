"""A live workshop in real Chromium: five phones join by the link and submit while the presenter view,
opened by its presenter link, counts them and then shows what the facilitator reveals, untouched; the
facilitator's tab survives a reload."""

from __future__ import annotations

import re
import time
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from assessment.present.i18n import t
from tests.e2e.settle import settled

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

PHONE = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="fr-CA")
PROJECTOR = dict(viewport={"width": 1920, "height": 1080}, locale="en-CA")
PHONES = 5


def live_round(services):
    initiative = services.create_initiative(name="Atelier en direct (e2e)")
    r = services.create_round(initiative_id=initiative.id, label="Webinaire", on=date(2026, 11, 30), form="short")
    return services.set_round_status(round_id=r.id, status="open")


def session_cookie(page, seconds: float = 10) -> dict:
    """The facilitator's session cookie, once the browser has written it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = [c for c in page.context.cookies() if c["name"] == "ir_facilitator"]
        if found:
            assert found[0]["sameSite"] == "Strict" and found[0]["expires"] > time.time() + 11 * 3600
            return found[0]
        page.wait_for_timeout(100)
    raise AssertionError("the facilitator's session cookie was never written")


def submitted_through(page, expect) -> None:
    """The phone's participant, once every answer is in, submits from the review step."""
    page.reload()  # a new run resumes at the first unfinished step: the review
    page.get_by_role("button", name=t("q.submit", "fr")).click()
    expect(page.get_by_role("heading", name=t("page.my_results", "fr"))).to_be_visible()


def test_five_phones_submit_while_the_presenter_view_follows_by_itself(app_server, new_context, artifacts):
    from playwright.sync_api import expect

    services = app_server.services()
    r = live_round(services)
    token = services.create_presenter_link(round_id=r.id)

    projector = new_context(**PROJECTOR).new_page()
    projector.goto(f"{app_server.base_url}/presenter?token={token}")
    expect(projector.get_by_text(r.join_code, exact=True)).to_be_visible()
    submitted = projector.get_by_test_id("stMetric").filter(has_text=t("presenter.submitted", "en"))
    expect(submitted).to_contain_text("0")

    items = services.current_instrument().item_ids("short")
    for n in range(PHONES):
        phone = new_context(**PHONE).new_page()
        phone.goto(f"{app_server.base_url}/join?code={r.join_code}")
        phone.get_by_role("button", name=t("join.submit", "fr"), exact=True).click()
        expect(phone).to_have_url(re.compile(r"/questionnaire\?(.*&)?token=[\w-]+"))
        participant = parse_qs(urlsplit(phone.url).query)["token"][0]
        # The questionnaire's own clicks are tested elsewhere; here the answers are stored directly.
        services.save_answers(token=participant, answers={item: 1 + (n + i) % 5 for i, item in enumerate(items)})
        submitted_through(phone, expect)
        expect(submitted).to_contain_text(str(n + 1), timeout=10_000)  # the projector, untouched, keeps up
    projector.screenshot(path=artifacts("presenter-counts.png"))

    # The facilitator reveals the first section and the disagreements from the console, in another window.
    facilitator = new_context(locale="en-CA", viewport={"width": 1280, "height": 900}).new_page()
    facilitator.goto(f"{app_server.base_url}/console")
    facilitator.get_by_label(t("gate.passcode", "en")).fill(app_server.passcode)
    facilitator.get_by_role("button", name=t("gate.submit", "en"), exact=True).click()
    expect(facilitator.get_by_role("heading", name=t("page.console", "en"))).to_be_visible()
    session_cookie(facilitator)  # the browser writes it just after the page is drawn
    facilitator.reload()  # a reload keeps the session: no passcode asked again
    expect(facilitator.get_by_role("heading", name=t("page.console", "en"))).to_be_visible()
    expect(facilitator.get_by_label(t("gate.passcode", "en"))).to_have_count(0)

    first = services.instrument_of_round(round_id=r.id).sections[0]
    pick = facilitator.get_by_role("combobox", name=t("results.round", "en"))
    pick.click()
    facilitator.get_by_role("option", name=re.compile(r"^Webinaire")).click()
    for name in (first.title.get("en"), t("console.activity.disagreements", "en")):
        settled(facilitator)  # as a person sees the screen done before pressing the next switch
        switch = facilitator.get_by_role("switch", name=name)
        switch.press(" ")  # the keyboard, as a facilitator without a mouse would
        expect(switch).to_be_checked()
    expect(projector.get_by_role("heading", name=first.title.get("en"))).to_be_visible(timeout=10_000)
    expect(projector.get_by_role("heading", name=t("presenter.disagreements", "en"))).to_be_visible()
    projector.screenshot(path=artifacts("presenter-revealed.png"))
    assert services.round_parts(round_id=r.id).shown == {first.id, "disagreements"}


def test_a_phone_waiting_for_a_paced_section_gets_it_when_the_facilitator_opens_it(app_server, new_context):
    from playwright.sync_api import expect

    services = app_server.services()
    initiative = services.create_initiative(name="Atelier rythmé (e2e)")
    r = services.create_round(initiative_id=initiative.id, label="Pas à pas", on=date(2026, 11, 30), form="short")
    services.set_round_status(round_id=r.id, status="open")
    services.set_paced(round_id=r.id, paced=True)
    first = services.instrument_of_round(round_id=r.id).sections[0]

    phone = new_context(**PHONE).new_page()
    phone.goto(f"{app_server.base_url}/join?code={r.join_code}")
    phone.get_by_role("button", name=t("join.submit", "fr"), exact=True).click()
    phone.get_by_role("button", name=t("q.next", "fr")).click()
    expect(phone.get_by_text(t("q.waiting", "fr"))).to_be_visible()
    item = first.dimensions[0].items_for("short")[0]
    question = phone.get_by_role("radiogroup", name=item.text.get("fr"), exact=True)
    expect(question).to_have_count(0)

    services.open_section(round_id=r.id, section_id=first.id, opened=True)  # from the console, elsewhere
    expect(phone.get_by_role("heading", name=first.title.get("fr"))).to_be_visible(timeout=15_000)
    expect(question).to_be_visible()
    expect(phone.get_by_text(t("q.waiting", "fr"))).to_have_count(0)
