"""The layers of DESIGN hold: the records core never imports Qt or the desktop layer.

And the code type-checks: mypy finds no error in ``db`` or ``desktop``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_db_never_imports_qt_or_desktop() -> None:
    """Checked by import-linter's contract in pyproject.toml, on the real import graph."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_mypy_finds_no_error() -> None:
    """mypy finds no error in the packages ``[tool.mypy]`` names (``db`` and ``desktop``)."""
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run(
        [str(mypy)],  # its cache (.mypy_cache) makes a second run take a second
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found"), result.stdout


def test_importing_db_loads_no_qt() -> None:
    code = "import sys, db.library, db.csv_export, db.check; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr
