"""A child process that times Accord's CSV export or import and prints the seconds.

``python -m tests.benchmarks.csv_probe export LIBRARY OUT.csv RUNS`` times
:func:`db.csv.export.export_agreements` of every agreement into ``OUT.csv``;
``python -m tests.benchmarks.csv_probe import FILE.csv WORKDIR RUNS`` times
:func:`db.csv.importer.plan_import` then :func:`db.csv.importer.apply_import`
(partners created, as ``accord import --create-partners`` does) of the file
into a new empty library made, untimed, in ``WORKDIR``;
``python -m tests.benchmarks.csv_probe floor FILE.csv WORKDIR RUNS`` times
the two floors of :mod:`tests.benchmarks.import_floor` (``seconds`` are the
plain copy's, ``stored`` the stored rows'). Each prints one
line, ``TIMES {"seconds": [...], "rows": N}``, or ``ERROR <sentence>``.
Opening the library is not timed. Run in a child so that the harness can
give up on it after a time limit.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from db.csv.export import export_agreements
from db.csv.importer import apply_import, plan_import
from db.errors import AccordError
from db.opening import open_library
from tests.benchmarks import import_floor

#: Seconds after which no further run is started (at least one runs).
BUDGET_S = 30.0


def export(library_dir: str, out: str, runs: int) -> dict:
    """Export every agreement ``runs`` times; return the seconds of each and the rows."""
    library = open_library(library_dir)
    seconds, rows = [], 0
    try:
        for _ in range(runs):
            start = time.perf_counter()
            rows = export_agreements(library, out)
            seconds.append(time.perf_counter() - start)
            if sum(seconds) > BUDGET_S:
                break
    finally:
        library.close()
    return {"seconds": seconds, "rows": rows}


def import_(csv_file: str, workdir: str, runs: int) -> dict:
    """Import ``csv_file`` into a new empty library ``runs`` times; return seconds and rows."""
    seconds, rows = [], 0
    for run in range(runs):
        target = Path(workdir) / f"imported-{run}"
        shutil.rmtree(target, ignore_errors=True)
        library = open_library(target, builtin=False)
        try:
            start = time.perf_counter()
            plan = plan_import(library, csv_file)
            if not plan.can_apply:
                first = plan.problems[0] if plan.problems else "the file cannot be applied"
                raise AccordError(f"The generated file does not import: {first}")
            result = apply_import(library, plan, create_partners=True)
            seconds.append(time.perf_counter() - start)
            rows = len(result.added)
        finally:
            library.close()
            shutil.rmtree(target, ignore_errors=True)
        if sum(seconds) > BUDGET_S:
            break
    return {"seconds": seconds, "rows": rows}


def floors(csv_file: str, workdir: str, runs: int) -> dict:
    """Time both import floors ``runs`` times (interleaved); return seconds of each."""
    plain, stored = [], []
    for run in range(runs):
        plain.append(import_floor.plain_copy(Path(csv_file), Path(workdir) / "floor.sqlite3"))
        target = Path(workdir) / f"floor-{run}"
        shutil.rmtree(target, ignore_errors=True)
        library = open_library(target, builtin=False)
        database = library.database_path
        library.close()  # the floor writes through its own connection
        assert database is not None
        try:
            stored.append(import_floor.stored_rows(Path(csv_file), database))
        finally:
            shutil.rmtree(target, ignore_errors=True)
        if sum(plain) + sum(stored) > BUDGET_S:
            break
    return {"seconds": plain, "stored": stored, "rows": 0}


def main(argv: list[str]) -> int:
    """Entry point; see the module's docstring."""
    mode, source, target, runs = argv[0], argv[1], argv[2], int(argv[3])
    work = {"export": export, "import": import_, "floor": floors}[mode]
    try:
        found = work(source, target, runs)
    except AccordError as exc:
        print(f"ERROR {exc}", flush=True)
        return 1
    print("TIMES " + json.dumps(found), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
