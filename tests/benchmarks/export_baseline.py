"""The CSV export baseline: the ``sqlite3`` tool printing the very rows Accord's file holds.

Issue 7 measures Accord's export of every agreement "against the
``sqlite3`` command-line tool exporting the same join as CSV". The same
join is taken to be the query whose rows are the file's cells:
:func:`db.csv.export_query.select_sql` with ``neutralised=True`` (formula
starts get their apostrophe in SQL) and the default export's ISO dates, so
the tool does all the work in SQL that Accord does and only the writing
differs (the :mod:`csv` module against the tool's C printer). Giving the
tool the plain query (cells as stored) would time it doing less than
Accord, and no check could show the two files hold the same rows.

:func:`differing_row` is that check: both files parsed with the :mod:`csv`
module must give the same rows, the header aside (the tool names columns
by their SQL) and the BOM aside (the tool writes none). It is run once per
measurement, untimed.
"""

from __future__ import annotations

import csv
import itertools
import subprocess
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def export_query(database: Path) -> str:
    """Return the SQL the ``sqlite3`` tool runs: the default export's own query, ``;`` ended.

    Reads the partners' order from ``database`` (an Accord library's SQLite
    file), as :func:`db.csv.export.export_agreements` does.
    """
    import sqlalchemy as sa

    from db.csv.export_query import rank_partners, select_sql

    engine = sa.create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            ordering = rank_partners(connection)
    finally:
        engine.dispose()
    return select_sql("sqlite", ordering=ordering, neutralised=True) + ";"


def sqlite3_export(database: Path, sql: str, out: Path) -> float:
    """Run the baseline: the ``sqlite3`` tool printing ``sql``'s rows as CSV (with a header)
    into ``out``, the database opened read-only; return its wall time in seconds.

    Raises ``subprocess.CalledProcessError`` when the tool fails.
    """
    with out.open("wb") as handle:
        start = time.perf_counter()
        subprocess.run(["sqlite3", "-csv", "-header", f"file:{database}?mode=ro"],
                       input=sql.encode(), stdout=handle, check=True,
                       stderr=subprocess.DEVNULL)  # fmt: skip
        return time.perf_counter() - start


def differing_row(accord_file: Path, sqlite3_file: Path) -> str:
    """Return '' when both CSV files hold the same rows (header and BOM aside), else one
    sentence naming the first row that differs.

    ``accord_file`` is Accord's default export (UTF-8 with BOM),
    ``sqlite3_file`` the tool's output (UTF-8); both are read as a stream.
    """
    with (
        accord_file.open(encoding="utf-8-sig", newline="") as accord,
        sqlite3_file.open(encoding="utf-8", newline="") as tool,
    ):
        pairs = itertools.zip_longest(csv.reader(accord), csv.reader(tool))
        next(pairs, None)  # the headers
        for number, (ours, theirs) in enumerate(pairs, start=2):
            if ours != theirs:
                return (
                    f"the sqlite3 tool's row {number} differs from Accord's file "
                    f"({theirs!r:.80} against {ours!r:.80})"
                )
    return ""
