"""The results page rerun under AppTest, on the last round of the dataset."""

from __future__ import annotations

import logging
import os
import statistics
from contextlib import contextmanager
from pathlib import Path

from streamlit.testing.v1 import AppTest

from assessment.present.i18n import t
from bench.dataset import Context
from bench.report import Row
from bench.timing import median_ms, time_ms

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 200
PASSCODE = "bench-passcode"
# AppTest runs some Streamlit code outside the script run, where reading st.session_state logs a
# warning per read. Silenced while the section runs.
_NOISY_LOGGERS = (
    "streamlit.runtime.scriptrunner_utils.script_run_context",
    "streamlit.runtime.state.session_state_proxy",
)


@contextmanager
def quiet():
    loggers = [logging.getLogger(name) for name in _NOISY_LOGGERS]
    before = [log.disabled for log in loggers]
    for log in loggers:
        log.disabled = True
    try:
        yield
    finally:
        for log, was in zip(loggers, before, strict=True):
            log.disabled = was


@contextmanager
def app_environment(url: str):
    """The app's database and passcode in the environment and the repository as cwd, restored after."""
    saved = {key: os.environ.get(key) for key in ("DATABASE_URL", "IMPACT_FACILITATOR_PASSCODE")}
    cwd = Path.cwd()
    os.environ["DATABASE_URL"] = url
    os.environ["IMPACT_FACILITATOR_PASSCODE"] = PASSCODE
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(cwd)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _problems(at: AppTest, lang: str) -> list[str]:
    """Exceptions, and the app's "unexpected error" box (app.py turns page exceptions into it)."""
    unexpected = t("error.unexpected", lang)
    return [f"exception: {e.message}" for e in at.exception] + [
        f"error box: {e.value}" for e in at.error if e.value == unexpected
    ]


def page_rerun_times(ctx: Context, page: str, state: dict[str, object], lang: str) -> tuple[float, list[float]]:
    """(first run, timed reruns) of a facilitator page under AppTest in ``lang``, in ms."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["facilitator"] = True
    at.session_state["lang"] = lang
    at.run()  # registers the facilitator pages, so switch_page can find the page
    at.switch_page(page)
    for key, value in state.items():
        at.session_state[key] = value
    first = time_ms(at.run)
    for problem in _problems(at, lang):
        print(f"  {page}: {problem}")
    if not at.get("plotly_chart"):
        print(f"  {page}: no chart drawn")
    times = [time_ms(at.run) for _ in range(ctx.runs)]
    for problem in _problems(at, lang):
        print(f"  {page} (rerun): {problem}")
    return first, times


def results_page(ctx: Context) -> list[Row]:
    """Median of AppTest reruns of pages/results.py, and of the service call it makes."""
    round_id = ctx.round_ids[-1]
    lang = "en"
    state = {"results_initiative_id": ctx.initiative_id, "results_round_id": round_id}
    with quiet(), app_environment(ctx.url):
        first, times = page_rerun_times(ctx, "views/results.py", state, lang)
    report = median_ms(lambda: ctx.services.round_report(round_id=round_id), runs=ctx.runs)
    return [
        Row(
            "results page rerun (AppTest)",
            statistics.median(times),
            "ms",
            target=TARGET_MS,
            note=f"median of {ctx.runs}; lang {lang}; first run {first:.0f} ms",
        ),
        Row("  of which Services.round_report", report, "ms", note=f"median of {ctx.runs}, outside AppTest"),
    ]
