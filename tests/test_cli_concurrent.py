"""Command-line imports at once on one library: each succeeds, each exactly once, no duplicate.

Real ``accord import`` processes on a real SQLite library. The command line
has no preview for a person to review again, so an import that finds the
library changed between its plan and its write plans again under the write
lock and writes that (:func:`db.csv.importer.apply_import`, ``replan``); the
window's preview keeps refusing a changed library
(``tests/test_csv_import.py``).
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from db.agreements import list_agreements
from db.opening import open_library
from db.partners import list_partners

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["Partner", "Country", "Relationship", "Agreement", "Date signed"]

#: Holds the write lock until a line arrives on stdin, then adds ``title`` (Seoul,
#: 2021-01-01) in that same transaction, as another window saving would.
HOLDER = """
import datetime as dt, sys
from pathlib import Path
from sqlmodel import select
from db.storage.engine import create_engine, sqlite_url
from db.enums import AgreementType
from db.library import Library
from db.models import Agreement, Partner
root, title = Path(sys.argv[1]), sys.argv[2]
library = Library(root=root, engine=create_engine(sqlite_url(root / "accord.sqlite3")))
with library.session(write=True) as session:
    session.connection()
    print("holding", flush=True)
    sys.stdin.readline()
    seoul = session.exec(select(Partner).where(Partner.name == "Seoul")).one()
    session.add(Agreement(partner_id=seoul.id, title=title, date_signed=dt.date(2021, 1, 1),
                          type=AgreementType.MEMORANDUM_OF_UNDERSTANDING))
    session.commit()
print("released", flush=True)
"""


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes(text.getvalue().encode("utf-8-sig"))
    return path


def start_import(library_dir: Path, source: Path) -> subprocess.Popen[str]:
    """Start ``accord --library LIBRARY import SOURCE --create-partners``, unbuffered."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    command = ["--library", str(library_dir), "import", str(source), "--create-partners"]
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *command],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def finish(*processes: subprocess.Popen[str]) -> list[str]:
    """Wait for every process, then assert that each exited 0 with nothing on stderr."""
    results = [(process, *process.communicate(timeout=180)) for process in processes]
    for process, out, err in results:
        assert (process.returncode, err) == (0, ""), out + err
    return [out for _process, out, _err in results]


def titles_and_partners(library_dir: Path) -> tuple[Counter[str], Counter[str]]:
    library = open_library(library_dir)
    try:
        titles = Counter(a.title for a in list_agreements(library))
        partners = Counter(p.name for p in list_partners(library))
    finally:
        library.close()
    return titles, partners


def test_three_imports_started_together_each_apply_once(library_dir: Path, tmp_path: Path) -> None:
    open_library(library_dir).close()
    shared = [["Lagos", "Nigeria", "Cooperation partner", f"Shared {n}", "2022-03-04"]
              for n in range(40)]  # fmt: skip
    sources = [
        write_csv(
            tmp_path / f"script {i}.csv",
            [["Seoul", "", "", f"Script {i} agreement {n}", "2021-05-06"] for n in range(200)]
            + shared
            + [
                [f"Partner of script {i}", "Kenya", "Cooperation partner", f"Own {i}", "2020-01-01"]
            ],
        )
        for i in range(3)
    ]
    writers = [start_import(library_dir, source) for source in sources]
    outputs = finish(*writers)
    for output in outputs:
        assert output.splitlines()[-1].startswith("Imported: ")
    titles, partners = titles_and_partners(library_dir)
    for i in range(3):
        assert all(titles[f"Script {i} agreement {n}"] == 1 for n in range(200))
        assert titles[f"Own {i}"] == 1
        assert partners[f"Partner of script {i}"] == 1
    assert all(titles[f"Shared {n}"] == 1 for n in range(40))
    assert partners["Lagos"] == 1
    assert sum(titles.values()) == 21 + 3 * 201 + 40
    added = sum(int(out.splitlines()[-1].split()[1]) for out in outputs)
    assert added == 3 * 201 + 40  # every shared row added by one import, unchanged for the others


def test_an_import_planned_before_another_write_plans_again_under_the_lock(
    library_dir: Path, tmp_path: Path
) -> None:
    """Deterministic: another process holds the write lock while the import plans, then
    adds one of the file's agreements; the import must match it, not add it a second time."""
    open_library(library_dir).close()
    source = write_csv(
        tmp_path / "in.csv",
        [["Seoul", "", "", "Made twice?", "2021-01-01"], ["Seoul", "", "", "Mine", "2021-02-02"]],
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(library_dir), "Made twice?"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        importer = start_import(library_dir, source)
        assert importer.stdout is not None
        lines = [importer.stdout.readline() for _ in range(2)]
        assert lines[1].startswith("2 to add, 0 to update"), lines  # planned; now it waits
        assert holder.stdin is not None
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.communicate(timeout=60)[0].strip() == "released"
    finally:
        if holder.poll() is None:
            holder.kill()
    (out,) = finish(importer)
    assert "The library changed while the file was read; it was matched again." in out
    assert "1 to add, 0 to update, 1 unchanged, 0 rejected." in out
    assert out.endswith("Imported: 1 added, 0 updated, 1 unchanged.\n")
    titles, _ = titles_and_partners(library_dir)
    assert (titles["Made twice?"], titles["Mine"]) == (1, 1)
