"""Waiting for Streamlit the way a person does: until the page has finished its run."""

from __future__ import annotations

from typing import Any


def settled(page: Any, extra_ms: int = 0) -> None:
    """Wait until the script run is over and no element of the run before is left on the page (then
    ``extra_ms`` more, for what is drawn a moment after the run, such as a chart)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.locator('[data-stale="true"]')).to_have_count(0)
    if extra_ms:
        page.wait_for_timeout(extra_ms)
