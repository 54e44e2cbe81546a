"""Documents read with PDFium: samples, generated PDFs, bad files, integrity and relinking."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from fpdf import FPDF

from db.agreements import get_agreement
from db.check import check_library
from db.documents import attach_document, document_file
from db.enums import DocumentRole
from db.errors import DocumentError
from db.integrity import (
    DocumentMismatchError,
    DocumentStatus,
    document_status,
    relink_document,
    replacements,
)
from db.library import Library
from db.pdf import plain_reason, read_pdf

SAMPLES = Path(__file__).with_name("samples")
ENCRYPTED = {"aes-128-password-foo.pdf", "libreoffice-writer-password.pdf"}


def make_pdf(path: Path, *, pages: int = 1, title: str = "") -> Path:
    """Write a real PDF with fpdf2: ``pages`` pages of text, an optional title."""
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("helvetica", size=14)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"Page {number} of the memorandum")
    pdf.output(str(path))
    return path


def _page_texts(library: Library, document_id: int) -> list[str]:
    with library.engine.connect() as conn:
        return list(
            conn.execute(
                sa.text(
                    "SELECT text FROM document_page WHERE document_id = :d ORDER BY page_number"
                ),
                {"d": document_id},
            ).scalars()
        )


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.pdf")))
def test_every_sample_attaches_and_encrypted_ones_are_marked(library: Library, name: str) -> None:
    document = attach_document(library, 1, SAMPLES / name, role=DocumentRole.TRANSLATION)
    assert document.role is DocumentRole.TRANSLATION
    assert document.encrypted is (name in ENCRYPTED)
    texts = _page_texts(library, document.id)
    if name in ENCRYPTED:
        assert document.page_count is None and texts == []
    else:
        assert document.page_count is not None and document.page_count >= 1
        assert len(texts) == document.page_count


def test_japanese_and_arabic_text_is_extracted(library: Library) -> None:
    jo = attach_document(library, 1, SAMPLES / "jo.pdf", language="ja")
    assert "みんな" in _page_texts(library, jo.id)[0]
    assert jo.language_name == "Japanese"
    habibi = attach_document(library, 1, SAMPLES / "habibi.pdf", language="ar")
    assert habibi.title == "habibi"


def test_generated_pdf_gives_its_pages_and_title(library: Library, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "mou.pdf", pages=5, title="MoU on Exchange and Cooperation")
    document = attach_document(library, 1, pdf)
    assert (document.page_count, document.title) == (5, "MoU on Exchange and Cooperation")
    assert _page_texts(library, document.id)[4].strip() == "Page 5 of the memorandum"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<!DOCTYPE html><html><body>MoU</body></html>", "not a PDF"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not a PDF"),
        (b"", "empty"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 500 + b"\n%%EOF\n", "damaged"),
    ],
)
def test_bad_files_are_refused_with_their_reason(
    library: Library, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "signed.pdf"
    bad.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        attach_document(library, 1, bad)
    assert get_agreement(library, 1).documents == []
    assert not [p for p in library.attachments_dir.rglob("*") if p.is_file()]


def test_a_truncated_generated_pdf_is_refused(library: Library, tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", pages=20).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DocumentError, match="damaged"):
        attach_document(library, 1, cut)


def test_a_reader_over_its_time_limit_is_stopped(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "slow.pdf")
    with pytest.raises(DocumentError, match="could not be read within"):
        read_pdf(pdf, timeout=0.0)
    assert read_pdf(pdf).page_count == 1  # the same file reads fine with time to do it


def test_a_cancelled_read_says_so(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cancelled"):
        read_pdf(make_pdf(tmp_path / "x.pdf"), cancelled=lambda: True)


def test_status_missing_changed_and_relinking(library: Library, tmp_path: Path) -> None:
    original = make_pdf(tmp_path / "original.pdf", pages=2)
    document = attach_document(library, 1, original)
    stored = library.path_of(document.stored_path)
    assert document_status(library, document) is DocumentStatus.OK

    stored.unlink()
    assert document_status(library, document) is DocumentStatus.MISSING
    relinked = relink_document(library, document.id, original)
    assert document_status(library, relinked) is DocumentStatus.OK
    assert relinked.sha256 == document.sha256

    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01
    stored.write_bytes(bytes(data))
    assert document_status(library, document) is DocumentStatus.CHANGED
    assert document_status(library, document, full=False) is DocumentStatus.OK

    other = make_pdf(tmp_path / "other.pdf", pages=3)
    with pytest.raises(DocumentMismatchError, match="SHA-256 differs"):
        relink_document(library, document.id, other)
    replaced = relink_document(library, document.id, other, replace=True)
    assert replaced.sha256 == hashlib.sha256(other.read_bytes()).hexdigest()
    assert replaced.page_count == 3 and len(_page_texts(library, document.id)) == 3
    assert document_file(library, document.id).read_bytes() == other.read_bytes()
    (record,) = replacements(library, document.id)
    assert (record.old_sha256, record.new_sha256) == (document.sha256, replaced.sha256)
    assert check_library(library).ok  # the changed old file was removed, nothing stray
    assert original.exists() and other.exists()  # the user's files are only read


def test_a_cross_reference_table_that_loops_does_not_hang(tmp_path: Path) -> None:
    """An incremental update whose xref section names itself as /Prev."""
    data = make_pdf(tmp_path / "base.pdf").read_bytes()
    root = re.search(rb"/Root (\d+ \d+ R)", data)
    assert root is not None
    start = len(data)
    looping = data + b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root " + root.group(1)
    looping += b" /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (start, start)
    path = tmp_path / "loop.pdf"
    path.write_bytes(looping)
    assert read_pdf(path, timeout=30).page_count == 1  # PDFium breaks the loop itself


def test_a_300_mb_damaged_scan_is_refused_without_copying(library: Library, tmp_path: Path) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:  # sparse: 300 MB on paper, little on disk
        handle.write(b"%PDF-1.7\n")
        handle.seek(300 * 1024 * 1024)
        handle.write(b"\n%%EOF\n")
    with pytest.raises(DocumentError, match="damaged"):
        attach_document(library, 1, big)
    assert not [p for p in library.attachments_dir.rglob("*") if p.is_file()]


def test_a_damaged_stored_copy_is_repaired_by_the_genuine_file(
    library: Library, tmp_path: Path
) -> None:
    genuine = make_pdf(tmp_path / "genuine.pdf", pages=2)
    document = attach_document(library, 1, genuine)
    stored = library.path_of(document.stored_path)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size, different content
    stored.write_bytes(bytes(data))
    assert document_status(library, document) is DocumentStatus.CHANGED
    relinked = relink_document(library, document.id, genuine)
    assert document_status(library, relinked) is DocumentStatus.OK
    stored.write_bytes(bytes(data))
    second = attach_document(library, 2, genuine)  # attaching it again repairs it too
    assert document_status(library, second) is DocumentStatus.OK
    assert check_library(library).ok


def test_the_reader_never_runs_code_from_the_working_folder(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trap = tmp_path / "trap"
    trap.mkdir()
    marker = tmp_path / "ran"
    (trap / "json.py").write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    (trap / "db").mkdir()
    (trap / "db" / "__init__.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    monkeypatch.chdir(trap)
    document = attach_document(library, 1, SAMPLES / "jo.pdf")
    assert document.page_count == 1
    assert not marker.exists()


def test_junk_after_the_end_marker_is_accepted(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "trailing.pdf"
    path.write_bytes(make_pdf(tmp_path / "base.pdf").read_bytes() + b"\0junk" * 2000)
    assert attach_document(library, 1, path).page_count == 1


def test_reader_errors_are_plain_words() -> None:
    assert plain_reason("Failed to load document (PDFium: Data format error).") == (
        "data format error"
    )
    assert plain_reason("Failed to load page.") == "one of its pages cannot be read"
    assert "Error" not in plain_reason("Failed to load page.")
