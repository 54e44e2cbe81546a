"""``accord check`` and a document's status: each way a stored file can differ from its record."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from db.documents import attach_document, get_document
from db.integrity import DocumentStatus, document_status
from db.safekeeping.check import check_library
from desktop.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


def test_a_stored_file_of_another_size_is_named_with_both_sizes(
    library: Library, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = attach_document(library, 1, samples / "jo.pdf")
    stored = library.path_of(document.stored_path)
    stored.write_bytes(stored.read_bytes() + b"\n")  # one byte more, as a careless editor saves

    report = check_library(library)

    assert report.problems == [
        f"Document {document.id} “jo.pdf” of agreement 1: its stored file has "
        f"{document.size + 1} bytes where {document.size} were recorded."
    ]
    assert document_status(library, get_document(library, document.id), full=False) == (
        DocumentStatus.CHANGED  # seen from the size alone, without reading the file
    )
    code = main(["--library", str(library.root), "check"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{document.size + 1} bytes where {document.size}" in out


def test_a_stored_file_of_the_same_size_but_other_bytes_is_caught_by_its_sha256(
    library: Library, samples: Path
) -> None:
    document = attach_document(library, 1, samples / "jo.pdf")
    stored = library.path_of(document.stored_path)
    data = bytearray(stored.read_bytes())
    data[-10] ^= 0xFF
    stored.write_bytes(bytes(data))

    (problem,) = check_library(library).problems

    assert problem.endswith("its stored file has changed (SHA-256 differs).")
    read = get_document(library, document.id)
    assert document_status(library, read, full=False) == DocumentStatus.OK  # same size
    assert document_status(library, read) == DocumentStatus.CHANGED


def test_a_missing_stored_file_and_a_stray_one_are_both_reported(
    library: Library, samples: Path
) -> None:
    document = attach_document(library, 1, samples / "jo.pdf")
    library.path_of(document.stored_path).unlink()
    stray = library.attachments_dir / "ab" / "stray.pdf"
    stray.parent.mkdir()
    stray.write_bytes(b"%PDF-1.4\n")

    problems = check_library(library).problems

    assert problems == [
        f"Document {document.id} “jo.pdf” of agreement 1: its stored file "
        f"{document.stored_path} is missing.",
        "The file attachments/ab/stray.pdf in the library is used by no record.",
    ]
    assert document_status(library, get_document(library, document.id)) == (DocumentStatus.MISSING)


@pytest.mark.parametrize(
    ("strays", "said"), [(1, "1 problem found in the library at"), (2, "2 problems found")]
)
def test_accord_check_counts_its_problems_in_english_words(
    library: Library, capsys: pytest.CaptureFixture[str], strays: int, said: str
) -> None:
    for number in range(strays):
        stray = library.attachments_dir / "ab" / f"stray-{number}.pdf"
        stray.parent.mkdir(exist_ok=True)
        stray.write_bytes(b"%PDF-1.4\n")
    library.close()

    code = main(["--language", "en", "--library", str(library.root), "check"])

    out = capsys.readouterr().out
    assert code == 1
    assert said in out
    assert "problem(s)" not in out
