"""AppTest fixtures: the real instrument, a SQLite file per test, fresh caches and a fresh passcode gate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx
from streamlit.testing.v1 import AppTest

import pages.ui
from assessment import security
from assessment.demo import DEMO_INITIATIVE
from assessment.services import Services

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
PASSCODE = "correct-horse-battery"


@pytest.fixture(autouse=True)
def app_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each test: its own database file, no passcode from the environment, fresh caches and gate."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/app.sqlite3")
    monkeypatch.delenv(security.PASSCODE_ENV, raising=False)
    monkeypatch.setattr(security, "GATE", security.PasscodeGate())
    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.fixture(autouse=True)
def format_funcs_outside_the_run(monkeypatch: pytest.MonkeyPatch):
    """AppTest calls a widget's format_func again in the test thread, after the run, to find the
    option label of the current value. There st.session_state is not the app's (no script context),
    so pages.ui.lang() would fall back to 'fr' and an English radio label would not be found
    ("... is not in list"). Outside a run, answer with the language the last run used."""
    original = pages.ui.lang
    last = {"lang": "fr"}

    def lang() -> str:
        if get_script_run_ctx(suppress_warning=True) is None:
            return last["lang"]
        last["lang"] = original()
        return last["lang"]

    monkeypatch.setattr(pages.ui, "lang", lang)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/app.sqlite3"


@pytest.fixture
def svc(db_url: str) -> Services:
    """Services over the app's database, with the real instrument (data/instrument.yaml)."""
    return Services(url=db_url)


@pytest.fixture
def open_round(svc: Services):
    """An open short-form round (19 items, one per dimension) of a fresh initiative."""
    initiative = svc.create_initiative(name="Quartier Vivant")
    r = svc.create_round(initiative_id=initiative.id, label="Printemps", on=date(2026, 4, 1), form="short")
    return svc.set_round_status(round_id=r.id, status="open")


@pytest.fixture
def demo(svc: Services):
    """The demonstration initiative (3 rounds, the last one open, results revealed)."""
    svc.load_demo()
    return svc.list_rounds(initiative_id=svc.initiative(name=DEMO_INITIATIVE).id)


def new_app(lang: str = "en", **query: str) -> AppTest:
    """An AppTest of app.py in ``lang``, with optional query parameters; not yet run."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["lang"] = lang
    for key, value in query.items():
        at.query_params[key] = value
    return at


def texts(at: AppTest) -> list[str]:
    """Every text the page shows in titles, headers, markdown, captions, alerts, labels and buttons."""
    found: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error"):
        found += [str(e.value) for e in getattr(at, kind)]
    for kind in ("button", "radio", "selectbox", "text_input", "text_area", "toggle", "expander", "metric"):
        found += [str(e.label) for e in getattr(at, kind)]
    return found


def shown(at: AppTest, text: str) -> bool:
    """True when ``text`` is part of some text on the page."""
    return any(text in t for t in texts(at))
