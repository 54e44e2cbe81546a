"""Benchmark: the size of Accord's release against PyInstaller's defaults, and its start-up.

Run: ``.venv/bin/python -m tests.benchmarks.bench_build_size [--keep]``
(Linux or macOS; several minutes and about 1 GB in ``/tmp``). Not part of
the test suite. In one run it builds:

- Accord's release: ``packaging/build.py`` (``packaging/accord.spec``);
- the baseline: the same app frozen with PyInstaller's defaults from the
  full ``PySide6`` package, in a throwaway venv in ``/tmp`` with
  ``pip install PySide6==<the version here> pyinstaller==<the version here>``
  and Accord (with its ``postgresql`` extra, as the release ships psycopg):
  ``pyinstaller --onedir desktop/__main__.py`` with only what any build of
  the app needs to run (its data files, its by-name command modules and
  its package metadata), no excludes and no filters.

It prints both sizes (MB, files), the ratio (the goal is at most 60%), and
the start-up time of each frozen app to a first painted window: the median
of ``accord --screenshot`` on a new library, offscreen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
GOAL = 0.60


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) of the regular files under ``path``; symlinks not followed."""
    total = files = 0
    for folder, _dirs, names in os.walk(path):
        for name in names:
            entry = Path(folder) / name
            if not entry.is_symlink():
                total += entry.stat().st_size
                files += 1
    return total, files


def run(command: list[str], **kwargs: object) -> None:
    """Run ``command`` at low priority; stop the benchmark with its output if it fails."""
    result = subprocess.run(
        ["nice", *command], capture_output=True, text=True, check=False, **kwargs
    )  # type: ignore[call-overload]
    if result.returncode != 0:
        sys.exit(
            f"{' '.join(command[:4])} ... failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )


def build_release(base: Path) -> Path:
    """Accord's release, built by packaging/build.py; the executable."""
    run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ]
    )
    return base / "dist" / "Accord" / "accord"


def build_default(base: Path) -> Path:
    """The same app with PyInstaller's defaults from the full PySide6, in a new venv."""
    venv = base / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    pyside = version("PySide6-Essentials")
    run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            f"PySide6=={pyside}",
            f"pyinstaller=={version('pyinstaller')}",
            f"{ROOT}[postgresql]",
        ]
    )
    separator = os.pathsep
    datas = [
        (ROOT / "resources", "resources"),
        (ROOT / "db" / "data", "db/data"),
        (ROOT / "db" / "migrations", "db/migrations"),
    ]
    run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--log-level",
            "WARN",
            "--name",
            "accord",
            "--distpath",
            str(base / "dist"),
            "--workpath",
            str(base / "work"),
            "--specpath",
            str(base),
            *(f"--add-data={src}{separator}{dest}" for src, dest in datas),
            "--collect-submodules",
            "desktop.cli.commands",
            "--copy-metadata",
            "accord",
            str(ROOT / "desktop" / "__main__.py"),
        ],
        cwd=base,
    )
    return base / "dist" / "accord" / "accord"


def start_up(executable: Path, base: Path) -> float:
    """Median seconds from start to a saved screenshot of the window, new library each run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for index in range(RUNS):
        library = base / f"library-{index}"
        start = time.perf_counter()
        result = subprocess.run(
            [str(executable), "--library", str(library), "--screenshot", str(base / "s.png")],
            env=env,
            capture_output=True,
            check=False,
        )
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"{executable} --screenshot failed: {result.stderr.decode()[-2000:]}")
    return statistics.median(times)


def main() -> int:
    """Build both, print sizes, ratio and start-up times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the builds and the venv")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="accord-bench-build-"))
    try:
        print(
            f"building in {base} (PySide6 {version('PySide6-Essentials')}, "
            f"PyInstaller {version('pyinstaller')}, Python {sys.version.split()[0]})"
        )
        lean = build_release(base / "release")
        default = build_default(base / "default")
        lean_bytes, lean_files = folder_size(lean.parent)
        default_bytes, default_files = folder_size(default.parent)
        ratio = lean_bytes / default_bytes
        lean_start = start_up(lean, base / "release")
        default_start = start_up(default, base / "default")
        print(f"{'build':<34}{'MB':>9}{'files':>8}{'start-up s':>12}")
        print(
            f"{'PyInstaller defaults, full PySide6':<34}{default_bytes / 1e6:>9.1f}"
            f"{default_files:>8}{default_start:>12.2f}"
        )
        print(
            f"{'Accord release (accord.spec)':<34}{lean_bytes / 1e6:>9.1f}"
            f"{lean_files:>8}{lean_start:>12.2f}"
        )
        verdict = "meets" if ratio <= GOAL else "misses"
        print(
            f"ratio: {ratio:.0%} of the default build ({verdict} the goal of {GOAL:.0%}); "
            f"start-up = median of {RUNS} runs to a saved screenshot, offscreen, new library"
        )
    finally:
        if args.keep:
            print(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
