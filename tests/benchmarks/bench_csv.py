"""Benchmark: CSV export and import of 1,000 / 10,000 / 100,000 agreements, against sqlite3.

Run: ``.venv/bin/python -m tests.benchmarks.bench_csv [--export-only] [ROWS ...]``.
Not part of the test suite; needs the ``sqlite3`` command-line tool
(``apt-get install sqlite3``). Each figure is the median of a few runs of
wall time, with the baseline measured in the same run (goals 1.5x
and 3x):

- export: ``accord``'s :func:`~db.csv.export.export_agreements` of every
  agreement, against ``sqlite3 -csv -header`` printing the rows the file
  holds (the default export's own query, neutralised, to a file:
  :mod:`tests.benchmarks.export_baseline` says why). Runs alternate, the
  two in turn first, so that the machine's drifts (a third, run to run)
  hit both alike; the two files must then parse to the same rows, or the
  benchmark stops;
- import: :func:`~db.csv.importer.plan_import` then
  :func:`~db.csv.importer.apply_import` of that file into an empty library,
  against ``sqlite3``'s ``.import --csv`` of it into a plain table.

The libraries are made by :func:`tests.benchmarks.csv_data.fill_library`
(2,000 partners for 100,000 agreements, one document per five agreements).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from db.csv.export import export_agreements
from db.csv.importer import apply_import, plan_import
from db.opening import open_library
from tests.benchmarks.csv_data import fill_library
from tests.benchmarks.export_baseline import differing_row, export_query, sqlite3_export

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.library import Library

SIZES = (1_000, 10_000, 100_000)
RUNS = 3
#: Runs of the export pair (cheap, and noisy).
EXPORT_RUNS = 9
EXPORT_GOAL = 1.5
IMPORT_GOAL = 3.0


def median_time(function: Callable[[], object], runs: int = RUNS) -> float:
    """Return the median wall time of ``runs`` calls of ``function``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def alternating_medians(
    first: Callable[[], object], second: Callable[[], object], runs: int = EXPORT_RUNS
) -> tuple[float, float]:
    """Return the median wall times of ``first`` and ``second``, called in turn ``runs``
    times each, the one and the other going first, in seconds."""
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(runs):
        for which in (0, 1) if run % 2 == 0 else (1, 0):
            start = time.perf_counter()
            (first, second)[which]()
            times[which].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def make_library(folder: Path, agreements: int) -> Library:
    """Return a new library in ``folder`` holding ``agreements`` generated agreements."""
    library = open_library(folder, builtin=False)
    fill_library(library.database_path, agreements, documents=agreements // 5)  # type: ignore[arg-type]
    return library


def sqlite3_import(csv_file: Path, folder: Path) -> None:
    """The import baseline: the sqlite3 tool's ``.import`` into a new plain table."""
    database = folder / "plain.sqlite3"
    database.unlink(missing_ok=True)
    subprocess.run(["sqlite3", str(database), f".import --csv {csv_file} agreements"], check=True)


def accord_import(csv_file: Path, folder: Path) -> None:
    """Accord: plan and apply ``csv_file`` into a new empty library."""
    target = folder / "imported"
    shutil.rmtree(target, ignore_errors=True)
    library = open_library(target, builtin=False)
    try:
        plan = plan_import(library, csv_file)
        assert plan.can_apply, plan.problems[:3]
        apply_import(library, plan, create_partners=True)
    finally:
        library.close()


def measure(size: int, work: Path, *, export_only: bool = False) -> list[tuple[str, float, float]]:
    """Return (what, Accord seconds, baseline seconds) for ``size`` agreements.

    Raises ``AssertionError`` when the tool's rows are not those of Accord's file.
    """
    folder = work / f"lib-{size}"
    library = make_library(folder, size)
    database = library.database_path
    assert database is not None
    sql = export_query(database)
    out, baseline_out = work / f"accord-{size}.csv", work / f"sqlite3-{size}.csv"
    export_accord, export_base = alternating_medians(
        lambda: export_agreements(library, out), lambda: sqlite3_export(database, sql, baseline_out)
    )
    library.close()
    differs = differing_row(out, baseline_out)
    assert not differs, differs
    rows = [(f"CSV export, {size:,} agreements", export_accord, export_base)]
    if export_only:
        return rows
    import_base = median_time(lambda: sqlite3_import(out, work))
    import_accord = median_time(
        lambda: accord_import(out, work), runs=1 if size >= 100_000 else RUNS
    )
    return [*rows, (f"CSV import, {size:,} agreements", import_accord, import_base)]


def main(argv: list[str]) -> int:
    """Print one table row per measurement: figure, baseline, ratio, goal."""
    if shutil.which("sqlite3") is None:
        print("The sqlite3 command-line tool is needed (apt-get install sqlite3).")
        return 1
    export_only = "--export-only" in argv
    sizes = [int(arg) for arg in argv if arg != "--export-only"] or list(SIZES)
    print(f"{'measured':36} {'Accord':>9} {'baseline':>9} {'ratio':>7} {'goal':>6}")
    with tempfile.TemporaryDirectory(prefix="accord-bench-csv-") as tmp:
        for size in sizes:
            for what, accord, base in measure(size, Path(tmp), export_only=export_only):
                goal = EXPORT_GOAL if "export" in what else IMPORT_GOAL
                print(f"{what:36} {accord:8.3f}s {base:8.3f}s {accord / base:6.2f}x "
                      f"{goal:5.1f}x", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
