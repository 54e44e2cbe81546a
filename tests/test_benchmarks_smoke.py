"""The benchmark suite keeps working: its generator, and one quick run on 1,000 agreements.

The figures themselves are not asserted (timings on a shared CI machine
mean nothing); what is asserted is that the generated library is a sound
Accord library with the promised records, and that ``python -m
tests.benchmarks`` measures every row and prints the table.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.csv.export import export_agreements
from db.csv.importer import apply_import, plan_import
from db.opening import open_library
from db.safekeeping.check import check_library
from tests.benchmarks.bench_search import QUERIES, SHORT_TERMS
from tests.benchmarks.csv_data import fill_library
from tests.benchmarks.generate import counts, large_library
from tests.benchmarks.import_floor import plain_copy, stored_rows

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = {
    "Japanese": r"[\u3040-\u30ff\u4e00-\u9fff]",
    "Korean": r"[\uac00-\ud7af]",
    "Cyrillic": r"[\u0400-\u04ff]",
    "Thai": r"[\u0e00-\u0e7f]",
    "Arabic": r"[\u0600-\u06ff]",
    "accented Latin": r"[À-ÿŁł]",
}


@pytest.fixture
def bench_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "bench-cache"
    monkeypatch.setenv("ACCORD_BENCH_CACHE", str(cache))
    return cache


def test_generated_library_is_sound_and_cached(bench_cache: Path) -> None:
    folder = large_library(1_000, log=lambda _line: None)
    library = open_library(folder)
    try:
        report = check_library(library)
        assert report.ok, report.problems[:3]
        with library.engine.connect() as conn:
            found = tuple(
                conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("partner", "agreement", "document")
            )
            titles = " ".join(conn.execute(sa.text("SELECT title FROM agreement")).scalars())
            names = " ".join(conn.execute(sa.text("SELECT local_name FROM partner")).scalars())
            notes = conn.execute(sa.text("SELECT notes FROM agreement")).scalars().all()
            pages = conn.execute(sa.text("SELECT min(page_count) FROM document")).scalar_one()
            files, page_total = conn.execute(
                sa.text("SELECT count(DISTINCT sha256), sum(page_count) FROM document")
            ).one()
            page_rows, empty_pages = conn.execute(
                sa.text("SELECT count(*), sum(text = '') FROM document_page")
            ).one()
            first_page = conn.execute(
                sa.text("SELECT text FROM document_page WHERE document_id = 1 AND page_number = 1")
            ).scalar_one()
            blank = conn.execute(
                sa.text("SELECT count(*) FROM agreement WHERE search_text = ''")
            ).scalar_one()
            first, last = conn.execute(
                sa.text("SELECT min(date_signed), max(date_signed) FROM agreement")
            ).one()
    finally:
        library.close()
    assert found == counts(1_000)
    for script, pattern in SCRIPTS.items():
        assert re.search(pattern, titles), f"no {script} title"
        assert re.search(pattern, names), f"no {script} local name"
    assert any("\n" in note for note in notes)
    assert pages >= 1
    # One distinct real PDF per document (the search corpus's), its pages' texts stored.
    assert files == counts(1_000)[2]
    assert page_rows == page_total > files
    assert empty_pages == 0
    assert first_page.startswith("AC-00001 · 1/")
    assert blank == 0
    assert "1950-01-01" <= first < "1960"
    assert "2020" < last <= "2026-11-30"
    stamp = (folder.parent / "done.json").stat().st_mtime_ns
    assert large_library(1_000, log=lambda _line: None) == folder  # reused, not rebuilt
    assert (folder.parent / "done.json").stat().st_mtime_ns == stamp


def test_the_suite_prints_every_row_at_1000(bench_cache: Path, tmp_path: Path) -> None:
    env = dict(os.environ, ACCORD_BENCH_CACHE=str(bench_cache), HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--quick", "--sizes", "1000"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: a goal not met, not a crash
    out = done.stdout
    assert "1,000 agreements" in out
    rows = {line.split("|")[1].strip(): line for line in out.splitlines() if line.startswith("| ")}
    expected = ["start-up to first paint", "keystroke in search field", "sort by date signed",
                "resident memory, window shown", "upcoming dates (lives + upcoming)"]  # fmt: skip
    if shutil.which("sqlite3"):
        expected += ["CSV export, all agreements", "CSV import, empty library"]
    for what in expected:
        assert what in rows, out
        assert rows[what].rstrip(" |").endswith(("pass", "FAIL")), rows[what]  # measured
    if shutil.which("sqlite3"):
        for floor in ("floor: Python csv → executemany", "floor: rows as stored, no checks"):
            assert floor in rows, out
            assert re.search(r"\d+\.\d\dx +\| — +\| info", rows[floor]), rows[floor]
    # The full-text search rows (tests.benchmarks.bench_search), each measured or failed.
    assert "Full-text search, 1,000 agreements" in out
    searched = [f"keystroke, {script}: {text}" for script, texts in QUERIES.items()
                for text in texts] + [f"short term: {term}" for term in SHORT_TERMS]  # fmt: skip
    searched += ["extract every PDF's text and index it", "FTS index size"]
    for what in searched:
        assert what in rows, out
        assert rows[what].rstrip(" |").endswith(("pass", "FAIL")), rows[what]
    assert "keystroke on PostgreSQL" in rows or "keystroke (PostgreSQL), Thai: ความร่วมมือ" in rows


def test_the_import_floor_stores_what_the_import_stores(tmp_path: Path) -> None:
    """The floor is a floor only if it stores the very rows an import stores (less checking,
    same result): compared field by field on a generated library's export."""
    source = open_library(tmp_path / "source", builtin=False)
    fill_library(source.database_path, 300, partners=40, documents=0)  # type: ignore[arg-type]
    exported = tmp_path / "agreements.csv"
    export_agreements(source, exported)
    source.close()
    imported = open_library(tmp_path / "imported", builtin=False)
    plan = plan_import(imported, exported)
    apply_import(imported, plan, create_partners=True)
    imported.close()
    floor = open_library(tmp_path / "floor", builtin=False)
    database = floor.database_path
    floor.close()
    assert database is not None
    assert stored_rows(exported, database) > 0
    assert plain_copy(exported, tmp_path / "plain.sqlite3") > 0

    def rows(folder: Path, sql: str) -> list[tuple]:
        library = open_library(folder)
        try:
            assert check_library(library).ok
            with library.engine.connect() as conn:
                return [tuple(row) for row in conn.exec_driver_sql(sql)]
        finally:
            library.close()

    agreements = ("SELECT id, partner_id, title, type, date_signed, areas, notes, expires_on, "
                  "supersedes_id, version, search_text FROM agreement ORDER BY id")  # fmt: skip
    partners = ("SELECT id, name, local_name, country, kind, relationship, notes, version, "
                "search_text FROM partner ORDER BY id")  # fmt: skip
    history = "SELECT record_kind, record_id, action FROM history ORDER BY record_kind, record_id"
    for sql in (agreements, partners, history):
        assert rows(tmp_path / "floor", sql) == rows(tmp_path / "imported", sql)
    assert len(rows(tmp_path / "floor", agreements)) == 300


def test_the_server_documents_group_measures_the_three_ways(tmp_path: Path) -> None:
    """``--only server`` prints one measured row per way on the test server, or says why
    it was skipped; it builds no library."""
    env = dict(os.environ, HOME=str(tmp_path / "home"), ACCORD_BENCH_CACHE=str(tmp_path / "c"))
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--quick", "--only", "server"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert not (tmp_path / "c").exists()
    if not os.environ.get("ACCORD_TEST_DATABASE_URL"):
        assert "server documents: skipped (no server" in done.stdout
        return
    rows = {
        line.split("|")[1].strip(): line
        for line in done.stdout.splitlines()
        if line.startswith("| ")
    }
    for way in ("one bytea row", "1 MiB bytea parts", "large object"):
        assert re.search(r"\| \d+\.\d\d \| \d+\.\d\d \| \d+\.\d\dx \| \d+\.\d\dx \|", rows[way])
    assert "| 1.00x | 1.00x |" in rows["1 MiB bytea parts"]
