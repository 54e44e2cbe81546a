"""The library check (db.safekeeping.check) as the mutation run (docs/mutation-testing.md) found it
untested: a stored file of the wrong size, a document in the trash named so, one bad
document not hiding the next, what was looked at, a database that cannot list documents."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest
from fpdf import FPDF

import db.safekeeping.check
from db.agreements import list_agreements
from db.documents import attach_document, remove_document
from db.errors import LibraryError
from db.library import Library
from db.safekeeping.check import check_library

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


pytestmark = pytest.mark.backends


def _pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(0, 10, f"The text of {path.stem}")
    pdf.output(str(path))
    return path


@pytest.mark.sqlite_only(
    "files in attachments/; a server library's are checked in test_server_documents.py"
)
def test_every_bad_document_is_reported_by_name_and_what_is_wrong(
    library: Library, tmp_path: Path
) -> None:
    one, two = list_agreements(library)[:2]
    missing = attach_document(library, one.id, _pdf(tmp_path / "missing.pdf"))
    shorter = attach_document(library, one.id, _pdf(tmp_path / "shorter.pdf"))
    trashed = attach_document(library, two.id, _pdf(tmp_path / "trashed.pdf"))
    remove_document(library, trashed.id)
    library.path_of(missing.stored_path).unlink()
    stored = library.path_of(shorter.stored_path)
    stored.write_bytes(stored.read_bytes()[:-10])
    grown = library.path_of(trashed.stored_path)
    grown.write_bytes(grown.read_bytes() + b"%% appended\n")

    report = check_library(library)

    assert report.problems == [
        f"Document {missing.id} “missing.pdf” of agreement {one.id}: its stored file "
        f"{missing.stored_path} is missing.",
        f"Document {shorter.id} “shorter.pdf” of agreement {one.id}: its stored file has "
        f"{shorter.size - 10} bytes where {shorter.size} were recorded.",
        f"Document {trashed.id} “trashed.pdf” of agreement {two.id} (in the trash): its "
        f"stored file has {trashed.size + 12} bytes where {trashed.size} were recorded.",
    ]


@pytest.mark.sqlite_only(
    "files in attachments/; a server library's are checked in test_server_documents.py"
)
def test_an_unreadable_file_does_not_stop_the_check_of_the_next_document(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreement = list_agreements(library)[0]
    locked = attach_document(library, agreement.id, _pdf(tmp_path / "locked.pdf"))
    changed = attach_document(library, agreement.id, _pdf(tmp_path / "changed.pdf"))
    stored = library.path_of(changed.stored_path)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x01
    stored.write_bytes(bytes(data))
    real_sha256 = db.safekeeping.check.file_sha256

    def sha256(path: Path) -> str:
        if path == library.path_of(locked.stored_path):
            raise PermissionError(13, "Permission denied")
        return real_sha256(path)

    monkeypatch.setattr(db.safekeeping.check, "file_sha256", sha256)
    problems = check_library(library).problems

    assert len(problems) == 2
    assert problems[0].startswith(
        f"Document {locked.id} “locked.pdf” of agreement {agreement.id}: its stored file "
        "cannot be read: "
    )
    assert problems[1] == (
        f"Document {changed.id} “changed.pdf” of agreement {agreement.id}: its stored file "
        "has changed (SHA-256 differs)."
    )


@pytest.mark.sqlite_only("documents on a server library: see docs-server")
def test_the_report_lists_what_was_looked_at(library: Library, tmp_path: Path) -> None:
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, _pdf(tmp_path / "signed.pdf"))
    report = check_library(library)
    assert report.ok
    assert report.checked == [
        "database: integrity_check and foreign_key_check",
        f"Document {document.id} “signed.pdf” of agreement {agreement.id}: {document.stored_path}",
    ]


def test_documents_that_cannot_be_listed_are_a_problem_not_a_crash(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    @contextmanager
    def gone(_self: Library, *, write: bool = False) -> Iterator[object]:
        raise LibraryError("The database server cannot be reached.")
        yield  # pragma: no cover

    monkeypatch.setattr(Library, "session", gone)
    report = check_library(library)
    assert report.problems == [
        "The documents cannot be listed: The database server cannot be reached."
    ]
