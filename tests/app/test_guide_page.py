"""The framework guide page: both languages, an anchor per section and per dimension, open to everyone,
and linked from every dimension of concern in the round results and the comparison."""

from __future__ import annotations

import pytest

from assessment.domain.guide import current_guide
from assessment.domain.instrument import FRAMEWORK
from assessment.usecases import Services
from tests.app.conftest import healthy, new_app, raw_keys, shown, title, tr
from tests.app.test_pages_render import render

DIMENSIONS = [d for dims in FRAMEWORK.values() for d in dims]


def anchors(at) -> list[str]:
    return [h.proto.anchor for h in [*at.header, *at.subheader] if h.proto.anchor]


def guide_links(at) -> dict[str, str]:
    """The page's links to the guide: dimension id -> label."""
    return {
        link.proto.query_string.removeprefix("dimension="): link.proto.label
        for link in at.get("page_link")
        if link.proto.page == "guide"
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guide_shows_every_section_and_every_dimension_under_its_own_anchor(lang, svc: Services):
    at = render("views/guide.py", lang)
    assert healthy(at), [e.value for e in at.exception]
    assert title(at) == [tr("page.guide", lang)]
    assert raw_keys(at) == []
    guide = current_guide()
    groups = [f"dimensions-{section}" for section in FRAMEWORK]
    # One level at a time (h1, h2, h3): the contents and the parts are h2, each dimension an h3 under its group.
    assert [h.proto.anchor for h in at.header] == ["contents", *(s.id for s in guide.sections), *groups]
    assert [h.proto.anchor for h in at.subheader] == DIMENSIONS
    instrument = svc.current_instrument()
    assert [h.value for h in at.subheader] == [instrument.dimensions[d].title.get(lang) for d in DIMENSIONS]
    assert shown(at, guide.section("shared-values").body.get(lang))
    assert shown(at, guide.dimensions["backbone_support"].body.get(lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_contents_link_to_every_anchor_of_the_page(lang):
    at = render("views/guide.py", lang)
    contents = next(m.value for m in at.markdown if m.value.startswith(f"**{tr('guide.framework', lang)}**"))
    for anchor in [*(s.id for s in current_guide().sections), *DIMENSIONS, "dimensions-principles"]:
        assert f"](#{anchor})" in contents, anchor


def test_a_participant_session_reaches_the_guide_from_its_menu(svc: Services, demo):
    token = svc.join(code=demo[-1].join_code)
    at = new_app("fr")
    at.session_state["token"] = token
    at.run()
    assert "facilitator" not in at.session_state
    at.switch_page("views/guide.py").run()  # Streamlit refuses a page that is not in the session's navigation
    assert healthy(at)
    assert title(at) == [tr("page.guide", "fr")]
    assert "equity" in anchors(at)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_opened_on_a_dimension_the_guide_shows_that_dimension_first(lang, svc: Services):
    at = new_app(lang)
    at.query_params["dimension"] = "equity"
    at.run()
    at.switch_page("views/guide.py").run()
    assert healthy(at)
    equity = svc.current_instrument().dimensions["equity"].title.get(lang)
    assert at.header[0].value == equity and not at.header[0].proto.anchor  # no second #equity on the page
    assert at.caption[0].value == tr("guide.focus", lang)
    assert at.markdown[1].value == current_guide().dimensions["equity"].body.get(lang)


def test_an_unknown_dimension_in_the_address_opens_the_guide_at_the_top():
    at = new_app("en")
    at.query_params["dimension"] = "<script>"
    at.run()
    at.switch_page("views/guide.py").run()
    assert healthy(at)
    assert not shown(at, tr("guide.focus", "en"))
    assert at.header[0].value == tr("guide.contents", "en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_results_of_the_baseline_link_each_dimension_of_concern_to_the_guide(lang, svc: Services, demo):
    baseline = demo[0]
    assert baseline.label == "2025-02 référence / baseline"
    concerns = [d.id for d in svc.round_result(round_id=baseline.id).dimensions if d.band == "concern"]
    assert "shared_measurement" in concerns and "community_members" in concerns
    at = render("views/results.py", lang, facilitator=True, results_round_id=baseline.id)
    assert healthy(at)
    links = guide_links(at)
    assert sorted(links) == sorted(concerns)
    instrument = svc.instrument_of_round(round_id=baseline.id)
    title_ = instrument.dimensions["shared_measurement"].title.get(lang)
    assert links["shared_measurement"] == tr("guide.read_about", lang, dimension=title_)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_comparison_links_the_dimensions_of_concern_in_the_latest_round_to_the_guide(lang, demo):
    at = render("views/compare.py", lang, facilitator=True, compare_section="principles")
    assert healthy(at)
    assert shown(at, tr("guide.latest_concerns", lang))
    links = [link.proto.query_string for link in at.get("page_link") if link.proto.page == "guide"]
    # equity (2.84) and community members (2.80) are still of concern in the latest round: once in the
    # summary under the band changes, once beside their trend in the principles section.
    assert sorted(links) == ["dimension=community_members"] * 2 + ["dimension=equity"] * 2


def test_a_malformed_guide_file_is_reported_on_the_page_with_its_path_and_fault(tmp_path, monkeypatch):
    from assessment.domain import guide as guide_module

    broken = tmp_path / "guide.yaml"
    broken.write_text("version: '1'\nsections: []\ndimensions: {}\n", encoding="utf-8")
    monkeypatch.setattr(guide_module, "current_guide", lambda: guide_module.load_guide(broken))
    at = render("views/guide.py", "en")
    assert not at.exception
    assert [e.value for e in at.error] == [tr("guide.unavailable", "en")]
    assert f"{broken}: sections: Tuple should have at least 1 item" in at.code[0].value
    assert f"{broken}: dimensions: missing entries for the dimensions complexity" in at.code[0].value
