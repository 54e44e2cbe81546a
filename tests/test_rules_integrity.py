"""Replacing a document's file (db.integrity): what the mutation run (docs/mutation-testing.md)
found untested. Who replaced it and from which file, the new file's pages searchable from
page 1, its title kept to 1000 characters, and a failed replacement leaving nothing behind."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from fpdf import FPDF

import db.integrity
from db.documents import attach_document, document_file
from db.errors import DocumentError, DocumentMismatchError
from db.integrity import relink_document, replacements

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


pytestmark = pytest.mark.backends


def _pdf(path: Path, *, pages: int, title: str = "") -> Path:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("helvetica", size=14)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"Page {number} of {path.stem}")
    pdf.output(str(path))
    return path


def _pages(library: Library, document_id: int) -> list[tuple[int, str]]:
    with library.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT page_number, text FROM document_page WHERE document_id = :d "
                "ORDER BY page_number"
            ),
            {"d": document_id},
        )
        return [(number, text) for number, text in rows]


def _stored_files(library: Library) -> list[Path]:
    return sorted(p for p in library.attachments_dir.rglob("*") if p.is_file())


def test_a_replacement_records_who_and_from_which_file_and_indexes_its_pages(
    library: Library, tmp_path: Path
) -> None:
    document = attach_document(library, 1, _pdf(tmp_path / "signed.pdf", pages=1))
    other = _pdf(tmp_path / "rescanned.pdf", pages=2, title="T" * 1500)

    with pytest.raises(DocumentMismatchError) as refused:
        relink_document(library, document.id, other)
    assert str(refused.value) == (
        "rescanned.pdf is not the file that was attached as “signed.pdf” (its SHA-256 differs)."
    )
    replaced = relink_document(library, document.id, other, replace=True)

    [record] = replacements(library, document.id)
    assert record.replaced_by == getpass.getuser()
    assert record.original_name == "rescanned.pdf"
    assert (record.old_size, record.new_size) == (document.size, other.stat().st_size)
    pages = _pages(library, document.id)
    assert [number for number, _ in pages] == [1, 2]
    assert [text.strip() for _, text in pages] == [
        "Page 1 of rescanned",
        "Page 2 of rescanned",
    ]
    assert replaced.title == "T" * 1000


def test_a_replacement_without_a_user_name_records_none(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = attach_document(library, 1, _pdf(tmp_path / "signed.pdf", pages=1))

    def no_user() -> str:
        raise KeyError("getpwuid(): uid not found: 4242")

    monkeypatch.setattr(getpass, "getuser", no_user)
    relink_document(library, document.id, _pdf(tmp_path / "new.pdf", pages=1), replace=True)
    [record] = replacements(library, document.id)
    assert record.replaced_by == ""


def test_a_replacement_that_fails_to_be_recorded_leaves_the_old_file_and_no_new_one(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = attach_document(library, 1, _pdf(tmp_path / "signed.pdf", pages=1))
    before = _stored_files(library)

    def disk_full() -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(db.integrity, "utcnow", disk_full)
    with pytest.raises(OSError, match="No space left"):
        relink_document(library, document.id, _pdf(tmp_path / "new.pdf", pages=2), replace=True)

    assert _stored_files(library) == before
    assert (
        document_file(library, document.id).read_bytes() == (tmp_path / "signed.pdf").read_bytes()
    )
    assert replacements(library, document.id) == []
    assert [number for number, _ in _pages(library, document.id)] == [1]


def test_a_located_file_that_cannot_be_read_is_named(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = attach_document(library, 1, _pdf(tmp_path / "signed.pdf", pages=1))

    def unreadable(_path: Path) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(db.integrity, "file_sha256", unreadable)
    with pytest.raises(DocumentError) as refused:
        relink_document(library, document.id, tmp_path / "signed.pdf")
    assert str(refused.value).startswith("The file signed.pdf cannot be read: ")
    assert "ermission denied" in str(refused.value)
