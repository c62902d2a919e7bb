"""AppTest fixtures: the real instrument, a database per test (db_url), fresh caches, a frozen clock of failed
attempts, helpers."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.secrets import Secrets
from streamlit.testing.v1 import AppTest

from assessment.present.i18n import CATALOG, t
from assessment.usecases import Services, limits
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.records import RoundInfo

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
PASSCODE = "correct-horse-battery"
DONT_KNOW = 0  # the questionnaire radios' value for "don't know"
FROZEN_NOW = datetime(2026, 5, 4, 9, 30)  # the clock of failed attempts in every AppTest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "cold_start: run the app as a freshly started server does (a folder named pages/ beside app.py "
        "would make Streamlit run page files without app.py until st.navigation ran once: views/ avoids it)",
    )


# ---- environment ---------------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def app_environment(db_url: str, monkeypatch: pytest.MonkeyPatch):
    """Each test: its own database, no passcode anywhere, fresh caches and a frozen clock of failed attempts."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("IMPACT_FACILITATOR_PASSCODE", raising=False)
    # No .streamlit/secrets.toml of the developer's machine: an empty, already-loaded secrets object.
    no_secrets = Secrets()
    no_secrets._secrets = {}
    monkeypatch.setattr(st, "secrets", no_secrets)
    # A frozen clock for failed attempts: a wait they started never runs out during the test.
    monkeypatch.setattr(limits, "utcnow", lambda: FROZEN_NOW)
    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


# ---- data ----------------------------------------------------------------------------------------------
@pytest.fixture
def svc(db_url: str) -> Services:
    """Services over the app's database, with the real instrument (data/instrument.yaml)."""
    return Services(url=db_url)


def make_round(svc: Services, *, form: str = "short", status: str = "open", label: str = "Printemps") -> RoundInfo:
    """A round of the initiative "Quartier Vivant" (created when missing), in ``status``."""
    names = {i.name: i.id for i in svc.list_initiatives()}
    initiative_id = names.get("Quartier Vivant") or svc.create_initiative(name="Quartier Vivant").id
    r = svc.create_round(initiative_id=initiative_id, label=label, on=date(2026, 4, 1), form=form)
    return svc.set_round_status(round_id=r.id, status=status)


@pytest.fixture
def open_round(svc: Services) -> RoundInfo:
    """An open short-form round (19 items, one per dimension)."""
    return make_round(svc)


@pytest.fixture
def demo(svc: Services) -> list[RoundInfo]:
    """The demonstration initiative's 3 rounds (the last one open, results revealed)."""
    svc.load_demo()
    return svc.list_rounds(initiative_id=svc.initiative(name=DEMO_INITIATIVE).id)


def submitted_participant(svc: Services, r: RoundInfo, score: int = 3, comments: dict[str, str] | None = None) -> str:
    """A participant who answered every item of ``r`` with ``score`` and submitted; their token."""
    token = svc.join(code=r.join_code)
    items = svc.participant_state(token=token).item_ids
    svc.save_answers(token=token, answers=dict.fromkeys(items, score), comments=comments or {})
    svc.submit(token=token)
    return token


# ---- the app -------------------------------------------------------------------------------------------
def new_app(lang: str = "en", **query: str) -> AppTest:
    """An AppTest of app.py in ``lang``, with optional query parameters; not yet run."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["lang"] = lang
    for key, value in query.items():
        at.query_params[key] = value
    return at


def texts(at: AppTest) -> list[str]:
    """Every text on the page: titles, headers, markdown, captions, alerts, labels and options."""
    found: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error"):
        found += [str(e.value) for e in getattr(at, kind)]
    for kind in ("button", "radio", "selectbox", "text_input", "text_area", "toggle", "date_input", "metric"):
        found += [str(e.label) for e in getattr(at, kind)]
    for kind in ("radio", "selectbox", "segmented_control"):
        found += [str(o) for e in getattr(at, kind) for o in e.options]
    found += [str(e.label) for e in at.expander] + [str(e.label) for e in at.tabs]
    found += [str(e.proto.label) for e in at.get("page_link")]
    found += [str(e.proto.text) for e in at.get("progress")]
    return found


def shown(at: AppTest, text: str) -> bool:
    """True when ``text`` is part of some text on the page."""
    return any(text in found for found in texts(at))


_PREFIXES = sorted({key.split(".")[0] for key in CATALOG}, key=len, reverse=True)
RAW_KEY = re.compile(rf"(?<![\w\\.])(?:{'|'.join(_PREFIXES)})\.[a-z_]+(?:\.[a-z_]+)*\b")


def raw_keys(at: AppTest) -> list[str]:
    """Catalog keys shown as such (t() returns the key itself when it is missing)."""
    return [match for text in texts(at) for match in RAW_KEY.findall(text)]


def button(at: AppTest, label: str):
    """The button (or form submit button) labelled ``label``."""
    matches = [b for b in at.button if b.label == label]
    assert matches, f"no button {label!r} among {[b.label for b in at.button]}"
    return matches[0]


def title(at: AppTest) -> list[str]:
    return [e.value for e in at.title]


def charts(at: AppTest) -> list[dict]:
    """The specs of the page's Plotly charts."""
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def tr(key: str, lang: str, **params: object) -> str:
    return t(key, lang, **params)


def healthy(at: AppTest) -> bool:
    """No exception escaped, and app.py did not catch one either (it shows error.unexpected instead)."""
    unexpected = {t("error.unexpected", lang) for lang in ("fr", "en")}
    return not at.exception and not any(e.value in unexpected for e in at.error)


def sent_to_the_gate(at: AppTest, page: str) -> bool:
    """True when opening ``page`` (a bookmark or a switch) shows the facilitator gate, not the page."""
    at.switch_page(page).run()
    return healthy(at) and title(at) == [t("page.facilitator", "en")]
