"""The questionnaire at 390 px in real Chromium: the scale is one column of ≥ 44 px options, nothing
scrolls sideways, each step starts at its heading, a tap updates the count, the review lists the
answers and leads back to a section; and the same screens on a 1920 × 1080 window."""

from __future__ import annotations

import re

import pytest

from assessment.present.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

PHONE = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="fr-CA")
DESKTOP = dict(viewport={"width": 1920, "height": 1080}, locale="fr-CA")
OPTIONS = '.st-key-questions [data-testid="stRadioGroup"]'


def fr(key: str, **params: object) -> str:
    return t(key, "fr", **params)


def no_sideways_scroll(page) -> None:
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth,"
        " document.querySelector('[data-testid=stMain]').scrollWidth,"
        " document.querySelector('[data-testid=stMain]').clientWidth]"
    )
    assert widths[0] <= widths[1] and widths[2] <= widths[3], widths


def scale_is_one_row_or_one_column(page, min_height: float) -> str:
    """Every item's options: ≥ ``min_height`` px high, all in one row or all in one column; which one."""
    shapes = set()
    for group in page.locator(OPTIONS).all():
        boxes = [o.bounding_box() for o in group.get_by_role("radio").locator("xpath=ancestor::label[1]").all()]
        assert len(boxes) == 6
        assert all(b["height"] >= min_height for b in boxes), boxes
        if len({round(b["y"]) for b in boxes}) == 1:
            shapes.add("row")
            assert [b["x"] for b in boxes] == sorted(b["x"] for b in boxes)  # 1 … 5, don't know
        else:
            assert len({round(b["x"]) for b in boxes}) == 1, boxes
            assert [b["y"] for b in boxes] == sorted(b["y"] for b in boxes)
            shapes.add("column")
    assert len(shapes) == 1, shapes
    return shapes.pop()


def expect_step_at_top(page, expect, heading_id: str, title: str) -> None:
    """The new step's heading is drawn, focused and at the top of the screen (below Streamlit's bar)."""
    heading = page.locator(f"h2#{heading_id}")
    expect(heading).to_have_text(title)
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()
    page.wait_for_function(
        f"() => Math.abs(document.getElementById('{heading_id}').getBoundingClientRect().top - 60) < 80"
    )  # scrolled there (or the page is too short to scroll): retried, not timed
    box = heading.bounding_box()
    assert 0 <= box["y"] <= 140, box


def join_and_reach_first_section(page, expect, app_server) -> None:
    page.goto(f"{app_server.base_url}/?code={app_server.join_code}")
    page.get_by_role("button", name=fr("join.submit"), exact=True).click()
    expect(page.get_by_role("heading", name=fr("q.profile"))).to_be_visible()
    page.get_by_role("button", name=fr("q.next")).click()
    expect(page.locator(OPTIONS).first).to_be_visible()  # the first section is drawn


def test_the_scale_fits_a_phone_and_each_step_starts_at_its_heading(app_server, new_context, artifacts) -> None:
    from playwright.sync_api import expect

    services = app_server.services()
    instrument = services.current_instrument()
    form = services.get_round(round_id=app_server.round_id).form
    total = len(instrument.item_ids(form))
    first, second = instrument.sections[0], instrument.sections[1]
    page = new_context(**PHONE).new_page()
    join_and_reach_first_section(page, expect, app_server)

    expect_step_at_top(page, expect, f"step-{first.id}", first.title.get("fr"))
    expect(page.locator(OPTIONS).first).to_be_visible()
    assert scale_is_one_row_or_one_column(page, 44) == "column"
    no_sideways_scroll(page)
    page.screenshot(path=artifacts("phone_section_390.png"))

    # A tap on the last item of the section (far down the page) saves it; the count follows.
    last = [i for d in first.dimensions for i in d.items_for(form)][-1]
    group = page.get_by_role("radiogroup", name=last.text.get("fr"), exact=True)
    group.get_by_text("4 · En grande partie", exact=True).tap()
    expect(group.get_by_role("radio", name="4 · En grande partie", exact=True)).to_be_checked()
    # The keyboard moves along the scale in order.
    group.get_by_role("radio", name="4 · En grande partie", exact=True).focus()
    page.keyboard.press("ArrowDown")
    expect(group.get_by_role("radio", name="5 · Tout à fait", exact=True)).to_be_checked()
    focused = group.locator('[data-testid="stRadioOption"]:has(input:focus-visible)')
    expect(focused).to_have_css("outline-style", "solid")  # a visible focus ring on the option
    page.screenshot(path=artifacts("phone_section_390_full.png"), full_page=True)

    # Then the first item (another dimension's fragment).
    top = [i for d in first.dimensions for i in d.items_for(form)][0]
    top_group = page.get_by_role("radiogroup", name=top.text.get("fr"), exact=True)
    top_group.get_by_text("2 · Un peu", exact=True).tap()
    expect(top_group.get_by_role("radio", name="2 · Un peu", exact=True)).to_be_checked()

    # "Next" from the bottom of the page: the next section starts at its heading, and its one count
    # line has both answers (the count is the step's, as a survey's progress is the page's).
    page.get_by_role("button", name=fr("q.next")).click()
    expect_step_at_top(page, expect, f"step-{second.id}", second.title.get("fr"))
    expect(page.get_by_text(fr("q.answered", done=2, total=total))).to_be_visible()
    count_prefix = fr("q.answered", done=0, total=total).split(":")[0]  # "Réponses"
    expect(page.get_by_text(re.compile(rf"^{re.escape(count_prefix)}"))).to_have_count(1)
    expect(page.locator(OPTIONS).first.get_by_test_id("stRadioOption").first).to_be_in_viewport()  # 1st question
    no_sideways_scroll(page)
    page.screenshot(path=artifacts("phone_next_section_390.png"))

    # The resume link wraps inside its box, with a copy button.
    page.get_by_text(fr("q.resume")).click()
    code = page.get_by_test_id("stCode")
    expect(code).to_contain_text("token=")
    expect(code.get_by_role("button")).to_be_visible()  # the copy button, shown without hovering
    box = code.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    no_sideways_scroll(page)

    assert services.participant_state(token=_token(page)).answers == {last.id: 5, top.id: 2}


def test_the_review_lists_the_answers_and_a_change_button_goes_back(app_server, new_context, artifacts) -> None:
    from playwright.sync_api import expect

    services = app_server.services()
    instrument = services.current_instrument()
    titles = [s.title.get("fr") for s in instrument.sections]
    page = new_context(**PHONE).new_page()
    join_and_reach_first_section(page, expect, app_server)
    token = _token(page)
    form = services.get_round(round_id=app_server.round_id).form
    item = instrument.sections[2].dimensions[0].items_for(form)[0]
    services.save_answers(token=token, answers={item.id: 2})
    for following in [s.id for s in instrument.sections[1:]] + ["review"]:
        page.get_by_role("button", name=fr("q.next")).click()
        expect(page.locator(f"h2#step-{following}")).to_be_visible()
    expect_step_at_top(page, expect, "step-review", fr("q.review"))
    for title in titles:
        expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()
    expect(page.get_by_text(fr("q.no_answer")).first).to_be_visible()
    expect(page.get_by_text("2 · Un peu", exact=True)).to_be_visible()
    no_sideways_scroll(page)
    page.screenshot(path=artifacts("phone_review_390.png"), full_page=True)

    page.get_by_role("button", name=fr("q.change", section=titles[2])).click()
    expect_step_at_top(page, expect, f"step-{instrument.sections[2].id}", titles[2])
    group = page.get_by_role("radiogroup", name=item.text.get("fr"), exact=True)
    expect(group.get_by_role("radio", name="2 · Un peu", exact=True)).to_be_checked()


def test_on_a_wide_screen_the_scale_is_one_row(app_server, new_context, artifacts) -> None:
    from playwright.sync_api import expect

    page = new_context(**DESKTOP).new_page()
    join_and_reach_first_section(page, expect, app_server)
    expect(page.locator(OPTIONS).first).to_be_visible()
    assert scale_is_one_row_or_one_column(page, 44) == "row"
    no_sideways_scroll(page)
    page.screenshot(path=artifacts("desktop_section_1920.png"))


def _token(page) -> str:
    from urllib.parse import parse_qs, urlsplit

    return parse_qs(urlsplit(page.url).query)["token"][0]
