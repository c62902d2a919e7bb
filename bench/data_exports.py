"""Exports, backup and restore of the 10-round initiative: time and size."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from assessment.usecases import Services
from bench.dataset import Context
from bench.report import Row
from bench.timing import time_ms

NAME = "Bench initiative"
RUNS = 3  # each of these takes seconds; three runs give a stable median


def _timed(fn, runs: int = RUNS) -> tuple[float, object]:
    """(median ms, the last result) of ``runs`` calls."""
    results: list[object] = []
    times = [time_ms(lambda: results.append(fn())) for _ in range(runs)]
    return statistics.median(times), results[-1]


def data_exports(ctx: Context) -> list[Row]:
    """Excel workbook, HTML report (initiative and one round), CSV, backup and restore, with sizes."""
    rows = []
    for label, fn in (
        ("Excel workbook (every round)", lambda: ctx.services.excel_workbook(initiative=NAME, lang="en")),
        ("HTML report (initiative)", lambda: ctx.services.html_report(initiative=NAME, lang="en")),
        (
            "HTML report (one round)",
            lambda: ctx.services.html_report(initiative=NAME, round_label="Round 10", lang="en"),
        ),
        ("responses CSV (every round)", lambda: ctx.services.export_responses(initiative=NAME)),
        ("backup (JSON)", lambda: ctx.services.backup_json(initiative=NAME)),
    ):
        ms, result = _timed(fn)
        size = len(result.encode("utf-8") if isinstance(result, str) else result)
        rows.append(Row(label, ms / 1000, "s", digits=2, note=f"median of {RUNS}; {size / 2**20:.1f} MiB"))
        if label.startswith("backup"):
            document = result
    with tempfile.TemporaryDirectory(prefix="impact-bench-restore-") as tmp:
        times = []
        for n in range(RUNS):
            target = Services(url=f"sqlite:///{Path(tmp)}/restore-{n}.sqlite3")
            times.append(time_ms(lambda target=target: target.restore(document=document)))
        same = target.export_responses(initiative=NAME) == ctx.services.export_responses(initiative=NAME)
    rows.append(
        Row(
            "restore into an empty database",
            statistics.median(times) / 1000,
            "s",
            digits=2,
            note=f"median of {RUNS}; responses CSV identical after: {'yes' if same else 'NO'}",
        )
    )
    return rows
