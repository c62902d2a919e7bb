"""The comparison screen: the demo initiative's rounds, in both languages, behind the gate."""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import charts, healthy, raw_keys, sent_to_the_gate, shown, title, tr
from tests.app.test_pages_render import render


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_comparison_of_the_demo_shows_trends_overlay_heat_maps_and_band_changes(demo, svc: Services, lang):
    at = render("views/compare.py", lang, facilitator=True)
    assert healthy(at), [e.value for e in at.exception]
    assert tr("page.compare", lang) in title(at)
    assert raw_keys(at) == []
    for key in (
        "compare.summary",
        "compare.bands",
        "compare.sections",
        "compare.radar",
        "compare.heat_map",
        "compare.disagreement",
    ):
        assert shown(at, tr(key, lang)), key
    specs = charts(at)
    kinds = [trace["type"] for spec in specs for trace in spec["data"]]
    assert kinds.count("heatmap") == 2 and "scatterpolar" in kinds and "scatter" in kinds
    overlay = next(spec for spec in specs if spec["data"][0]["type"] == "scatterpolar")
    assert [t["name"] for t in overlay["data"]] == ["2025-02 référence / baseline", "2026-04 suivi / follow-up"]
    # The demo's common agenda moves from concern (2.77) to borderline (3.33) at the first follow-up.
    comparison = svc.comparison(initiative=demo[0].initiative)
    moved = comparison.rounds[1].bands_vs_previous
    assert any(m.dimension_id == "common_agenda" and m.gained for m in moved)
    agenda = svc.instrument_of_round(round_id=demo[0].id).dimensions["common_agenda"].title.get(lang)
    assert any(agenda in text for text in (m.value for m in at.markdown))


def test_the_heat_map_can_show_items(demo):
    at = render("views/compare.py", "en", facilitator=True)
    at.session_state["compare_rows"] = "items"
    at.run()
    heat = [spec for spec in charts(at) if spec["data"][0]["type"] == "heatmap"][0]
    assert len(heat["data"][0]["y"]) == 50


def test_a_participant_session_cannot_reach_the_comparison(demo):
    at = render("views/join.py", "en")
    assert sent_to_the_gate(at, "views/compare.py")  # a bookmark asks for the passcode first
    assert not shown(at, demo[-1].join_code)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rounds_of_different_instrument_versions_carry_a_visible_note(svc: Services, lang):
    from datetime import date

    current = svc.current_instrument()
    older = current.model_copy(update={"version": "2025.1"})
    initiative = svc.create_initiative(name="Versions")
    for label, on, instrument in (("A", date(2025, 1, 1), older), ("B", date(2026, 1, 1), current)):
        svc.create_round(initiative_id=initiative.id, label=label, on=on, instrument=instrument)
    at = render("views/compare.py", lang, facilitator=True, initiative_id=initiative.id)
    note = tr("compare.mixed_versions", lang, versions=f"2025.1, {current.version}")
    assert note in [i.value for i in at.info]
    assert note.split(" (")[0] in svc.html_report(initiative="Versions", lang=lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_rounds_closing_reflections_stand_side_by_side(svc: Services, lang):
    from tests.app.conftest import make_round, submitted_participant

    first, second = make_round(svc, label="Printemps"), make_round(svc, label="Automne")
    for r, words in ((first, ["Confiance", "confiance", "Temps"]), (second, ["Élan", "élan", "élan"])):
        for word in words:
            svc.save_reflections(token=submitted_participant(svc, r), texts=[word])
    svc.hide_reflection(round_id=first.id, text="Temps")
    at = render("views/compare.py", lang, facilitator=True)
    assert healthy(at), [e.value for e in at.exception]
    table = at.dataframe[-1].value
    columns = {name.split(" (")[0]: list(table[name]) for name in table.columns}
    assert [v for v in columns["Printemps"] if v] == ["Confiance (2)"]  # the hidden entry is left out
    assert [v for v in columns["Automne"] if v] == ["élan (3)"]  # the most frequent spelling
