"""The search benchmark's corpus is what it promises: real PDFs whose text reads back whole.

Timings are not asserted; what is: every file is a distinct PDF that
Accord's own reader (a child process, as attaching runs it) reads back
with the lines drawn on it, in all six scripts; no two pages hold the same
text; the cache is reused, and a larger cached corpus serves a smaller one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from db.attachments.pdf import read_pdf
from tests.benchmarks import search_corpus as corpus_module
from tests.benchmarks.corpus_pages import document, make_fonts
from tests.benchmarks.prose import SCRIPT_NAMES
from tests.benchmarks.search_corpus import SEED, WORDS, search_corpus

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def bench_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "bench-cache"
    monkeypatch.setenv("ACCORD_BENCH_CACHE", str(cache))
    return cache


def test_every_script_reads_back_through_accords_reader(bench_cache: Path) -> None:
    corpus = search_corpus(12, log=lambda _line: None)
    assert len(corpus.documents) == 12
    assert {entry["script"] for entry in corpus.documents} == set(SCRIPT_NAMES)
    assert len({entry["sha256"] for entry in corpus.documents}) == 12
    fonts = make_fonts()
    for entry in corpus.documents[: len(SCRIPT_NAMES)]:
        info = read_pdf(corpus.path(entry))
        drawn = document(entry["number"], fonts, SEED)
        assert info.page_count == entry["pages"] == len(drawn.texts)
        assert info.title == entry["title"]
        assert [text.split("\n") for text in info.texts] == [
            text.split("\n") for text in drawn.texts
        ], entry["script"]
    texts = list(corpus.texts())
    assert len(texts) == corpus.done["pages"] == sum(e["pages"] for e in corpus.documents)
    assert len({text for _, _, text in texts}) == len(texts)  # no two pages alike
    for number, page, text in texts:
        count = corpus.documents[number - 1]["pages"]
        assert text.startswith(f"AC-{number:05d} · {page}/{count}\n")


def test_the_words_the_benchmark_looks_for_are_in_the_pages() -> None:
    fonts = make_fonts()
    by_script: dict[str, str] = {}
    for number in range(1, 6 * 20 + 1):
        made = document(number, fonts, SEED)
        by_script[made.script] = by_script.get(made.script, "") + "\n".join(made.texts)
    for script, words in WORDS.items():
        for word in words:
            assert word in by_script[script], (script, word)


def test_the_cache_is_reused_and_a_larger_corpus_serves_a_smaller(bench_cache: Path) -> None:
    corpus = search_corpus(12, log=lambda _line: None)
    stamp = (corpus.folder / "done.json").stat().st_mtime_ns
    smaller = search_corpus(7, log=lambda _line: None)
    assert smaller.folder == corpus.folder
    assert len(smaller.documents) == 7
    assert {number for number, _, _ in smaller.texts()} == set(range(1, 8))
    assert (corpus.folder / "done.json").stat().st_mtime_ns == stamp
    assert not list(corpus.folder.parent.glob("building-*"))
    assert json.loads((corpus.folder / "done.json").read_text())["documents"] == 12


def test_a_page_that_reads_back_otherwise_stops_the_build() -> None:
    drawn = ("AC-00001 · 1/1\nกรุงเทพมหานคร",)
    corpus_module._check(1, "thai", drawn, list(drawn))
    with pytest.raises(RuntimeError, match="reads back differently"):
        corpus_module._check(1, "thai", drawn, ["AC-00001 · 1/1\nกรุงเทพ"])
