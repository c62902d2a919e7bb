"""A participant on a phone, in French: join by link, profile, four sections, a reload midway, submit."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.conftest import artifact_path

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
TOTAL_STEPS = 6  # about you, four sections, review


def planned_answer(n: int) -> int | None:
    """The n-th answer given: every score in turn, and "don't know" now and then."""
    return None if n % 7 == 6 else 1 + n % 5


def test_participant_answers_everything_on_a_phone(app_server, new_context) -> None:
    from playwright.sync_api import expect  # after the fixtures: skipped cleanly when playwright is absent

    services = app_server.services()
    before = services.response_counts(round_id=app_server.round_id)
    instrument = services.current_instrument()  # the demo rounds use the current instrument
    form = services.get_round(round_id=app_server.round_id).form
    assert form == "full"

    page = new_context(**PHONE).new_page()
    step_text = page.get_by_text(re.compile(rf"Étape \d sur {TOTAL_STEPS}"))

    def current_step() -> int:
        expect(step_text).to_be_visible()
        return int(re.search(r"Étape (\d)", step_text.inner_text()).group(1))

    def go_to_step(number: int) -> None:
        """Click "Enregistrer et continuer" until the progress bar says step ``number``."""
        while (now := current_step()) < number:
            page.get_by_role("button", name="Enregistrer et continuer").click()
            expect(page.get_by_text(f"Étape {now + 1} sur {TOTAL_STEPS}")).to_be_visible()
        assert current_step() == number

    def group_of(item) -> object:
        return page.get_by_role("radiogroup", name=item.text.get("fr"), exact=True)

    def expect_answered(count: int) -> None:
        """The server has saved ``count`` answers (the header is drawn from the database)."""
        expect(page.get_by_text(f"{count} réponses sur {len(instrument.item_ids(form))}")).to_be_visible()

    # ---- join by link: French screen, code prefilled -------------------------------------------------------
    page.goto(f"{app_server.base_url}/?code={app_server.join_code}")
    expect(page.get_by_role("heading", name="Rejoindre un cycle")).to_be_visible()
    expect(page.get_by_role("textbox", name="Code du cycle")).to_have_value(app_server.join_code)
    page.get_by_role("button", name="Rejoindre", exact=True).click()

    # ---- about you --------------------------------------------------------------------------------------------
    expect(page.get_by_text(f"Étape 1 sur {TOTAL_STEPS}")).to_be_visible()
    expect(page.get_by_role("heading", name="À propos de vous")).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]token=[\w-]+"))  # the resume token stays in the address bar
    token = parse_qs(urlsplit(page.url).query)["token"][0]
    page.get_by_role("textbox", name="Votre nom ou un pseudonyme (facultatif)").fill(NAME)
    page.get_by_role("button", name="Enregistrer et continuer").click()

    # ---- the four sections ------------------------------------------------------------------------------------
    expected: dict[str, int | None] = {}
    reloaded = False
    for step, section in enumerate(instrument.sections, start=2):
        expect(page.get_by_text(f"Étape {step} sur {TOTAL_STEPS}")).to_be_visible()
        expect(page.get_by_role("heading", name=section.title.get("fr"), exact=True)).to_be_visible()
        items = [item for dimension in section.dimensions for item in dimension.items_for(form)]
        expect(page.get_by_test_id("stRadioGroup")).to_have_count(len(items))

        for n, item in enumerate(items):
            if not reloaded and step == 3 and n == len(items) // 2:
                # Reload midway through the second section: the token in the URL finds the participant again.
                expect_answered(len(expected))
                page.reload()
                expect(page).to_have_url(re.compile(rf"[?&]token={re.escape(token)}"))
                reloaded = True
                if current_step() == 1:  # the step is not kept across a reload: back through the profile
                    expect(page.get_by_role("textbox", name="Votre nom ou un pseudonyme (facultatif)")).to_have_value(
                        NAME
                    )
                    go_to_step(2)
                    for earlier in instrument.sections[0].dimensions:
                        for done in earlier.items_for(form):
                            expect(group_of(done).get_by_role("radio", name=OPTION_LABELS[expected[done.id]])).to_be_checked()
                go_to_step(step)
                for done in items[:n]:
                    expect(group_of(done).get_by_role("radio", name=OPTION_LABELS[expected[done.id]])).to_be_checked()

            answer = planned_answer(len(expected))
            group = group_of(item)
            group.get_by_text(OPTION_LABELS[answer], exact=True).tap()
            expect(group.get_by_role("radio", name=OPTION_LABELS[answer])).to_be_checked()
            expected[item.id] = answer

        expect_answered(len(expected))
        page.get_by_role("button", name="Enregistrer et continuer").click()

    assert reloaded

    # ---- review and submit ------------------------------------------------------------------------------------
    expect(page.get_by_text(f"Étape {TOTAL_STEPS} sur {TOTAL_STEPS}")).to_be_visible()
    expect(page.get_by_role("heading", name="Vérifier et envoyer")).to_be_visible()
    expect(page.get_by_text("Vous avez répondu à toutes les questions.")).to_be_visible()
    page.get_by_role("button", name="Envoyer mes réponses").click()

    expect(page.get_by_role("heading", name="Mes résultats")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/my-results"))
    page.screenshot(path=artifact_path("participant_phone.png"), full_page=True)

    # ---- what the database now holds ------------------------------------------------------------------------
    after = services.response_counts(round_id=app_server.round_id)
    assert after["submitted"] == before["submitted"] + 1
    assert after["draft"] == before["draft"]
    participant = services.participant_state(token=token)
    assert participant.round.id == app_server.round_id
    assert participant.status == "submitted"
    assert participant.display_name == NAME
    assert len(participant.answers) == len(participant.item_ids) == len(expected)
    assert participant.answers == expected
