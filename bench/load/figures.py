"""A scenario's figures as rows of ``bench.report``: latencies, errors, answers kept, CPU, memory."""

from __future__ import annotations

import math
from collections import Counter

from bench.load.presenter import visibility
from bench.load.scenario import Measure
from bench.report import Row

P95_TARGET_S = 1.0
RSS_TARGET_MIB = 250.0
CPU_RATIO_TARGET = 1.3
VISIBLE_P95_TARGET_S = 3.0  # a submission on the presenter view within 3 s at p95


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100, linear between ranks); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def lost_answers(m: Measure) -> int:
    """Acknowledged answers missing from the database or stored with another score."""
    return sum(
        1
        for report in m.reports
        for item, score in report.acknowledged.items()
        if m.stored.get((report.token, item), "missing") != score
    )


def clicks(m: Measure) -> int:
    """Every rerun a phone asked for: first loads, answers, next and submit."""
    return sum(len(r.answer_seconds) + len(r.other_seconds) for r in m.reports)


def cpu_ms_per_click(m: Measure) -> float:
    return 1000 * m.cpu_seconds / clicks(m) if clicks(m) else math.nan


def _seconds(label: str, value: float, target: float | None = None, note: str = "") -> Row:
    if math.isnan(value):
        return Row(label, "–", note=note)
    return Row(label, value, "s", target=target, note=note, digits=2)


def rows(m: Measure) -> list[Row]:
    """The printed figures of one scenario."""
    answers = [s for r in m.reports for s in r.answer_seconds]
    others = [s for r in m.reports for s in r.other_seconds]
    errors = Counter(e for r in m.reports for e in r.errors)
    acknowledged = sum(len(r.acknowledged) for r in m.reports)
    finished = sum(r.finished for r in m.reports)
    stored = sum(1 for r in m.reports for item in r.acknowledged if (r.token, item) in m.stored)
    answer_clicks = len(answers)
    out = [
        Row("phones", str(m.phones), note=f"{finished} finished, {m.processes} process(es), {m.wall_seconds:.0f} s"),
        _seconds("answer click p50", percentile(answers, 50), note=f"{answer_clicks} answer clicks"),
        _seconds("answer click p95", percentile(answers, 95), P95_TARGET_S),
        _seconds("answer click p99", percentile(answers, 99)),
        _seconds("other click p95", percentile(others, 95), note=f"{len(others)} loads, next and submit"),
        Row("errors", float(sum(errors.values())), digits=0, note=_first(errors)),
        Row("answers acknowledged", float(acknowledged), digits=0),
        Row("answers stored", float(stored), digits=0),
        Row("lost", float(lost_answers(m)), target=0, digits=0, note="acknowledged but missing or different"),
    ]
    if m.submitted is not None:
        out.append(Row("submitted (database)", float(m.submitted), digits=0))
    out += [
        Row("server CPU", m.cpu_seconds, "s", note=f"{clicks(m)} clicks in all{_observer_note(m)}"),
        Row("server CPU per click", cpu_ms_per_click(m), "ms", note="loads, answers, next and submit"),
        Row(
            "server CPU per answer",
            1000 * m.cpu_seconds / answer_clicks if answer_clicks else math.nan,
            "ms",
            note="all server CPU / answer clicks",
        ),
    ]
    for pid, (peak, hwm) in sorted(m.rss_mib.items()):
        out.append(Row(f"RSS pid {pid}", peak, "MiB", target=RSS_TARGET_MIB, note=f"VmHWM {hwm:.0f} MiB", digits=0))
    out.append(Row("load generator CPU", m.generator_cpu_seconds, "s", note="shares the machine with the servers"))
    return out + presenter_rows(m)


def presenter_rows(m: Measure) -> list[Row]:
    """Submission visible on the presenter view (bench.load.presenter); none when no observer ran."""
    seen = m.presenter
    if seen is None:
        return []
    acknowledged = [r.submitted_at for r in m.reports if r.submitted_at is not None]
    delays, never = visibility(acknowledged, seen.seen)
    errors = Counter(seen.errors)
    note = f"{len(acknowledged)} acknowledged submissions; {seen.reruns} fragment reruns every {seen.interval:g} s"
    return [
        _seconds("presenter: visible p50", percentile(delays, 50), note=note),
        _seconds("presenter: visible p95", percentile(delays, 95), VISIBLE_P95_TARGET_S),
        _seconds("presenter: visible max", max(delays) if delays else math.nan),
        Row("presenter: never seen", float(never), target=0, digits=0, note="by the observer's end"),
        _seconds("presenter: refresh run p95", percentile(seen.run_seconds, 95), note="the fragment's rerun"),
        Row("presenter: errors", float(sum(errors.values())), digits=0, note=_first(errors)),
    ]


def _observer_note(m: Measure) -> str:
    return f"; includes the presenter observer's {m.presenter.reruns} refreshes" if m.presenter else ""


def _first(errors: Counter) -> str:
    if not errors:
        return ""
    text, count = errors.most_common(1)[0]
    return f"most frequent ({count}×): {text[:90]}"


def ratio_rows(measures: list[Measure]) -> list[Row]:
    """App CPU per click over the minimal page's, for each setting and N measured on both."""
    minimal = {(m.label.split("/")[0], m.phones): m for m in measures if m.target == "minimal"}
    out = []
    for m in measures:
        base = minimal.get((m.label.split("/")[0], m.phones))
        if m.target != "app" or base is None:
            continue
        ratio = cpu_ms_per_click(m) / cpu_ms_per_click(base)
        note = f"{cpu_ms_per_click(m):.1f} ms / {cpu_ms_per_click(base):.1f} ms per click"
        out.append(
            Row(f"{m.label.split('/')[0]}, N={m.phones}", ratio, "×", target=CPU_RATIO_TARGET, note=note, digits=2)
        )
    return out
