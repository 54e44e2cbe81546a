"""The search index stays current through every change, and a rebuild or a query never fails.

Each change goes through the use cases a person's action runs (the window and
the command line call the same ones): add, edit, rename a partner, attach and
remove a document, the trash and its purge, a relink to a changed file, a
rebuild and its cancel; then the search is asked. Hostile queries run on the
FTS5 path and on the plain scan.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from fpdf import FPDF

from db.agreements import add_agreement, delete_agreement, update_agreement
from db.documents import attach_document, remove_document
from db.errors import Cancelled
from db.integrity import relink_document
from db.partners import update_partner
from db.reindex import reindex
from db.schemas import AgreementCreate, AgreementUpdate, PartnerUpdate
from db.search.query import MAX_TERMS, parse_query
from db.search.sql import Finder
from db.search.units import FIELD_BREAK
from db.text_search import _FINDERS, documents_without_text, search
from db.trash import purge, restore

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


pytestmark = pytest.mark.backends


def _pdf(path: Path, pages: list[str]) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def _found(library: Library, text: str) -> list[int]:
    return list(search(library, text).agreement_ids)


def _units(library: Library) -> int:
    with library.engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT count(*) FROM search_unit").scalar_one())


def test_a_change_is_found_at_once_and_the_old_words_are_not(library: Library) -> None:
    added = add_agreement(library, AgreementCreate(
        partner_id=5, title="Accord on Zeppelin Mail", type="other",
        date_signed=dt.date(2020, 1, 2), notes="ききゅうの郵便", areas=["aviation"],
    ))  # fmt: skip
    assert _found(library, "zeppelin") == [added.id]
    assert _found(library, "キキュウ") == [added.id]  # notes, katakana for hiragana
    assert _found(library, "aviation") == [added.id]
    update_agreement(library, added.id, AgreementUpdate(title="Accord on Airship Mail"))
    assert _found(library, "zeppelin") == []
    assert _found(library, "airship") == [added.id]
    update_partner(library, 5, PartnerUpdate(name="Seoul Special City"))
    assert added.id in _found(library, "special city")
    assert _found(library, '"seoul special" airship') == [added.id]


def test_trash_restore_and_purge_keep_the_index_right(library: Library) -> None:
    before = _units(library)
    assert _found(library, "moscow") == [9]
    delete_agreement(library, 9)
    assert _found(library, "moscow") == []
    restore(library, "agreement", 9)
    assert _found(library, "moscow") == [9]
    delete_agreement(library, 9)
    purge(library, "agreement", 9)
    assert _units(library) == before - 1  # its unit went with it (ON DELETE CASCADE)


def test_an_attached_pdf_is_found_at_once_on_its_page(library: Library, tmp_path: Path) -> None:
    path = _pdf(tmp_path / "協定.pdf", ["Preamble", "", "The Parties shall run hydrogen buses."])
    document = attach_document(library, 3, path, language="en")
    found = search(library, "hydrogen buses")
    assert list(found.agreement_ids) == [3]
    (hit,) = found.page_hits
    assert (hit.document_id, hit.page_number, hit.original_name) == (document.id, 3, "協定.pdf")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["hydrogen", "buses"]
    (phrase,) = search(library, '"hydrogen buses"').page_hits
    assert [phrase.snippet[a:b] for a, b in phrase.highlights] == ["hydrogen buses"]
    assert documents_without_text(library, [document.id]) == set()
    remove_document(library, document.id)
    assert _found(library, "hydrogen") == []
    restore(library, "document", document.id)
    assert _found(library, "hydrogen") == [3]
    assert _found(library, "lang:en hydrogen") == [3]
    assert _found(library, "lang:ja hydrogen") == []


def test_a_scan_is_marked_no_text_and_found_by_the_filter(library: Library, tmp_path: Path) -> None:
    blank = attach_document(library, 4, _pdf(tmp_path / "scan.pdf", ["", ""]))
    words = attach_document(library, 4, _pdf(tmp_path / "text.pdf", ["words"]))
    assert documents_without_text(library, [blank.id, words.id]) == {blank.id}
    assert _found(library, "is:notext") == [4]
    remove_document(library, blank.id)
    assert _found(library, "is:notext") == []


def test_a_relinked_file_replaces_the_pages_in_the_index(library: Library, tmp_path: Path) -> None:
    document = attach_document(library, 2, _pdf(tmp_path / "a.pdf", ["first wording"]))
    relink_document(
        library, document.id, _pdf(tmp_path / "b.pdf", ["second wording"]), replace=True
    )
    assert _found(library, "first wording") == []
    assert _found(library, "second wording") == [2]


def test_reindex_rebuilds_and_a_cancel_changes_nothing(library: Library, tmp_path: Path) -> None:
    attach_document(library, 3, _pdf(tmp_path / "x.pdf", ["quokka"]))
    before = _units(library)
    with library.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM search_unit WHERE kind = 'page'")
    assert _found(library, "quokka") == []
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        reindex(library, lambda done, total: seen.append((done, total)) or len(seen) < 2)
    assert _found(library, "quokka") == []  # the cancelled rebuild was rolled back
    assert reindex(library) == before
    assert _found(library, "quokka") == [3]
    assert seen[0][1] == before  # progress counts records and pages


def test_every_unit_is_one_field_a_line(library: Library) -> None:
    """A phrase is found inside a field, never across two (the fields' break)."""
    add_agreement(library, AgreementCreate(
        partner_id=1, title="Alpha", type="other", date_signed=dt.date(2001, 1, 1),
        notes="beta", areas=[],
    ))  # fmt: skip
    assert _found(library, '"alpha beta"') == []
    assert FIELD_BREAK not in "".join(parse_query('"alpha\nbeta" x\ny').terms)


def _hostile() -> list[str]:
    pieces = [
        '"', '""', '"""', "'", "(", ")", "[", "]", "{", "}", "*", "**", "^", "~", ":", "::",
        "-", "--", "+", "|", "&", "\\", "\\\\", "%", "_", "%_%", "NEAR(", "NEAR(a b, 2)",
        "AND", "OR", "NOT", "a OR b", "a AND", "col:x", "text:abc", "rowid:1", "{text}: x",
        "'; DROP TABLE search_unit; --", "\x00", "\x01\x02", "\ud800", "\udfff", "\u200f",
        "\u202e", "\u2066", "\ufeff", "🙂", "👩‍👩‍👧", "\U0001f3f3\ufe0f\u200d\U0001f308",
        "\u0301", "ُ", "ـ", "٫", "\u3000", "　", "＂", "：", "ｰ", "type:", "lang:",
        "year:", "year:0000", "year:9999..0001", "in:", "in:nowhere", "is:", "partner:",
        "partner:\"", "-\"", "-type:mou", "2014..", "..2014", "....", "99999..99999",
        "<script>", "%00", "$(rm)", "`x`", "\t\n\r", "a" * 3, "東" * 3, "ก" * 4,
    ]  # fmt: skip
    strings = list(pieces)
    strings += [f"{a} {b}" for a, b in zip(pieces, reversed(pieces), strict=True)]
    strings += [f'"{piece}"' for piece in pieces[:40]]
    strings += [f"-{piece}" for piece in pieces[:30]]
    strings += ["x" * 10_000, "東京 " * 3_000, '"' * 5_001, "-" * 10_000, "a b " * 2_000,
                "\u200f" * 1_000 + "москва", "ً" * 500, "NEAR(" * 1_000]  # fmt: skip
    return strings


HOSTILE = _hostile()


def test_there_are_at_least_200_hostile_queries() -> None:
    assert len(HOSTILE) >= 200


@pytest.mark.timeout(120)
@pytest.mark.parametrize("path", ["fts5", "scan"])
def test_no_hostile_query_raises_or_hangs(library: Library, path: str, tmp_path: Path) -> None:
    attach_document(library, 3, _pdf(tmp_path / "p.pdf", ['NEAR( "quoted" 100% a_b \\ back']))
    if path == "scan":
        _FINDERS[library.engine] = Finder(library.engine.dialect.name, fts=False)
    for text in HOSTILE:
        result = search(library, text)  # raises nothing
        assert len(result.query.terms) + len(result.query.excluded) <= MAX_TERMS
    assert _found(library, "100%") == [3]
    assert _found(library, "a_b") == [3]
    assert _found(library, "a%b") == []
    assert _found(library, "\\ back") == [3]
    assert _found(library, 'near( "quoted') == [3]


def test_accord_search_and_reindex_on_a_cp932_console(library_dir: Path, tmp_path: Path) -> None:
    """A snippet in Thai on a Japanese Windows console comes out escaped, never as an error."""
    from db.opening import open_library

    library = open_library(library_dir)
    attach_document(library, 21, _pdf(tmp_path / "t.pdf", ["Bangkok accord text"]))
    library.close()
    env = {**os.environ, "PYTHONIOENCODING": "cp932", "ACCORD_LANGUAGE": "en"}

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--library", str(library_dir), *args],
            capture_output=True, env=env, timeout=120,
        )  # fmt: skip

    result = run("search", "bangkok", "--limit", "5")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("cp932")
    assert out.splitlines()[0].startswith("21\tBangkok\t")
    assert "t.pdf\tp. 1\tBangkok accord text" in out
    assert run("search", "กรุงเทพ").returncode == 0
    assert run("search", "--limit", "0", "x").returncode == 2
    result = run("search", "--json", "accord text")
    assert result.returncode == 0
    assert b'"page": 1' in result.stdout
    result = run("reindex")
    assert result.returncode == 0
    assert b"The search index holds" in result.stdout


@pytest.mark.sqlite_only("FTS5 is SQLite's (the server searches search_unit itself)")
def test_the_fts5_table_follows_every_write(library: Library, tmp_path: Path) -> None:
    """FTS5's own integrity check: the index matches ``search_unit`` after writes."""
    attach_document(library, 3, _pdf(tmp_path / "x.pdf", ["abc def", "ghi"]))
    delete_agreement(library, 3)
    purge(library, "agreement", 3)
    with library.engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
        ))  # fmt: skip


def test_a_word_hyphenated_at_a_line_end_is_found_whole() -> None:
    """PDFium marks a hyphen at a line's end with U+FFFE: the index joins the word, and a
    snippet shows a hyphen, never the noncharacter."""
    from db.search.snippets import snippet
    from db.search.units import page_unit

    assert page_unit("Exchange and co\ufffe\r\noperation") == "exchange and cooperation"
    line, _places = snippet("Exchange and co\ufffe\noperation", ["exchange"])
    assert line == "Exchange and co- operation"
