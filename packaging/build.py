"""Build Accord's release for the platform this runs on, and say how big it is.

``python packaging/build.py [--dist DIR] [--work DIR] [--verbose]`` runs
PyInstaller on ``packaging/accord.spec`` and prints where the one-folder
app is (``dist/Accord/`` on Linux and Windows, ``dist/Accord.app`` on
macOS), its size in MB and its number of files. Works from any working
directory: the defaults are ``dist/`` and ``build/`` beside ``packaging/``.
PyInstaller builds only for the platform it runs on, so each platform's
release is built on that platform (README, "Build a release").

Exit codes: 0 built, 1 the build failed (one sentence on stderr; PyInstaller's
own messages above it), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "accord.spec"
APP_NAME = "Accord"


class BuildError(Exception):
    """The release could not be built; the message is one sentence for a person."""


def app_path(dist_dir: Path, platform: str | None = None) -> Path:
    """Return the built app inside ``dist_dir``: ``Accord.app`` on macOS, else ``Accord/``."""
    platform = sys.platform if platform is None else platform
    return dist_dir / (f"{APP_NAME}.app" if platform == "darwin" else APP_NAME)


def executable_path(dist_dir: Path, platform: str | None = None) -> Path:
    """Return the command-line executable of the app built into ``dist_dir``.

    ``Accord/accord`` on Linux, ``Accord/accord-cli.exe`` on Windows (the
    windowed ``Accord.exe`` has no console), ``Accord.app/Contents/MacOS/Accord``.
    """
    platform = sys.platform if platform is None else platform
    app = app_path(dist_dir, platform)
    if platform == "darwin":
        return app / "Contents" / "MacOS" / APP_NAME
    if platform == "win32":
        return app / "accord-cli.exe"
    return app / "accord"


def folder_size(path: Path) -> tuple[int, int]:
    """Return (bytes, files) of every regular file under ``path``; symlinks are not followed."""
    total = files = 0
    for folder, _dirs, names in os.walk(path):
        for name in names:
            entry = Path(folder) / name
            if entry.is_symlink():
                continue
            total += entry.stat().st_size
            files += 1
    return total, files


def build(dist_dir: Path, work_dir: Path, *, verbose: bool = False) -> Path:
    """Run PyInstaller on :data:`SPEC` into ``dist_dir`` (work files in ``work_dir``).

    Returns the app's path (:func:`app_path`). Raises :class:`BuildError`
    when PyInstaller is missing or fails, or leaves no executable.
    """
    if find_spec("PyInstaller") is None:
        raise BuildError(
            "PyInstaller is not installed in this Python; install the build tools with "
            "“pip install -e .[build]”."
        )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist_dir),
        "--workpath",
        str(work_dir),
        "--log-level",
        "INFO" if verbose else "WARN",
        str(SPEC),
    ]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, check=False)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller stopped with exit code {result.returncode} (see above).")
    executable = executable_path(dist_dir)
    if not executable.is_file():
        raise BuildError(f"PyInstaller finished but {executable} was not made.")
    return app_path(dist_dir)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the release; print where it is and how big. Returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="build.py", description="Build Accord's one-folder release for this platform."
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder"
    )
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's INFO log")
    args = parser.parse_args(argv)
    dist_dir, work_dir = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    try:
        app = build(dist_dir, work_dir, verbose=args.verbose)
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    size, files = folder_size(app)
    print(
        f"Built {app} in {time.monotonic() - started:.0f} s: "
        f"{size / 1e6:.1f} MB in {files} files; run {executable_path(dist_dir)}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
