"""Documents read with PDFium: samples, generated PDFs, bad files, integrity and relinking."""

from __future__ import annotations

import hashlib
import re
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from fpdf import FPDF

from db.agreements import get_agreement
from db.attachments.pdf import read_pdf
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
from db.safekeeping.check import check_library
from tests import stored_files

if TYPE_CHECKING:
    from db.library import Library

SAMPLES = Path(__file__).with_name("samples")
ENCRYPTED = {"aes-128-password-foo.pdf", "libreoffice-writer-password.pdf"}

pytestmark = pytest.mark.backends


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
        assert document.page_count is None
        assert texts == []
    else:
        assert document.page_count is not None
        assert document.page_count >= 1
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
    assert document_status(library, document) is DocumentStatus.OK

    stored_files.delete(library, document)
    assert document_status(library, document) is DocumentStatus.MISSING
    relinked = relink_document(library, document.id, original)
    assert document_status(library, relinked) is DocumentStatus.OK
    assert relinked.sha256 == document.sha256

    stored_files.damage(library, document)
    assert document_status(library, document) is DocumentStatus.CHANGED
    assert document_status(library, document, full=False) is DocumentStatus.OK

    other = make_pdf(tmp_path / "other.pdf", pages=3)
    with pytest.raises(DocumentMismatchError, match="SHA-256 differs"):
        relink_document(library, document.id, other)
    replaced = relink_document(library, document.id, other, replace=True)
    assert replaced.sha256 == hashlib.sha256(other.read_bytes()).hexdigest()
    assert replaced.page_count == 3
    assert len(_page_texts(library, document.id)) == 3
    assert document_file(library, document.id).read_bytes() == other.read_bytes()
    (record,) = replacements(library, document.id)
    assert (record.old_sha256, record.new_sha256) == (document.sha256, replaced.sha256)
    assert check_library(library).ok  # the changed old file was removed, nothing stray
    assert original.exists()
    assert other.exists()


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
    stored_files.damage(library, document)  # same size, different content
    assert document_status(library, document) is DocumentStatus.CHANGED
    relinked = relink_document(library, document.id, genuine)
    assert document_status(library, relinked) is DocumentStatus.OK
    stored_files.damage(library, document)
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


def _text_pdf(path: Path, chars: int) -> Path:
    """Write a one-page PDF whose page holds ``chars`` letters of text, its content
    stream compressed (a few kB on disk, megabytes once read)."""
    run = b"(" + b"A" * 30000 + b") Tj\n"
    content = zlib.compress(b"BT /F1 1 Tf 0 0 Td " + run * max(chars // 30000, 1) + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    data = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(data))
    return path


def _bad_pdf(kind: str, tmp_path: Path) -> Path:
    """A file that PDFium refuses for the reason ``kind``."""
    path = tmp_path / f"{kind}.pdf"
    base = make_pdf(tmp_path / "base.pdf").read_bytes()
    if kind == "missing":
        return tmp_path / "gone.pdf"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "html":
        path.write_bytes(b"<!DOCTYPE html><html><body>MoU</body></html>")
    elif kind == "truncated":
        path.write_bytes(make_pdf(tmp_path / "whole.pdf", pages=20).read_bytes()[:3000])
    elif kind == "garbage":
        path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500 + b"\n%%EOF\n")
    elif kind == "security":  # an encryption dictionary naming a handler nobody has
        encrypt = b"trailer\n<< /Encrypt << /Filter /Bogus /V 9 /R 9 /Length 128 >> "
        path.write_bytes(base.replace(b"trailer\n<<", encrypt))
    elif kind == "page":  # the page tree names an object that does not exist
        path.write_bytes(re.sub(rb"/Kids \[\d+ 0 R\]", b"/Kids [99 0 R]", base))
    return path


DAMAGED = "is damaged or is not a PDF that Accord can read"
REPAIR = "printing it to PDF again"


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("missing", ["cannot be opened", "moved or deleted"]),
        ("empty", [DAMAGED, REPAIR]),
        ("html", [DAMAGED, REPAIR]),
        ("truncated", [DAMAGED, REPAIR]),
        ("garbage", [DAMAGED, REPAIR]),
        ("security", ["encryption that Accord cannot read", "print it to PDF again"]),
        ("page", ["A page of the file", "is damaged", REPAIR]),
    ],
)
def test_each_reader_refusal_is_one_plain_sentence(
    tmp_path: Path, kind: str, says: list[str]
) -> None:
    path = _bad_pdf(kind, tmp_path)
    with pytest.raises(DocumentError) as refused:
        read_pdf(path)
    message = str(refused.value)
    for words in says:
        assert words in message
    assert path.name in message
    assert message.endswith(".")
    assert ". " not in message
    for jargon in ("PDFium", "error", "Error", "format", "(", "_"):
        assert jargon not in message.replace(path.name, "")


def test_a_password_is_not_a_refusal() -> None:
    assert read_pdf(SAMPLES / "aes-128-password-foo.pdf").encrypted


def test_the_memory_limit_stops_a_file_that_needs_more(tmp_path: Path) -> None:
    """Three million letters on one page need some hundreds of megabytes to extract:
    under a 128 MB allowance the reader runs out, for real, and the file is refused;
    a small file reads fine under the same allowance, so it is the file that trips it."""
    limit = 128 * 1024**2
    assert read_pdf(make_pdf(tmp_path / "small.pdf"), memory_limit=limit).page_count == 1
    big = _text_pdf(tmp_path / "huge-text.pdf", 3_000_000)
    assert big.stat().st_size < 100_000
    with pytest.raises(DocumentError, match="memory Accord allows for one PDF") as refused:
        read_pdf(big, memory_limit=limit)
    assert big.name in str(refused.value)
