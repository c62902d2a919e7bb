"""Plans on a page kept per round, the decisions log, and the progress report, through the use cases on a real
database (SQLite, or PostgreSQL with `make test-postgres`)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from assessment.domain import plan as rules
from assessment.domain.errors import Invalid, NotFound, UserError
from assessment.present.i18n import t
from assessment.present.plan import filled_text
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.demo import ROUNDS as DEMO_ROUNDS

SCRIPT = "<script>alert(1)</script>"
BASELINE, MIDDLE, LATEST = (r.label for r in DEMO_ROUNDS)


@pytest.fixture
def demo(db_url: str) -> Services:
    """The demonstration initiative, with the real instrument."""
    services = Services(url=db_url)
    services.load_demo()
    return services


def round_id(services: Services, label: str) -> int:
    return services.find_round(initiative=DEMO_INITIATIVE, label=label).id


def save(services: Services, rid: int, **changes):
    values = dict(agenda="Agenda", sections=rules.DEFAULT_SECTIONS, texts={}, contact="contact@example.org")
    return services.save_plan(round_id=rid, **(values | changes))


# ---- the plan on a page --------------------------------------------------------------------------------------
def test_a_first_plan_starts_from_the_description_and_the_apps_data(demo):
    draft = demo.plan_of_round(round_id=round_id(demo, LATEST))
    assert not draft.saved
    assert draft.texts.agenda == demo.initiative(name=DEMO_INITIATIVE).description
    assert draft.texts.sections == rules.DEFAULT_SECTIONS and draft.texts.texts == {}
    facts = draft.facts
    key_data = filled_text("key_data", facts, "en")
    assert f"{facts.result.participants} participants" in key_data and "sectors:" in key_data
    assert t("plan.fill.since_baseline", "en", baseline=BASELINE) in filled_text("progress_measures", facts, "en")
    assert facts.bands_gained()  # the demo improves: some dimension moved up a band since the baseline
    assert "→" in filled_text("results", facts, "en") and "action" in filled_text("results", facts, "en")
    assert filled_text("get_involved", facts, "en") == ""


def test_the_baseline_plan_says_the_trend_comes_at_the_next_round(demo):
    facts = demo.plan_of_round(round_id=round_id(demo, BASELINE)).facts
    assert facts.change is None and facts.bands_gained() == []
    assert filled_text("progress_measures", facts, "fr") == t("plan.fill.no_trend", "fr", baseline=BASELINE)


def test_each_round_keeps_its_plan_and_a_new_one_starts_from_the_latest_earlier_plan(demo):
    first, second, third = (round_id(demo, label) for label in (BASELINE, MIDDLE, LATEST))
    sections = ("theory_of_change", "key_data", "partners", "results")
    texts = {"theory_of_change": "If mentors…", "key_data": "Our own key data", "partners": "Banks"}
    save(demo, first, agenda="First agenda", sections=sections, texts=texts, contact="first@example.org")
    save(demo, second, agenda="Second agenda", sections=sections, texts={"partners": "Schools"}, contact="2nd")

    kept = demo.plan_of_round(round_id=first)
    assert kept.saved and kept.texts.agenda == "First agenda" and kept.texts.texts == texts
    assert demo.plan_of_round(round_id=second).texts.texts == {"partners": "Schools"}
    start = demo.plan_of_round(round_id=third)
    assert not start.saved
    assert (start.texts.agenda, start.texts.sections, start.texts.contact) == ("Second agenda", sections, "2nd")
    assert start.texts.texts == {"partners": "Schools"}


def test_data_texts_of_an_earlier_plan_are_not_carried_to_a_later_round(demo):
    save(demo, round_id(demo, MIDDLE), texts={"key_data": "Old figures", "get_involved": "Join us"})
    start = demo.plan_of_round(round_id=round_id(demo, LATEST))
    assert start.texts.texts == {"get_involved": "Join us"}


@pytest.mark.parametrize(
    "changes",
    [
        {"sections": ("key_data", "results", "research")},
        {"sections": ("key_data", "results", "research", "budget")},
        {"texts": {"research": "r" * (rules.MAX_SECTION_TEXT + 1)}},
        {"agenda": "line\n" * 10},
    ],
)
def test_a_bad_plan_is_refused_and_changes_nothing(demo, changes):
    rid = round_id(demo, LATEST)
    save(demo, rid, agenda="Kept")
    with pytest.raises(Invalid):
        save(demo, rid, **({"agenda": "Changed"} | changes))
    assert demo.plan_of_round(round_id=rid).texts.agenda == "Kept"


def test_the_page_shows_typed_text_as_text_and_fills_empty_data_sections(demo):
    rid = round_id(demo, LATEST)
    save(demo, rid, agenda=SCRIPT, texts={"get_involved": f"Write to {SCRIPT}\nor call"}, contact=SCRIPT)
    html = demo.plan_on_a_page(initiative=DEMO_INITIATIVE, lang="fr")
    assert "<script" not in html and html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 3
    assert '<html lang="fr">' in html and t("plan.section.get_involved", "fr") in html
    facts = demo.plan_of_round(round_id=rid).facts
    assert filled_text("key_data", facts, "fr").replace("’", "&#x27;").split("\n")[0] in html.replace("’", "&#x27;")


def test_the_plan_is_of_the_latest_round_with_answers_unless_one_is_named(demo):
    save(demo, round_id(demo, BASELINE), agenda="Baseline agenda")
    save(demo, round_id(demo, LATEST), agenda="Latest agenda")
    assert "Latest agenda" in demo.plan_on_a_page(initiative=DEMO_INITIATIVE, lang="en")
    named = demo.plan_on_a_page(initiative=DEMO_INITIATIVE, round_label=BASELINE, lang="en")
    assert "Baseline agenda" in named and "Latest agenda" not in named


def test_sections_asked_for_replace_the_saved_choice_on_the_page_only(demo):
    save(demo, round_id(demo, LATEST))
    html = demo.plan_on_a_page(
        initiative=DEMO_INITIATIVE, sections=["research", "partners", "theory_of_change", "results"], lang="en"
    )
    assert re.findall(r'<section id="(\w+)">', html) == ["theory_of_change", "research", "partners", "results"]
    assert demo.plan_of_round(round_id=round_id(demo, LATEST)).texts.sections == rules.DEFAULT_SECTIONS


def test_deleting_a_round_deletes_its_plan_only(demo):
    save(demo, round_id(demo, BASELINE), agenda="Baseline agenda", texts={"research": "Studies"})
    save(demo, round_id(demo, LATEST), agenda="Latest agenda", texts={"research": "More"})
    demo.delete_round(round_id=round_id(demo, LATEST))
    assert demo.plan_of_round(round_id=round_id(demo, BASELINE)).texts.texts == {"research": "Studies"}


def test_a_plan_of_an_unknown_initiative_or_round_is_a_user_error(demo, services):
    with pytest.raises(UserError):
        demo.plan_on_a_page(initiative="Nobody", lang="en")
    with pytest.raises(NotFound):
        demo.plan_on_a_page(initiative=DEMO_INITIATIVE, round_label="2099", lang="en")
    services.create_initiative(name="Empty")
    with pytest.raises(UserError) as caught:
        services.plan_on_a_page(initiative="Empty", lang="en")
    assert caught.value.key == "no_rounds_to_export"


# ---- the decisions log ---------------------------------------------------------------------------------------
def test_decisions_are_logged_listed_by_day_and_deleted(services):
    i = services.create_initiative(name="Quartier Vivant")
    late = services.add_decision(
        initiative_id=i.id, day=date(2026, 5, 1), text=" Hire a coordinator ", decided_by="Table"
    )
    early = services.add_decision(initiative_id=i.id, day=date(2026, 1, 15), text="Adopt the agenda")
    assert [d.text for d in services.list_decisions(initiative_id=i.id)] == ["Adopt the agenda", "Hire a coordinator"]
    assert (late.decided_by, early.decided_by) == ("Table", "")
    in_spring = services.list_decisions(initiative_id=i.id, start=date(2026, 4, 1), end=date(2026, 5, 1))
    assert [d.id for d in in_spring] == [late.id]
    services.delete_decision(decision_id=early.id)
    assert [d.id for d in services.list_decisions(initiative_id=i.id)] == [late.id]
    with pytest.raises(NotFound):
        services.delete_decision(decision_id=early.id)


def test_an_empty_decision_or_one_of_an_unknown_initiative_is_refused_and_nothing_logged(services):
    i = services.create_initiative(name="Quartier Vivant")
    with pytest.raises(Invalid):
        services.add_decision(initiative_id=i.id, day=date(2026, 1, 1), text=" \x00 ")
    with pytest.raises(NotFound):
        services.add_decision(initiative_id=i.id + 99, day=date(2026, 1, 1), text="x")
    assert services.list_decisions(initiative_id=i.id) == []


# ---- the progress report -------------------------------------------------------------------------------------
def test_the_progress_facts_pick_the_periods_decisions_and_sort_actions(demo):
    info = demo.initiative(name=DEMO_INITIATIVE)
    inside = demo.add_decision(initiative_id=info.id, day=date(2025, 9, 1), text="Inside", decided_by="Table")
    demo.add_decision(initiative_id=info.id, day=date(2024, 1, 1), text="Before")
    facts = demo.progress_facts(initiative=DEMO_INITIATIVE, start=date(2025, 6, 1), end=date(2025, 12, 31))
    logged = demo.list_decisions(initiative_id=info.id)  # the demo's own decisions, and the two above
    assert facts.decisions_in_period() == [d for d in logged if date(2025, 6, 1) <= d.day <= date(2025, 12, 31)]
    assert inside in facts.decisions_in_period() and "Before" not in {d.text for d in facts.decisions_in_period()}
    assert facts.current is not None and facts.current.round.date <= date(2025, 12, 31)
    assert all(a.status == "done" for a in facts.done())
    assert all(a.due < facts.end and a.status in ("planned", "in_progress") for a in facts.overdue())
    assert not set(map(id, facts.overdue())) & set(map(id, facts.next_steps()))


def test_a_period_before_any_round_says_so_and_a_backward_period_is_refused(demo):
    facts = demo.progress_facts(initiative=DEMO_INITIATIVE, start=date(2020, 1, 1), end=date(2020, 12, 31))
    assert facts.current is None
    assert t("progress.no_round", "en") in demo.progress_report(
        initiative=DEMO_INITIATIVE, start=date(2020, 1, 1), end=date(2020, 12, 31), lang="en"
    )
    with pytest.raises(Invalid):
        demo.progress_report(initiative=DEMO_INITIATIVE, start=date(2026, 2, 1), end=date(2026, 1, 1), lang="en")


def test_the_progress_report_shows_decisions_and_its_map_with_typed_text_as_text(demo):
    info = demo.initiative(name=DEMO_INITIATIVE)
    demo.add_decision(initiative_id=info.id, day=date(2025, 9, 1), text=SCRIPT, decided_by=f"<b>{SCRIPT}</b>")
    html = demo.progress_report(initiative=DEMO_INITIATIVE, start=date(2025, 1, 1), end=date(2026, 12, 31), lang="fr")
    assert "<script" not in html and "<b>" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # the table, the map's mark, the map's data
    assert '<svg class="map"' in html and all(label in html for label in (BASELINE, MIDDLE, LATEST))
    for key in ("progress.readiness", "progress.decisions", "progress.actions", "progress.next_steps", "progress.map"):
        assert t(key, "fr").replace("’", "&#x27;") in html.replace("’", "&#x27;")
