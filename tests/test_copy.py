"""A library copied onto a real PostgreSQL server and back (``accord copy``), and a server
library's backup and restore: byte-identical exports and documents, nothing lost, nothing
deleted from the source, and a refused copy that changes nothing."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import delete_agreement, get_agreement, update_agreement
from db.documents import attach_document
from db.errors import BackupError
from db.history.read import record_history
from db.opening import open_library
from db.partners import add_partner
from db.safekeeping.check import check_library
from db.safekeeping.copy import copy_library
from db.safekeeping.copy_verify import compare_files, compare_rows
from db.schemas import AgreementUpdate, PartnerCreate
from db.trash import list_trash
from desktop.cli.main import main
from tests import server_db

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)


@pytest.fixture
def empty_url() -> Iterator[str]:
    """An empty database on the test server (no schema at all)."""
    with server_db.database(empty=True) as url:
        yield url


@pytest.fixture
def office(tmp_path: Path, samples: Path) -> Iterator[Library]:
    """The built-in library with samples attached, one agreement in the trash, one edited."""
    library = open_library(tmp_path / "office")
    attach_document(library, 1, samples / "jo.pdf", language="ko")
    attach_document(library, 2, samples / "jo.pdf")  # the same file: stored once
    attach_document(library, 3, samples / "pdflatex-4-pages.pdf", language="en")
    agreement = get_agreement(library, 4)
    update_agreement(
        library, 4, AgreementUpdate(notes="改訂 — 2026"), expected_version=agreement.version
    )
    delete_agreement(library, 5)
    yield library
    library.close()


def cli(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def export(capsysbinary: pytest.CaptureFixture[bytes], folder: Path) -> bytes:
    assert main(["--library", str(folder), "export"]) == 0
    return capsysbinary.readouterr().out


def stored_files(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in (folder / "attachments").rglob("*")
        if path.is_file()
    }


def test_to_the_server_and_back_gives_the_same_library(
    capsysbinary, office: Library, empty_url: str, tmp_path: Path
) -> None:
    before = export(capsysbinary, office.root)
    files = stored_files(office.root)
    code, out, err = cli(capsysbinary, "--library", str(office.root), "copy", "--to", empty_url)
    assert (code, err) == (0, "")
    assert "2 stored files" in out
    back = tmp_path / "back"
    code, out, err = cli(capsysbinary, "copy", "--from", empty_url, str(back))
    assert (code, err) == (0, "")
    assert export(capsysbinary, back) == before
    assert stored_files(back) == files
    assert export(capsysbinary, office.root) == before  # the source is untouched
    assert stored_files(office.root) == files
    copied = open_library(back)
    try:
        assert [(item.kind, item.id) for item in list_trash(copied)] == [("agreement", 5)]
        assert [e.action for e in record_history(copied, "agreement", 4)] == [
            e.action for e in record_history(office, "agreement", 4)
        ]
        assert "changed" in [e.action for e in record_history(copied, "agreement", 4)]
        assert check_library(copied).ok
    finally:
        copied.close()


def test_the_server_library_works_on_after_the_copy(
    office: Library, empty_url: str, tmp_path: Path
) -> None:
    server = open_library(tmp_path / "desk", database_url=empty_url, builtin=False)
    try:
        report = copy_library(office, server)
        assert report.rows["partner"] == 20
        assert report.rows["agreement"] == 21
        assert report.files == 2  # jo.pdf once, though attached twice
        with server.engine.connect() as conn:
            parts = conn.exec_driver_sql("SELECT count(DISTINCT sha256) FROM document_content")
            assert parts.scalar() == 2
        # IDs go on after the copied ones: a new partner does not collide.
        added = add_partner(server, PartnerCreate(name="Reykjavík", country="Iceland"))
        assert added.id == 21
        assert check_library(server).ok
    finally:
        server.close()


def test_a_library_with_records_is_never_copied_into(
    capsysbinary, office: Library, tmp_path: Path
) -> None:
    with server_db.database() as url:  # holds the built-in records
        code, _out, err = cli(capsysbinary, "--library", str(office.root), "copy", "--to", url)
        assert code == 1
        assert "already holds records" in err
        assert err.count("\n") == 1
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM document").scalar() == 0
            assert conn.exec_driver_sql("SELECT count(*) FROM partner").scalar() == 20
        engine.dispose()


def test_a_damaged_stored_file_stops_the_copy_and_leaves_the_target_empty(
    office: Library, empty_url: str, tmp_path: Path
) -> None:
    stored = next((office.root / "attachments").rglob("*.pdf"))
    stored.write_bytes(stored.read_bytes()[:-10] + b"0123456789")
    server = open_library(tmp_path / "desk", database_url=empty_url, builtin=False)
    try:
        with pytest.raises(BackupError, match="does not hold what was attached"):
            copy_library(office, server)
        with server.engine.connect() as conn:
            for table in ("partner", "agreement", "document", "history", "document_content"):
                assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
    finally:
        server.close()


def test_a_cancelled_copy_into_a_folder_leaves_nothing(
    office: Library, empty_url: str, tmp_path: Path
) -> None:
    server = open_library(tmp_path / "desk", database_url=empty_url, builtin=False)
    copy_library(office, server)
    folder = open_library(tmp_path / "back", builtin=False)
    try:
        from db.errors import Cancelled

        with pytest.raises(Cancelled):
            copy_library(server, folder, progress=lambda done, total: done < total - 1)
        assert stored_files(folder.root) == {}
        with folder.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM partner").scalar() == 0
    finally:
        folder.close()
        server.close()


def test_a_failed_copy_from_a_server_leaves_no_half_made_folder(
    capsysbinary, office: Library, empty_url: str, tmp_path: Path
) -> None:
    assert cli(capsysbinary, "--library", str(office.root), "copy", "--to", empty_url)[0] == 0
    engine = sa.create_engine(empty_url)
    with engine.begin() as conn:  # a stored file damaged on the server
        conn.exec_driver_sql(
            "UPDATE document_content SET content = 'x'::bytea || substring(content from 2) "
            "WHERE part = 0 AND sha256 = (SELECT min(sha256) FROM document_content)"
        )
    engine.dispose()
    code, _out, err = cli(capsysbinary, "copy", "--from", empty_url, str(tmp_path / "new"))
    assert code == 1
    assert "does not hold what was attached" in err
    assert not (tmp_path / "new").exists()
    (tmp_path / "there").mkdir()  # a folder that was there before stays
    assert cli(capsysbinary, "copy", "--from", empty_url, str(tmp_path / "there"))[0] == 1
    assert (tmp_path / "there").is_dir()


def test_a_server_library_changed_while_it_is_copied_gives_the_copy_of_one_moment(
    office: Library, empty_url: str, tmp_path: Path
) -> None:
    """A backup of a library in use: a colleague's edit committed mid-copy is neither in
    the copy nor counted as a difference by its comparison."""
    server = open_library(tmp_path / "desk", database_url=empty_url, builtin=False)
    colleague = open_library(tmp_path / "colleague", database_url=empty_url, builtin=False)
    copy_library(office, server)
    folder = open_library(tmp_path / "back", builtin=False, use_environment=False)
    edited: list[int] = []

    def edit_once(done: int, total: int) -> bool:
        if not edited:
            agreement = get_agreement(colleague, 7)
            update_agreement(
                colleague, 7, AgreementUpdate(notes="edited meanwhile"),
                expected_version=agreement.version,
            )  # fmt: skip
            edited.append(done)
        return True

    try:
        copy_library(server, folder, progress=edit_once)
        assert edited
        assert get_agreement(folder, 7).notes != "edited meanwhile"
        assert get_agreement(server, 7).notes == "edited meanwhile"
    finally:
        for library in (folder, colleague, server):
            library.close()


def test_the_comparison_notices_one_changed_value_and_one_changed_byte(
    office: Library, empty_url: str, tmp_path: Path
) -> None:
    server = open_library(tmp_path / "desk", database_url=empty_url, builtin=False)
    try:
        copy_library(office, server)
        assert compare_rows(office, server) == []
        assert compare_files(office, server) == []
        with server.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE agreement SET notes = notes || ' ' WHERE id = 7")
            conn.exec_driver_sql(
                "UPDATE document_content SET content = 'x'::bytea || substring(content from 2) "
                "WHERE part = 0 AND sha256 = (SELECT min(sha256) FROM document_content)"
            )
        assert compare_rows(office, server) == ["table agreement, row 7"]
        assert len(compare_files(office, server)) == 1
        with server.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE history SET at = at + interval '1 microsecond' WHERE id = 1"
            )
        assert compare_rows(office, server)[0] == "table history, row 1"
    finally:
        server.close()


def test_a_server_library_backs_up_and_restores_into_an_empty_server(
    capsysbinary, office: Library, empty_url: str, tmp_path: Path, monkeypatch
) -> None:
    before = export(capsysbinary, office.root)
    assert cli(capsysbinary, "--library", str(office.root), "copy", "--to", empty_url)[0] == 0
    monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "desk"))
    archive = tmp_path / "office.zip"
    code, out, err = cli(capsysbinary, "--database-url", empty_url, "backup", str(archive))
    assert (code, err) == (0, "")
    assert "2 documents" in out  # stored files: jo.pdf is attached twice, stored once
    with server_db.database(empty=True) as other:
        monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "desk2"))
        code, out, err = cli(capsysbinary, "--database-url", other, "restore", str(archive))
        assert (code, err) == (0, "")
        code, out, err = cli(capsysbinary, "--database-url", other, "export")
        assert out.encode("utf-8") == before
        restored = open_library(tmp_path / "desk3", database_url=other)
        try:
            assert check_library(restored).ok
            assert compare_rows(office, restored) == []
            assert compare_files(office, restored) == []
        finally:
            restored.close()
        # Restoring again would mix two libraries: refused, nothing changed.
        code, _out, err = cli(capsysbinary, "--database-url", other, "restore", str(archive))
        assert code == 1
        assert "already holds records" in err


def test_copy_usage(capsysbinary, tmp_path: Path) -> None:
    code, _out, err = cli(capsysbinary, "copy", "--from", "postgresql://nobody@127.0.0.1/x")
    assert code == 2
    assert "DIR" in err
    code, _out, err = cli(capsysbinary, "copy")
    assert code == 2
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    code, _out, err = cli(
        capsysbinary, "copy", "--from", server_db.ADMIN_URL, str(tmp_path / "busy")
    )
    assert code == 1
    assert "notes.txt" in err
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine"


def test_an_administrator_copies_the_office_onto_a_server_set_up_for_people(
    capsysbinary, office: Library, tmp_path: Path
) -> None:
    """The office's way: the DBA runs ``server init --empty``, the administrator copies the
    library on as themself (never as the owner), and a reader cannot."""
    from tests.server_people import unique_name

    admin, reader = unique_name("admin"), unique_name("reader")
    with server_db.database(empty=True) as url:
        try:
            assert main(["server", "init", url, "--admin", admin, "--empty"]) == 0
            as_admin = server_db.url_of(sa.engine.make_url(url).database or "", user=admin)
            assert main(["--database-url", as_admin, "server", "grant", reader, "reader"]) == 0
            capsysbinary.readouterr()
            as_reader = server_db.url_of(sa.engine.make_url(url).database or "", user=reader)
            code, _out, err = cli(
                capsysbinary, "--library", str(office.root), "copy", "--to", as_reader
            )
            assert code == 1
            assert "reader" in err
            code, _out, err = cli(
                capsysbinary, "--library", str(office.root), "copy", "--to", as_admin
            )
            assert (code, err) == (0, "")
            back = tmp_path / "back"
            assert cli(capsysbinary, "copy", "--from", as_reader, str(back))[0] == 0
            assert export(capsysbinary, back) == export(capsysbinary, office.root)
            assert stored_files(back) == stored_files(office.root)
            # The server's own IDs go on after the copied ones, for an editor too.
            server = open_library(tmp_path / "desk", database_url=as_admin)
            try:
                assert add_partner(server, PartnerCreate(name="Oslo", country="Norway")).id == 21
            finally:
                server.close()
        finally:
            server_db.drop_database(sa.engine.make_url(url).database or "")
            for name in (admin, reader):
                server_db._admin(f"DROP ROLE IF EXISTS {name}")  # noqa: SLF001
