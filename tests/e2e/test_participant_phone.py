"""A participant on a phone, in French: join by link, profile, four sections, a reload midway, submit."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from assessment.present.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

PHONE = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="fr-CA")
NAME = "Camille (test e2e)"
# The radio options as the French screen shows them; None is "don't know".
OPTION_LABELS = {
    1: "1 · Pas du tout",
    2: "2 · Un peu",
    3: "3 · En partie",
    4: "4 · En grande partie",
    5: "5 · Tout à fait",
    None: "Je ne sais pas",
}


def fr(key: str, **params: object) -> str:
    """The French catalog text the app renders for ``key``."""
    return t(key, "fr", **params)


def planned_answer(n: int) -> int | None:
    """The n-th answer given: every score in turn, and "don't know" now and then."""
    return None if n % 7 == 6 else 1 + n % 5


def test_participant_answers_everything_on_a_phone(app_server, new_context, artifacts) -> None:
    from playwright.sync_api import expect  # imported after the fixtures: a clean skip without playwright

    services = app_server.services()
    before = services.response_counts(round_id=app_server.round_id)
    instrument = services.current_instrument()  # the demo rounds use the current instrument
    form = services.get_round(round_id=app_server.round_id).form
    assert form == "full"
    total_items = len(instrument.item_ids(form))
    titles = [fr("q.profile"), *(s.title.get("fr") for s in instrument.sections), fr("q.review")]

    page = new_context(**PHONE).new_page()

    def step_line(number: int):
        """The progress bar's text of step ``number`` (1-based), e.g. "Étape 2 sur 6 : …"."""
        text = fr("q.step", n=number, total=len(titles), title=titles[number - 1])
        return page.get_by_test_id("stProgress").get_by_text(text, exact=True)  # not the screen reader's twin

    def current_step() -> int:
        any_step = step_line(1)
        for number in range(2, len(titles) + 1):
            any_step = any_step.or_(step_line(number))
        expect(any_step).to_be_visible()
        return next(n for n in range(1, len(titles) + 1) if step_line(n).is_visible())

    def go_to_step(number: int) -> None:
        """Click "Enregistrer et continuer" until the progress bar shows step ``number``."""
        while (now := current_step()) < number:
            page.get_by_role("button", name=fr("q.next")).click()
            expect(step_line(now + 1)).to_be_visible()
        assert current_step() == number

    def radio_group(item):
        """An item's radio group: its accessible name is the item's text."""
        return page.get_by_role("radiogroup", name=item.text.get("fr"), exact=True)

    def expect_checked(item, answer: int | None) -> None:
        expect(radio_group(item).get_by_role("radio", name=OPTION_LABELS[answer], exact=True)).to_be_checked()

    def expect_saved(count: int) -> None:
        """The server has stored the ``count`` answers given so far, as given (read back from the database)."""
        deadline = time.monotonic() + 10
        while True:
            stored = services.participant_state(token=token).answers
            lost = {i: a for i, a in expected.items() if stored.get(i, "missing") != a}
            if not lost and len(stored) == count:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"answers given but not stored (item: answer): {lost}")
            time.sleep(0.05)

    # ---- join by link: French screen, code prefilled -------------------------------------------------------
    page.goto(f"{app_server.base_url}/?code={app_server.join_code}")
    expect(page.get_by_role("heading", name=fr("page.join"))).to_be_visible()
    expect(page.get_by_role("textbox", name=fr("join.code"))).to_have_value(app_server.join_code)
    page.get_by_role("button", name=fr("join.submit"), exact=True).click()

    # ---- about you --------------------------------------------------------------------------------------------
    expect(step_line(1)).to_be_visible()
    expect(page.get_by_role("heading", name=fr("q.profile"))).to_be_visible()
    expect(page).to_have_url(re.compile(r"/questionnaire\?(.*&)?token=[\w-]+"))  # the resume token is in the URL
    token = parse_qs(urlsplit(page.url).query)["token"][0]
    page.get_by_role("textbox", name=fr("q.display_name")).fill(NAME)
    page.get_by_role("button", name=fr("q.next")).click()

    # ---- the four sections ------------------------------------------------------------------------------------
    expected: dict[str, int | None] = {}
    reloaded = False
    for step, section in enumerate(instrument.sections, start=2):
        expect(step_line(step)).to_be_visible()
        expect(page.get_by_role("heading", name=section.title.get("fr"), exact=True)).to_be_visible()
        items = [item for dimension in section.dimensions for item in dimension.items_for(form)]
        expect(page.get_by_test_id("stRadioGroup")).to_have_count(len(items))

        for n, item in enumerate(items):
            if step == 3 and n == len(items) // 2:
                # Reload midway through the second section: the token in the URL finds the participant again.
                expect_saved(len(expected))
                page.reload()
                expect(page).to_have_url(re.compile(rf"[?&]token={re.escape(token)}(&|$)"))
                reloaded = True
                if current_step() == 1:  # the step is not kept across a reload: back through the profile
                    expect(page.get_by_role("textbox", name=fr("q.display_name"))).to_have_value(NAME)
                    go_to_step(2)
                    for dimension in instrument.sections[0].dimensions:
                        for earlier in dimension.items_for(form):
                            expect_checked(earlier, expected[earlier.id])
                go_to_step(step)
                for earlier in items[:n]:
                    expect_checked(earlier, expected[earlier.id])

            answer = planned_answer(len(expected))
            radio_group(item).get_by_text(OPTION_LABELS[answer], exact=True).tap()  # a finger, not a mouse
            expect_checked(item, answer)
            expected[item.id] = answer
            # Saved by the click itself, not only by "Enregistrer et continuer". Waiting for it also paces
            # the taps like a person reading each statement: taps ~0.1 s apart, landing while the previous
            # rerun is still going, were seen to skip an answer's on_change save now and then.
            expect_saved(len(expected))

        page.get_by_role("button", name=fr("q.next")).click()

    assert reloaded and len(expected) == total_items

    # ---- review and submit ------------------------------------------------------------------------------------
    expect(step_line(len(titles))).to_be_visible()
    expect(page.get_by_role("heading", name=fr("q.review"))).to_be_visible()
    expect(page.get_by_text(fr("q.all_answered"))).to_be_visible()
    page.get_by_role("button", name=fr("q.submit")).click()

    expect(page.get_by_role("heading", name=fr("page.my_results"))).to_be_visible()
    expect(page).to_have_url(re.compile(r"/my-results"))
    expect(page.get_by_text(fr("q.submitted"))).to_be_visible()
    expect(page.get_by_test_id("stPlotlyChart").locator(".js-plotly-plot").first).to_be_visible()  # own profile
    expect(page.get_by_role("table").first).to_be_visible()  # the data behind the chart
    page.screenshot(path=artifacts("participant_phone.png"), full_page=True)

    # ---- what the database now holds ------------------------------------------------------------------------
    after = services.response_counts(round_id=app_server.round_id)
    assert after["submitted"] == before["submitted"] + 1
    assert after["draft"] == before["draft"]
    participant = services.participant_state(token=token)
    assert participant.round.id == app_server.round_id
    assert participant.status == "submitted"
    assert participant.display_name == NAME
    assert len(participant.answers) == len(participant.item_ids) == total_items
    assert participant.answers == expected
