"""A coordinator, in a real browser: downloads a backup, restores it over the demo, and imports a paper CSV."""

from __future__ import annotations

import json
import re

import pytest

from assessment.present.i18n import t
from tests.e2e.settle import settled

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

DESKTOP = dict(viewport={"width": 1400, "height": 1000}, locale="en-US", accept_downloads=True)
DEMO = "Mentoring Together Canada (demo)"


def en(key: str, **params: object) -> str:
    return t(key, "en", **params)


def test_a_coordinator_backs_up_restores_and_imports(cold_app_server, new_context, tmp_path) -> None:
    from playwright.sync_api import expect

    services = cold_app_server.services()
    before = services.export_responses(initiative=DEMO)
    page = new_context(**DESKTOP).new_page()
    page.goto(f"{cold_app_server.base_url}/facilitator")
    page.get_by_label(en("gate.passcode"), exact=True).fill(cold_app_server.passcode)
    page.get_by_role("button", name=en("gate.submit")).click()
    expect(page.get_by_text(en("gate.signed_in"))).to_be_visible()
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=en("page.data")).click()
    expect(page).to_have_url(re.compile(r"/data"))
    expect(page.get_by_role("heading", name=en("page.data"))).to_be_visible()

    # Back up: the file is made when the button is clicked (deferred), and is the whole database.
    page.get_by_role("tab", name=en("data.backup_header")).click()
    with page.expect_download() as download:
        page.get_by_role("button", name=en("data.backup_download")).click()
    path = tmp_path / "backup.json"
    download.value.save_as(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "impact-readiness-backup"
    assert [i["name"] for i in document["initiatives"]] == [DEMO]

    # Restore it over the demo, asking to replace it: the demo comes back as it was.
    page.get_by_role("tab", name=en("data.restore_header")).click()
    restore_tab = page.get_by_role("tabpanel", name=en("data.restore_header"))
    restore_tab.locator("input[type=file]").set_input_files(str(path))
    expect(restore_tab.get_by_text(en("data.restore_replace"))).to_be_visible()
    settled(page)
    restore_tab.get_by_text(en("data.restore_replace")).click()
    restore_tab.get_by_role("button", name=en("data.restore_button")).click()
    expect(page.get_by_text(en("backup.replaced", name=DEMO))).to_be_visible()
    assert services.export_responses(initiative=DEMO) == before

    # Import a paper CSV into a new initiative: preview first, then the Import button.
    paper = tmp_path / "paper.csv"
    paper.write_text("participant,item_id,score\nPaper A,complexity_1,4\nPaper B,complexity_1,\n", encoding="utf-8")
    page.get_by_role("tab", name=en("data.import_header")).click()
    import_tab = page.get_by_role("tabpanel", name=en("data.import_header"))
    # Each click waits for the rerun of the one before to show its effect.
    import_tab.locator("input[type=file]").set_input_files(str(paper))
    expect(import_tab.get_by_role("heading", name=en("data.preview"))).to_be_visible()  # into the demo by default
    settled(page)
    import_tab.get_by_label(en("data.initiative")).click()
    page.get_by_role("option", name=en("data.new_initiative_option")).click()
    expect(import_tab.get_by_text(en("data.need_names"))).to_be_visible()
    settled(page)
    import_tab.get_by_label(en("data.new_initiative_name")).fill("Paper coalition")
    import_tab.get_by_label(en("data.new_initiative_name")).press("Enter")
    import_tab.get_by_label(en("data.new_round_label")).fill("Spring")
    import_tab.get_by_label(en("data.new_round_label")).press("Enter")
    expect(import_tab.get_by_text(en("data.new_initiative", name="Paper coalition"))).to_be_visible()
    expect(import_tab.get_by_text("2 participants and 2 answers, 1 of them “Don't know”.")).to_be_visible()
    import_tab.get_by_role("button", name=en("data.import_button")).click()
    expect(page.get_by_text(re.compile(r"^Import done: 2 participant"))).to_be_visible()
    assert (
        services.response_counts(round_id=services.find_round(initiative="Paper coalition", label="Spring").id)[
            "submitted"
        ]
        == 2
    )
