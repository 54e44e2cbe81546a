"""``python -m tests.benchmarks``: every benchmark, one table, ratios from one run.

Usage: ``python -m tests.benchmarks [--sizes 1000,10000,100000] [--runs 5] [--quick]
[--only gui,csv,upcoming,search,server]``

Builds (once, cached: :mod:`.generate`) the libraries of each size, then for
each size measures start-up, memory, a keystroke in the search field, the
date sort, CSV export and CSV import against their baselines
(:mod:`.measures`) and the upcoming dates against the bare SQL of their columns
(:mod:`.bench_upcoming`), and prints the table of the largest size and the growth
table over the sizes (:mod:`.report`); then the full-text search of the
documents' texts (:mod:`.bench_search`), a table per size; then a server
library's stored files written and read three ways (:mod:`.bench_server_documents`,
on ``$ACCORD_TEST_DATABASE_URL``'s server, skipped with a message without one;
one table, whatever the sizes). ``--only`` runs some of the groups (``gui``,
``csv``, ``upcoming``, ``search``, ``server``) and shows only their rows.
Exit code 0 when every row meets its goal, 1 otherwise, 2 for bad
usage. ``--quick`` (the smoke test) measures once with short time budgets.
Not part of ``pytest``: run it by hand. Once the libraries are cached, the
``gui`` and ``csv`` groups take about ten minutes on two cores; ``search``
adds up to half an hour at 100,000 agreements, most of it the indexing row
(which gives up after 20 minutes). The first run builds the search corpus
(about 7 minutes), then the 100,000 library (about a minute).

Separate commands, not in this table: ``python -m
tests.benchmarks.bench_documents`` (attaching a 200-page PDF) and ``python -m
tests.benchmarks.bench_build_size`` (the release's size).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import bench_search, bench_server_documents, bench_upcoming, measures
from tests.benchmarks.generate import SIZES, large_library
from tests.benchmarks.report import BYTES_PER_AGREEMENT, growth_table, main_table
from tests.benchmarks.search_rows import table as search_table

#: The groups of measurements ``--only`` chooses from.
GROUPS = ("gui", "csv", "upcoming", "search", "server")
#: The groups measured on each size's library.
LIBRARY_GROUPS = {"gui", "csv", "upcoming", "search"}


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a list of numbers like 1000,10000"
        ) from None
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError("each size must be at least 100 agreements")
    return sizes


def _groups(text: str) -> set[str]:
    chosen = {part.strip() for part in text.split(",") if part.strip()}
    if not chosen or chosen - set(GROUPS):
        raise argparse.ArgumentTypeError(f"choose among {', '.join(GROUPS)}")
    return chosen


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of ``python -m tests.benchmarks``."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Accord's benchmarks against their baselines, as one table.",
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=list(SIZES),
        help="library sizes in agreements (default: 1000,10000,100000)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=5,
        help="runs per figure, within each figure's time budget (default: 5)",
    )
    parser.add_argument("--quick", action="store_true",
                        help="one run each, short budgets (the smoke test)")  # fmt: skip
    parser.add_argument("--only", type=_groups, default=set(GROUPS),
                        help="the groups to run, among gui,csv,upcoming,search,server "
                             "(default: all)")  # fmt: skip
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the suite and print the tables; return 0 when every goal is met."""
    args = build_parser().parse_args(argv)
    runs = 1 if args.quick else max(1, args.runs)
    budget = 5.0 if args.quick else 60.0
    started = time.perf_counter()
    python = f"{platform.python_implementation()} {platform.python_version()}"
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    print(f"Accord benchmarks — {python}, {machine}", flush=True)
    results: dict[int, dict] = {}
    searched: dict[int, list] = {}
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        for size in args.sizes if args.only & LIBRARY_GROUPS else ():
            library = large_library(size, log=lambda line: print(line, flush=True))
            work = Path(tmp) / str(size)
            (work / "config").mkdir(parents=True)
            at = time.perf_counter()
            figures = {}
            if "gui" in args.only:
                figures.update(measures.gui(library, work, runs=runs, budget=budget))
            if "csv" in args.only:
                import_runs = 1 if size >= 100_000 else runs
                figures.update(
                    measures.csv(library, work, runs=runs, import_runs=import_runs, budget=budget)
                )
            if "upcoming" in args.only:
                figures.update(bench_upcoming.measure(library, runs=max(runs, 3), budget=budget))
            results[size] = figures
            if "search" in args.only:
                searched[size] = bench_search.measure(
                    library, work, size=size, runs=runs, budget=budget / 2,
                    index_budget=60.0 if args.quick else bench_search.INDEX_BUDGET_S,
                )  # fmt: skip
            print(f"measured {size:,} agreements in {time.perf_counter() - at:.0f} s", flush=True)
    all_pass = grows_well = True
    if args.only & {"gui", "csv", "upcoming"}:
        largest = max(results)
        keys = None if args.only >= {"gui", "csv", "upcoming"} else set(results[largest])
        table, all_pass = main_table(largest, results[largest], keys)
        growth, grows_well = growth_table(results, keys)
        print()
        print(table)
        if growth:
            print(
                "\nGrowth (times: exponent per 10× rows, 1.0 grows as the rows, 0 stays flat; "
                f"memory: MiB more, against {BYTES_PER_AGREEMENT} bytes per agreement more)\n"
            )
            print(growth)
    for size, rows in searched.items():
        text, passed = search_table(size, rows)
        all_pass &= passed
        print()
        print(text)
    if "server" in args.only:
        print()
        print(_server_table(quick=args.quick), flush=True)
    print(f"\n{'Every goal met' if all_pass and grows_well else 'Some goals are not met'} "
          f"(whole run {time.perf_counter() - started:.0f} s).")  # fmt: skip
    return 0 if all_pass and grows_well else 1


def _server_table(*, quick: bool) -> str:
    """The ``server`` group's table (information, no goal), or why it was skipped."""
    url = os.environ.get(bench_server_documents.URL_ENV, "")
    if not url:
        return bench_server_documents.NO_SERVER
    megabytes, runs = (2.0, 1) if quick else (50.0, 3)
    return bench_server_documents.run(url, megabytes=megabytes, runs=runs)


if __name__ == "__main__":
    sys.exit(main())
