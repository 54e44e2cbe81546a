"""The measurements of the suite, each Accord's figure against a baseline from the same run.

Every Accord figure comes from a child process (:mod:`.gui_probe`,
:mod:`.csv_probe`) that the harness gives up on after a time limit, so a
slow or broken part of Accord shows as a failed row, never as a hung or
crashed run. Figures are medians of the runs done: a measurement repeats
until it has ``runs`` runs or has spent its time budget (at least one run).

- start-up: seconds from starting the process to the first paint of the
  agreement view (``accord --library L``'s path), against a bare PySide6
  window in a process importing the same third-party modules (Accord's own
  compiled to bytecode first, as installed: :func:`compile_own_modules`);
- memory: resident MiB at that first paint, Accord against the bare window;
- search and sort: see :mod:`.gui_interact` (one Accord child, after its
  first paint);
- CSV export: :func:`db.csv.export.export_agreements` of every agreement,
  against the ``sqlite3`` tool printing the rows the file holds (the
  default export's own query, neutralised: :mod:`.export_baseline` says
  why); the two files must parse to the same rows, or the row fails. Each
  run is a pair, Accord (one export in a fresh child) and the tool, in
  turn first, so that the machine's drifts hit both alike;
- CSV import: that file into a new empty library, against the ``sqlite3``
  tool's ``.import --csv`` of it into a new plain table.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.export_baseline import differing_row, export_query, sqlite3_export

REPO = Path(__file__).resolve().parents[2]
#: Seconds a child may run before it is killed and its row marked failed.
CHILD_TIMEOUT_S = 240.0
#: Seconds an import child may run (importing is the slowest measurement).
IMPORT_TIMEOUT_S = 180.0
#: Least runs of the CSV export pair (Accord, then the tool, or the other way round).
EXPORT_RUNS = 9


@dataclass
class Figure:
    """Accord's figure and the baseline's (seconds or MiB), or why there is none."""

    accord: float | None = None
    baseline: float | None = None
    runs: int = 0
    error: str = ""
    detail: dict = field(default_factory=dict)


class ChildFailed(Exception):  # noqa: N818 - an outcome the caller handles, not a fault
    """A child process timed out, crashed or reported an error (the message says which)."""


def _env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Remembered window layouts and settings stay out of the user's own.
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_child(
    args: list[str], workdir: Path, *, timeout: float = CHILD_TIMEOUT_S, until: str = ""
) -> tuple[float | None, dict[str, str]]:
    """Run ``python -m`` ``args``; return (seconds until the line starting ``until``, lines by tag).

    Lines of the child's output are ``TAG payload``; the returned dict maps
    each tag to its payload. Raises :class:`ChildFailed` when the child
    runs longer than ``timeout``, exits non-zero, or prints ``ERROR``.
    """
    command = [sys.executable, "-m", *args]
    errors = workdir / "child-stderr.txt"
    with errors.open("w") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(
            command, cwd=REPO, env=_env(workdir), stdout=subprocess.PIPE, stderr=stderr, text=True
        )
        killer = threading.Timer(timeout, child.kill)
        killer.start()
        lines: dict[str, str] = {}
        seen_at: float | None = None
        try:
            assert child.stdout is not None
            for line in child.stdout:
                tag, _, payload = line.rstrip("\n").partition(" ")
                if until and tag == until and seen_at is None:
                    seen_at = time.perf_counter() - start
                lines[tag] = payload
            code = child.wait()
        finally:
            killer.cancel()
    if "ERROR" in lines:
        raise ChildFailed(lines["ERROR"])
    if code != 0 and (not until or seen_at is None):
        if time.perf_counter() - start >= timeout:
            raise ChildFailed(f"gave up after {timeout:.0f} s")
        last = [ln for ln in errors.read_text(errors="replace").splitlines() if ln.strip()]
        raise ChildFailed(f"the child failed: {last[-1] if last else f'exit code {code}'}")
    if until and seen_at is None:
        raise ChildFailed(f"the child ended without printing {until}")
    return seen_at, lines


def _repeat(runs: int, budget: float, once) -> list:  # noqa: ANN001 - a callable
    """Call ``once()`` up to ``runs`` times, stopping when ``budget`` seconds are spent."""
    results, start = [], time.perf_counter()
    for _ in range(runs):
        results.append(once())
        if time.perf_counter() - start > budget:
            break
    return results


def export_runs(runs: int) -> int:
    """Return the runs of the export pair for ``runs`` asked: at least 9 (an export pair
    takes seconds, and the figure varies by a third from run to run), 1 for a quick run."""
    return runs if runs <= 1 else max(runs, EXPORT_RUNS)


def compile_own_modules() -> None:
    """Compile Accord's modules to bytecode, as installing Accord does (pip, PyInstaller).

    The baseline's third-party modules are read from the bytecode pip wrote
    at install; with ``PYTHONDONTWRITEBYTECODE`` set (as on the CI and
    development machines) Accord's own would be compiled from source at
    every start (0.13 s), which no installed Accord does. The files go to
    the ``__pycache__`` folders Python reads them from (ignored by git).
    """
    import compileall

    for package in ("db", "desktop"):
        compileall.compile_dir(REPO / package, quiet=1)


def gui(library: Path, workdir: Path, *, runs: int, budget: float) -> dict[str, Figure]:
    """Start-up, memory, search and sort figures of the library in folder ``library``."""
    modules = workdir / "modules.txt"
    figures = {name: Figure() for name in ("startup", "memory", "search", "sort")}
    compile_own_modules()
    try:
        # The first start also opens the day's snapshot of the library: not counted.
        _, lines = run_child(
            ["tests.benchmarks.gui_probe", "accord", str(library), "--modules-out",
             str(modules), "--interact"],
            workdir, until="PAINTED",
        )  # fmt: skip
    except ChildFailed as exc:
        for figure in figures.values():
            figure.error = str(exc)
        return figures
    result = json.loads(lines.get("RESULT", "{}") or "{}")
    for name in ("search", "sort"):
        found = result.get(name) or {"error": "the window stopped before measuring"}
        figures[name] = Figure(
            accord=found.get("accord") if "error" not in found else None,
            baseline=found.get("baseline"),
            runs=found.get("runs", 0),
            error=found.get("error", ""),
            detail={k: v for k, v in found.items() if k == "texts"},
        )

    def start_both() -> tuple[tuple[float | None, dict], tuple[float | None, dict]]:
        bare_s, bare = run_child(
            ["tests.benchmarks.gui_probe", "bare", str(modules)], workdir, until="PAINTED"
        )
        accord_s, accord = run_child(
            ["tests.benchmarks.gui_probe", "accord", str(library)], workdir, until="PAINTED"
        )
        return (accord_s, json.loads(accord["PAINTED"])), (bare_s, json.loads(bare["PAINTED"]))

    try:
        pairs = _repeat(runs, budget, start_both)
    except ChildFailed as exc:
        figures["startup"].error = figures["memory"].error = str(exc)
        return figures
    figures["startup"] = Figure(
        accord=statistics.median(a[0] for a, _ in pairs),
        baseline=statistics.median(b[0] for _, b in pairs),
        runs=len(pairs),
    )
    figures["memory"] = Figure(
        accord=statistics.median(a[1]["rss_mb"] for a, _ in pairs),
        baseline=statistics.median(b[1]["rss_mb"] for _, b in pairs),
        runs=len(pairs),
        detail={"peak_mb": max(a[1]["hwm_mb"] for a, _ in pairs)},
    )
    return figures


def _sqlite3_seconds(args: list[str], *, stdin: str | None = None, stdout=None) -> float:  # noqa: ANN001
    start = time.perf_counter()
    subprocess.run(
        ["sqlite3", *args], input=stdin, text=True, stdout=stdout, check=True,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def csv(
    library: Path, workdir: Path, *, runs: int, import_runs: int, budget: float
) -> dict[str, Figure]:
    """CSV export and import figures of the library in folder ``library``."""
    figures = {"export": Figure(), "import": Figure()}
    if shutil.which("sqlite3") is None:
        for figure in figures.values():
            figure.error = "the sqlite3 tool is missing (apt-get install sqlite3)"
        return figures
    database = library / "accord.sqlite3"
    exported = workdir / "accord-export.csv"
    printed = workdir / "sqlite3-export.csv"
    query = export_query(database)
    turn = itertools.count()

    def export_both() -> tuple[float, float, int]:
        # Accord and the tool alternate, which goes first too, so drifts hit both alike.
        def accord() -> tuple[float, int]:
            _, lines = run_child(
                ["tests.benchmarks.csv_probe", "export", str(library), str(exported), "1"], workdir
            )
            found = json.loads(lines["TIMES"])
            return found["seconds"][0], found["rows"]

        if next(turn) % 2:
            base = sqlite3_export(database, query, printed)
            seconds, rows = accord()
        else:
            seconds, rows = accord()
            base = sqlite3_export(database, query, printed)
        return seconds, base, rows

    try:
        pairs = _repeat(export_runs(runs), budget, export_both)
    except (ChildFailed, KeyError, subprocess.CalledProcessError) as exc:
        figures["export"].error = str(exc) or type(exc).__name__
        return figures
    accord_s = statistics.median(a for a, _, _ in pairs)
    base_s = statistics.median(b for _, b, _ in pairs)
    differs = differing_row(exported, printed)
    if differs:  # not the same join: no ratio, a failed row
        figures["export"].error = f"{differs}; Accord {accord_s:.2f} s, the tool {base_s:.2f} s"
    else:
        figures["export"] = Figure(
            accord=accord_s, baseline=base_s, runs=len(pairs),
            detail={"rows": pairs[-1][2], "baseline_bytes": printed.stat().st_size},
        )  # fmt: skip

    def import_baseline() -> float:
        target = workdir / "plain.sqlite3"
        target.unlink(missing_ok=True)
        return _sqlite3_seconds([str(target), f".import --csv {exported} agreements"])

    try:
        found = _import_probe("import", exported, workdir, import_runs)
        base = _repeat(max(runs, 3), budget, import_baseline)
        figures["import"] = Figure(
            accord=statistics.median(found["seconds"]),
            baseline=statistics.median(base),
            runs=len(found["seconds"]),
            detail={"rows": found["rows"]},
        )
    except (ChildFailed, KeyError, subprocess.CalledProcessError) as exc:
        figures["import"].error = str(exc) or type(exc).__name__
        return figures
    figures.update(import_floors(exported, workdir, figures["import"].baseline, import_runs))
    return figures


def _import_probe(mode: str, exported: Path, workdir: Path, runs: int) -> dict:
    """Run ``csv_probe`` ``mode`` (``import`` or ``floor``) on ``exported``; return its TIMES."""
    _, lines = run_child(
        ["tests.benchmarks.csv_probe", mode, str(exported), str(workdir), str(runs)],
        workdir,
        timeout=IMPORT_TIMEOUT_S,
    )
    return json.loads(lines["TIMES"])


def import_floors(
    exported: Path, workdir: Path, baseline: float | None, runs: int
) -> dict[str, Figure]:
    """The two floors under the import figure (:mod:`tests.benchmarks.import_floor`),
    against the same ``.import`` baseline: what Python alone, and what storing the
    rows as the schema asks, cost before any checking."""
    floors = {"import_plain": Figure(), "import_stored": Figure()}
    try:
        found = _import_probe("floor", exported, workdir, runs)
    except (ChildFailed, KeyError) as exc:
        for figure in floors.values():
            figure.error = str(exc) or type(exc).__name__
        return floors
    for key, seconds in (("import_plain", found["seconds"]), ("import_stored", found["stored"])):
        floors[key] = Figure(
            accord=statistics.median(seconds), baseline=baseline, runs=len(seconds)
        )
    return floors
