"""The rows of the full-text search benchmark: one figure of Accord's against its baseline.

:mod:`.bench_search` measures them; this module holds the row type, the
paired timing every row uses, and the table they print as. A time row
meets its goal when Accord's figure is at most ``goal`` times the
baseline's and, where a ``limit`` is given, at most ``limit`` seconds; a
size row compares bytes the same way.
"""

from __future__ import annotations

import math
import statistics
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tests.benchmarks.report import markdown_table

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


@dataclass
class Row:
    """One measured row: Accord's figure and the baseline's (seconds or bytes), or an error."""

    what: str
    baseline_is: str
    goal: float | None  # the ratio allowed; None: shown, not judged
    unit: str = "s"  # "s" or "B"
    limit: float | None = None  # seconds Accord may take at most, besides the ratio
    accord: float | None = None
    baseline: float | None = None
    runs: int = 0
    error: str = ""
    failed: bool = False  # True: no figure because Accord gave up or broke the goal's terms
    detail: dict = field(default_factory=dict)

    def passed(self) -> bool | None:
        """Whether the row meets its goal; None when it has no figure or no goal."""
        if self.failed:
            return False
        if self.accord is None or self.baseline is None or self.goal is None:
            return None
        ratio = self.accord / self.baseline if self.baseline > 0 else math.inf
        return ratio <= self.goal and (self.limit is None or self.accord <= self.limit)


def paired(
    accord: Callable[[], object], baseline: Callable[[], object], *, runs: int, budget: float
) -> tuple[float, float, int]:
    """Median seconds of ``accord()`` and of ``baseline()``, after one untimed call of each.

    The two are called in turn, each going first every other run, so that a
    drift of the machine hits both alike; at most ``runs`` pairs, fewer when
    ``budget`` seconds are spent (at least one). Returns (accord, baseline, pairs).
    """
    accord()
    baseline()
    times: tuple[list[float], list[float]] = ([], [])
    started = time.perf_counter()
    for run in range(max(1, runs)):
        for which in (0, 1) if run % 2 == 0 else (1, 0):
            at = time.perf_counter()
            (accord, baseline)[which]()
            times[which].append(time.perf_counter() - at)
        if time.perf_counter() - started > budget:
            break
    return statistics.median(times[0]), statistics.median(times[1]), len(times[0])


def _value(row: Row, value: float | None) -> str:
    if value is None:
        return "—"
    if row.unit == "B":
        return f"{value / 2**20:.1f} MiB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.1f} s"


def _goal(row: Row) -> str:
    if row.goal is None:
        return "—"
    limit = f", ≤ {row.limit * 1000:.0f} ms" if row.limit is not None else ""
    return f"≤ {row.goal:g}x{limit}"


def table(size: int, rows: Sequence[Row]) -> tuple[str, bool]:
    """Return the table of ``rows`` measured at ``size`` agreements and whether all pass."""
    lines, notes, everything = [], [], True
    for row in rows:
        passed = row.passed()
        everything &= passed is True or (row.goal is None and not row.error)
        ratio = (
            "—" if row.accord is None or not row.baseline else f"{row.accord / row.baseline:.2f}x"
        )
        mark = "info" if row.goal is None else {True: "pass", False: "FAIL", None: "n/a"}[passed]
        lines.append([row.what, _value(row, row.accord), row.baseline_is,
                      _value(row, row.baseline), ratio, _goal(row), mark])  # fmt: skip
        if row.error:
            notes.append(f"- {row.what}: {row.error}")
        elif row.detail:
            notes.append(f"- {row.what}: " + ", ".join(f"{k} {v}" for k, v in row.detail.items()))
    header = ("measured", "Accord", "baseline is", "baseline", "ratio", "goal", "result")
    text = f"Full-text search, {size:,} agreements\n\n" + markdown_table(header, lines)
    if notes:
        text += "\n\n" + "\n".join(notes)
    return text, everything
