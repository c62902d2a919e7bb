"""Medians of repeated runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def time_ms(fn: Callable[[], object]) -> float:
    """Wall time of one call, in ms."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median_ms(fn: Callable[[], object], *, runs: int, warmup: int = 1) -> float:
    """Median wall time of ``runs`` calls after ``warmup`` untimed ones, in ms."""
    for _ in range(warmup):
        fn()
    return statistics.median(time_ms(fn) for _ in range(runs))


def interleaved_medians_ms(fns: dict[str, Callable[[], object]], *, runs: int, warmup: int = 1) -> dict[str, float]:
    """Medians of several functions timed in turn (A, B, A, B …) so drift hits each alike, in ms."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            samples[name].append(time_ms(fn))
    return {name: statistics.median(values) for name, values in samples.items()}
