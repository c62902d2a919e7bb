"""The reports and exports screen: the demo initiative's three downloads, in both languages, behind the gate."""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import healthy, raw_keys, sent_to_the_gate, shown, title, tr
from tests.app.test_pages_render import render


def download_labels(at) -> list[str]:
    return [button.proto.label for button in at.get("download_button")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_reports_page_offers_the_csv_the_workbook_and_the_html_report(demo, lang):
    at = render("views/reports.py", lang, facilitator=True)
    assert healthy(at), [e.value for e in at.exception]
    assert title(at) == [tr("page.reports", lang)]
    assert raw_keys(at) == []
    assert download_labels(at) == [tr("exports.csv", lang), tr("exports.xlsx", lang), tr("exports.html", lang)]
    for key in ("exports.intro", "exports.scope", "exports.csv_help", "exports.xlsx_help", "exports.html_help"):
        assert shown(at, tr(key, lang)), key
    assert at.segmented_control(key="reports_lang").label == tr("exports.language", lang)
    scope = at.selectbox(key="reports_scope")
    assert scope.value == "" and scope.options[0] == tr("exports.whole_initiative", lang)
    assert [o.split(" (")[0] for o in scope.options[1:]] == [r.label for r in demo]
    assert at.session_state["reports_lang"] == lang  # the files default to the screen's language


def test_a_round_and_another_language_can_be_picked(demo):
    at = render("views/reports.py", "en", facilitator=True)
    at.selectbox(key="reports_scope").set_value(demo[0].label).run()
    at.segmented_control(key="reports_lang").set_value("fr").run()
    assert healthy(at)
    assert at.session_state["reports_scope"] == demo[0].label and at.session_state["reports_lang"] == "fr"
    assert len(download_labels(at)) == 3
    assert title(at) == [tr("page.reports", "en")]  # the screen stays in its own language


def test_an_initiative_without_rounds_has_nothing_to_export(svc: Services):
    svc.create_initiative(name="Empty Coalition")
    at = render("views/reports.py", "en", facilitator=True)
    assert healthy(at)
    assert shown(at, tr("exports.no_rounds", "en"))
    assert download_labels(at) == []


def test_without_any_initiative_the_page_says_so():
    at = render("views/reports.py", "fr", facilitator=True)
    assert healthy(at) and shown(at, tr("exports.no_initiative", "fr"))


def test_a_participant_session_cannot_reach_the_reports(demo):
    at = render("views/join.py", "en")
    assert sent_to_the_gate(at, "views/reports.py")  # a bookmark asks for the passcode first
    assert not shown(at, demo[-1].join_code)
