"""The library folder, the engine's PRAGMAs and the Alembic-managed schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.errors import LibraryError
from db.library import (
    DATABASE_NAME,
    Library,
    default_library_dir,
    resolve_library_dir,
)
from db.models import SQLModel
from db.opening import open_library
from db.partners import list_partners
from db.server.schema import outside_models
from db.storage import migrate


def test_new_library_has_the_folder_layout(library: Library, library_dir: Path) -> None:
    assert (library_dir / DATABASE_NAME).is_file()
    assert (library_dir / "attachments").is_dir()
    assert (library_dir / "backups").is_dir()
    assert library.database_path == (library_dir / DATABASE_NAME).resolve()


def test_every_connection_gets_the_pragmas(library: Library) -> None:
    for _ in range(3):  # several pooled connections, not only the first
        with library.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    raw = library.engine.raw_connection()
    try:
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        raw.close()


def test_schema_is_at_the_newest_revision_and_matches_the_models(library: Library) -> None:
    assert migrate.current_revision(library.engine) == migrate.head_revision()
    with library.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": outside_models}),
            SQLModel.metadata,
        )
    assert diff == []


def test_reopening_keeps_records_and_does_not_load_them_twice(library_dir: Path) -> None:
    first = open_library(library_dir)
    first.close()
    second = open_library(library_dir)
    assert len(list_partners(second)) == 20
    second.close()


def test_library_made_by_a_newer_accord_is_refused_and_untouched(library_dir: Path) -> None:
    open_library(library_dir).close()
    path = library_dir / DATABASE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version of Accord"):
        open_library(library_dir)
    assert path.read_bytes() == before


def test_a_database_that_is_not_a_library_is_refused(library_dir: Path) -> None:
    library_dir.mkdir()
    with sqlite3.connect(library_dir / DATABASE_NAME) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(LibraryError, match="not an Accord library"):
        open_library(library_dir)


def test_a_file_that_is_not_a_database_is_refused_in_a_sentence(library_dir: Path) -> None:
    library_dir.mkdir()
    (library_dir / DATABASE_NAME).write_bytes(b"this is not SQLite " * 100)
    with pytest.raises(LibraryError, match="cannot be opened"):
        open_library(library_dir)


def test_a_library_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="is a file, not a folder"):
        open_library(blocker)
    with pytest.raises(LibraryError, match="cannot be created"):
        open_library(blocker / "inside")


def test_library_folder_comes_from_argument_then_environment_then_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_library_dir(tmp_path / "arg") == tmp_path / "arg"
    monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "env"))
    assert resolve_library_dir() == tmp_path / "env"
    monkeypatch.delenv("ACCORD_LIBRARY")
    assert resolve_library_dir() == default_library_dir()
    assert default_library_dir().parts[-2:] == ("Accord", "library")


def test_stored_paths_cannot_leave_the_library(library: Library) -> None:
    assert library.path_of("attachments/ab/x.pdf") == library.root / "attachments" / "ab" / "x.pdf"
    for bad in ("../outside.pdf", "/etc/passwd", "attachments/../../x", ""):
        with pytest.raises(LibraryError):
            library.path_of(bad)


def test_the_moved_library_keeps_working(library_dir: Path, tmp_path: Path, samples: Path) -> None:
    from db.agreements import list_agreements
    from db.documents import attach_document, document_file

    library = open_library(library_dir)
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / "jo.pdf")
    library.close()
    moved = tmp_path / "moved"
    library.root.rename(moved)
    reopened = open_library(moved)
    assert document_file(reopened, document.id).read_bytes() == (samples / "jo.pdf").read_bytes()
    with reopened.engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT stored_path FROM document")).scalar_one()
    assert not Path(stored).is_absolute()
    assert stored.startswith("attachments/")
    reopened.close()


def test_a_foreign_database_is_not_even_switched_to_wal(library_dir: Path) -> None:
    library_dir.mkdir()
    path = library_dir / DATABASE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(LibraryError):
        open_library(library_dir)
    assert path.read_bytes() == before


@pytest.mark.parametrize("sub", ["attachments", "backups"])
def test_a_file_where_a_library_folder_belongs_is_named(library_dir: Path, sub: str) -> None:
    open_library(library_dir).close()
    (library_dir / sub).rmdir()
    (library_dir / sub).write_bytes(b"")
    with pytest.raises(LibraryError, match="is a file where the library keeps its") as caught:
        open_library(library_dir)
    assert "File exists" not in str(caught.value)
    assert sub in str(caught.value)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_folder_that_exists_but_takes_no_subfolder_is_not_said_to_be_missing() -> None:
    with pytest.raises(LibraryError, match="cannot be made inside the library folder") as caught:
        open_library(Path("/proc"))
    assert "/proc/attachments" in str(caught.value)
