"""How fast this machine runs right now, so the end-to-end tests wait in proportion.

A busy machine is slow, not broken. The tests measure a fixed CPU workload once per session and
compare it with the same workload on an idle machine of this kind (REFERENCE_SECONDS); every wait
is scaled by that ratio. Waits on a running prompt are stall budgets (the time allowed without any
event from the server), not limits on the whole run, so a slow run that keeps making progress
never fails for being slow.
"""
from __future__ import annotations

import functools
import os
import statistics
import time

REFERENCE_SECONDS = 0.060
"""The workload's best time on an idle 2-core machine of this project's kind (measured 2026-11-28)."""


def _workload() -> None:
    # Python-level work, like ComfyUI's own bookkeeping, and a little arithmetic.
    total = 0
    for i in range(400_000):
        total += i * i % 7
    if total < 0:
        raise AssertionError  # keeps the loop from being optimised into nothing


def measure(repeats: int = 7) -> float:
    """Seconds the workload takes now: the median of a few runs."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        _workload()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


@functools.cache
def pace() -> float:
    """How many times slower than an idle machine this one runs now (at least 1).

    CHATGEN_E2E_PACE overrides it, for a machine known to be slow in ways this workload misses.
    """
    if given := os.environ.get("CHATGEN_E2E_PACE"):
        return max(1.0, float(given))
    return max(1.0, measure() / REFERENCE_SECONDS)


def scaled(seconds: float) -> float:
    """`seconds` on an idle machine, as this machine needs it now."""
    return seconds * pace()


if __name__ == "__main__":
    best = min(measure(1) for _ in range(20))
    print(f"workload: best {best * 1000:.1f} ms, median {measure() * 1000:.1f} ms; pace {pace():.2f}")
