"""The table of results: Accord's figure, the baseline's, the ratio, the goal, pass or fail.

Goals are the README's (Performance). Times are ratios (Accord ÷ baseline, at most the
goal); memory is a difference (Accord − bare window, at most +80 MiB).

Growth (each figure must grow no faster than the rows shown or
written) is reported as an exponent: ``log(figure at N2 / figure at N1) /
log(N2 / N1)`` between the two largest sizes measured, so 1.0 means
"grows as the rows", 0 "does not grow". The rows written by an export or
import grow as the library (allowed: 1.0). The rows a view shows do not
grow (one screenful), but no search can find matches without looking at
every row, so a view's figure is allowed to grow as fast as its baseline's
(the same SQL) and never faster than the rows. Each time allowance has
:data:`GROWTH_SLACK` for the noise of two short timings.

Memory (what Accord adds to the bare window) may grow only by what holding
the IDs of the agreements shown needs: :data:`BYTES_PER_AGREEMENT` per
agreement more, in MiB, not as an exponent (the rows on screen are a
constant screenful; the agreement view keeps every ID in an ``array('q')``,
8 bytes each, and the partner list every partner, one per 50 agreements in
the generated libraries). Compare sizes of 10,000 agreements and up: below
that SQLite's page cache (at most 2 MiB a connection) is still filling.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tests.benchmarks.measures import Figure

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

GROWTH_SLACK = 0.15
#: Bytes of memory allowed per agreement more (memory grows no faster
#: than the rows shown, a constant screenful, beyond what holding the IDs needs).
#: Measured at 10,000 -> 100,000 (2026-11-30): 8 for the agreement view's ID
#: array; about 16 for the partner list's rows (some 800 bytes a partner, one
#: partner per 50 agreements in the generated libraries); the rest covers what
#: fills up to a fixed cap rather than growing with the rows (SQLite's page
#: cache, at most 2 MiB a connection: about +0.7 to +1.6 MiB between these
#: sizes) and the glyphs of whatever text the first screen happens to show.
BYTES_PER_AGREEMENT = 64


@dataclass(frozen=True)
class Measure:
    """One row kind of the table: what it measures, its baseline, unit and goal."""

    key: str
    what: str
    baseline: str
    unit: str  # "s" or "MiB"
    goal: float | None  # a ratio for "s", a difference for "MiB"; None: shown, not judged
    rows_written: bool = False  # True: grows with the rows written (CSV)


MEASURES = (
    Measure("startup", "start-up to first paint", "bare PySide6 window", "s", 1.5),
    Measure("search", "keystroke in search field", "SQL query (sqlite3)", "s", 2.0),
    Measure("sort", "sort by date signed", "SQL ORDER BY (sqlite3)", "s", 2.0),
    Measure("export", "CSV export, all agreements", "sqlite3 -csv, same query", "s", 1.5, True),
    Measure("import", "CSV import, empty library", "sqlite3 .import", "s", 3.0, True),
    # Floors under the import (tests.benchmarks.import_floor): shown, not judged.
    Measure("import_plain", "floor: Python csv → executemany", "sqlite3 .import", "s", None, True),
    Measure(
        "import_stored", "floor: rows as stored, no checks", "sqlite3 .import", "s", None, True
    ),
    Measure("memory", "resident memory, window shown", "bare PySide6 window", "MiB", 80.0),
    Measure("upcoming", "upcoming dates (lives + upcoming)", "same columns (sqlite3)", "s", 2.0),
)


def verdict(measure: Measure, figure: Figure) -> tuple[str, bool | None]:
    """Return (the ratio or difference as text, whether it meets the goal; None: no figure)."""
    if figure.accord is None or figure.baseline is None:
        return "—", None
    if measure.unit == "MiB":
        extra = figure.accord - figure.baseline
        return f"{extra:+.0f} MiB", None if measure.goal is None else extra <= measure.goal
    ratio = figure.accord / figure.baseline if figure.baseline > 0 else math.inf
    return f"{ratio:.2f}x", None if measure.goal is None else ratio <= measure.goal


def _value(measure: Measure, value: float | None) -> str:
    if value is None:
        return "—"
    if measure.unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _goal(measure: Measure) -> str:
    if measure.goal is None:
        return "—"
    return f"≤ +{measure.goal:.0f} MiB" if measure.unit == "MiB" else f"≤ {measure.goal:g}x"


def _mark(passed: bool | None, measure: Measure | None = None) -> str:
    if measure is not None and measure.goal is None:
        return "info"
    return {True: "pass", False: "FAIL", None: "n/a"}[passed]


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table (readable as plain text, pasteable into the README)."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def main_table(
    size: int, figures: Mapping[str, Figure], keys: Collection[str] | None = None
) -> tuple[str, bool]:
    """Return the table of the figures at ``size`` agreements and whether every row passes;
    only the measures of ``keys`` when given (``--only`` ran some groups)."""
    rows, notes, everything = [], [], True
    for measure in _chosen(keys):
        figure = figures.get(measure.key, Figure(error="not measured"))
        shown, passed = verdict(measure, figure)
        everything &= passed is True or measure.goal is None
        rows.append(
            [measure.what, _value(measure, figure.accord), measure.baseline,
             _value(measure, figure.baseline), shown, _goal(measure), _mark(passed, measure)]
        )  # fmt: skip
        if figure.error:
            notes.append(f"- {measure.what}: {figure.error}")
    header = ("measured", "Accord", "baseline is", "baseline", "ratio", "goal", "result")
    text = f"{size:,} agreements\n\n" + markdown_table(header, rows)
    if notes:
        text += "\n\n" + "\n".join(notes)
    return text, everything


def exponent(small: float | None, large: float | None, n_small: int, n_large: int) -> float | None:
    """Growth exponent between two sizes (None when a figure is missing or not positive)."""
    if not small or not large or small <= 0 or large <= 0:
        return None
    return math.log(large / small) / math.log(n_large / n_small)


def _chosen(keys: Collection[str] | None) -> tuple[Measure, ...]:
    return tuple(m for m in MEASURES if keys is None or m.key in keys)


def growth_table(
    results: Mapping[int, Mapping[str, Figure]], keys: Collection[str] | None = None
) -> tuple[str, bool]:
    """Return the growth table over the sizes measured and whether every figure grows in
    bounds; only the measures of ``keys`` when given."""
    sizes = sorted(results)
    if len(sizes) < 2:
        return "", True
    small, large = sizes[-2], sizes[-1]
    rows, everything = [], True
    for measure in _chosen(keys):
        figures = [results[size].get(measure.key, Figure()) for size in sizes]
        a = results[small].get(measure.key, Figure())
        b = results[large].get(measure.key, Figure())
        if measure.unit == "MiB":  # what Accord adds to the bare window, in MiB per row
            passed, grown_text, allowed_text = _memory_growth(a, b, small, large)
            everything &= passed is True
            rows.append(
                [measure.what, *(_value(measure, f.accord) for f in figures),
                 grown_text, allowed_text, _mark(passed)]
            )  # fmt: skip
            continue
        grown = exponent(a.accord, b.accord, small, large)
        base = exponent(a.baseline, b.baseline, small, large)
        allowed = 1.0 if measure.rows_written else (None if base is None else min(max(base, 0), 1))
        passed = None if grown is None or allowed is None else grown <= allowed + GROWTH_SLACK
        everything &= passed is True or measure.goal is None
        rows.append(
            [measure.what, *(_value(measure, f.accord) for f in figures),
             "—" if grown is None else f"{grown:.2f}",
             "—" if allowed is None else f"≤ {allowed:.2f}", _mark(passed, measure)]
        )  # fmt: skip
    header = ("measured", *(f"{size:,}" for size in sizes),
              f"growth {small:,}→{large:,}", "allowed", "result")  # fmt: skip
    return markdown_table(header, rows), everything


def _extra(figure: Figure) -> float | None:
    if figure.accord is None or figure.baseline is None:
        return None
    return figure.accord - figure.baseline


def _memory_growth(
    small: Figure, large: Figure, n_small: int, n_large: int
) -> tuple[bool | None, str, str]:
    """Return (passed, growth, allowance) of Accord's extra memory from ``n_small`` to ``n_large``.

    Allowed: :data:`BYTES_PER_AGREEMENT` for each agreement more.
    """
    before, after = _extra(small), _extra(large)
    allowed = BYTES_PER_AGREEMENT * (n_large - n_small) / 2**20
    allowance = f"≤ {allowed:+.1f} MiB ({BYTES_PER_AGREEMENT} B/agreement)"
    if before is None or after is None:
        return None, "—", allowance
    grown = after - before
    return grown <= allowed, f"{grown:+.1f} MiB", allowance
