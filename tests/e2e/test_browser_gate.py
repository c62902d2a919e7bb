"""The skip-or-fail rule of the browser tests (tests/e2e/conftest.py), without a browser."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from tests.e2e import conftest as e2e


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    real_exists = os.path.exists
    monkeypatch.setattr(os.path, "exists", lambda p: False if p == e2e.CHROMIUM_PATH else real_exists(p))
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)


def test_chromium_missing_is_a_problem(no_chromium) -> None:
    assert e2e.find_chromium() is None
    assert "Chromium not found" in e2e.browser_problem()


def test_chromium_on_path_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    real_exists = os.path.exists
    monkeypatch.setattr(os.path, "exists", lambda p: False if p == e2e.CHROMIUM_PATH else real_exists(p))
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: "/opt/bin/chromium" if name == "chromium" else None)
    assert e2e.find_chromium() == "/opt/bin/chromium"


def test_playwright_missing_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # makes the import fail
    assert "playwright" in e2e.browser_problem()


def test_no_problem_no_effect() -> None:
    e2e.require_browser(None, "true")
    e2e.require_browser(None, None)


def test_missing_browser_skips_locally_with_how_to_enable(no_chromium) -> None:
    with pytest.raises(pytest.skip.Exception, match=r"apt-get install -y chromium.*make test"):
        e2e.require_browser(e2e.browser_problem(), None)
    with pytest.raises(pytest.skip.Exception):
        e2e.require_browser(e2e.browser_problem(), "false")


def test_missing_browser_fails_in_ci(no_chromium) -> None:
    with pytest.raises(pytest.fail.Exception, match=r"must run in CI.*scripts/ensure-chromium.sh"):
        e2e.require_browser(e2e.browser_problem(), "true")
