"""Attaching, finding and removing documents, with real PDFs."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import list_agreements
from db.documents import (
    attach_document,
    document_file,
    remove_document,
    save_copy,
)
from db.errors import Cancelled, DocumentError, DocumentMissingError, DuplicateError, NotFoundError
from db.safekeeping.check import check_library
from db.storage.files import new_file_mode
from db.trash import purge
from tests import stored_files

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.backends


def _state(library: Library) -> tuple[int, list[str]]:
    with library.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT count(*) FROM document")).scalar_one()
    return rows, stored_files.stored(library)


@pytest.fixture
def agreement_id(library: Library) -> int:
    return list_agreements(library)[0].id


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (Path(__file__).parent / "samples").glob("*.pdf"))
)
def test_attach_records_true_size_and_sha256(
    library: Library, samples: Path, agreement_id: int, name: str
) -> None:
    source = samples / name
    before = source.read_bytes()
    document = attach_document(library, agreement_id, source, language="JA")
    assert document.original_name == name
    assert document.size == len(before)
    assert document.sha256 == hashlib.sha256(before).hexdigest()
    assert document.language == "ja"
    assert document_file(library, document.id).read_bytes() == before
    assert source.read_bytes() == before  # the user's original is only read
    assert check_library(library).ok
    assert [d.id for d in list_agreements(library)[0].documents] == [document.id]


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, not a pdf", b"PK\x03\x04 zip file", b"\x89PNG\r\n\x1a\n"],
)
def test_a_file_that_is_not_a_pdf_is_refused_and_nothing_is_stored(
    library: Library, tmp_path: Path, agreement_id: int, content: bytes
) -> None:
    bad = tmp_path / "contract.pdf"
    bad.write_bytes(content)
    with pytest.raises(DocumentError, match="contract.pdf"):
        attach_document(library, agreement_id, bad)
    assert _state(library) == (0, [])


def test_missing_file_folder_and_unknown_agreement(
    library: Library, tmp_path: Path, samples: Path, agreement_id: int
) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        attach_document(library, agreement_id, tmp_path / "nope.pdf")
    with pytest.raises(DocumentError, match="folder"):
        attach_document(library, agreement_id, tmp_path)
    with pytest.raises(NotFoundError):
        attach_document(library, 999, samples / "jo.pdf")
    with pytest.raises(DocumentError, match="ISO 639-1"):
        attach_document(library, agreement_id, samples / "jo.pdf", language="japanese")
    assert _state(library) == (0, [])


@pytest.mark.parametrize(
    "name",
    ["協定書 署名版.pdf", "MoU #3 100% final.pdf", "a" * 200 + ".pdf", "서울 양해각서.pdf"],
)
def test_any_original_name_gets_a_short_safe_stored_name(
    library: Library, tmp_path: Path, samples: Path, agreement_id: int, name: str
) -> None:
    source = tmp_path / name
    shutil.copyfile(samples / "minimal-document.pdf", source)
    document = attach_document(library, agreement_id, source)
    assert document.original_name == name
    stored = Path(document.stored_path)
    assert stored.name == f"{document.sha256}.pdf"
    assert stored.name.isascii()
    assert len(document.stored_path) < 100
    copy = save_copy(library, document.id, tmp_path / ("copy-" + name[:50]))
    assert copy.read_bytes() == source.read_bytes()


def test_same_file_twice_on_one_agreement_is_refused(
    library: Library, samples: Path, agreement_id: int
) -> None:
    attach_document(library, agreement_id, samples / "jo.pdf")
    with pytest.raises(DuplicateError, match="already attached"):
        attach_document(library, agreement_id, samples / "jo.pdf")
    assert _state(library)[0] == 1


def test_same_file_on_two_agreements_is_stored_once_and_removed_last(
    library: Library, samples: Path
) -> None:
    first, second = (a.id for a in list_agreements(library)[:2])
    one = attach_document(library, first, samples / "jo.pdf")
    two = attach_document(library, second, samples / "jo.pdf")
    assert one.stored_path == two.stored_path
    assert len(_state(library)[1]) == 1
    remove_document(library, one.id)
    assert document_file(library, two.id).is_file()
    remove_document(library, two.id)
    assert len(_state(library)[1]) == 1  # both in the trash: the file stays
    purge(library, "document", one.id)
    assert len(_state(library)[1]) == 1  # the other still refers to it
    purge(library, "document", two.id)
    assert _state(library) == (0, [])


def test_a_missing_stored_file_is_explained(
    library: Library, samples: Path, agreement_id: int
) -> None:
    document = attach_document(library, agreement_id, samples / "jo.pdf")
    stored_files.delete(library, document)
    with pytest.raises(DocumentMissingError, match="jo.pdf"):
        document_file(library, document.id)
    report = check_library(library)
    assert not report.ok
    assert "missing" in report.problems[0]


def test_check_finds_changed_and_stray_files(
    library: Library, samples: Path, agreement_id: int
) -> None:
    document = attach_document(library, agreement_id, samples / "jo.pdf")
    stored_files.damage(library, document)
    stray = stored_files.add_stray(library)
    problems = check_library(library).problems
    assert any("has changed" in p for p in problems)
    assert any(stray in p and "used by no record" in p for p in problems)


def test_cancelled_attach_stores_nothing(
    library: Library, samples: Path, agreement_id: int
) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(Cancelled):
        attach_document(library, agreement_id, samples / "pdflatex-4-pages.pdf", progress=progress)
    assert seen
    assert seen[0][1] == (samples / "pdflatex-4-pages.pdf").stat().st_size
    assert _state(library) == (0, [])


def test_a_truncated_or_unterminated_pdf_is_refused(
    library: Library, tmp_path: Path, samples: Path, agreement_id: int
) -> None:
    whole = (samples / "pdflatex-4-pages.pdf").read_bytes()
    cut = tmp_path / "half-downloaded.pdf"
    cut.write_bytes(whole[:2000])
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-garbage\0junk")
    for bad in (cut, garbage):
        with pytest.raises(DocumentError, match="damaged.*end-of-file marker"):
            attach_document(library, agreement_id, bad)
    assert _state(library) == (0, [])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_is_not_a_pdf(library: Library, tmp_path: Path, agreement_id: int) -> None:
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        attach_document(library, agreement_id, fifo)


def test_stored_files_get_the_usual_permissions(
    library: Library, samples: Path, agreement_id: int
) -> None:
    document = attach_document(library, agreement_id, samples / "jo.pdf")
    stored = library.path_of(document.stored_path)
    if stored_files.on_server(library):  # the file a window opens is the cached copy
        stored = document_file(library, document.id)
        assert stored.is_relative_to(library.local_files_dir)
    assert stat.S_IMODE(stored.stat().st_mode) == new_file_mode()


def test_check_reports_an_unreadable_file_and_goes_on(
    library: Library, samples: Path, agreement_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    if stored_files.on_server(library):
        pytest.skip("a file in the library folder that cannot be read is a SQLite library's")
    attach_document(library, agreement_id, samples / "jo.pdf")

    def unreadable(path: Path) -> str:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("db.safekeeping.check.file_sha256", unreadable)  # root can read anything
    (problem,) = check_library(library).problems
    assert problem.endswith("its stored file cannot be read: Permission denied.")
