"""The plan screen in both languages: the plan of a round filled from the data, edited, saved per round; the
decisions log; the progress report's period; both documents offered for download; typed text shown as text."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.domain import plan as rules
from assessment.domain.errors import Invalid
from assessment.present.i18n import error_message, plain
from assessment.present.plan import filled_text, section_title
from assessment.usecases import Services
from tests.app.conftest import button, healthy, new_app, raw_keys, sent_to_the_gate, shown, title, tr
from tests.app.test_pages_render import render

LATEST = "2026-04 suivi / follow-up"


def plan_page(lang: str, **state):
    at = render("views/plan.py", lang, facilitator=True, **state)
    assert healthy(at), [e.value for e in at.exception] + [e.value for e in at.error]
    return at


def latest_round(svc: Services):
    return svc.find_round(initiative=svc.list_initiatives()[0].name, label=LATEST)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_plan_of_the_latest_round_is_filled_from_the_data_in_the_pages_language(lang, svc: Services, demo):
    at = plan_page(lang)
    assert title(at) == [tr("page.plan", lang)]
    assert raw_keys(at) == []
    for key in ("plan.heading", "decisions.heading", "progress.heading"):
        assert shown(at, tr(key, lang))
    r = latest_round(svc)
    draft = svc.plan_of_round(round_id=r.id)
    assert shown(at, tr("plan.not_saved", lang, round=plain(LATEST)))
    prefix = f"plan_{r.id}"
    assert at.multiselect(key=f"{prefix}_sections").value == list(rules.DEFAULT_SECTIONS)
    assert at.text_area(key=f"{prefix}_text_key_data").value == filled_text("key_data", draft.facts, lang)
    assert at.text_area(key=f"{prefix}_text_key_data").label == section_title("key_data", lang)
    assert at.text_area(key=f"{prefix}_agenda").value == draft.texts.agenda
    downloads = [d.proto.label for d in at.get("download_button")]
    assert downloads == [tr("plan.download", lang), tr("progress.download", lang)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plan_edited_on_the_page_is_saved_for_its_round_only(lang, svc: Services, demo):
    at = plan_page(lang)
    r = latest_round(svc)
    prefix = f"plan_{r.id}"
    at.text_area(key=f"{prefix}_agenda").input("**Tous** <b>ensemble</b>")
    at.multiselect(key=f"{prefix}_sections").set_value(["key_data", "research", "partners", "get_involved"]).run()
    at.text_area(key=f"{prefix}_text_partners").input("Écoles, banques")
    at.text_area(key=f"{prefix}_contact").input("coordination@example.org")
    button(at, tr("plan.save", lang)).click().run()
    assert healthy(at) and shown(at, tr("plan.saved", lang))
    saved = svc.plan_of_round(round_id=r.id)
    assert saved.saved and saved.texts.agenda == "**Tous** <b>ensemble</b>"
    assert saved.texts.sections == ("key_data", "research", "partners", "get_involved")
    assert saved.texts.texts == {"partners": "Écoles, banques"}  # key data left as the app wrote it: not frozen
    assert saved.texts.contact == "coordination@example.org"
    assert shown(at, tr("plan.saved_for_round", lang, round=plain(LATEST)))
    earlier = svc.find_round(initiative=r.initiative, label="2025-02 référence / baseline")
    assert not svc.plan_of_round(round_id=earlier.id).saved


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_plan_of_three_sections_is_refused_in_words_and_nothing_is_saved(lang, svc: Services, demo):
    at = plan_page(lang)
    r = latest_round(svc)
    at.multiselect(key=f"plan_{r.id}_sections").set_value(["key_data", "research", "partners"]).run()
    button(at, tr("plan.save", lang)).click().run()
    assert healthy(at)  # the error shown is a user error, not app.py's "unexpected" message
    assert error_message(Invalid("plan_sections", 3), lang) in [e.value for e in at.error]
    assert not svc.plan_of_round(round_id=r.id).saved


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_decision_is_logged_shown_as_typed_and_deleted(lang, svc: Services, demo):
    at = plan_page(lang)
    initiative_id = svc.list_initiatives()[0].id
    before = svc.list_decisions(initiative_id=initiative_id)  # the demo's own log
    at.date_input(key="decision_day").set_value(date(2026, 5, 4))
    at.text_input(key="decision_who").input("Table <i>de</i> leadership")
    at.text_area(key="decision_text").input("Adopter **trois** indicateurs [communs](http://x.test)")
    button(at, tr("decisions.add", lang)).click().run()
    assert healthy(at) and shown(at, tr("decisions.added", lang))
    [d] = [d for d in svc.list_decisions(initiative_id=initiative_id) if d not in before]
    assert (d.day, d.decided_by) == (date(2026, 5, 4), "Table <i>de</i> leadership")
    assert any(plain("Adopter **trois** indicateurs [communs](http://x.test)") in m.value for m in at.markdown)
    at.button(key=f"decision_{d.id}_delete").click().run()
    assert healthy(at) and shown(at, tr("decisions.deleted", lang))
    assert svc.list_decisions(initiative_id=initiative_id) == before


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_empty_decision_is_refused_in_words(lang, svc: Services, demo):
    at = plan_page(lang)
    before = svc.list_decisions(initiative_id=svc.list_initiatives()[0].id)
    button(at, tr("decisions.add", lang)).click().run()
    assert error_message(Invalid("decision", 0), lang) in [e.value for e in at.error]
    assert svc.list_decisions(initiative_id=svc.list_initiatives()[0].id) == before


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_period_ending_before_it_starts_is_said_and_offers_no_report(lang, demo):
    at = plan_page(lang)
    at.date_input(key="progress_from").set_value(date(2026, 6, 1))
    at.date_input(key="progress_to").set_value(date(2026, 1, 1)).run()
    assert error_message(Invalid("period", "2026-06-01 → 2026-01-01"), lang) in [e.value for e in at.error]
    assert [d.proto.label for d in at.get("download_button")] == [tr("plan.download", lang)]


def test_the_plan_page_asks_for_the_passcode_first():
    at = new_app("en")
    at.run()
    assert sent_to_the_gate(at, "views/plan.py")
