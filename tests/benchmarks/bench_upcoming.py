"""What is coming, on the generated library: Accord's reading against the bare SQL.

Accord's figure is :func:`db.lifecycle.upcoming.read_upcoming` (what the Upcoming panel
and ``accord upcoming`` run: the lives read, then the dates ahead) for a fixed day
(:data:`TODAY`, the generated records' last month) and 90 days. The baseline is the
``sqlite3`` module reading, from the same file in the same run, the columns
:func:`db.lifecycle.lives.read_lives` reads for every agreement, partner and event in
use (its queries, ``fetchall``): the least any reader of those columns does. Runs
alternate, Accord first then the baseline, and each figure is the median; the library
is opened once (opening, with its migrations check, is the start-up rows' business).

``python -m tests.benchmarks.bench_upcoming [SIZE]`` measures one size alone.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import time
from typing import TYPE_CHECKING

from tests.benchmarks.measures import Figure

if TYPE_CHECKING:
    from pathlib import Path

#: The day the dates are computed for (the generated records run to 30 November 2026).
TODAY = dt.date(2026, 12, 1)
DAYS = 90
#: The goal: Accord's reading at most this many times the bare SQL's.
GOAL = 2.0

# The columns read_lives reads, as it reads them (db/lifecycle/lives.py).
BARE_QUERIES = (
    "SELECT id, name, office_name, local_name, relationship, date_of_affiliation "
    "FROM partner WHERE deleted_at IS NULL",
    "SELECT a.id, a.partner_id, a.title, a.date_signed, a.effective_from, a.expires_on, "
    "a.renewal, a.renewal_term, a.notice_period, "
    "CASE WHEN s.deleted_at IS NULL THEN a.supersedes_id END, a.type "
    "FROM agreement a JOIN partner p ON p.id = a.partner_id "
    "LEFT JOIN agreement s ON s.id = a.supersedes_id "
    "WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL "
    "ORDER BY a.partner_id, a.date_signed, a.id",
    "SELECT a.id, a.supersedes_id, a.effective_from, a.date_signed FROM agreement a "
    "WHERE a.deleted_at IS NULL AND a.supersedes_id IS NOT NULL",
    "SELECT e.agreement_id, e.kind, e.date, e.new_expiry, e.note, e.automatic "
    "FROM agreement_event e JOIN agreement a ON a.id = e.agreement_id "
    "WHERE a.deleted_at IS NULL ORDER BY e.agreement_id, e.date, e.id",
)


def bare(database: Path) -> int:
    """Read the columns with the sqlite3 module; return the rows read."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return sum(len(connection.execute(sql).fetchall()) for sql in BARE_QUERIES)
    finally:
        connection.close()


def measure(library_dir: Path, *, runs: int, budget: float) -> dict[str, Figure]:
    """Return the ``upcoming`` figure (seconds) of the library in ``library_dir``."""
    from db.lifecycle.upcoming import read_upcoming
    from db.opening import open_library

    library = open_library(library_dir)
    try:
        database = library.database_path
        assert database is not None
        read_upcoming(library, TODAY, DAYS)  # warm: imports, the page cache
        bare(database)
        accord: list[float] = []
        baseline: list[float] = []
        found = 0
        started = time.perf_counter()
        while len(accord) < runs and (not accord or time.perf_counter() - started < budget):
            at = time.perf_counter()
            _lives, items = read_upcoming(library, TODAY, DAYS)
            accord.append(time.perf_counter() - at)
            at = time.perf_counter()
            bare(database)
            baseline.append(time.perf_counter() - at)
            found = len(items)
    finally:
        library.close()
    figure = Figure(
        accord=statistics.median(accord),
        baseline=statistics.median(baseline),
        runs=len(accord),
        detail={"items": found},
    )
    return {"upcoming": figure}


def main(argv: list[str] | None = None) -> int:
    """Measure one size (default 100,000) and print Accord's, the baseline's and the ratio."""
    from tests.benchmarks.generate import large_library

    args = sys.argv[1:] if argv is None else argv
    size = int(args[0].replace(",", "").replace("_", "")) if args else 100_000
    figure = measure(large_library(size), runs=7, budget=60.0)["upcoming"]
    assert figure.accord is not None
    assert figure.baseline is not None
    print(
        f"{size:,} agreements: upcoming {figure.accord * 1000:.0f} ms, bare SQL "
        f"{figure.baseline * 1000:.0f} ms, {figure.accord / figure.baseline:.2f}x "
        f"(goal ≤ {GOAL:g}x), {figure.detail['items']} dates, {figure.runs} runs"
    )
    return 0 if figure.accord <= GOAL * figure.baseline else 1


if __name__ == "__main__":
    raise SystemExit(main())
