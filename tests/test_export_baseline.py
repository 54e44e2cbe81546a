"""The export benchmark's baseline prints the very rows Accord's file holds.

The ``sqlite3`` tool runs :func:`tests.benchmarks.export_baseline.export_query`
on a generated library (every script, quoting, line breaks, formula starts);
its output parsed with the :mod:`csv` module must equal Accord's default
export parsed the same way, and :func:`differing_row` must name a row that
differs.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from db.csv.export import export_agreements
from db.opening import open_library
from tests.benchmarks.csv_data import fill_library
from tests.benchmarks.export_baseline import differing_row, export_query, sqlite3_export

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(
    shutil.which("sqlite3") is None, reason="needs the sqlite3 command-line tool"
)


def test_the_tool_prints_the_rows_of_accords_file(library_dir: Path, tmp_path: Path) -> None:
    library = open_library(library_dir, builtin=False)
    try:
        database = library.database_path
        assert database is not None
        fill_library(database, 300, documents=90)
        accord, tool = tmp_path / "accord.csv", tmp_path / "tool.csv"
        export_agreements(library, accord)
    finally:
        library.close()
    seconds = sqlite3_export(database, export_query(database), tool)
    assert seconds > 0
    text = tool.read_text(encoding="utf-8")
    assert "'=SUM" in text
    assert "''=quoted" in text
    assert "one\nline two" in text
    assert differing_row(accord, tool) == ""

    # The check sees a cell that differs, and a row too many.
    changed = tool.read_bytes().replace(b"'=SUM", b"=SUM", 1)
    (tmp_path / "changed.csv").write_bytes(changed)
    assert differing_row(accord, tmp_path / "changed.csv").startswith("the sqlite3 tool's row ")
    (tmp_path / "longer.csv").write_bytes(tool.read_bytes() + b"1,x\r\n")
    assert "against None" in differing_row(accord, tmp_path / "longer.csv")
