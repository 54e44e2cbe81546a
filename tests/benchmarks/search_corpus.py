"""The search benchmark's corpus: 20,000 distinct real PDFs, over 100,000 pages of text, cached.

``search_corpus(count)`` returns a :class:`Corpus` of documents 1..``count``
(default :data:`DOCUMENTS`): signed agreements in six scripts (English and
Latin with accents, Japanese, Korean, Russian, Thai, Arabic;
:mod:`.corpus_pages`), each page's text distinct, written by
:mod:`.pdf_writer` with embedded Noto font subsets (Debian's
``fonts-noto-core`` and ``fonts-noto-cjk``). Then every file is read once
with Accord's own reader (:func:`db.attachments.pdf`'s ``_read``, what its
child process runs, called in a worker pool instead of one child per file)
and the page texts are kept beside the files, so a library build never
extracts again.

Cache: ``cache_root()/pdfs-search-v<CORPUS_VERSION>/<count>/`` holds
``files/NNNNN.pdf``, ``manifest.json`` (per document: number, file, script,
language, title, pages, size, sha256), ``texts.sqlite3`` (table ``page``:
document, page, text as extracted) and ``done.json`` (counts, sizes, seconds).
It is built in a temporary folder beside it and renamed when whole; a
larger corpus already cached serves a smaller ``count`` (documents are the
same whatever the count). Work runs in :data:`WORKERS` processes under
``nice``. ``python -m tests.benchmarks.search_corpus [COUNT]`` builds it
and prints what it cost.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tests.benchmarks.cache import cache_root
from tests.benchmarks.corpus_pages import document, make_fonts
from tests.benchmarks.pdf_writer import write_pdf
from tests.benchmarks.prose import SCRIPT_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

#: Bump when the corpus's files or texts change, so caches are rebuilt.
CORPUS_VERSION = 1
SEED = 20261207
DOCUMENTS = 20_000
#: Pages the full corpus must hold at least.
MIN_PAGES = 100_000
WORKERS = 2
_BATCH = 200
#: Documents of each script whose extracted text is checked line by line against what was drawn.
CHECKED_PER_SCRIPT = 20
#: Words each script's checked documents must give back, at least once among them.
WORDS = {
    "latin": ("hydrogen buses", "Tokyo", "coopération"),
    "japanese": ("水素", "協定", "東京"),
    "korean": ("서울특별시", "탄소중립"),
    "cyrillic": ("Москва",),
    "thai": ("กรุงเทพมหานคร",),
    "arabic": ("التعاون",),
}


@dataclass(frozen=True)
class Corpus:
    """A built corpus: its folder and its documents' manifest entries (first ``count``)."""

    folder: Path
    documents: tuple[dict[str, Any], ...]
    done: dict[str, Any]

    def path(self, entry: dict[str, Any]) -> Path:
        """The file of manifest ``entry``."""
        return self.folder / "files" / entry["file"]

    def texts(self) -> Iterator[tuple[int, int, str]]:
        """(document number, page number, extracted text) of the corpus's documents, in order."""
        last = len(self.documents)
        with sqlite3.connect(self.folder / "texts.sqlite3") as conn:
            yield from conn.execute(
                "SELECT document, page, text FROM page WHERE document <= ? ORDER BY document, page",
                (last,),
            )


def _home() -> Path:
    return cache_root() / f"pdfs-search-v{CORPUS_VERSION}"


def search_corpus(count: int = DOCUMENTS, *, log: Callable[[str], object] = print) -> Corpus:
    """Return the cached corpus of documents 1..``count``, building it when no cached one has
    that many. ``log`` receives a line per phase when building. Raises ``RuntimeError`` when
    a checked page does not give back the text drawn on it, or the full corpus holds fewer
    than :data:`MIN_PAGES` pages."""
    home = _home()
    ready = sorted(
        int(p.parent.name) for p in home.glob("*/done.json") if p.parent.name.isdigit()
    ) if home.is_dir() else []  # fmt: skip
    enough = [n for n in ready if n >= count]
    folder = home / str(enough[0]) if enough else build(home, count, log=log)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    done = json.loads((folder / "done.json").read_text(encoding="utf-8"))
    return Corpus(folder, tuple(manifest[:count]), done)


def _nice() -> None:
    with contextlib.suppress(OSError):
        os.nice(10)


_FONTS: dict | None = None


def _init(fonts: dict) -> None:
    global _FONTS  # noqa: PLW0603 - one copy of the fonts per worker process
    _nice()
    _FONTS = fonts


def _write_batch(args: tuple[Path, int, int]) -> tuple[list[dict], dict[int, tuple[str, ...]]]:
    """Write documents first..last into ``files``; return manifest entries and drawn texts."""
    files, first, last = args
    assert _FONTS is not None
    entries, drawn = [], {}
    for number in range(first, last + 1):
        made = document(number, _FONTS, SEED)
        name = f"{number:05d}.pdf"
        size = write_pdf(files / name, made.title, made.pages)
        sha = hashlib.sha256((files / name).read_bytes()).hexdigest()
        entries.append({"number": number, "file": name, "script": made.script,
                        "language": made.language, "title": made.title,
                        "pages": len(made.pages), "size": size, "sha256": sha})  # fmt: skip
        if (number - 1) // len(SCRIPT_NAMES) < CHECKED_PER_SCRIPT:
            drawn[number] = made.texts
    return entries, drawn


def _read_batch(args: tuple[Path, list[int]]) -> list[tuple[int, str, list[str]]]:
    """Read each file with Accord's reader; return (number, title, page texts)."""
    from db.attachments.pdf import _read  # what read_pdf's child runs

    files, numbers = args
    out = []
    for number in numbers:
        result = _read(str(files / f"{number:05d}.pdf"))
        if "texts" not in result:
            raise RuntimeError(f"Accord's reader refused document {number}: {result}")
        out.append((number, result["title"], result["texts"]))
    return out


def _batches(count: int) -> list[tuple[int, int]]:
    return [(first, min(first + _BATCH - 1, count)) for first in range(1, count + 1, _BATCH)]


def build(home: Path, count: int, *, log: Callable[[str], object] = print) -> Path:
    """Build the corpus of ``count`` documents into ``home/<count>``; return that folder."""
    home.mkdir(parents=True, exist_ok=True)
    building = home / f"building-{count}-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    files = building / "files"
    files.mkdir(parents=True)
    started = time.perf_counter()
    fonts = make_fonts()
    fonts_s = time.perf_counter() - started
    log(f"corpus: font subsets made in {fonts_s:.1f} s")
    entries: list[dict] = []
    drawn: dict[int, tuple[str, ...]] = {}
    at = time.perf_counter()
    with ProcessPoolExecutor(WORKERS, initializer=_init, initargs=(fonts,)) as pool:
        for batch_entries, batch_drawn in pool.map(
            _write_batch, [(files, a, b) for a, b in _batches(count)]
        ):
            entries.extend(batch_entries)
            drawn.update(batch_drawn)
    write_s = time.perf_counter() - at
    pages = sum(e["pages"] for e in entries)
    log(f"corpus: {count:,} PDFs, {pages:,} pages written in {write_s:.1f} s "
        f"({write_s / pages * 1000:.2f} ms a page on {WORKERS} workers)")  # fmt: skip
    if count >= DOCUMENTS and pages < MIN_PAGES:
        raise RuntimeError(f"The corpus holds {pages:,} pages, fewer than {MIN_PAGES:,}.")
    at = time.perf_counter()
    database = sqlite3.connect(building / "texts.sqlite3")
    database.execute("CREATE TABLE page (document INTEGER, page INTEGER, text TEXT NOT NULL, "
                     "PRIMARY KEY (document, page)) WITHOUT ROWID")  # fmt: skip
    groups = [(files, list(range(a, b + 1))) for a, b in _batches(count)]
    with ProcessPoolExecutor(WORKERS, initializer=_nice) as pool:
        for batch in pool.map(_read_batch, groups):
            for number, title, texts in batch:
                entry = entries[number - 1]
                if title != entry["title"] or len(texts) != entry["pages"]:
                    raise RuntimeError(f"Document {number} reads back as {title!r}, "
                                       f"{len(texts)} pages.")  # fmt: skip
                database.executemany(
                    "INSERT INTO page VALUES (?, ?, ?)",
                    [(number, page, text) for page, text in enumerate(texts, start=1)],
                )
                if number in drawn:
                    _check(number, entry["script"], drawn[number], texts)
    database.commit()
    database.close()
    read_s = time.perf_counter() - at
    log(f"corpus: extracted with Accord's reader in {read_s:.1f} s "
        f"({read_s / pages * 1000:.2f} ms a page on {WORKERS} workers)")  # fmt: skip
    _check_words(building, drawn, entries)
    size = sum(e["size"] for e in entries)
    by_script = {s: sum(1 for e in entries if e["script"] == s) for s in SCRIPT_NAMES}
    done = {"documents": count, "pages": pages, "pdf_bytes": size, "fonts_s": round(fonts_s, 1),
            "write_s": round(write_s, 1), "read_s": round(read_s, 1), "workers": WORKERS,
            "by_script": by_script}  # fmt: skip
    (building / "manifest.json").write_text(json.dumps(entries, ensure_ascii=False), "utf-8")
    (building / "done.json").write_text(json.dumps(done), encoding="utf-8")
    folder = home / str(count)
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    log(f"corpus: {count:,} documents, {pages:,} pages, {size / 2**20:.0f} MiB of PDF, "
        f"built in {time.perf_counter() - started:.0f} s: {folder}")  # fmt: skip
    return folder


def _check(number: int, script: str, drawn: tuple[str, ...], read: list[str]) -> None:
    """Every line drawn on each page must come back in order in the page's extracted text."""
    for page, (expected, found) in enumerate(zip(drawn, read, strict=True), start=1):
        if found.split("\n") != expected.split("\n"):
            missing = [line for line in expected.split("\n") if line not in found]
            raise RuntimeError(
                f"Page {page} of document {number} ({script}) reads back differently; "
                f"lines not found: {missing[:3]!r}"
            )


def _check_words(building: Path, drawn: dict[int, tuple[str, ...]], entries: list[dict]) -> None:
    """The benchmark's words come back from the checked documents of their script."""
    for script, words in WORDS.items():
        texts = "\n".join("\n".join(drawn[n]) for n in drawn if entries[n - 1]["script"] == script)
        absent = [word for word in words if word not in texts]
        if absent:
            raise RuntimeError(f"The checked {script} documents never give back {absent}.")


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.benchmarks.search_corpus [COUNT]``: build (or find) the corpus."""
    args = argv if argv is not None else sys.argv[1:]
    count = int(args[0].replace(",", "").replace("_", "")) if args else DOCUMENTS
    corpus = search_corpus(count)
    print(corpus.folder)
    print(json.dumps(corpus.done))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
