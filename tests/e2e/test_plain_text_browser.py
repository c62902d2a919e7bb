"""User text shown as text, checked in real Chromium (issue 8, point 7): each hostile string, passed through
``plain`` into st.markdown, st.caption, st.info, st.subheader, a checkbox label, a radio label and option,
an expander label and a metric label, shows exactly as typed: no link, image, LaTeX, colour, icon or emoji."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assessment.present.i18n import WORD_JOINER
from tests.e2e.conftest import ROOT, STARTUP_TIMEOUT_S, _free_port, _healthy, stop_app_server
from tests.e2e.hostile_strings import HOSTILE

pytestmark = pytest.mark.e2e
PAGE = Path(__file__).with_name("plain_page.py")


@pytest.fixture
def plain_page(browser_available: str, tmp_path: Path):
    port = _free_port()
    log = (tmp_path / "plain_page.log").open("wb")
    command = [sys.executable, "-m", "streamlit", "run", str(PAGE), "--server.headless", "true",
               "--server.port", str(port), "--browser.gatherUsageStats", "false"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ}, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not _healthy(f"http://127.0.0.1:{port}/_stcore/health"):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_app_server(process)
            pytest.fail((tmp_path / "plain_page.log").read_text(errors="replace"), pytrace=False)
        time.sleep(0.25)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop_app_server(process)
        log.close()


def test_every_hostile_string_shows_as_typed_in_every_kind_of_markdown(plain_page, new_context):
    from playwright.sync_api import expect

    page = new_context().new_page()
    page.goto(plain_page)
    expect(page.get_by_text("END-OF-PAGE")).to_be_visible()
    main = page.locator("section.stMain, [data-testid='stMain']").first
    # Streamlit loads each kind of element's code on first use: wait until every kind has drawn every string.
    for kind in ("stMarkdown", "stCaptionContainer", "stAlert", "stHeading", "stCheckbox", "stRadio", "stExpander",
                 "stMetric"):  # fmt: skip
        expect(main.get_by_test_id(kind).filter(has_text="not | a table")).not_to_have_count(0)
    expect(main.get_by_test_id("stMetricLabel")).to_have_count(len(HOSTILE))

    assert main.locator("a[href*='evil']").count() == 0
    assert main.locator("img[src*='evil']").count() == 0
    assert main.locator(".katex, math").count() == 0
    assert main.locator("strong, em, del, code, blockquote, ol, table, pre, h1, h2, h4").count() == 0
    icons = main.locator("[data-testid='stIconMaterial']").all_inner_texts()
    assert icons.count("keyboard_arrow_right") == len(icons) == len(HOSTILE), icons  # the expanders' own
    assert main.locator("span[style*='color']").count() == 0
    text = main.inner_text().replace(WORD_JOINER, "")
    assert "😄" not in text and "👍" not in text
    for hostile in HOSTILE:
        assert text.count(hostile.strip()) >= 8, hostile  # markdown, caption, info, subheader, 4 labels
