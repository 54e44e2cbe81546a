"""Benchmark: attaching and reading a generated 200-page PDF, against pypdfium2 directly.

Run: ``.venv/bin/python -m tests.benchmarks.bench_documents``. Not part of
the test suite; it prints one table row per measurement, with the
baseline measured in the same run and the ratio.

- baseline: pypdfium2 opens the file in this process, counts its pages and
  extracts every page's text (the least any reader must do);
- Accord: ``attach_document`` — checks the frame, reads the same in a
  time-limited child process, copies and hashes the file into the library,
  and stores the page texts in SQLite.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF

from db.documents import attach_document, remove_document
from db.opening import open_library

PAGES = 200
RUNS = 5


def make_pdf(path: Path, pages: int) -> Path:
    """Write a ``pages``-page text PDF with fpdf2."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        for line in range(40):
            pdf.cell(0, 6, f"Page {number}, line {line}: exchange and cooperation in culture.")
            pdf.ln()
    pdf.output(str(path))
    return path


def read_directly(path: Path) -> int:
    """The baseline: what pypdfium2 itself needs to give pages and texts."""
    document = pdfium.PdfDocument(str(path))
    texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    document.close()
    return len(texts)


def best_of(function, runs: int = RUNS) -> float:  # noqa: ANN001 - a callable
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        pdf = make_pdf(Path(folder) / "mou-200-pages.pdf", PAGES)
        library = open_library(Path(folder) / "library")
        baseline = best_of(lambda: read_directly(pdf))

        def attach_once() -> None:
            document = attach_document(library, 1, pdf)
            assert document.page_count == PAGES
            remove_document(library, document.id)

        accord = best_of(attach_once)
        library.close()
        size = pdf.stat().st_size
    print(f"{'measure':<48} {'Accord':>9} {'baseline':>9} {'ratio':>6}")
    print(
        f"{f'attach + read a {PAGES}-page PDF ({size // 1024} KiB)':<48} "
        f"{accord * 1000:>7.0f}ms {baseline * 1000:>7.0f}ms {accord / baseline:>6.2f}"
    )


if __name__ == "__main__":
    main()
