"""The results page rerun under AppTest, on the last round of the dataset."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench.dataset import Context
from bench.report import Row
from bench.timing import median_ms, time_ms

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 200
PASSCODE = "bench-passcode"


def _problems(at: AppTest) -> list[str]:
    return [f"exception: {e.message}" for e in at.exception] + [f"error: {e.value}" for e in at.error]


def results_page(ctx: Context) -> list[Row]:
    """Median of AppTest reruns of pages/results.py, and of the service call it makes."""
    os.environ["DATABASE_URL"] = ctx.url
    os.environ["IMPACT_FACILITATOR_PASSCODE"] = PASSCODE
    os.chdir(ROOT)
    round_id = ctx.round_ids[-1]

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["facilitator"] = True
    at.session_state["lang"] = "en"
    at.run()  # registers the facilitator pages, so switch_page can find results.py
    at.switch_page("pages/results.py")
    at.session_state["results_initiative_id"] = ctx.initiative_id
    at.session_state["results_round_id"] = round_id
    first = time_ms(at.run)
    for problem in _problems(at):
        print(f"  results page: {problem}")
    shown = at.session_state["results_round_id"] if "results_round_id" in at.session_state else None
    if shown != round_id or not at.get("plotly_chart"):
        print(f"  results page: expected round {round_id} with charts, got round {shown}, "
              f"{len(at.get('plotly_chart'))} charts")

    times = [time_ms(at.run) for _ in range(ctx.runs)]
    for problem in _problems(at):
        print(f"  results page (rerun): {problem}")
    report = median_ms(lambda: ctx.services.round_report(round_id=round_id), runs=ctx.runs)
    return [
        Row("results page rerun (AppTest)", statistics.median(times), "ms", target=TARGET_MS,
            note=f"median of {ctx.runs}; first run {first:.0f} ms"),
        Row("  of which Services.round_report", report, "ms", note=f"median of {ctx.runs}, outside AppTest"),
    ]
