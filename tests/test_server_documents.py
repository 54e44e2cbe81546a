"""A server library's documents: in the database, once per SHA-256, with the document row,
and opened from a verified per-user cache (real PostgreSQL, real PDFs)."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from fpdf import FPDF

from db.agreements import list_agreements
from db.attachments import database
from db.documents import attach_document, document_file, remove_document, save_copy
from db.errors import Cancelled, DocumentDamagedError, DocumentMissingError
from db.models import Document
from db.opening import open_library
from db.reindex import reindex
from db.safekeeping.check import check_library
from db.server import content
from db.server.schema import PART_SIZE
from db.trash import purge
from desktop.cli.main import main
from tests import server_db, stored_files

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)

SAMPLE = "jo.pdf"


@pytest.fixture
def url() -> Iterator[str]:
    with server_db.database() as address:
        yield address


@pytest.fixture
def server(tmp_path: Path, url: str) -> Iterator[Library]:
    library = open_library(tmp_path / "user1-library", database_url=url)
    yield library
    library.close()


def _parts(library: Library) -> list[tuple[str, int]]:
    with library.engine.connect() as conn:
        return [
            (row.sha256, row.part)
            for row in conn.execute(
                sa.text("SELECT sha256, part FROM document_content ORDER BY sha256, part")
            )
        ]


def _big_pdf(path: Path, size: int) -> Path:
    """A real PDF of at least ``size`` bytes: one page of text and an embedded file of
    random bytes (which no compression shrinks)."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(0, 10, "Memorandum with an annex")
    pdf.embed_file(bytes=os.urandom(size), basename="annex.bin")
    pdf.output(str(path))
    assert path.stat().st_size >= size
    return path


def test_a_server_library_keeps_documents_in_the_database(server: Library, samples: Path) -> None:
    assert server.documents_in_database
    assert len(server.server_identity) == 16
    assert server.local_files_dir.parent.name == "documents"
    first, second = (a.id for a in list_agreements(server)[:2])
    one = attach_document(server, first, samples / SAMPLE)
    two = attach_document(server, second, samples / SAMPLE)  # the same file again
    assert one.sha256 == two.sha256
    assert stored_files.stored(server) == [f"db:{one.sha256}"]  # once, and not in attachments/
    assert not server.attachments_dir.exists() or not any(server.attachments_dir.rglob("*"))
    assert document_file(server, two.id).read_bytes() == (samples / SAMPLE).read_bytes()


def test_several_parts_round_trip_byte_identical(server: Library, tmp_path: Path) -> None:
    source = _big_pdf(tmp_path / "annexed.pdf", 5 * PART_SIZE // 2)  # 2.5 MiB: three parts
    document = attach_document(server, 1, source)
    assert [part for _sha, part in _parts(server)] == [0, 1, 2]
    path = document_file(server, document.id)
    assert path.read_bytes() == source.read_bytes()
    assert path.is_relative_to(server.local_files_dir)
    assert path == server.local_files_dir / document.sha256[:2] / f"{document.sha256}.pdf"
    copy = save_copy(server, document.id, tmp_path / "copy.pdf")
    assert copy.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp left
    assert check_library(server).ok


def test_a_failure_after_the_parts_are_written_leaves_no_parts(
    server: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _big_pdf(tmp_path / "annexed.pdf", 3 * PART_SIZE // 2)
    real = database.store_file
    seen: list[int | None] = []

    def store_then_fail(session, *args, **kwargs):
        real(session, *args, **kwargs)
        seen.append(content.stored_size(session.connection(), args[1]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "store_file", store_then_fail)
    with pytest.raises(OSError, match="No space"):
        attach_document(server, 1, source)
    assert seen == [source.stat().st_size]  # the parts were written in the transaction
    assert _parts(server) == []
    assert stored_files.stored(server) == []
    with server.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM document")).scalar_one() == 0


def test_cancelled_while_storing_leaves_nothing(server: Library, tmp_path: Path) -> None:
    source = _big_pdf(tmp_path / "annexed.pdf", 3 * PART_SIZE // 2)
    size = source.stat().st_size
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done <= size  # cancel once storing has begun (the second half)

    with pytest.raises(Cancelled):
        attach_document(server, 1, source, progress=progress)
    assert seen[-1] == (size + PART_SIZE, 2 * size)
    assert _parts(server) == []


def test_a_document_attached_by_one_person_opens_for_another(
    tmp_path: Path, url: str, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user1-cache"))
    first = open_library(tmp_path / "user1-library", database_url=url)
    second = open_library(tmp_path / "user2-library", database_url=url)
    try:
        document = attach_document(first, 1, samples / SAMPLE)
        assert first.server_identity == second.server_identity
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user2-cache"))
        path = document_file(second, document.id)
        assert path.is_relative_to(tmp_path / "user2-cache")
        assert path.read_bytes() == (samples / SAMPLE).read_bytes()
        assert not (tmp_path / "user1-cache").exists()  # attaching caches nothing
        assert not any((tmp_path / "user2-library").rglob("*.pdf"))
    finally:
        first.close()
        second.close()


def test_a_damaged_cached_copy_is_fetched_again(server: Library, samples: Path) -> None:
    original = (samples / SAMPLE).read_bytes()
    document = attach_document(server, 1, samples / SAMPLE)
    path = document_file(server, document.id)
    before = path.stat()
    stored_files.delete(server, document)  # a good cached copy is reused, not fetched again
    assert document_file(server, document.id) == path
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    with server.session(write=True) as session:  # put the stored file back
        assert database.store_file(session, samples / SAMPLE, document.sha256, document.size)
        session.commit()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size: only the hash tells
    path.write_bytes(bytes(data))
    assert document_file(server, document.id).read_bytes() == original
    path.write_bytes(original[:100])  # cut short
    assert document_file(server, document.id).read_bytes() == original
    path.unlink()
    assert document_file(server, document.id).read_bytes() == original


def test_a_damaged_part_is_refused_in_one_sentence_and_checked(
    server: Library, samples: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    document = attach_document(server, 1, samples / SAMPLE)
    stored_files.damage(server, document)
    with pytest.raises(DocumentDamagedError) as caught:
        document_file(server, document.id)
    message = str(caught.value)
    assert message.endswith(".")
    assert "\n" not in message
    assert f"“{SAMPLE}” is damaged in the database" in message
    assert not any(server.local_files_dir.rglob("*.*"))  # nothing left behind
    (problem,) = check_library(server).problems
    assert "has changed" in problem
    code = main(["--database-url", _url(server), "check"])
    out = capsysbinary.readouterr()[0].decode("utf-8")
    assert code == 1
    assert "1 problem found in the library with the database" in out


def test_check_finds_missing_and_stray_content(server: Library, samples: Path) -> None:
    kept = attach_document(server, 1, samples / SAMPLE)
    assert check_library(server).ok
    stored_files.delete(server, kept)
    stray = stored_files.add_stray(server)
    problems = check_library(server).problems
    assert len(problems) == 2
    assert any("missing from the database" in p and SAMPLE in p for p in problems)
    assert any(stray in p and "used by no record" in p for p in problems)
    with pytest.raises(DocumentMissingError, match=SAMPLE):
        document_file(server, kept.id)


def test_purge_removes_content_nobody_refers_to(server: Library, samples: Path) -> None:
    first, second = (a.id for a in list_agreements(server)[:2])
    one = attach_document(server, first, samples / SAMPLE)
    two = attach_document(server, second, samples / SAMPLE)
    other = attach_document(server, first, samples / "pdflatex-4-pages.pdf")
    remove_document(server, one.id)
    purge(server, "document", one.id)
    assert {sha for sha, _part in _parts(server)} == {one.sha256, other.sha256}
    remove_document(server, two.id)
    purge(server, "document", two.id)
    assert {sha for sha, _part in _parts(server)} == {other.sha256}
    assert check_library(server).ok


def test_reindex_from_files_reads_the_stored_pages(server: Library, samples: Path) -> None:
    document = attach_document(server, 1, samples / "pdflatex-4-pages.pdf")
    with server.engine.begin() as conn:
        conn.execute(
            sa.text("DELETE FROM document_page WHERE document_id = :d"), {"d": document.id}
        )
    reindex(server, from_files=True)
    with server.engine.connect() as conn:
        pages = conn.execute(
            sa.text("SELECT count(*) FROM document_page WHERE document_id = :d"),
            {"d": document.id},
        ).scalar_one()
    assert pages == 4


def test_cli_attach_and_check_on_a_server(
    server: Library, samples: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    args = ["--database-url", _url(server)]
    assert main([*args, "attach", "1", str(samples / SAMPLE)]) == 0
    out = capsysbinary.readouterr()[0].decode("utf-8")
    sha = hashlib.sha256((samples / SAMPLE).read_bytes()).hexdigest()
    assert sha in out
    assert stored_files.stored(server) == [f"db:{sha}"]
    assert main([*args, "check"]) == 0
    out = capsysbinary.readouterr()[0].decode("utf-8")
    assert "is in order" in out


def _url(library: Library) -> str:
    """The library's server address; the command line's folder is ``$ACCORD_LIBRARY``."""
    os.environ["ACCORD_LIBRARY"] = str(library.root)  # conftest's monkeypatch restores it
    return library.engine.url.render_as_string(hide_password=False)


def test_a_purge_waits_for_an_attach_of_the_same_file_and_keeps_it(
    server: Library, samples: Path
) -> None:
    """An attach that found the file stored already and a purge of its last document, at the
    same moment: the purge waits for the attach's commit (on the change log's lock, and the
    file's own lock behind it), then sees the new document and keeps the file."""
    first, second = (a.id for a in list_agreements(server)[:2])
    source = samples / SAMPLE
    old = attach_document(server, first, source)
    remove_document(server, old.id)
    errors: list[BaseException] = []
    with server.session(write=True) as session:  # the attach, stopped before its commit
        assert not database.store_file(session, source, old.sha256, old.size)
        session.add(
            Document(
                agreement_id=second,
                original_name=SAMPLE,
                stored_path=old.stored_path,
                size=old.size,
                sha256=old.sha256,
            )
        )
        session.flush()

        def purge_old() -> None:
            try:
                purge(server, "document", old.id)
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)

        purging = threading.Thread(target=purge_old)
        purging.start()
        _wait_for_a_waiting_advisory_lock(server, purging)
        session.commit()
    purging.join()
    assert errors == []
    assert stored_files.stored(server) == [f"db:{old.sha256}"]
    assert check_library(server).ok


def _wait_for_a_waiting_advisory_lock(library: Library, thread: threading.Thread) -> None:
    """Return once some session waits for an advisory lock (the purge, behind the attach),
    or ``thread`` ended (a purge that did not wait)."""
    query = sa.text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
    with library.engine.connect() as conn:
        while thread.is_alive() and not conn.execute(query).scalar_one():
            conn.rollback()
            time.sleep(0.05)
